// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { srgbProfile } from './srgb-profile';

const profile = srgbProfile();
const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
const text = (from: number, length: number) =>
  String.fromCharCode(...profile.subarray(from, from + length));
const fixed = (at: number) => view.getInt32(at) / 0x10000;
const xyzAt = (at: number) => [fixed(at + 8), fixed(at + 12), fixed(at + 16)];

/** The tag table: signature → where its data is and how long. */
const tagTable = new Map(
  Array.from({ length: view.getUint32(128) }, (_, index) => {
    const row = 132 + index * 12;
    return [text(row, 4), { offset: view.getUint32(row + 4), size: view.getUint32(row + 8) }];
  }),
);
const tag = (signature: string) => {
  const place = tagTable.get(signature);
  if (!place) throw new Error(`no ${signature} tag`);
  return place;
};

// Worked out here from the standard's own figures, not from the module: the sRGB primaries and D65
// as chromaticities (IEC 61966-2-1), to XYZ, adapted to D50 with the Bradford matrix.
type Vector = readonly [number, number, number];
type Matrix = readonly [Vector, Vector, Vector];
const fromChromaticity = (x: number, y: number): Vector => [x / y, 1, (1 - x - y) / y];
const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const times = ([r0, r1, r2]: Matrix, v: Vector): Vector => [dot(r0, v), dot(r1, v), dot(r2, v)];
const scale = (v: Vector, s: Vector): Vector => [v[0] * s[0], v[1] * s[1], v[2] * s[2]];
const columns = (a: Vector, b: Vector, c: Vector): Matrix => [
  [a[0], b[0], c[0]],
  [a[1], b[1], c[1]],
  [a[2], b[2], c[2]],
];
function inverse([[a, b, c], [d, e, f], [g, h, i]]: Matrix): Matrix {
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  return [
    [(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det],
    [(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det],
    [(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det],
  ];
}
const d65 = fromChromaticity(0.3127, 0.329);
const d50: Vector = [0.9642, 1, 0.8249];
const red = fromChromaticity(0.64, 0.33);
const green = fromChromaticity(0.3, 0.6);
const blue = fromChromaticity(0.15, 0.06);
// how much of each primary makes D65 white
const [wr, wg, wb] = times(inverse(columns(red, green, blue)), d65);
const bradford: Matrix = [
  [0.8951, 0.2664, -0.1614],
  [-0.7502, 1.7135, 0.0367],
  [0.0389, -0.0685, 1.0296],
];
const [c50, c65] = [times(bradford, d50), times(bradford, d65)];
const coneScale: Vector = [c50[0] / c65[0], c50[1] / c65[1], c50[2] / c65[2]];
const adapt = (v: Vector) => times(inverse(bradford), scale(times(bradford, v), coneScale));
const expectedColorants: Record<string, Vector> = {
  rXYZ: adapt(scale(red, [wr, wr, wr])),
  gXYZ: adapt(scale(green, [wg, wg, wg])),
  bXYZ: adapt(scale(blue, [wb, wb, wb])),
};
const near = (v: Vector) => v.map((value) => expect.closeTo(value, 4));

describe('the sRGB profile the report embeds', () => {
  it('has a version 2 display-profile header, RGB to XYZ under D50, of its own length', () => {
    expect(view.getUint32(0)).toBe(profile.length);
    expect(profile.length % 4).toBe(0);
    expect(view.getUint32(8)).toBe(0x0210_0000);
    expect([text(12, 4), text(16, 4), text(20, 4), text(36, 4)]).toEqual([
      'mntr',
      'RGB ',
      'XYZ ',
      'acsp',
    ]);
    expect([fixed(68), fixed(72), fixed(76)]).toEqual(near(d50));
  });

  it('holds the tags ICC.1 asks of an RGB display profile, each inside the file and 4-aligned', () => {
    const required = ['desc', 'cprt', 'wtpt', 'rXYZ', 'gXYZ', 'bXYZ', 'rTRC', 'gTRC', 'bTRC'];
    expect([...tagTable.keys()].sort()).toEqual(required.sort());
    for (const { offset, size } of tagTable.values()) {
      expect(offset % 4).toBe(0);
      expect(offset + size).toBeLessThanOrEqual(profile.length);
    }
    const types = Object.fromEntries(required.map((name) => [name, text(tag(name).offset, 4)]));
    expect(types).toEqual({
      desc: 'desc',
      cprt: 'text',
      wtpt: 'XYZ ',
      rXYZ: 'XYZ ',
      gXYZ: 'XYZ ',
      bXYZ: 'XYZ ',
      rTRC: 'curv',
      gTRC: 'curv',
      bTRC: 'curv',
    });
    expect(text(tag('desc').offset + 12, 17)).toBe('sRGB IEC61966-2.1');
  });

  it('states the sRGB primaries adapted to D50, and D65 as its white', () => {
    for (const [name, expected] of Object.entries(expectedColorants))
      expect(xyzAt(tag(name).offset), name).toEqual(near(expected));
    expect(xyzAt(tag('wtpt').offset)).toEqual(near(d65));
  });

  it('gives every channel the sRGB tone curve, one point per 8-bit value', () => {
    const { offset } = tag('rTRC');
    expect(tag('gTRC').offset).toBe(offset);
    expect(tag('bTRC').offset).toBe(offset);
    expect(view.getUint32(offset + 8)).toBe(256);
    const points = Array.from({ length: 256 }, (_, index) =>
      view.getUint16(offset + 12 + index * 2),
    );
    // the standard's curve, written out: linear below 0.04045, a 2.4 power with an offset above
    const expected = points.map((_, index) => {
      const encoded = index / 255;
      const linear =
        encoded <= 0.04045 ? encoded / 12.92 : Math.pow((encoded + 0.055) / 1.055, 2.4);
      return Math.round(linear * 65535);
    });
    expect(points).toEqual(expected);
    expect([points[0], points[255]]).toEqual([0, 65535]);
    // mid grey (128) is about 21.6 % of full light
    expect((points.at(128) ?? NaN) / 65535).toBeCloseTo(0.21586, 4);
  });

  it('is the same bytes every time', () => {
    expect(srgbProfile()).toBe(profile);
  });
});
