import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { RadarTick } from '../../ui/results/RadarTick';
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

/**
 * The applicants' five scores on one radar, one outlined series each, with a legend of our own in the
 * table's order (one mark each). The 0–100 scale runs between two axes, so its ticks sit on no label;
 * on a phone the labels wrap and the chart is as tall as it is wide.
 */
export function CompareRadar({ conditions, series, width }: Props) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const isWide = useMediaQuery('(min-width: 48rem)');
  const data = conditions.map((c) => ({
    title: c.title,
    ...Object.fromEntries(series.map((s) => [s.id, s.scores[c.id] ?? 0])),
  }));
  // the first axis points up; halfway to the next one is free of labels
  const scaleAngle = 90 - 180 / Math.max(conditions.length, 1);
  return (
    <figure className="compare-radar">
      <ResponsiveContainer
        width={width ?? '100%'}
        {...(width ? { height: 420 } : { aspect: isWide ? 1.25 : 1, maxHeight: 460 })}
      >
        <RadarChart data={data} outerRadius={isWide ? '68%' : '52%'} accessibilityLayer>
          <PolarGrid />
          <PolarAngleAxis dataKey="title" tick={<RadarTick fontSize={isWide ? 13 : 11} />} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={scaleAngle}
            tick={{ fontSize: 11, fill: '#4d5a54' }}
            tickFormatter={(value: number) => formatNumber(value)}
          />
          {series.map((s) => (
            <Radar
              key={s.id}
              name={s.name}
              dataKey={s.id}
              stroke={s.style.color}
              strokeWidth={2.5}
              strokeDasharray={s.style.dash}
              fill={s.style.color}
              fillOpacity={0.06}
              dot={{ r: 3, fill: s.style.color }}
              isAnimationActive={false}
            />
          ))}
        </RadarChart>
      </ResponsiveContainer>
      <figcaption>
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
