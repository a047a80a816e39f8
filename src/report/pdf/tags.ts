import type { jsPDF } from 'jspdf';
import { jsPdfWriter } from './pdf-objects';

/** The standard structure types the report uses (ISO 32000-1 §14.8.4); no role map is needed. */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'Note'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

export type StructAttributes = {
  /** alternative text (a Figure must have one) */
  alt?: string;
  /** a language other than the document's, e.g. `en-GB` in a Dutch report */
  lang?: string;
  /** which cells a header cell heads */
  scope?: 'Row' | 'Column';
  /** an element id (PDF/UA asks one of every Note) */
  id?: string;
};

/** A marked-content sequence on a page: the page number (1-based) and its MCID there. */
export type MarkedContent = { page: number; mcid: number };

export type StructElement = {
  type: StructType;
  attributes: StructAttributes;
  kids: (StructElement | MarkedContent)[];
};

export const isElement = (kid: StructElement | MarkedContent): kid is StructElement =>
  'type' in kid;

/**
 * The report's logical structure, built while it is drawn: elements open and close around the
 * drawing calls, every text is drawn inside marked content (`/P <</MCID n>> BDC … EMC`) tied to the
 * open element, and decoration is drawn as an artifact. `structure-tree.ts` writes it out.
 */
export class PdfTags {
  readonly root: StructElement = { type: 'Document', attributes: {}, kids: [] };
  /** per page (1-based), the element that owns each MCID, in MCID order: the ParentTree */
  readonly owners = new Map<number, StructElement[]>();
  private readonly open: StructElement[] = [this.root];
  private readonly write: (...parts: string[]) => void;

  constructor(private readonly doc: jsPDF) {
    const writer = jsPdfWriter(doc);
    this.write = (...parts) => writer.write(...parts);
  }

  private get current(): StructElement {
    return this.open[this.open.length - 1] ?? this.root;
  }

  /** Opens an element as the last child of the open one. */
  begin(type: StructType, attributes: StructAttributes = {}): void {
    const element: StructElement = { type, attributes, kids: [] };
    this.current.kids.push(element);
    this.open.push(element);
  }

  /** Closes the open element. */
  end(): void {
    if (this.open.length <= 1) throw new Error('No structure element is open.');
    this.open.pop();
  }

  /** Draws inside a new element: `begin`, `draw`, `end`. */
  element<T>(type: StructType, attributes: StructAttributes, draw: () => T): T {
    this.begin(type, attributes);
    try {
      return draw();
    } finally {
      this.end();
    }
  }

  /** Draws as marked content of the open element, on the current page. */
  content(draw: () => void): void {
    const element = this.current;
    if (element === this.root) throw new Error('Content needs an element to belong to.');
    const page = this.doc.getCurrentPageInfo().pageNumber;
    const owners = this.owners.get(page) ?? [];
    this.owners.set(page, owners);
    const mcid = owners.length;
    owners.push(element);
    element.kids.push({ page, mcid });
    this.write(`/${element.type} <</MCID ${mcid}>> BDC`);
    draw();
    this.write('EMC');
  }

  /** Draws something that is not content (a rule, a background, a running footer) as an artifact. */
  artifact(draw: () => void, kind: 'Layout' | 'Footer' = 'Layout'): void {
    const properties = kind === 'Footer' ? '/Type /Pagination /Subtype /Footer' : '/Type /Layout';
    this.write(`/Artifact <<${properties}>> BDC`);
    draw();
    this.write('EMC');
  }
}
