import { joinWords } from './format-number';
import type { ReportContext } from './report-context';
import type { PathVerdict, VerdictPath } from './report-model-types';
import { fillText } from './report-texts';

type DistanceWord = keyof ReportContext['texts']['verdict']['distance'];

/** How far apart two path memberships are, in words (differences on the 0–1 scale). */
export function distanceWord(difference: number): DistanceWord {
  const gap = Math.abs(difference);
  if (gap < 0.05) return 'verySmall';
  if (gap < 0.2) return 'small';
  if (gap < 0.5) return 'large';
  return 'veryLarge';
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function verdictPaths(context: ReportContext): VerdictPath[] {
  const { texts } = context;
  return context.questionnaire.paths.map((path) => {
    const score = context.result.scores.paths[path.id];
    const membership = score?.membership ?? null;
    const bottleneck = score?.bottleneck ?? null;
    return {
      id: path.id,
      title: path.title[context.language],
      membership,
      membershipText: context.membershipText(membership),
      fits: score?.fits ?? false,
      fitsText:
        membership === null ? texts.none : score?.fits ? texts.verdict.yes : texts.verdict.no,
      bottleneck,
      bottleneckTitle: bottleneck === null ? texts.none : context.conditionTitle(bottleneck),
    };
  });
}

function missingConditions(context: ReportContext, pathId: string): string {
  const path = context.questionnaire.paths.find((candidate) => candidate.id === pathId);
  const missing = (path?.conditions ?? [])
    .filter((id) => (context.conditionScore(id)?.membership ?? null) === null)
    .map((id) => context.conditionTitle(id).toLowerCase());
  return joinWords({ words: missing, and: context.texts.verdict.and });
}

/** Paths without a membership, grouped by the conditions that lack answers: one sentence per group. */
function unknownPathSentences(context: ReportContext, paths: VerdictPath[]): string[] {
  const v = context.texts.verdict;
  const groups = new Map<string, string[]>();
  for (const path of paths.filter((candidate) => candidate.membership === null)) {
    const conditions = missingConditions(context, path.id);
    groups.set(conditions, [
      ...(groups.get(conditions) ?? []),
      fillText(v.pathName, { id: path.id }),
    ]);
  }
  return [...groups].map(([conditions, names]) => {
    const joined = capitalise(joinWords({ words: names, and: v.and }));
    return names.length === 1
      ? fillText(v.pathUnknown, { Path: joined, conditions })
      : fillText(v.pathsUnknown, { Paths: joined, conditions });
  });
}

function pathParagraph(context: ReportContext, paths: VerdictPath[]): string {
  const v = context.texts.verdict;
  const name = (id: string) => fillText(v.pathName, { id });
  const sentences: string[] = [];
  const fitting = paths.filter((path) => path.fits);
  const anchor =
    fitting.length === 1
      ? fitting[0]
      : fitting.length === 0
        ? paths.find((path) => path.id === context.result.scores.closestPath)
        : undefined;
  const known = paths.filter((path) => path.membership !== null);
  // with no route fitting and all equally close (e.g. both held down by a weak culture), naming one as closest would mislead
  const isTie =
    fitting.length === 0 &&
    known.length > 1 &&
    known.every((path) => Math.abs((path.membership ?? 0) - (known[0]?.membership ?? 0)) < 1e-9);
  if (isTie) {
    sentences.push(fillText(v.fitsNoneTied, { membership: known[0]?.membershipText ?? '' }));
    sentences.push(...unknownPathSentences(context, paths));
    return sentences.join(' ');
  }
  if (fitting.length > 1) {
    const listed = fitting.map((path) => `${name(path.id)} (${path.membershipText})`);
    sentences.push(fillText(v.fitsMany, { paths: joinWords({ words: listed, and: v.and }) }));
  } else if (anchor) {
    const template = fitting.length === 1 ? v.fitsOne : v.fitsNone;
    sentences.push(
      fillText(template, {
        path: name(anchor.id),
        Path: capitalise(name(anchor.id)),
        membership: anchor.membershipText,
      }),
    );
  }
  for (const path of paths) {
    if (!anchor || path === anchor || path.membership === null) continue;
    const distance = v.distance[distanceWord((anchor.membership ?? 0) - path.membership)];
    sentences.push(
      fillText(v.compare, { path: name(path.id), membership: path.membershipText, distance }),
    );
  }
  sentences.push(...unknownPathSentences(context, paths));
  if (context.result.scores.closestPath === null) sentences.push(v.noClosest);
  return sentences.join(' ');
}

type NecessaryState = 'met' | 'missing' | 'unknown';

function necessaryStates(context: ReportContext): { id: string; state: NecessaryState }[] {
  return context.questionnaire.necessary.map((id) => {
    const score = context.conditionScore(id);
    if (!score || score.insufficient || score.membership === null) return { id, state: 'unknown' };
    return {
      id,
      state: context.result.scores.necessaryMissing.includes(id) ? 'missing' : 'met',
    };
  });
}

function necessaryParagraph(context: ReportContext): string {
  const v = context.texts.verdict;
  const templates = {
    met: v.necessaryMet,
    missing: v.necessaryMissing,
    unknown: v.necessaryUnknown,
  };
  return necessaryStates(context)
    .map(({ id, state }) =>
      fillText(templates[state], {
        condition: context.conditionTitle(id).toLowerCase(),
        score: context.scoreText(id),
      }),
    )
    .join(' ');
}

function bottleneckParagraph(context: ReportContext, paths: VerdictPath[]): string | null {
  const closest = paths.find((path) => path.id === context.result.scores.closestPath);
  if (!closest || closest.bottleneck === null) return null;
  const v = context.texts.verdict;
  return fillText(closest.fits ? v.bottleneckFits : v.bottleneckOpen, {
    path: fillText(v.pathName, { id: closest.id }),
    condition: context.conditionTitle(closest.bottleneck).toLowerCase(),
    score: context.scoreText(closest.bottleneck),
  });
}

function headline(context: ReportContext, paths: VerdictPath[]): string {
  const h = context.texts.verdict.headline;
  const missing = necessaryStates(context).find(({ state }) => state === 'missing');
  if (missing) {
    return fillText(h.necessaryMissing, {
      condition: context.conditionTitle(missing.id).toLowerCase(),
    });
  }
  const fitting = paths.filter((path) => path.fits);
  const first = fitting[0];
  if (fitting.length === 1 && first) {
    return fillText(h.fitsOne, {
      path: fillText(context.texts.verdict.pathName, { id: first.id }),
    });
  }
  if (fitting.length > 1) return h.fitsMany;
  return context.result.scores.closestPath === null ? h.unknown : h.fitsNone;
}

/** The path verdict in plain words: which route fits, how close the other is, the basis, the weakest link. */
export function buildPathVerdict(context: ReportContext): PathVerdict {
  const { texts, result } = context;
  const paths = verdictPaths(context);
  const states = necessaryStates(context);
  const bottleneck = bottleneckParagraph(context, paths);
  return {
    heading: texts.verdict.heading,
    intro: texts.verdict.intro,
    headline: headline(context, paths),
    paragraphs: [
      pathParagraph(context, paths),
      necessaryParagraph(context),
      ...(bottleneck === null ? [] : [bottleneck]),
    ].filter((paragraph) => paragraph !== ''),
    fittingPaths: paths.filter((path) => path.fits).map((path) => path.id),
    closestPath: result.scores.closestPath,
    isNecessaryMet: states.some(({ state }) => state === 'missing')
      ? false
      : states.some(({ state }) => state === 'unknown')
        ? null
        : true,
    bottleneck: context.bottleneck,
    paths,
    columns: texts.verdict.columns,
  };
}
