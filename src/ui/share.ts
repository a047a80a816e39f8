/** Whether the system share sheet can take this file (phones; most desktops cannot). */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Whether the system share sheet exists for links and text. */
export function canShareLink(): boolean {
  return typeof navigator.share === 'function';
}

/** Opens the share sheet; true when shared or cancelled by the person, false when it failed. */
export async function shareData(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    // closing the sheet without choosing is not a failure
    return error instanceof DOMException && error.name === 'AbortError';
  }
}

/** Whether the app is served from this device only, so a link to it cannot work on another phone. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(hostname) ||
    hostname === '[::1]' ||
    hostname === '::1'
  );
}
