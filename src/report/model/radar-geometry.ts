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
  /** where 0 and each ring's score are written: on the ring, halfway between the first two axes */
  ticks: { value: number; at: Point }[];
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

/** The points of one set of scores (one per axis, 0–100; null at the centre) on a radar of that many axes. */
export function radarPolygon({
  scores,
  radius,
}: {
  scores: (number | null)[];
  radius: number;
}): Point[] {
  return scores.map((score, index) =>
    pointAt({
      index,
      count: scores.length,
      length: (radius * Math.max(0, Math.min(100, score ?? 0))) / 100,
    }),
  );
}

function alignment(point: Point): Pick<RadarGeometry['axes'][number], 'align' | 'baseline'> {
  const align = Math.abs(point.x) < 1e-6 ? 'center' : point.x > 0 ? 'left' : 'right';
  const baseline =
    point.y < -1e-6 && align === 'center' ? 'bottom' : point.y > 1e-6 ? 'top' : 'middle';
  return { align, baseline };
}

/** The radar's points around the centre (0, 0) for a given radius: grid rings and their ticks, the scores and the spread band. */
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
          inner: radarPolygon({ scores: radar.axes.map((axis) => axis.spread?.low ?? 0), radius }),
          outer: radarPolygon({ scores: radar.axes.map((axis) => axis.spread?.high ?? 0), radius }),
        }
      : null;
  // a ring is straight between two axes: halfway, it is cos(π / count) as far from the centre
  const tickAt = (value: number) =>
    pointAt({
      index: 0.5,
      count,
      length: (radius * value * Math.cos(Math.PI / Math.max(count, 3))) / 100,
    });
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
    ticks: [0, ...radar.rings].map((value) => ({ value, at: tickAt(value) })),
    score: radarPolygon({ scores: radar.axes.map((axis) => axis.score), radius }),
    spread,
  };
}
