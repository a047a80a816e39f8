import { questionnaireKey } from '../../domain/questionnaire/identity';
import type { LabelledValue, ReportCover } from './report-model-types';
import type { ReportContext } from './report-context';
import { fillText } from './report-texts';

/** Date parts in Dutch time: a scan closed at 23:30 UTC on 31 March closed on 1 April in Rotterdam. */
function localDate(iso: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** A date in words: "21 maart 2025" / "21 March 2025". */
export function dateInWords({ iso, months }: { iso: string; months: readonly string[] }): string {
  const { year, month, day } = localDate(iso);
  return `${day} ${months[month - 1] ?? ''} ${year}`;
}

/** The label of a profile option from the questionnaire, or the raw value when it is not listed. */
function optionLabel(context: ReportContext, itemId: string, value: string): string {
  const item = context.questionnaire.items.find((candidate) => candidate.id === itemId);
  if (!item || (item.type !== 'single-choice' && item.type !== 'multi-choice')) return value;
  return item.options.find((option) => option.value === value)?.label[context.language] ?? value;
}

/** The cover: who, which scan, when, which questionnaire, and the digest. */
export function buildCover(context: ReportContext): ReportCover {
  const { result, texts, language, questionnaire } = context;
  const { collective, scan } = result;
  const dateIso = scan.closedAt ?? scan.startedAt;
  const facts: LabelledValue[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') facts.push({ label, value });
  };
  const option = (itemId: string, value: string | null | undefined) =>
    value === null || value === undefined ? null : optionLabel(context, itemId, value);
  add(texts.cover.sector, option('sector', collective.sector));
  add(texts.cover.legalForm, option('legalForm', collective.legalForm));
  add(texts.cover.municipality, collective.municipality);
  add(texts.cover.province, option('province', collective.province));
  add(
    texts.cover.foundingYear,
    collective.foundingYear === null ? null : String(collective.foundingYear),
  );
  add(texts.cover.memberBand, option('memberBand', collective.memberBand));
  add(texts.cover.respondents, context.people(result.responses.length));
  const ref = questionnaireKey(result.questionnaire);
  return {
    title: texts.title,
    subtitle: texts.subtitle,
    collectiveName: collective.name ?? texts.unnamedCollective,
    collectiveNameRaw: collective.name,
    scanLabel: scan.label ?? texts.unnamedScan,
    date: dateInWords({ iso: dateIso, months: texts.months }),
    dateIso,
    questionnaire: ref,
    questionnaireTitle: questionnaire.title[language],
    digest: result.digest,
    digestPrefix: result.digest.slice(0, 12),
    facts,
    attachmentNote: fillText(texts.cover.attachment, {}),
  };
}
