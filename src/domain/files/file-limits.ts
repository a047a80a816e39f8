/** How large a file each reader accepts, checked before the file is read (`file.size`, `fs.stat`). */
export const fileLimits = {
  /** response, invitation, result and questionnaire files */
  json: 5 * 1024 * 1024,
  /** a backup holds every collective on a device */
  backup: 25 * 1024 * 1024,
  /** a report PDF with its attachment and embedded fonts */
  pdf: 20 * 1024 * 1024,
} as const;

/** How deeply a JSON file may nest; our own formats need fewer than ten levels. */
export const maxJsonDepth = 64;

const megabyte = 1024 * 1024;

/**
 * How much a PDF's packed (Flate) streams may unpack to, counted while unpacking: a small file can
 * unpack into gigabytes ("zip bomb"). Our reports stay far below: the attached result is tens of kB,
 * a page's text a few kB, the whole report under 2 MB unpacked.
 */
export const unpackLimits = {
  /** the `selfscan-result.json` attachment: the same as a result file on its own */
  attachment: fileLimits.json,
  /** one page's content stream (all its parts together) */
  page: 4 * megabyte,
  /** any other stream: an object stream, a cross-reference stream, a font */
  stream: 16 * megabyte,
  /** everything unpacked from one file */
  file: 64 * megabyte,
} as const;

/** Which cap a stream met. */
export type UnpackPart = keyof typeof unpackLimits;

/** How large a PDF's structure may be; a report has tens of pages and a few thousand objects. */
export const pdfStructureLimits = {
  /** indirect objects, counted from the file and from its object streams */
  objects: 100_000,
  /** pages in the page tree */
  pages: 500,
  /** levels of the page tree and of the attachment's name tree */
  nesting: 32,
  /** cross-reference sections chained by `/Prev` */
  xrefSections: 64,
} as const;

/** How long one file may take to screen before it is given up as unreadable. */
export const screenTimeLimitMs = 10_000;
