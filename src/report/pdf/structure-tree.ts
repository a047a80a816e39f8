import type { jsPDF } from 'jspdf';
import { jsPdfWriter, pdfString, pdfTextString } from './pdf-objects';
import { isElement, type PdfTags, type StructElement } from './tags';

type Numbered = { element: StructElement; id: number; parentId: number };

/** Every element below the root, parents before children, each with its object number. */
function numberElements(
  element: StructElement,
  id: number,
  newId: () => number,
  out: Numbered[],
): void {
  for (const kid of element.kids) {
    if (!isElement(kid)) continue;
    const kidId = newId();
    out.push({ element: kid, id: kidId, parentId: id });
    numberElements(kid, kidId, newId, out);
  }
}

function attributeEntries({ attributes }: StructElement): string {
  const entries: string[] = [];
  if (attributes.alt !== undefined) entries.push(`/Alt ${pdfTextString(attributes.alt)}`);
  if (attributes.lang !== undefined) entries.push(`/Lang ${pdfString(attributes.lang)}`);
  if (attributes.id !== undefined) entries.push(`/ID ${pdfString(attributes.id)}`);
  if (attributes.scope !== undefined)
    entries.push(`/A << /O /Table /Scope /${attributes.scope} >>`);
  return entries.join(' ');
}

/**
 * Makes jsPDF write the tagged structure as it writes the PDF: one StructElem object per element
 * (its kids in reading order, MCIDs on its own page as numbers, on another page as MCRs), the
 * StructTreeRoot with its ParentTree, `/StructParents` on each page, and `/MarkInfo` and
 * `/StructTreeRoot` in the catalog. Call before `doc.output()`.
 */
export function writeStructureTree({ doc, tags }: { doc: jsPDF; tags: PdfTags }): void {
  const writer = jsPdfWriter(doc);
  const pageObject = (page: number) => writer.getPageInfo(page).objId;
  let rootId = 0;
  writer.events.subscribe('putPage', ({ pageNumber }: { pageNumber: number }) => {
    writer.write(`/StructParents ${pageNumber - 1} /Tabs /S`);
  });
  writer.events.subscribe('postPutResources', () => {
    rootId = writer.newObjectDeferred();
    const documentId = writer.newObjectDeferred();
    const numbered: Numbered[] = [];
    numberElements(tags.root, documentId, () => writer.newObjectDeferred(), numbered);
    const ids = new Map(numbered.map(({ element, id }) => [element, id]));
    const kidsOf = (element: StructElement, page: number | undefined) =>
      element.kids.map((kid) => {
        if (isElement(kid)) return `${ids.get(kid)} 0 R`;
        if (kid.page === page) return String(kid.mcid);
        return `<< /Type /MCR /Pg ${pageObject(kid.page)} 0 R /MCID ${kid.mcid} >>`;
      });

    writer.newObjectDeferredBegin(documentId, true);
    writer.write(
      `<< /Type /StructElem /S /Document /P ${rootId} 0 R /K [${kidsOf(tags.root, undefined).join(' ')}] >>`,
    );
    writer.write('endobj');
    for (const { element, id, parentId } of numbered) {
      const firstContent = element.kids.find((kid) => !isElement(kid));
      const page = firstContent && !isElement(firstContent) ? firstContent.page : undefined;
      const pageEntry = page === undefined ? '' : ` /Pg ${pageObject(page)} 0 R`;
      writer.newObjectDeferredBegin(id, true);
      writer.write(
        `<< /Type /StructElem /S /${element.type} /P ${parentId} 0 R${pageEntry} ${attributeEntries(element)}`,
        `/K [${kidsOf(element, page).join(' ')}] >>`,
      );
      writer.write('endobj');
    }

    const nums = [...tags.owners.entries()]
      .sort(([a], [b]) => a - b)
      .map(
        ([page, owners]) =>
          `${page - 1} [${owners.map((owner) => `${ids.get(owner)} 0 R`).join(' ')}]`,
      );
    writer.newObjectDeferredBegin(rootId, true);
    writer.write(
      `<< /Type /StructTreeRoot /K ${documentId} 0 R /ParentTree << /Nums [${nums.join(' ')}] >>`,
      `/ParentTreeNextKey ${doc.getNumberOfPages()} >>`,
    );
    writer.write('endobj');
  });
  writer.events.subscribe('putCatalog', () => {
    writer.write(`/StructTreeRoot ${rootId} 0 R /MarkInfo << /Marked true >>`);
  });
}
