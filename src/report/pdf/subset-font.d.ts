// subset-font 2.9 ships no types; this is the part of its API the report's font subsetting uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
      noHinting?: boolean;
      dropTables?: string[];
    },
  ): Promise<Buffer>;
}
