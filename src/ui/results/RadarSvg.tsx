import { useRef } from 'react';
import {
  radarGeometry,
  radarPolygon,
  type Point,
  type RadarModel,
} from '../../report/model/radar-geometry';
import { RadarLabel, wrapLabel, type AxisNote } from './RadarLabel';
import { fitRadar } from './radar-layout';
import { RadarSeriesShape, type RadarSeries } from './RadarSeriesShape';
import { useElementWidth } from '../useElementWidth';

/** How big the drawing is: the words keep these sizes, the radar takes the room that is left. */
export type RadarSizing = {
  aspect: number;
  maxHeight: number;
  fontSize: number;
  tickFontSize: number;
  /** the width drawn before the element is measured (and in jsdom, which has no layout) */
  defaultWidth: number;
};

type Props = {
  /** the axes' names, the grid rings and the spread band (drawn when the model has one) */
  radar: RadarModel;
  series: RadarSeries[];
  /** a line under each axis's name (same order as the axes) */
  notes?: (AxisNote | undefined)[];
  sizing: RadarSizing;
  formatTick: (value: number) => string;
  /** a fixed width instead of the container's */
  width?: number;
};

const points = (list: Point[]) => list.map((point) => `${point.x},${point.y}`).join(' ');
const closedPath = (list: Point[]) => `M${points(list).replaceAll(' ', 'L')}Z`;

/**
 * A radar drawn as plain SVG from the report model's geometry (the PDF's radar uses the same
 * function): grid rings with their scores, a spoke per axis, the spread band and the series. The
 * drawing is as wide as its container and its words keep their size; it is hidden from screen
 * readers, whose words are in the figure's caption.
 */
export function RadarSvg({ radar, series, notes = [], sizing, formatTick, width }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const measured = useElementWidth(ref);
  const drawnWidth = width ?? measured ?? sizing.defaultWidth;
  const lineHeight = Math.round(sizing.fontSize * 1.25);
  const nameLines = radar.axes.map((axis) => wrapLabel(axis.label));
  const noteLines = radar.axes.map((_, index) => {
    const note = notes[index];
    return note ? wrapLabel(note.text, 14) : [];
  });
  const layout = fitRadar({
    radar,
    labelLines: nameLines.map((lines, index) => [...lines, ...(noteLines[index] ?? [])]),
    width: drawnWidth,
    height: Math.round(Math.min(drawnWidth / sizing.aspect, sizing.maxHeight)),
    fontSize: sizing.fontSize,
    lineHeight,
  });
  const geometry = radarGeometry({ radar, radius: layout.radius });
  return (
    <svg
      ref={ref}
      className="radar-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <g transform={`translate(${layout.centre.x} ${layout.centre.y})`}>
        <g className="radar-svg__grid" fill="none" stroke="#c9d1cd" strokeWidth={1}>
          {geometry.rings.map((ring, index) => (
            <polygon key={radar.rings[index] ?? index} points={points(ring)} />
          ))}
          {geometry.axes.map((axis) => (
            <line key={axis.id} x1={0} y1={0} x2={axis.end.x} y2={axis.end.y} />
          ))}
        </g>
        {geometry.spread ? (
          <g className="radar-svg__band">
            <path
              d={`${closedPath(geometry.spread.outer)}${closedPath(geometry.spread.inner)}`}
              fillRule="evenodd"
              fill="#8fb8a8"
              fillOpacity={0.35}
              stroke="none"
            />
            <polygon points={points(geometry.spread.outer)} fill="none" stroke="#8fb8a8" />
            <polygon
              points={points(geometry.spread.inner)}
              fill="none"
              stroke="#6f9d8b"
              strokeDasharray="4 3"
            />
          </g>
        ) : null}
        {series.map((one) => (
          <RadarSeriesShape
            key={one.id}
            series={one}
            corners={radarPolygon({ scores: one.scores, radius: layout.radius })}
          />
        ))}
        <g
          fontSize={sizing.tickFontSize}
          fill="#4d5a54"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {geometry.ticks.map((tick) => (
            <text key={tick.value} x={tick.at.x + 3} y={tick.at.y - 3}>
              {formatTick(tick.value)}
            </text>
          ))}
        </g>
        {layout.labels.map(({ x, top, align }, index) => (
          <RadarLabel
            key={radar.axes[index]?.id ?? index}
            x={x}
            top={top}
            align={align}
            nameLines={nameLines[index] ?? []}
            noteLines={noteLines[index] ?? []}
            isMissing={notes[index]?.isMissing ?? false}
            fontSize={sizing.fontSize}
            lineHeight={lineHeight}
          />
        ))}
      </g>
    </svg>
  );
}
