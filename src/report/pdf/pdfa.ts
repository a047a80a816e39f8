import { jsPDF } from 'jspdf';
import { srgbProfile } from './icc/srgb-profile';
import { jsPdfWriter, pdfString, toBinaryString, utf16BinaryString } from './pdf-objects';
import { buildXmp } from './xmp-metadata';

export type ReportIdentity = {
  title: string;
  subject: string;
  creator: string;
  date: Date;
  /** BCP 47, e.g. `nl-NL` or `en-GB` */
  language: string;
};

const outputCondition = pdfString('sRGB IEC61966-2.1');

/** Info dictionary text: jsPDF writes a string's characters as bytes, so non-ASCII goes as UTF-16BE. */
const infoText = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : utf16BinaryString(text));

/** `D:20260320170000+00'00'` and `2026-03-20T17:00:00+00:00`: one instant, in UTC, for info and XMP. */
function dates(date: Date): { info: string; xmp: string } {
  const iso = date.toISOString().slice(0, 19);
  return { info: `D:${iso.replace(/[-:T]/g, '')}+00'00'`, xmp: `${iso}+00:00` };
}

/**
 * Makes the report a PDF/A-3b (and PDF/UA-1 in its metadata) as jsPDF writes it: the document info,
 * an XMP metadata stream that agrees with it, the sRGB output intent with its ICC profile, the
 * catalog's `/Lang`, `/ViewerPreferences <</DisplayDocTitle true>>` and `/Metadata`. The header
 * (1.7) and the cross-reference stream come from `packObjects` afterwards. Call before `doc.output()`.
 */
export function preparePdfA({ doc, identity }: { doc: jsPDF; identity: ReportIdentity }): void {
  const writer = jsPdfWriter(doc);
  const date = dates(identity.date);
  doc.setCreationDate(date.info);
  doc.setProperties({
    title: infoText(identity.title),
    subject: infoText(identity.subject),
    creator: infoText(identity.creator),
  });
  const xmp = buildXmp({
    title: identity.title,
    subject: identity.subject,
    creatorTool: identity.creator,
    producer: `jsPDF ${jsPDF.version}`,
    date: date.xmp,
    language: identity.language,
  });
  let metadataId = 0;
  let profileId = 0;
  writer.events.subscribe('postPutResources', () => {
    metadataId = writer.newObject();
    // PDF/A wants the metadata readable as it is: no filter
    writer.putStream({
      data: toBinaryString(new TextEncoder().encode(xmp)),
      filters: [],
      objectId: metadataId,
      additionalKeyValues: [
        { key: 'Type', value: '/Metadata' },
        { key: 'Subtype', value: '/XML' },
      ],
    });
    writer.write('endobj');
    profileId = writer.newObject();
    writer.putStream({
      data: toBinaryString(srgbProfile()),
      filters: ['FlateEncode'],
      objectId: profileId,
      additionalKeyValues: [{ key: 'N', value: 3 }],
    });
    writer.write('endobj');
  });
  writer.events.subscribe('putCatalog', () => {
    writer.write(
      `/Lang ${pdfString(identity.language)} /ViewerPreferences << /DisplayDocTitle true >>`,
      `/Metadata ${metadataId} 0 R`,
      `/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ${outputCondition}`,
      `/Info ${outputCondition} /RegistryName (http://www.color.org) /DestOutputProfile ${profileId} 0 R >>]`,
    );
  });
}
