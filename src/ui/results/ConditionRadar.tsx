import { useTranslation } from 'react-i18next';
import type { RadarModel } from '../../report/model/radar-geometry';
import { RadarSvg, type RadarSizing } from './RadarSvg';
import { useFormatNumber } from '../useFormatNumber';
import { useMediaQuery } from '../useMediaQuery';

type Props = {
  /** the report model's radar: the same data the PDF draws */
  radar: RadarModel;
  legend: string[];
  /** a fixed width instead of the container's */
  width?: number;
};

// on a phone the labels need the room around the chart; on a wide screen the chart takes its column
const phone: RadarSizing = {
  aspect: 1.2,
  maxHeight: 420,
  fontSize: 12,
  tickFontSize: 11,
  defaultWidth: 340,
};
const wide: RadarSizing = {
  aspect: 1.15,
  maxHeight: 520,
  fontSize: 14,
  tickFontSize: 12,
  defaultWidth: 600,
};

/**
 * The five condition scores on 0–100, each written under its name, with the middle half of the
 * respondents as a band when every condition has 3 or more. A condition with too few answers sits
 * at the centre without a dot, and says so under its name.
 */
export function ConditionRadar({ radar, legend, width }: Props) {
  const { t } = useTranslation();
  // written and spoken as shown: whole and in the UI language (an exact score read 89.99999999999999)
  const formatScore = useFormatNumber();
  const isWide = useMediaQuery('(min-width: 48rem)');
  const notes = radar.axes.map((axis) =>
    axis.score === null
      ? { text: t('results.insufficientShort'), isMissing: true }
      : { text: formatScore(axis.score), isMissing: false },
  );
  return (
    <figure className="radar" aria-labelledby="radar-caption">
      <RadarSvg
        radar={radar}
        series={[
          {
            id: 'score',
            className: 'radar__score',
            scores: radar.axes.map((axis) => axis.score),
            color: '#1f5f4a',
            strokeWidth: 3,
            fillOpacity: 0.15,
            dotRadius: 3.5,
          },
        ]}
        notes={notes}
        sizing={isWide ? wide : phone}
        formatTick={formatScore}
        width={width}
      />
      <figcaption id="radar-caption">
        <ul className="radar__legend">
          {legend.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <span className="visually-hidden">
          {radar.axes.map((axis, index) => `${axis.label}: ${notes[index]?.text ?? ''}`).join('; ')}
        </span>
      </figcaption>
    </figure>
  );
}
