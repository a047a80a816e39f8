import type { jsPDF } from 'jspdf';
import { PdfTags, type StructAttributes, type StructType } from './tags';

export type Rgb = [number, number, number];

/** The page grid in millimetres (A4). */
export const page = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 20,
  /** content stops here; the footer sits below */
  bottom: 276,
  footer: 284,
} as const;

export const colors = {
  text: [33, 37, 41] as Rgb,
  muted: [88, 96, 105] as Rgb,
  brand: [31, 95, 74] as Rgb,
  brandLight: [214, 234, 225] as Rgb,
  rule: [200, 206, 211] as Rgb,
  grid: [190, 196, 201] as Rgb,
  warning: [163, 62, 22] as Rgb,
};

export type TextStyle = { size: number; bold?: boolean; color?: Rgb; lineFactor?: number };

/** How a paragraph is tagged: its structure type (P unless said) and its attributes (e.g. a language). */
export type Tagging = { type?: StructType; attributes?: StructAttributes };

type TextOptions = { baseline: 'top'; align?: 'left' | 'right' | 'center' };

/** Millimetres per text line at a font size in points. */
export const lineHeight = ({ size, lineFactor = 1.4 }: TextStyle) =>
  (size * lineFactor * 25.4) / 72;

/**
 * A cursor that flows text down the pages and starts a new page when the next block does not fit.
 * Its text is tagged: each line is marked content of the structure element open in `tags`.
 */
export class PdfFlow {
  y: number = page.top;
  readonly tags: PdfTags;

  constructor(readonly doc: jsPDF) {
    this.tags = new PdfTags(doc);
  }

  get width(): number {
    return page.right - page.left;
  }

  style({ size, bold = false, color = colors.text }: TextStyle): void {
    this.doc.setFont('Inter', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  /** Lines of a text wrapped to a width in the given style (long words are broken too). */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.style(style);
    const lines: unknown = this.doc.splitTextToSize(text, width);
    return Array.isArray(lines) ? lines.map(String) : [String(lines)];
  }

  /** One line of text, as marked content of the open structure element. */
  text(line: string, x: number, y: number, options: TextOptions = { baseline: 'top' }): void {
    this.tags.content(() => this.doc.text(line, x, y, options));
  }

  newPage(): void {
    this.doc.addPage();
    this.y = page.top;
  }

  /** Starts a new page unless `height` millimetres still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > page.bottom) this.newPage();
  }

  space(height: number): void {
    this.y += height;
  }

  /** Starts a new page when a block of `height` millimetres does not fit here but does fit on a page. */
  keepTogether(height: number): void {
    if (height <= page.bottom - page.top) this.ensure(height);
  }

  /** The height a paragraph will take, its gap after included. */
  measureParagraph(
    text: string,
    style: TextStyle & { indent?: number; gapAfter?: number },
  ): number {
    const lines = this.wrap(text, this.width - (style.indent ?? 0), style);
    return lines.length * lineHeight(style) + (style.gapAfter ?? 1.5);
  }

  /**
   * A wrapped paragraph; breaks across pages between lines, but never leaves a single first line at
   * the foot of a page or a single last line at the top of the next (no orphans, no widows).
   */
  paragraph(
    text: string,
    style: TextStyle & { indent?: number; gapAfter?: number },
    { type = 'P', attributes = {} }: Tagging = {},
  ): void {
    this.tags.begin(type, attributes);
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, this.width - indent, style);
    const height = lineHeight(style);
    this.ensure(Math.min(lines.length, 2) * height);
    lines.forEach((line, index) => {
      const left = lines.length - index;
      const isWidowBreak =
        index >= 2 &&
        left === 2 &&
        this.y + height <= page.bottom &&
        this.y + 2 * height > page.bottom;
      if (isWidowBreak) this.newPage();
      this.ensure(height);
      this.style(style);
      this.text(line, page.left + indent, this.y);
      this.y += height;
    });
    this.tags.end();
    this.y += style.gapAfter ?? 1.5;
  }

  /** A heading (tagged H2, H3 or H4) kept together with at least `keep` millimetres of what follows. */
  heading(
    text: string,
    { size, level, keep = 25 }: { size: number; level: 'H2' | 'H3' | 'H4'; keep?: number },
  ): void {
    const style = { size, bold: true, color: colors.brand };
    const lines = this.wrap(text, this.width, style);
    this.ensure(lines.length * lineHeight(style) + keep);
    this.paragraph(text, { ...style, gapAfter: size > 14 ? 3 : 1.5 }, { type: level });
  }

  /** A thin line across the text width: decoration, drawn as an artifact. */
  rule(color: Rgb = colors.rule): void {
    this.tags.artifact(() => {
      this.doc.setDrawColor(...color);
      this.doc.setLineWidth(0.3);
      this.doc.line(page.left, this.y, page.right, this.y);
    });
  }
}
