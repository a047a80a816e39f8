/** Offers text as a file download; the only way data leaves the device. */
export function downloadText(input: { fileName: string; text: string; mimeType?: string }): void {
  downloadBlob({
    fileName: input.fileName,
    blob: new Blob([input.text], { type: input.mimeType ?? 'application/json' }),
  });
}

/** The text of a JSON file we write: indented, ending in a newline, so it reads and diffs well. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Offers a value as a JSON file download (backups, results, invitations, response files). */
export function downloadJson(input: { fileName: string; value: unknown }): void {
  downloadText({ fileName: input.fileName, text: jsonFileText(input.value) });
}

/** Offers a blob as a file download, through a temporary link. */
export function downloadBlob(input: { fileName: string; blob: Blob }): void {
  const url = URL.createObjectURL(input.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = input.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system, from a human label. */
export function safeFileName(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zA-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'bestand'
  );
}
