import { describe, expect, it } from 'vitest';
import { fitRadar } from './radar-layout';
import type { RadarModel } from '../../report/model/radar-geometry';

const radarOf = (count: number): RadarModel => ({
  axes: Array.from({ length: count }, (_, index) => ({
    id: `c${index}`,
    label: `c${index}`,
    score: 50,
    spread: null,
  })),
  rings: [25, 50, 75, 100],
  hasSpread: false,
});

describe('fitRadar (the largest radar whose labels fit the drawing)', () => {
  it('with empty labels, fills the smaller side less the margins, centred', () => {
    // no words: the rings decide; 300 × 200 leaves 200 − 2 × 6 = 188 high, so a radius of 94
    const layout = fitRadar({
      radar: radarOf(4),
      labelLines: [[], [], [], []],
      width: 300,
      height: 200,
      fontSize: 12,
      lineHeight: 15,
    });
    expect(layout.radius).toBeCloseTo(94, 0);
    expect(layout.centre).toEqual({ x: 150, y: 100 });
  });

  it('leaves room beside the rings for the words, and keeps every label inside the drawing', () => {
    // four axes: right and left labels are 10 characters × 0.62 × 12 = 74.4 wide, beside 1.08 × radius;
    // 2 × (1.08 r + 74.4) = 400 − 12 gives r = 110.7 (the height, 2.16 r + 30 ≤ 388, would allow 165)
    const lines = [['top'], ['abcdefghij'], ['bottom'], ['abcdefghij']];
    const layout = fitRadar({
      radar: radarOf(4),
      labelLines: lines,
      width: 400,
      height: 400,
      fontSize: 12,
      lineHeight: 15,
    });
    expect(layout.radius).toBeCloseTo(110.7, 0);
    // the height left over is cut: 2.16 × 110.7 + 30 + 12 = 281.1, rounded up
    expect(layout.height).toBe(282);
    const right = layout.labels[1];
    expect(right?.align).toBe('left');
    expect(layout.centre.x + (right?.x ?? 0) + 74.4).toBeLessThanOrEqual(400 - 6 + 0.5);
    const left = layout.labels[3];
    expect(left?.align).toBe('right');
    expect(layout.centre.x + (left?.x ?? 0) - 74.4).toBeGreaterThanOrEqual(6 - 0.5);
    // the top label's one line ends where the label point is, just above the ring
    expect(layout.labels[0]?.top).toBeCloseTo(-1.08 * layout.radius - 15, 3);
  });

  it('shrinks the radar, not the words, when the drawing is narrower', () => {
    const input = {
      radar: radarOf(5),
      labelLines: Array.from({ length: 5 }, () => ['Gedeeld', 'leiderschap', '71']),
      height: 1000,
      fontSize: 12,
      lineHeight: 15,
    };
    const wide = fitRadar({ ...input, width: 600 });
    const narrow = fitRadar({ ...input, width: 320 });
    expect(narrow.radius).toBeLessThan(wide.radius);
    expect(narrow.labels[1]?.lines).toEqual(wide.labels[1]?.lines);
  });
});
