// The command line's counts in English, with the noun in the singular for one ("1 case", "2 cases")
// rather than "case(s)". The app's own texts count through i18next's plural keys instead.

/** `n` and its noun: the singular for exactly one, else the plural (by default the singular + s). */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
