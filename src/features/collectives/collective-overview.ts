import type { Collective, Scan } from '../../domain/collective/schema';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import type { Item, LocalizedText } from '../../domain/questionnaire/schema';

export type ProfileRow = { id: string; label: string; value: string };
export type ScanLine = {
  id: string;
  label: string;
  status: Scan['status'];
  /** `id@version` of the questionnaire the scan runs on */
  questionnaire: string;
  startedAt: string;
};
export type CollectiveOverview = {
  collective: Collective;
  scans: ScanLine[];
  /** the profile fields that hold a value, worded as the questionnaire words them */
  profile: ProfileRow[];
};

/** What the page of one collective shows: its scans as lines and its filled-in profile fields as label and value. */
export function buildCollectiveOverview(input: {
  collective: Collective;
  scans: readonly Scan[];
  profileItems: readonly Item[];
  localize: (text: LocalizedText) => string;
}): CollectiveOverview {
  const { collective, localize } = input;
  const values = new Map<string, unknown>(Object.entries(collective));
  const profile = input.profileItems.flatMap((item) => {
    const value = values.get(item.id);
    if (value === null || value === undefined || value === '') return [];
    // a value the questionnaire no longer offers is shown as stored rather than hidden
    const option =
      item.type === 'single-choice' ? item.options.find((o) => o.value === value) : undefined;
    const shown = option ? localize(option.label) : String(value);
    return [{ id: item.id, label: localize(item.text), value: shown }];
  });
  const scans = input.scans.map((scan) => ({
    id: scan.id,
    label: scan.label,
    status: scan.status,
    questionnaire: questionnaireKey(scan.questionnaire),
    startedAt: scan.startedAt,
  }));
  return { collective, scans, profile };
}
