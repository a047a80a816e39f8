import { radarGeometry, type Point, type RadarModel } from '../../report/model/radar-geometry';

/** A box in drawing units around the radar's centre. */
type Box = { left: number; right: number; top: number; bottom: number };

export type RadarLayout = {
  /** the drawing's size in SVG units (the viewBox): the width given, at most the height given */
  width: number;
  height: number;
  centre: Point;
  radius: number;
  /** the label blocks, one per axis, top left corner relative to the centre */
  labels: { x: number; top: number; align: 'left' | 'center' | 'right'; lines: string[] }[];
};

type Input = {
  radar: RadarModel;
  /** the text beside each axis, already split into lines (name, then its score) */
  labelLines: string[][];
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
};

// SVG text cannot be measured before it is drawn; a system sans-serif is at most about this wide per
// character at 1 em, so estimating with it leaves a label room rather than cutting it off
const charWidth = 0.62;
const margin = 6;

function labelBoxes({ radar, labelLines, fontSize, lineHeight }: Input, radius: number) {
  return radarGeometry({ radar, radius }).axes.map((axis, index) => {
    const lines = labelLines[index] ?? [];
    const wide = Math.max(0, ...lines.map((line) => line.length)) * charWidth * fontSize;
    const tall = lines.length * lineHeight;
    const left =
      axis.align === 'left'
        ? axis.labelAt.x
        : axis.align === 'right'
          ? axis.labelAt.x - wide
          : axis.labelAt.x - wide / 2;
    const top =
      axis.baseline === 'bottom'
        ? axis.labelAt.y - tall
        : axis.baseline === 'top'
          ? axis.labelAt.y
          : axis.labelAt.y - tall / 2;
    return { box: { left, right: left + wide, top, bottom: top + tall }, axis, lines };
  });
}

function extent(input: Input, radius: number): Box {
  // a label without words takes no room
  const boxes = labelBoxes(input, radius)
    .filter(({ lines }) => lines.length > 0)
    .map(({ box }) => box);
  const ring = { left: -radius, right: radius, top: -radius, bottom: radius };
  return [ring, ...boxes].reduce((all, box) => ({
    left: Math.min(all.left, box.left),
    right: Math.max(all.right, box.right),
    top: Math.min(all.top, box.top),
    bottom: Math.max(all.bottom, box.bottom),
  }));
}

/**
 * The largest radar, labels included, that fits a drawing of the given size, centred in it, and the
 * drawing's height cut to what it uses. Labels keep their font size whatever the width, so on a narrow
 * screen the radar shrinks instead of its words.
 */
export function fitRadar(input: Input): RadarLayout {
  const { width, height } = input;
  const fits = (radius: number) => {
    const box = extent(input, radius);
    return (
      box.right - box.left <= width - 2 * margin && box.bottom - box.top <= height - 2 * margin
    );
  };
  let low = 0;
  let high = Math.min(width, height) / 2;
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  const radius = Math.floor(low * 10) / 10;
  const box = extent(input, radius);
  // when the width is what limits the radar, the height it leaves over is not drawn
  const usedHeight = Math.min(height, Math.ceil(box.bottom - box.top + 2 * margin));
  const centre = {
    x: Math.round((width - (box.right - box.left)) / 2 - box.left),
    y: Math.round((usedHeight - (box.bottom - box.top)) / 2 - box.top),
  };
  return {
    width,
    height: usedHeight,
    centre,
    radius,
    labels: labelBoxes(input, radius).map(({ box: label, axis, lines }) => ({
      x: axis.labelAt.x,
      top: label.top,
      align: axis.align,
      lines,
    })),
  };
}
