import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ResearchTable } from '../../domain/research';
import { wideColumns } from './wide-columns';

const parquetType = { string: 'STRING', double: 'DOUBLE', integer: 'INT32' } as const;

/** The wide table as Parquet (the same columns as the wide CSV), for DuckDB, Spark, pandas and R's arrow. */
export function wideParquet(table: ResearchTable): Uint8Array {
  const columnData = wideColumns(table).map((column) => {
    const data: (string | number | null)[] = new Array(table.n);
    for (let row = 0; row < table.n; row += 1) data[row] = column.value(row);
    return { name: column.name, data, type: parquetType[column.type], nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
