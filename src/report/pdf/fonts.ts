/** The Inter TTF files the PDF embeds; Node reads them from disk, the browser from bundled assets. */
export type ReportFonts = { regular: Uint8Array; bold: Uint8Array };

/** Base64 of bytes, in Node and in the browser alike (jsPDF's virtual file system wants base64). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
