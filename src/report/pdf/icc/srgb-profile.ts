// The sRGB display profile the report's PDF/A output intent embeds, written from the figures of the
// sRGB standard (IEC 61966-2-1) in the layout of ICC.1 version 2. Written here instead of copied: a
// 256-point tone curve, shared by the three channels, makes it 0.7 kB where a usual sRGB file with
// three 1,024-point curves is 7 kB, and the report carries it in every copy.

/** The sRGB tone curve: an encoded value in 0–1 to its linear light (IEC 61966-2-1, §5.2). */
export function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** One point per 8-bit code value, so every colour the report uses sits on a point, not between two. */
export const curvePoints = 256;

/** XYZ triples, s15Fixed16 on the wire. */
type Xyz = readonly [number, number, number];

/**
 * The sRGB primaries as an ICC profile carries them: their XYZ under D65, adapted to the profile
 * connection space's D50 with the Bradford transform; the three add up to D50.
 */
export const colorants = {
  red: [0.436041, 0.222485, 0.01392],
  green: [0.385113, 0.716905, 0.097067],
  blue: [0.143046, 0.06061, 0.713913],
} as const satisfies Record<string, Xyz>;

/** D65, the display's white (version 2 profiles state the media white, not D50). */
export const mediaWhite: Xyz = [0.950456, 1, 1.089058];
/** The profile connection space's illuminant, D50, as every ICC header states it. */
export const pcsIlluminant: Xyz = [0.9642, 1, 0.8249];

export const profileDescription = 'sRGB IEC61966-2.1';
const copyright = 'No copyright, use freely';

class ByteWriter {
  private readonly bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    return this.u8(value >> 8).u8(value);
  }
  u32(value: number): this {
    return this.u16(Math.floor(value / 0x10000)).u16(value & 0xffff);
  }
  signature(text: string): this {
    for (const character of text.padEnd(4, ' ')) this.u8(character.charCodeAt(0));
    return this;
  }
  s15Fixed16(value: number): this {
    const fixed = Math.round(value * 0x10000);
    return this.u32(fixed < 0 ? fixed + 0x1_0000_0000 : fixed);
  }
  xyz([x, y, z]: Xyz): this {
    return this.s15Fixed16(x).s15Fixed16(y).s15Fixed16(z);
  }
  ascii(text: string): this {
    for (const character of text) this.u8(character.charCodeAt(0));
    return this.u8(0);
  }
  zeros(count: number): this {
    for (let index = 0; index < count; index += 1) this.u8(0);
    return this;
  }
  align4(): this {
    return this.zeros((4 - (this.length % 4)) % 4);
  }
  set32(at: number, value: number): void {
    for (let index = 0; index < 4; index += 1)
      this.bytes[at + index] = Math.floor(value / 256 ** (3 - index)) & 0xff;
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** A tag's data as ICC.1 v2 types it: the type signature, four reserved bytes, the fields. */
type TagData = (writer: ByteWriter) => void;

const textDescription =
  (text: string): TagData =>
  (writer) => {
    writer
      .signature('desc')
      .zeros(4)
      .u32(text.length + 1)
      .ascii(text);
    // no Unicode or Macintosh ScriptCode description: their counts are 0 (the ScriptCode field is 67 bytes)
    writer.u32(0).u32(0).u16(0).u8(0).zeros(67);
  };
const textTag =
  (text: string): TagData =>
  (writer) => {
    writer.signature('text').zeros(4).ascii(text);
  };
const xyzTag =
  (value: Xyz): TagData =>
  (writer) => {
    writer.signature('XYZ').zeros(4).xyz(value);
  };
const toneCurve: TagData = (writer) => {
  writer.signature('curv').zeros(4).u32(curvePoints);
  for (let index = 0; index < curvePoints; index += 1)
    writer.u16(Math.round(srgbToLinear(index / (curvePoints - 1)) * 0xffff));
};

/** The tags, in table order; tags that name the same data share it (the three tone curves). */
const tags: readonly { signature: string; data: TagData }[] = [
  { signature: 'desc', data: textDescription(profileDescription) },
  { signature: 'cprt', data: textTag(copyright) },
  { signature: 'wtpt', data: xyzTag(mediaWhite) },
  { signature: 'rXYZ', data: xyzTag(colorants.red) },
  { signature: 'gXYZ', data: xyzTag(colorants.green) },
  { signature: 'bXYZ', data: xyzTag(colorants.blue) },
  { signature: 'rTRC', data: toneCurve },
  { signature: 'gTRC', data: toneCurve },
  { signature: 'bTRC', data: toneCurve },
];

function writeProfile(): Uint8Array {
  const writer = new ByteWriter();
  // header (ICC.1 §7.2): size, set below; no preferred CMM; version 2.1.0; a display; RGB to XYZ
  writer.u32(0).zeros(4).u32(0x0210_0000).signature('mntr').signature('RGB').signature('XYZ');
  // a fixed date (2026-12-05 00:00:00), so every report carries the same bytes
  writer.u16(2026).u16(12).u16(5).u16(0).u16(0).u16(0);
  // 'acsp'; no platform, flags, maker, model or attributes; perceptual intent; D50; no creator or ID
  writer
    .signature('acsp')
    .zeros(4 + 4 + 4 + 4 + 8)
    .u32(0)
    .xyz(pcsIlluminant)
    .zeros(4 + 16 + 28);
  writer.u32(tags.length);
  const tableAt = writer.length;
  writer.zeros(tags.length * 12);
  const written = new Map<TagData, { offset: number; size: number }>();
  tags.forEach(({ signature, data }, index) => {
    let place = written.get(data);
    if (!place) {
      writer.align4();
      const offset = writer.length;
      data(writer);
      place = { offset, size: writer.length - offset };
      written.set(data, place);
    }
    const row = tableAt + index * 12;
    writer.set32(
      row,
      new TextEncoder().encode(signature).reduce((sum, byte) => sum * 256 + byte, 0),
    );
    writer.set32(row + 4, place.offset);
    writer.set32(row + 8, place.size);
  });
  writer.align4();
  writer.set32(0, writer.length);
  return writer.toBytes();
}

let profile: Uint8Array | undefined;

/** The profile's bytes (written once, then kept); the same in every runtime. */
export function srgbProfile(): Uint8Array {
  profile ??= writeProfile();
  return profile;
}
