import { useTranslation } from 'react-i18next';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';

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

/** The applicants' five scores on one radar, one outlined series each, with a legend. */
export function CompareRadar({ conditions, series, width }: Props) {
  const { t } = useTranslation();
  const data = conditions.map((c) => ({
    title: c.title,
    ...Object.fromEntries(series.map((s) => [s.id, s.scores[c.id] ?? 0])),
  }));
  return (
    <figure className="compare-radar">
      <ResponsiveContainer width={width ?? '100%'} height={420}>
        <RadarChart data={data} outerRadius="62%" accessibilityLayer>
          <PolarGrid />
          <PolarAngleAxis dataKey="title" tick={{ fontSize: 12, fill: '#1d2521' }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 11 }} />
          {series.map((s) => (
            <Radar
              key={s.id}
              name={`${s.style.mark} ${s.name}`}
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
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
      <figcaption className="muted">{t('funder.compareCaption')}</figcaption>
    </figure>
  );
}
