/** Thrown by the reader when the bytes end early or hold something impossible; callers turn it into a code. */
export class CodeBytesError extends Error {}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Appends unsigned varints, raw bytes and UTF-8 strings; `bytes()` gives the result. */
export class ByteWriter {
  private readonly parts: number[] = [];

  byte(value: number): void {
    this.parts.push(value & 0xff);
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.parts.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.parts.push(rest);
  }

  raw(bytes: Iterable<number>): void {
    for (const b of bytes) this.parts.push(b & 0xff);
  }

  text(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.varint(bytes.length);
    this.raw(bytes);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** Reads what ByteWriter wrote, throwing CodeBytesError on any overrun. */
export class ByteReader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}

  byte(): number {
    const value = this.data[this.at];
    if (value === undefined) throw new CodeBytesError('the code ends early');
    this.at += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const b = this.byte();
      value += (b & 0x7f) * shift;
      if (b < 0x80) return value;
      if (shift > 2 ** 42) throw new CodeBytesError('a number in the code is too long');
    }
  }

  raw(length: number): Uint8Array {
    if (this.at + length > this.data.length) throw new CodeBytesError('the code ends early');
    const slice = this.data.slice(this.at, this.at + length);
    this.at += length;
    return slice;
  }

  text(): string {
    const length = this.varint();
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
    } catch {
      throw new CodeBytesError('a text in the code is not UTF-8');
    }
  }

  isAtEnd(): boolean {
    return this.at === this.data.length;
  }
}

/** Writes an id as 16 bytes when it is a lowercase UUID (flag true), otherwise as text. */
export function writeId(writer: ByteWriter, id: string): boolean {
  if (!uuidPattern.test(id)) {
    writer.text(id);
    return false;
  }
  const hex = id.replaceAll('-', '');
  for (let i = 0; i < 32; i += 2) writer.byte(parseInt(hex.slice(i, i + 2), 16));
  return true;
}

/** Reads an id written by writeId. */
export function readId(reader: ByteReader, isUuid: boolean): string {
  if (!isUuid) return reader.text();
  const hex = Array.from(reader.raw(16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Writes a date-time as 6 bytes of milliseconds when that gives the same string back (flag true), else as text. */
export function writeTime(writer: ByteWriter, iso: string): boolean {
  const ms = Date.parse(iso);
  const isExact =
    Number.isFinite(ms) && ms >= 0 && ms < 2 ** 48 && new Date(ms).toISOString() === iso;
  if (!isExact) {
    writer.text(iso);
    return false;
  }
  for (let shift = 40; shift >= 0; shift -= 8) writer.byte(Math.floor(ms / 2 ** shift) % 256);
  return true;
}

/** Reads a date-time written by writeTime. */
export function readTime(reader: ByteReader, isMillis: boolean): string {
  if (!isMillis) return reader.text();
  let ms = 0;
  for (const b of reader.raw(6)) ms = ms * 256 + b;
  return new Date(ms).toISOString();
}
