import { useId } from 'react';
import type { Summary } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

export type BoxRow = { label: string; summary: Summary | null };

// collective means lie on the 1–5 answer scale
const low = 1;
const high = 5;
const ticks = [1, 2, 3, 4, 5];
const x = (value: number) => ((value - low) / (high - low)) * 100;

function Box({ summary }: { summary: Summary }) {
  const { min, q1, median, q3, max } = summary;
  if (min === null || q1 === null || median === null || q3 === null || max === null) return null;
  // 0–100 across the width; strokes keep their width when the row stretches
  return (
    <svg viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1={x(min)} x2={x(q1)} y1={10} y2={10} className="boxplot__whisker" />
      <line x1={x(q3)} x2={x(max)} y1={10} y2={10} className="boxplot__whisker" />
      <line x1={x(min)} x2={x(min)} y1={5} y2={15} className="boxplot__whisker" />
      <line x1={x(max)} x2={x(max)} y1={5} y2={15} className="boxplot__whisker" />
      <rect
        x={x(q1)}
        width={Math.max(x(q3) - x(q1), 0.4)}
        y={3}
        height={14}
        className="boxplot__box"
      />
      <line x1={x(median)} x2={x(median)} y1={3} y2={17} className="boxplot__median" />
    </svg>
  );
}

/**
 * Horizontal box plots on the 1–5 scale of the collective means: whiskers from minimum to maximum, the
 * box from the first to the third quartile, a bar at the median. Plain SVG (recharts has no box plot);
 * the table next to it carries the same numbers for screen readers.
 */
export function BoxPlot({ rows, caption }: { rows: BoxRow[]; caption: string }) {
  const captionId = useId();
  const format = useResearchFormat();
  return (
    <figure className="boxplot" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className="boxplot__rows" aria-hidden="true">
        {rows.map((row) => (
          <div className="boxplot__row" key={row.label}>
            <span className="boxplot__label">
              {row.label} <span className="muted">({format.number(row.summary?.n ?? 0, 0)})</span>
            </span>
            <span className="boxplot__plot">
              {row.summary ? <Box summary={row.summary} /> : null}
            </span>
          </div>
        ))}
        <div className="boxplot__row boxplot__axis">
          <span />
          <span className="boxplot__ticks">
            {ticks.map((tick) => (
              <span key={tick} style={{ left: `${x(tick)}%` }}>
                {tick}
              </span>
            ))}
          </span>
        </div>
      </div>
    </figure>
  );
}
