import { colors, lineHeight, page, type PdfFlow, type TextStyle } from './flow';

export type TableColumn = { header: string; width: number; align?: 'left' | 'right' | 'center' };

const padding = 1.4;

function cellX(x: number, column: TableColumn): number {
  if (column.align === 'right') return x + column.width - padding;
  if (column.align === 'center') return x + column.width / 2;
  return x + padding;
}

/**
 * One row, tagged TR: a header row's cells are TH for their column; a body row's first cell is TH
 * for its row (it names what the row is about), the others TD.
 */
function drawRow({
  flow,
  columns,
  cells,
  style,
  isHeader,
}: {
  flow: PdfFlow;
  columns: TableColumn[];
  cells: string[][];
  style: TextStyle;
  isHeader: boolean;
}): void {
  const height = lineHeight(style);
  let x = page.left;
  flow.tags.begin('TR');
  columns.forEach((column, index) => {
    flow.style(style);
    if (isHeader) flow.tags.begin('TH', { scope: 'Column' });
    else if (index === 0) flow.tags.begin('TH', { scope: 'Row' });
    else flow.tags.begin('TD');
    (cells[index] ?? []).forEach((line, lineIndex) => {
      flow.text(line, cellX(x, column), flow.y + padding + lineIndex * height, {
        baseline: 'top',
        align: column.align ?? 'left',
      });
    });
    flow.tags.end();
    x += column.width;
  });
  flow.tags.end();
}

/**
 * A table whose cells wrap; rows never split, and the header repeats on a new page. Tagged as a
 * Table (the repeated header is a header row again: it is printed text, read where it stands).
 */
export function drawTable({
  flow,
  columns,
  rows,
  size = 9,
  boldRows = [],
}: {
  flow: PdfFlow;
  columns: TableColumn[];
  rows: string[][];
  size?: number;
  /** indexes of rows printed in bold, e.g. a total */
  boldRows?: number[];
}): void {
  const headStyle = { size, bold: true, color: colors.muted };
  const wrapRow = (values: string[], style: TextStyle) =>
    columns.map((column, index) =>
      flow.wrap(values[index] ?? '', column.width - 2 * padding, style),
    );
  const rowHeight = (cells: string[][], style: TextStyle) =>
    Math.max(...cells.map((lines) => lines.length)) * lineHeight(style) + 2 * padding;
  const header = wrapRow(
    columns.map((column) => column.header),
    headStyle,
  );
  const drawHeader = () => {
    drawRow({ flow, columns, cells: header, style: headStyle, isHeader: true });
    flow.y += rowHeight(header, headStyle);
    flow.rule(colors.muted);
  };
  const bodies = rows.map((values, index) => {
    const style = { size, bold: boldRows.includes(index) };
    const cells = wrapRow(values, style);
    return { style, cells, height: rowHeight(cells, style) };
  });
  // the header goes with at least two rows
  flow.ensure(
    rowHeight(header, headStyle) + bodies.slice(0, 2).reduce((sum, body) => sum + body.height, 0),
  );
  flow.tags.begin('Table');
  drawHeader();
  bodies.forEach((body, index) => {
    const last = bodies[index + 1];
    // a table's last row does not go to a new page on its own: the row before it goes along
    const isWidowBreak =
      index >= 2 &&
      index === bodies.length - 2 &&
      last !== undefined &&
      flow.y + body.height <= page.bottom &&
      flow.y + body.height + last.height > page.bottom;
    if (isWidowBreak || flow.y + body.height > page.bottom) {
      flow.newPage();
      drawHeader();
    }
    drawRow({ flow, columns, cells: body.cells, style: body.style, isHeader: false });
    flow.y += body.height;
    flow.rule();
  });
  flow.tags.end();
  flow.y += 3;
}
