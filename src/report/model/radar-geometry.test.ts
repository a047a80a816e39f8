import { describe, expect, it } from 'vitest';
import { radarGeometry, radarPolygon, type RadarModel } from './radar-geometry';

const axis = (id: string, score: number | null, spread: RadarModel['axes'][number]['spread']) => ({
  id,
  label: id,
  score,
  spread,
});

describe('radarGeometry', () => {
  const radar: RadarModel = {
    axes: [
      axis('a', 100, { low: 50, high: 100 }),
      axis('b', 50, { low: 25, high: 75 }),
      axis('c', 0, { low: 0, high: 0 }),
      axis('d', null, null),
    ],
    rings: [50, 100],
    hasSpread: false,
  };

  it('puts the first axis straight up and goes clockwise, scaled by score / 100 × radius', () => {
    const geometry = radarGeometry({ radar, radius: 40 });
    // four axes: up, right, down, left
    expect(geometry.score).toEqual([
      { x: 0, y: -40 },
      { x: 20, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ]);
    expect(geometry.rings[0]).toEqual([
      { x: 0, y: -20 },
      { x: 20, y: 0 },
      { x: 0, y: 20 },
      { x: -20, y: 0 },
    ]);
    expect(geometry.axes.map((a) => [a.align, a.baseline])).toEqual([
      ['center', 'bottom'],
      ['left', 'middle'],
      ['center', 'top'],
      ['right', 'middle'],
    ]);
    // label 8% of the radius outside the end
    expect(geometry.axes[1]?.labelAt).toEqual({ x: 43.2, y: 0 });
  });

  it('leaves the spread out unless every axis has one', () => {
    expect(radarGeometry({ radar: { ...radar, hasSpread: true }, radius: 40 }).spread).toBeNull();
    const full = { ...radar, axes: radar.axes.slice(0, 3), hasSpread: true };
    const spread = radarGeometry({ radar: full, radius: 30 }).spread;
    // three axes: 0°, 120°, 240° from the top; axis b at 75 → 22.5 long, 30° below the horizontal
    expect(spread?.outer[0]).toEqual({ x: 0, y: -30 });
    expect(spread?.outer[1]?.x).toBeCloseTo(22.5 * Math.cos(Math.PI / 6), 3);
    expect(spread?.outer[1]?.y).toBeCloseTo(22.5 * 0.5, 3);
    expect(spread?.inner[0]).toEqual({ x: 0, y: -15 });
  });

  it('writes 0 at the centre and each ring on the ring, halfway between the first two axes', () => {
    // four axes: halfway between up and right is 45°; the ring's straight side is cos 45° × its radius away
    const ticks = radarGeometry({ radar, radius: 40 }).ticks;
    expect(ticks.map((tick) => tick.value)).toEqual([0, 50, 100]);
    expect(ticks[0]?.at).toEqual({ x: 0, y: 0 });
    // ring 100: 40 × cos 45° = 28.28 from the centre at 45°, so x = 20, y = −20
    expect(ticks[2]?.at).toEqual({ x: 20, y: -20 });
    expect(ticks[1]?.at).toEqual({ x: 10, y: -10 });
  });

  it('places any other set of scores the same way, null at the centre', () => {
    expect(radarPolygon({ scores: [100, null, 50, 0], radius: 40 })).toEqual([
      { x: 0, y: -40 },
      { x: 0, y: 0 },
      { x: 0, y: 20 },
      { x: 0, y: 0 },
    ]);
    // the radar's own score polygon is the same function of its scores
    expect(radarGeometry({ radar, radius: 40 }).score).toEqual(
      radarPolygon({ scores: [100, 50, 0, null], radius: 40 }),
    );
  });
});
