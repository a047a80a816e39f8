/** Condition order for fsQCA: necessary conditions (culture) first, then the others as found. */
export function fsqcaConditionOrder(
  conditionIds: readonly string[],
  necessary: readonly string[],
): string[] {
  const first = necessary.filter((id) => conditionIds.includes(id));
  return [...first, ...conditionIds.filter((id) => !first.includes(id))];
}
