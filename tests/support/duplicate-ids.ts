/**
 * Every id that more than one element under `root` carries (a label or aria reference then points at
 * the wrong one). Self-contained, so an end-to-end test can run it in the page:
 * `page.evaluate(duplicateIds)`; a component test passes its container.
 */
export function duplicateIds(root?: ParentNode | null): string[] {
  const counts = new Map<string, number>();
  for (const element of Array.from((root ?? document).querySelectorAll('[id]'))) {
    counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
  }
  return [...counts].filter((entry) => entry[1] > 1).map((entry) => entry[0]);
}
