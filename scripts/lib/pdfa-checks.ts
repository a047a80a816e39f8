// What a report PDF claims (PDF/A-3b, PDF/UA-1) and whether it has what those claims need, as far as
// can be seen without a validator (veraPDF is not installable here; README "PDF/A and PDF/UA"). Used
// by `selfscan verify --pdfa` and by the tests on every report the project makes.
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { loadPdf } from '../../src/report/reading/load-pdf';
import { contentTokens } from '../../src/report/reading/page-text/content-tokens';
import { pdfStreamBytes } from '../../src/report/reading/stream-bytes';

export type PdfaCheck = { name: string; ok: boolean; detail: string };

/** Operators that put marks on the page: each must be inside tagged content or an artifact. */
const paintingOperators = new Set([
  'Tj',
  'TJ',
  "'",
  '"',
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'sh',
  'Do',
]);

const name = (key: string) => PDFName.of(key);
const text = (object: PDFObject | undefined) =>
  object && 'decodeText' in object && typeof object.decodeText === 'function'
    ? String(object.decodeText())
    : undefined;

function check(name: string, ok: boolean, detail: string): PdfaCheck {
  return { name, ok, detail };
}

function xmpCheck(document: PDFDocument): PdfaCheck {
  const stream = document.catalog.lookupMaybe(name('Metadata'), PDFStream);
  if (!stream) return check('XMP identification', false, 'no metadata stream');
  const xmp = new TextDecoder().decode(pdfStreamBytes(stream));
  const value = (key: string) =>
    new RegExp(`<${key}>([^<]*)</${key}>`).exec(xmp)?.[1] ??
    new RegExp(`${key}="([^"]*)"`).exec(xmp)?.[1];
  const part = value('pdfaid:part');
  const conformance = value('pdfaid:conformance');
  const ua = value('pdfuaid:part');
  const title = /<dc:title>.*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/s.exec(xmp)?.[1];
  const infoTitle = document.getTitle();
  const problems = [
    part === '3' ? '' : `pdfaid:part ${part ?? 'missing'}`,
    conformance === 'B' ? '' : `pdfaid:conformance ${conformance ?? 'missing'}`,
    ua === '1' ? '' : `pdfuaid:part ${ua ?? 'missing'}`,
    title && infoTitle !== undefined && unescapeXml(title) === infoTitle
      ? ''
      : 'dc:title differs from the document info title',
  ].filter(Boolean);
  return check(
    'XMP identification',
    problems.length === 0,
    problems.join('; ') || `PDF/A-${part}${conformance}, PDF/UA-${ua}, title "${infoTitle}"`,
  );
}

const unescapeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function outputIntentCheck(document: PDFDocument): PdfaCheck {
  const intents = document.catalog.lookupMaybe(name('OutputIntents'), PDFArray);
  for (let index = 0; index < (intents?.size() ?? 0); index += 1) {
    const intent = intents?.lookupMaybe(index, PDFDict);
    if (intent?.get(name('S')) !== name('GTS_PDFA1')) continue;
    const profile = intent.lookupMaybe(name('DestOutputProfile'), PDFStream);
    const components = profile?.dict.lookupMaybe(name('N'), PDFNumber)?.asNumber();
    const bytes = profile ? pdfStreamBytes(profile) : new Uint8Array();
    const signature = new TextDecoder('latin1').decode(bytes.subarray(36, 40));
    const ok = components === 3 && signature === 'acsp';
    const condition = text(intent.lookup(name('OutputConditionIdentifier')));
    return check(
      'output intent',
      ok,
      ok ? `${condition}, ICC profile of ${bytes.length} bytes` : 'the profile is not an RGB ICC',
    );
  }
  return check('output intent', false, 'no GTS_PDFA1 output intent');
}

function fontsCheck(document: PDFDocument): PdfaCheck {
  const fonts = new Map<string, boolean>();
  for (const page of document.getPages()) {
    const dict = page.node.Resources()?.lookupMaybe(name('Font'), PDFDict);
    for (const [, ref] of dict?.entries() ?? []) {
      const font = document.context.lookupMaybe(ref, PDFDict);
      if (!font) continue;
      const descendants = font.lookupMaybe(name('DescendantFonts'), PDFArray);
      const described = descendants?.lookupMaybe(0, PDFDict) ?? font;
      const descriptor = described.lookupMaybe(name('FontDescriptor'), PDFDict);
      const isEmbedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) =>
        descriptor?.has(name(key)),
      );
      const base = font.lookupMaybe(name('BaseFont'), PDFName)?.decodeText() ?? '?';
      fonts.set(base, (fonts.get(base) ?? true) && isEmbedded);
    }
  }
  const missing = [...fonts].filter(([, isEmbedded]) => !isEmbedded).map(([font]) => font);
  return check(
    'fonts embedded',
    fonts.size > 0 && missing.length === 0,
    missing.length > 0 ? `not embedded: ${missing.join(', ')}` : `${[...fonts.keys()].join(', ')}`,
  );
}

type Frame = { tag: string; mcid: number | undefined };

/** Per page: painting operators outside tagged content or an artifact, and the MCIDs used. */
function pageContent(bytes: Uint8Array): { untagged: number; mcids: number[] } {
  const stack: Frame[] = [];
  let operands: { kind: string; value?: unknown }[] = [];
  let untagged = 0;
  const mcids: number[] = [];
  for (const token of contentTokens(bytes)) {
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    if (token.value === 'BDC' || token.value === 'BMC') {
      const first = operands[0];
      const tag = first?.kind === 'name' ? String(first.value) : '';
      const at = operands.findIndex((o) => o.kind === 'name' && o.value === 'MCID');
      const number = operands[at + 1];
      const mcid = at >= 0 && number?.kind === 'number' ? Number(number.value) : undefined;
      if (mcid !== undefined) mcids.push(mcid);
      stack.push({ tag, mcid });
    } else if (token.value === 'EMC') {
      stack.pop();
    } else if (paintingOperators.has(token.value)) {
      const isMarked = stack.some((frame) => frame.tag === 'Artifact' || frame.mcid !== undefined);
      if (!isMarked) untagged += 1;
    }
    operands = [];
  }
  return { untagged, mcids };
}

function contentBytes(document: PDFDocument, contents: PDFObject | undefined): Uint8Array[] {
  const resolved = contents instanceof PDFRef ? document.context.lookup(contents) : contents;
  if (resolved instanceof PDFStream) return [pdfStreamBytes(resolved)];
  if (resolved instanceof PDFArray)
    return resolved.asArray().flatMap((part) => contentBytes(document, part));
  return [];
}

function structureChecks(document: PDFDocument): PdfaCheck[] {
  const marked = document.catalog
    .lookupMaybe(name('MarkInfo'), PDFDict)
    ?.lookupMaybe(name('Marked'), PDFBool);
  const root = document.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  const parentTree = root?.lookupMaybe(name('ParentTree'), PDFDict);
  const nums = parentTree?.lookupMaybe(name('Nums'), PDFArray);
  const parents = new Map<number, PDFArray>();
  for (let index = 0; index + 1 < (nums?.size() ?? 0); index += 2) {
    const key = nums?.lookupMaybe(index, PDFNumber)?.asNumber();
    const value = nums?.lookupMaybe(index + 1, PDFArray);
    if (key !== undefined && value) parents.set(key, value);
  }
  const treeOk = marked?.asBoolean() === true && root !== undefined && nums !== undefined;
  const problems: string[] = [];
  let mcidCount = 0;
  document.getPages().forEach((page, index) => {
    const content = contentBytes(document, page.node.get(name('Contents')))
      .map(pageContent)
      .reduce((all, part) => ({
        untagged: all.untagged + part.untagged,
        mcids: [...all.mcids, ...part.mcids],
      }));
    mcidCount += content.mcids.length;
    if (content.untagged > 0)
      problems.push(`page ${index + 1}: ${content.untagged} marks neither tagged nor an artifact`);
    const key = page.node.lookupMaybe(name('StructParents'), PDFNumber)?.asNumber();
    const owners = key === undefined ? undefined : parents.get(key);
    const orphans = content.mcids.filter((mcid) => !(owners?.get(mcid) instanceof PDFRef));
    if (orphans.length > 0)
      problems.push(`page ${index + 1}: MCIDs ${orphans.join(', ')} belong to no element`);
  });
  const figures = { total: 0, withAlt: 0, types: new Set<string>() };
  const walk = (node: PDFObject | undefined, depth: number) => {
    const element = node instanceof PDFRef ? document.context.lookup(node) : node;
    if (depth > 64) return;
    if (element instanceof PDFArray) {
      element.asArray().forEach((kid) => walk(kid, depth + 1));
      return;
    }
    if (!(element instanceof PDFDict)) return;
    const type = element.lookupMaybe(name('S'), PDFName)?.decodeText();
    if (type) figures.types.add(type);
    if (type === 'Figure') {
      figures.total += 1;
      if ((text(element.lookup(name('Alt'))) ?? '').trim() !== '') figures.withAlt += 1;
    }
    if (element.lookupMaybe(name('Type'), PDFName)?.decodeText() !== 'MCR')
      walk(element.get(name('K')), depth + 1);
  };
  walk(root?.get(name('K')), 0);
  const language = text(document.catalog.lookup(name('Lang'))) ?? '';
  const displayTitle = document.catalog
    .lookupMaybe(name('ViewerPreferences'), PDFDict)
    ?.lookupMaybe(name('DisplayDocTitle'), PDFBool);
  return [
    check(
      'structure tree',
      treeOk && figures.types.has('Document'),
      treeOk ? `elements: ${[...figures.types].sort().join(' ')}` : 'no MarkInfo or StructTreeRoot',
    ),
    check(
      'content tagged or artifact',
      treeOk && mcidCount > 0 && problems.length === 0,
      problems.join('; ') || `${mcidCount} marked-content sequences, each in the ParentTree`,
    ),
    check(
      'alt text on every Figure',
      figures.total > 0 && figures.withAlt === figures.total,
      `${figures.withAlt} of ${figures.total} figures`,
    ),
    check('language', /^[a-z]{2}(-[A-Z]{2})?$/.test(language), language || 'no /Lang'),
    check(
      'title shown',
      displayTitle?.asBoolean() === true && (document.getTitle() ?? '') !== '',
      document.getTitle() ?? 'no title',
    ),
  ];
}

function fileChecks(document: PDFDocument, bytes: Uint8Array): PdfaCheck[] {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  const trailer = document.context.trailerInfo;
  const names = document.catalog.lookupMaybe(name('Names'), PDFDict);
  const action = document.catalog.lookup(name('OpenAction'));
  const openAction = action instanceof PDFDict ? action : undefined;
  const hasScript =
    names?.has(name('JavaScript')) === true ||
    document.catalog.has(name('AA')) ||
    openAction?.get(name('S')) === name('JavaScript');
  const associated = document.catalog.lookupMaybe(name('AF'), PDFArray);
  const spec = associated?.lookupMaybe(0, PDFDict);
  const relation = spec?.lookupMaybe(name('AFRelationship'), PDFName)?.decodeText();
  const file = spec?.lookupMaybe(name('EF'), PDFDict)?.lookupMaybe(name('F'), PDFStream);
  const subtype = file?.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText();
  const params = file?.dict.lookupMaybe(name('Params'), PDFDict);
  const isAssociated =
    relation === 'Data' &&
    subtype === 'application/json' &&
    params?.has(name('ModDate')) === true &&
    params.has(name('CreationDate'));
  return [
    check('PDF 1.7', header === '%PDF-1.7', header.trim()),
    check('trailer ID', trailer.ID !== undefined, trailer.ID ? 'present' : 'missing'),
    check('not encrypted', trailer.Encrypt === undefined, trailer.Encrypt ? 'encrypted' : 'no'),
    check('no JavaScript', !hasScript, hasScript ? 'has JavaScript' : 'none'),
    check(
      'associated file',
      isAssociated,
      isAssociated
        ? `${text(spec?.lookup(name('UF')))} (${subtype}, /AFRelationship /${relation})`
        : 'no /AF with /AFRelationship /Data, application/json and dates',
    ),
  ];
}

/** Every check of a PDF's PDF/A-3b and PDF/UA-1 claims; all `ok` means it has what they need. */
export async function checkPdfaClaims(bytes: Uint8Array): Promise<PdfaCheck[]> {
  const document = await loadPdf(bytes);
  return [
    ...fileChecks(document, bytes),
    xmpCheck(document),
    outputIntentCheck(document),
    fontsCheck(document),
    ...structureChecks(document),
  ];
}
