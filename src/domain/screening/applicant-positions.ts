type PlacedRow = { id: string; importedAt: string; fileName: string; position?: number };

/**
 * Places for applicants kept before rows remembered their place in the batch (storage version 3):
 * within each import, by file name, so a batch's rows come out in one stable order. Rows that
 * already have a place keep it.
 */
export function legacyApplicantPositions(rows: readonly PlacedRow[]): Map<string, number> {
  const byImport = new Map<string, PlacedRow[]>();
  for (const row of rows) {
    if (row.position !== undefined) continue;
    byImport.set(row.importedAt, [...(byImport.get(row.importedAt) ?? []), row]);
  }
  const positions = new Map<string, number>();
  for (const batch of byImport.values()) {
    const ordered = [...batch].sort(
      (a, b) =>
        a.fileName.localeCompare(b.fileName, 'en', { numeric: true }) || a.id.localeCompare(b.id),
    );
    ordered.forEach((row, index) => positions.set(row.id, index));
  }
  return positions;
}
