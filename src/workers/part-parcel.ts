// A helper's part of a research load as it travels to the research worker: its table packed
// (table-parcel.ts) and its typed arrays moved, not copied. Receiving some 700,000 short strings per
// 100,000 results one by one had cost the research worker more than a tenth of the load's time.
import type { ResearchPart } from './research-collect';
import { packTable, parcelBuffers, unpackTable, type TableParcel } from './table-parcel';

/** A part as a helper posts it. */
export type PartParcel = Omit<ResearchPart, 'table'> & { table: TableParcel };

/**
 * A part ready to post. The sources of rows read from a bundle are left empty: joining the parts
 * names them from their line numbers anyway (`mergeParts`).
 */
export function packPart(part: ResearchPart): PartParcel {
  const sources = part.table.sources.slice();
  for (const row of part.rowLines.rows) sources[row] = '';
  return { ...part, table: packTable({ ...part.table, sources }) };
}

/** The buffers of a part parcel to move: the helper is done with them once it posts. */
export const partBuffers = (parcel: PartParcel) => parcelBuffers(parcel.table);

/** The part a parcel holds (bundle rows' sources still empty until the parts are joined). */
export function unpackPart(parcel: PartParcel): ResearchPart {
  return { ...parcel, table: unpackTable(parcel.table) };
}
