import { useTranslation } from 'react-i18next';
import { RadarTick } from './RadarTick';
import { useFormatNumber } from '../useFormatNumber';
import { useMediaQuery } from '../useMediaQuery';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';

export type RadarRow = {
  title: string;
  score: number | null;
  q1: number | null;
  q3: number | null;
};

/** Without `width` the chart fills its container (tests pass a width: jsdom has no layout). */
type Props = {
  rows: RadarRow[];
  showSpread: boolean;
  legend: string[];
  width?: number;
  height?: number;
};

/** The five condition scores on 0–100, with the middle half of the respondents as a band when there are 3 or more. */
export function ConditionRadar({ rows, showSpread, legend, width, height }: Props) {
  const { t } = useTranslation();
  // spoken as it is shown: whole and in the UI language (an exact score read 89.99999999999999)
  const formatScore = useFormatNumber();
  // on a phone the labels need the room around the chart; on a wide screen the chart takes its column
  const isWide = useMediaQuery('(min-width: 48rem)');
  const data = rows.map((row) => ({
    title: row.title,
    score: row.score ?? 0,
    q1: row.q1 ?? 0,
    q3: row.q3 ?? 0,
  }));
  return (
    <figure className="radar" aria-labelledby="radar-caption">
      <ResponsiveContainer
        width={width ?? '100%'}
        {...(height ? { height } : { aspect: isWide ? 1.15 : 1.2, maxHeight: isWide ? 520 : 420 })}
      >
        <RadarChart data={data} outerRadius={isWide ? '70%' : '50%'} accessibilityLayer>
          <PolarGrid />
          <PolarAngleAxis dataKey="title" tick={<RadarTick fontSize={isWide ? 14 : 12} />} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={90}
            tick={{ fontSize: isWide ? 12 : 11, fill: '#4d5a54' }}
          />
          {showSpread ? (
            <Radar
              name={t('results.radar.q3')}
              dataKey="q3"
              stroke="#8fb8a8"
              fill="#8fb8a8"
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          ) : null}
          {showSpread ? (
            <Radar
              name={t('results.radar.q1')}
              dataKey="q1"
              stroke="#8fb8a8"
              strokeDasharray="4 3"
              fill="#ffffff"
              fillOpacity={0.6}
              isAnimationActive={false}
            />
          ) : null}
          <Radar
            name={t('results.radar.score')}
            dataKey="score"
            stroke="#1f5f4a"
            strokeWidth={3}
            fill="#1f5f4a"
            fillOpacity={0.15}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
      <figcaption id="radar-caption">
        <ul className="radar__legend">
          {legend.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <span className="visually-hidden">
          {rows
            .map(
              (row) =>
                `${row.title}: ${row.score === null ? t('results.insufficientShort') : formatScore(row.score)}`,
            )
            .join('; ')}
        </span>
      </figcaption>
    </figure>
  );
}
