export type Point = { x: number; y: number };

export type RadarAxis = {
  id: string;
  label: string;
  /** exact score 0–100, null when insufficient (drawn at the centre) */
  score: number | null;
  /** the first and third quartile of the respondents' means, as scores 0–100; null under 3 respondents */
  spread: { low: number; high: number } | null;
};

export type RadarModel = {
  axes: RadarAxis[];
  /** the scores at which grid rings are drawn */
  rings: number[];
  /** the spread band is drawn only when every axis has one */
  hasSpread: boolean;
};

export type RadarGeometry = {
  axes: {
    id: string;
    label: string;
    end: Point;
    /** where the label goes, just outside the end, and how it is aligned there */
    labelAt: Point;
    align: 'left' | 'center' | 'right';
    baseline: 'top' | 'middle' | 'bottom';
  }[];
  rings: Point[][];
  score: Point[];
  spread: { inner: Point[]; outer: Point[] } | null;
};

const round = (value: number) => Math.round(value * 1e4) / 1e4 + 0;

/** Angle of axis i of n: the first straight up, then clockwise (y grows downwards, as in PDF and SVG). */
function pointAt({
  index,
  count,
  length,
}: {
  index: number;
  count: number;
  length: number;
}): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: round(length * Math.cos(angle)), y: round(length * Math.sin(angle)) };
}

function alignment(point: Point): Pick<RadarGeometry['axes'][number], 'align' | 'baseline'> {
  const align = Math.abs(point.x) < 1e-6 ? 'center' : point.x > 0 ? 'left' : 'right';
  const baseline =
    point.y < -1e-6 && align === 'center' ? 'bottom' : point.y > 1e-6 ? 'top' : 'middle';
  return { align, baseline };
}

/** The radar's points around the centre (0, 0) for a given radius: grid rings, the scores and the spread band. */
export function radarGeometry({
  radar,
  radius,
}: {
  radar: RadarModel;
  radius: number;
}): RadarGeometry {
  const count = radar.axes.length;
  const at = (index: number, score: number) =>
    pointAt({ index, count, length: (radius * Math.max(0, Math.min(100, score))) / 100 });
  const labelGap = radius * 0.08;
  const spread =
    radar.hasSpread && radar.axes.every((axis) => axis.spread !== null)
      ? {
          inner: radar.axes.map((axis, index) => at(index, axis.spread?.low ?? 0)),
          outer: radar.axes.map((axis, index) => at(index, axis.spread?.high ?? 0)),
        }
      : null;
  return {
    axes: radar.axes.map((axis, index) => {
      const labelAt = pointAt({ index, count, length: radius + labelGap });
      return {
        id: axis.id,
        label: axis.label,
        end: at(index, 100),
        labelAt,
        ...alignment(labelAt),
      };
    }),
    rings: radar.rings.map((ring) => radar.axes.map((_, index) => at(index, ring))),
    score: radar.axes.map((axis, index) => at(index, axis.score ?? 0)),
    spread,
  };
}
