import type { Band } from '../../domain/questionnaire/schema';
import type { RadarModel } from './radar-geometry';
import type { ReportLanguage, ReportTexts } from './report-texts';

export type LabelledValue = { label: string; value: string };

export type ReportCover = {
  title: string;
  subtitle: string;
  collectiveName: string;
  /** the name as in the result file, null when the collective has none */
  collectiveNameRaw: string | null;
  scanLabel: string;
  /** closing date of the scan (or its start while open), in words */
  date: string;
  dateIso: string;
  /** `id@version` */
  questionnaire: string;
  questionnaireTitle: string;
  digest: string;
  digestPrefix: string;
  /** profile facts that are known, in a fixed order */
  facts: LabelledValue[];
  attachmentNote: string;
};

export type SummaryRow = {
  id: string;
  title: string;
  /** displayScore of the exact score; null when insufficient */
  score: number | null;
  scoreText: string;
  band: Band | null;
  bandLabel: string;
  membership: number | null;
  membershipText: string;
  iqr: number | null;
  iqrText: string;
  respondents: number;
  insufficient: boolean;
  isNecessary: boolean;
  isBottleneck: boolean;
};

export type ReportSummary = {
  heading: string;
  intro: string;
  columns: ReportTexts['summary']['columns'];
  rows: SummaryRow[];
  radar: RadarModel;
  /** legend lines under the radar */
  radarLegend: string[];
  /** the radar in words, for a screen reader: each condition's score and band, and the spread band */
  radarAlt: string;
  spreadNote: string;
};

export type VerdictPath = {
  id: string;
  title: string;
  membership: number | null;
  membershipText: string;
  fits: boolean;
  fitsText: string;
  bottleneck: string | null;
  bottleneckTitle: string;
};

export type PathVerdict = {
  heading: string;
  intro: string;
  /** one short line: the verdict in a few words */
  headline: string;
  /** the verdict in plain sentences, one paragraph each */
  paragraphs: string[];
  fittingPaths: string[];
  closestPath: string | null;
  /** true / false, or null when the necessary condition has too few answers */
  isNecessaryMet: boolean | null;
  bottleneck: string | null;
  paths: VerdictPath[];
  columns: ReportTexts['verdict']['columns'];
};

export type DiscussionPoint = {
  itemId: string;
  text: string;
  min: number;
  max: number;
  rangeText: string;
};

export type ReportRecommendation = { text: string; partner: string; partnerText: string };

export type ConditionSection = {
  id: string;
  title: string;
  explanation: string;
  score: number | null;
  scoreText: string;
  band: Band | null;
  bandLabel: string;
  insufficient: boolean;
  isBottleneck: boolean;
  isNecessary: boolean;
  /** small labels next to the title: "Zwakste schakel van route A", "Altijd nodig" */
  badges: string[];
  /** score, membership, respondents and spread in sentences */
  facts: string[];
  discussionHeading: string;
  discussionIntro: string;
  discussionPoints: DiscussionPoint[];
  recommendationsHeading: string;
  recommendations: ReportRecommendation[];
  /** shown instead of an empty list */
  emptyDiscussion: string;
  emptyRecommendations: string;
};

export type TraitRow = {
  id: string;
  text: string;
  yes: number;
  partly: number;
  no: number;
  unanswered: number;
};

export type TraitsSection = {
  heading: string;
  intro: string;
  columns: ReportTexts['traits']['columns'];
  rows: TraitRow[];
  total: TraitRow;
};

export type AppendixItem = {
  id: string;
  text: string;
  isReversed: boolean;
  /** how many respondents answered 1, 2, 3, 4 and 5 */
  counts: [number, number, number, number, number];
  dontKnow: number;
  unanswered: number;
};

export type AppendixGroup = { conditionId: string; title: string; items: AppendixItem[] };

export type RoleGroup = {
  role: string | null;
  label: string;
  count: number;
  /** names, only when the coordinator chose to show them */
  names: string[];
};

export type ReportAppendix = {
  heading: string;
  intro: string;
  itemColumn: string;
  answerColumns: string[];
  reversedLabel: string;
  groups: AppendixGroup[];
  respondentsHeading: string;
  respondentsIntro: string;
  roles: RoleGroup[];
};

export type AnchorRow = {
  conditionId: string;
  title: string;
  exclusion: string;
  crossover: string;
  inclusion: string;
};

export type ReportMethod = {
  heading: string;
  paragraphs: string[];
  anchorsHeading: string;
  anchorsColumns: ReportTexts['method']['anchorsColumns'];
  anchors: AnchorRow[];
  anchorsNote: string;
  /** the questionnaire's id@version and the SHA-256 of its canonical form, in a sentence */
  questionnaireLine: string;
  referenceHeading: string;
  references: string[];
};

/** One scan on a trend chart: its label, its questionnaire version and its display score. */
export type TrendChartPoint = { label: string; version: string; score: number | null };

/** The trends as the caller assembled them from the domain (src/domain/scoring/trends.ts), in words. */
export type ReportTrendsInput = {
  /** the version every scan is scored on */
  version: string;
  charts: { condition: string; title: string; points: TrendChartPoint[] }[];
  /** per change of version, the sentences that say what changed */
  changes: { from: string; to: string; lines: string[] }[];
};

export type ReportTrends = {
  heading: string;
  intro: string;
  charts: {
    conditionId: string;
    title: string;
    points: (TrendChartPoint & { scoreText: string; versionText: string })[];
    /** the chart in words, for a screen reader */
    alt: string;
  }[];
  changesHeading: string;
  changes: { heading: string; lines: string[] }[];
};

export type ReportFooter = {
  questionnaire: string;
  digestPrefix: string;
  /** the left part of the footer, the same on every page */
  text: string;
  /** `pagina {page} van {pages}`: filled in by whoever knows the page count */
  pageTemplate: string;
};

/** Everything the results screen and the PDF show, in words and display numbers. */
export type ReportModel = {
  language: ReportLanguage;
  cover: ReportCover;
  summary: ReportSummary;
  verdict: PathVerdict;
  conditionsHeading: string;
  conditionsIntro: string;
  /** bottleneck first, then by ascending membership; insufficient conditions last */
  conditions: ConditionSection[];
  traits: TraitsSection;
  appendix: ReportAppendix;
  method: ReportMethod;
  /** with two or more closed scans of the collective: the scores over time; otherwise null */
  trends: ReportTrends | null;
  footer: ReportFooter;
};
