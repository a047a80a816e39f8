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

/** What is written under an axis's name: its score, or why it has none. */
export type AxisNote = { text: string; isMissing: boolean };

type Props = {
  x: number;
  top: number;
  align: 'left' | 'center' | 'right';
  nameLines: string[];
  noteLines: string[];
  isMissing: boolean;
  fontSize: number;
  lineHeight: number;
};

const anchors = { left: 'start', center: 'middle', right: 'end' } as const;

/** An axis label of the radar: the name on one or more lines, then its score in the brand colour. */
export function RadarLabel({
  x,
  top,
  align,
  nameLines,
  noteLines,
  isMissing,
  fontSize,
  lineHeight,
}: Props) {
  // each line's baseline sits one font size below the top of its line box
  const lineY = (index: number) => Math.round((top + index * lineHeight + fontSize) * 10) / 10;
  return (
    <text x={x} textAnchor={anchors[align]} fontSize={fontSize}>
      {nameLines.map((line, index) => (
        <tspan key={`name-${index}`} x={x} y={lineY(index)} fill="#1d2521">
          {line}
        </tspan>
      ))}
      {noteLines.map((line, index) => (
        <tspan
          key={`note-${index}`}
          x={x}
          y={lineY(nameLines.length + index)}
          className={isMissing ? 'radar__missing' : 'radar__value'}
          fill={isMissing ? '#4d5a54' : '#1f5f4a'}
          fontWeight={isMissing ? undefined : 700}
          fontStyle={isMissing ? 'italic' : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}
