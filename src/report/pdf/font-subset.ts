import subsetFont from 'subset-font';
import { reportFontCharacters } from './font-characters';

/**
 * Cuts an Inter TTF down to the report's characters with HarfBuzz (build time and Node only):
 * no hinting and no OpenType layout tables, which jsPDF does not use. About 25 kB instead of 342 kB.
 */
export async function subsetReportFont(font: Uint8Array): Promise<Uint8Array> {
  const subset = await subsetFont(Buffer.from(font), reportFontCharacters, {
    targetFormat: 'truetype',
    noHinting: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'DSIG'],
  });
  return new Uint8Array(subset);
}
