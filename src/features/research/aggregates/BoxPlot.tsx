import { useId } from 'react';
import type { FiveNumbers } from '../research-types';

export type BoxRow = { label: string; box: FiveNumbers | null; n: number };

const ticks = [0, 25, 50, 75, 100];

function Box({ box }: { box: FiveNumbers }) {
  // the scale is 0–100 across the width; strokes keep their width when the row stretches
  return (
    <svg viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1={box.min} x2={box.q1} y1={10} y2={10} className="boxplot__whisker" />
      <line x1={box.q3} x2={box.max} y1={10} y2={10} className="boxplot__whisker" />
      <line x1={box.min} x2={box.min} y1={5} y2={15} className="boxplot__whisker" />
      <line x1={box.max} x2={box.max} y1={5} y2={15} className="boxplot__whisker" />
      <rect
        x={box.q1}
        width={Math.max(box.q3 - box.q1, 0.4)}
        y={3}
        height={14}
        className="boxplot__box"
      />
      <line x1={box.median} x2={box.median} y1={3} y2={17} className="boxplot__median" />
    </svg>
  );
}

/**
 * Horizontal box plots on the 0–100 score scale: whiskers from minimum to maximum, the box from the
 * first to the third quartile, a bar at the median. Drawn as plain SVG (recharts has no box plot);
 * the table next to it carries the same numbers for screen readers.
 */
export function BoxPlot({ rows, caption }: { rows: BoxRow[]; caption: string }) {
  const captionId = useId();
  return (
    <figure className="boxplot" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div className="boxplot__rows" aria-hidden="true">
        {rows.map((row) => (
          <div className="boxplot__row" key={row.label}>
            <span className="boxplot__label">
              {row.label} <span className="muted">({row.n})</span>
            </span>
            <span className="boxplot__plot">{row.box ? <Box box={row.box} /> : null}</span>
          </div>
        ))}
        <div className="boxplot__row boxplot__axis">
          <span />
          <span className="boxplot__ticks">
            {ticks.map((tick) => (
              <span key={tick} style={{ left: `${tick}%` }}>
                {tick}
              </span>
            ))}
          </span>
        </div>
      </div>
    </figure>
  );
}
