import type { Point } from '../../report/model/radar-geometry';

/** One outlined set of scores on the radar (one per axis, in the radar's order; null has no dot). */
export type RadarSeries = {
  id: string;
  /** a class of its own, so a test can find what a person sees */
  className: string;
  scores: (number | null)[];
  color: string;
  strokeWidth: number;
  dash?: string;
  fillOpacity: number;
  dotRadius: number;
};

/** One series on the radar: its outline, lightly filled, and a dot on each axis that has a score. */
export function RadarSeriesShape({ series, corners }: { series: RadarSeries; corners: Point[] }) {
  return (
    <g className={series.className}>
      <polygon
        points={corners.map((point) => `${point.x},${point.y}`).join(' ')}
        fill={series.color}
        fillOpacity={series.fillOpacity}
        stroke={series.color}
        strokeWidth={series.strokeWidth}
        strokeDasharray={series.dash || undefined}
        strokeLinejoin="round"
      />
      {corners.map((corner, index) =>
        series.scores[index] === null ? null : (
          <circle
            key={index}
            cx={corner.x}
            cy={corner.y}
            r={series.dotRadius}
            fill={series.color}
          />
        ),
      )}
    </g>
  );
}
