import { useTranslation } from 'react-i18next';
import type { RadarModel } from '../../report/model/radar-geometry';
import { RadarSvg, type RadarSizing } from '../../ui/results/RadarSvg';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { useMediaQuery } from '../../ui/useMediaQuery';

export type SeriesStyle = { color: string; dash: string; mark: string };

/** Colour, line pattern and a mark per series, so they differ without colour too. */
export const seriesStyles: SeriesStyle[] = [
  { color: '#1f5f4a', dash: '', mark: '●' },
  { color: '#b5531c', dash: '8 4', mark: '■' },
  { color: '#2f5fa8', dash: '2 3', mark: '▲' },
  { color: '#7a3d8c', dash: '10 3 2 3', mark: '◆' },
];

type Props = {
  conditions: { id: string; title: string }[];
  series: {
    id: string;
    name: string;
    style: SeriesStyle;
    scores: Record<string, number | null>;
  }[];
  width?: number;
};

// on a phone the labels wrap and the chart is about as tall as it is wide
const phone: RadarSizing = {
  aspect: 1,
  maxHeight: 460,
  fontSize: 11,
  tickFontSize: 11,
  defaultWidth: 340,
};
const wide: RadarSizing = {
  aspect: 1.25,
  maxHeight: 460,
  fontSize: 13,
  tickFontSize: 11,
  defaultWidth: 600,
};

/**
 * The applicants' five scores on one radar, one outlined series each, with a legend of our own in the
 * table's order (one mark each). The 0–100 scale runs between the first two axes, so its numbers sit
 * on no label. A score the applicant lacks sits at the centre without a dot; the table says "–".
 */
export function CompareRadar({ conditions, series, width }: Props) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const isWide = useMediaQuery('(min-width: 48rem)');
  const radar: RadarModel = {
    axes: conditions.map((c) => ({ id: c.id, label: c.title, score: null, spread: null })),
    rings: [25, 50, 75, 100],
    hasSpread: false,
  };
  return (
    <figure className="compare-radar" aria-labelledby="compare-radar-caption">
      <RadarSvg
        radar={radar}
        series={series.map((s) => ({
          id: s.id,
          className: 'compare-radar__series',
          scores: conditions.map((c) => s.scores[c.id] ?? null),
          color: s.style.color,
          strokeWidth: 2.5,
          dash: s.style.dash,
          fillOpacity: 0.06,
          dotRadius: 3,
        }))}
        sizing={isWide ? wide : phone}
        formatTick={formatNumber}
        width={width}
      />
      <figcaption id="compare-radar-caption">
        <ul className="compare-legend">
          {series.map((s) => (
            <li key={s.id}>
              <span
                aria-hidden="true"
                className="compare-legend__mark"
                style={{ color: s.style.color }}
              >
                {s.style.mark}
              </span>{' '}
              {s.name}
            </li>
          ))}
        </ul>
        <p className="muted">{t('funder.compareCaption')}</p>
      </figcaption>
    </figure>
  );
}
