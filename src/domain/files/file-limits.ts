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
