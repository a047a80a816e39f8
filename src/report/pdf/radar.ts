import { colors, lineHeight, type PdfFlow } from './flow';
import { radarGeometry, type Point, type RadarModel } from '../model/radar-geometry';

type RadarGeometry = ReturnType<typeof radarGeometry>;

type Polygon = { points: Point[]; centre: Point; style: 'S' | 'F' | 'FD' };

function polygon(flow: PdfFlow, { points, centre, style }: Polygon): void {
  const [first, ...rest] = points;
  if (!first) return;
  let previous = first;
  const deltas = rest.map((point) => {
    const delta: [number, number] = [point.x - previous.x, point.y - previous.y];
    previous = point;
    return delta;
  });
  flow.doc.lines(deltas, centre.x + first.x, centre.y + first.y, [1, 1], style, true);
}

/** A band between two closed polygons, filled as one quadrilateral per pair of neighbouring axes. */
function band(
  flow: PdfFlow,
  { inner, outer, centre }: { inner: Point[]; outer: Point[]; centre: Point },
) {
  inner.forEach((start, index) => {
    const next = (index + 1) % inner.length;
    const quad = [outer[index], outer[next], inner[next], start].filter(
      (point): point is Point => point !== undefined,
    );
    polygon(flow, { points: quad, centre, style: 'F' });
  });
}

const labelWidth = 44;

/**
 * Draws the radar as vectors around a centre: spread band, grid, score polygon, and labels with
 * scores; all of it inside the Figure element the caller has opened.
 */
export function drawRadar({
  flow,
  radar,
  centre,
  radius,
  scores,
}: {
  flow: PdfFlow;
  radar: RadarModel;
  centre: Point;
  radius: number;
  /** the displayed score per axis id, as printed beside the label */
  scores: Record<string, string>;
}): void {
  const geometry = radarGeometry({ radar, radius });
  // the drawing is one marked-content sequence of the open Figure, each label line another
  flow.tags.content(() => drawShapes(flow, geometry, centre));
  drawLabels(flow, geometry, centre, scores);
}

function drawShapes(flow: PdfFlow, geometry: RadarGeometry, centre: Point): void {
  const { doc } = flow;
  if (geometry.spread) {
    doc.setFillColor(...colors.brandLight);
    band(flow, { ...geometry.spread, centre });
  }
  doc.setDrawColor(...colors.grid);
  doc.setLineWidth(0.2);
  for (const ring of geometry.rings) polygon(flow, { points: ring, centre, style: 'S' });
  for (const axis of geometry.axes) {
    doc.line(centre.x, centre.y, centre.x + axis.end.x, centre.y + axis.end.y);
  }
  doc.setDrawColor(...colors.brand);
  doc.setLineWidth(0.7);
  polygon(flow, { points: geometry.score, centre, style: 'S' });
  doc.setFillColor(...colors.brand);
  for (const point of geometry.score) doc.circle(centre.x + point.x, centre.y + point.y, 0.9, 'F');
}

function drawLabels(
  flow: PdfFlow,
  geometry: RadarGeometry,
  centre: Point,
  scores: Record<string, string>,
): void {
  const labelStyle = { size: 9, color: colors.text };
  const scoreStyle = { size: 11, bold: true, color: colors.brand };
  for (const axis of geometry.axes) {
    const lines = flow.wrap(axis.label, axis.align === 'center' ? 70 : labelWidth, labelStyle);
    const height = lines.length * lineHeight(labelStyle) + lineHeight(scoreStyle);
    const x = centre.x + axis.labelAt.x;
    const anchorY = centre.y + axis.labelAt.y;
    const top =
      axis.baseline === 'bottom'
        ? anchorY - height
        : axis.baseline === 'top'
          ? anchorY
          : anchorY - height / 2;
    flow.style(labelStyle);
    lines.forEach((line, index) => {
      flow.text(line, x, top + index * lineHeight(labelStyle), {
        baseline: 'top',
        align: axis.align,
      });
    });
    flow.style(scoreStyle);
    flow.text(scores[axis.id] ?? '', x, top + lines.length * lineHeight(labelStyle), {
      baseline: 'top',
      align: axis.align,
    });
  }
}
