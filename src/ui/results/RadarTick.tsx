type Props = {
  x?: number;
  y?: number;
  cy?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: string };
  fontSize?: number;
};

/** Splits a label into lines of about `width` characters, so long Dutch condition names fit beside the radar. */
export function wrapLabel(label: string, width = 12): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** An axis label of the radar on one or more lines. */
export function RadarTick({
  x = 0,
  y = 0,
  cy = 0,
  textAnchor = 'middle',
  payload,
  fontSize = 12,
}: Props) {
  const lines = wrapLabel(payload?.value ?? '');
  const lineHeight = Math.round(fontSize * 1.2);
  // labels above the centre grow upwards, away from the chart; the others grow downwards
  const shift = y < cy - 1 ? -(lines.length - 1) * lineHeight : 4;
  return (
    <text x={x} y={y + shift} textAnchor={textAnchor} fontSize={fontSize} fill="#1d2521">
      {lines.map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
