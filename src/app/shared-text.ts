import { peekResponseCodeScan } from '../domain/files/response-code';

/**
 * Where text shared to the installed app (Web Share Target, GET: `?title=&text=&url=`) should
 * open: an invitation link opens the invitation, a response code the code screen of its scan.
 */
export function sharedTextRoute(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const shared = ['url', 'text', 'title'].map((key) => params.get(key) ?? '').join('\n');
  const invitation = /#\/respond\?i=([0-9]{1,4}\.[A-Za-z0-9_-]+)/.exec(shared);
  if (invitation) return `/respond?i=${invitation[1]}`;
  const code = /CKR\d{1,4}:[0-9A-Za-z$%*+\-./:\s]+/.exec(shared)?.[0];
  const scanId = code === undefined ? undefined : peekResponseCodeScan(code);
  if (code && scanId)
    return `/scans/${encodeURIComponent(scanId)}/codes?c=${encodeURIComponent(code.replace(/\s+/g, ''))}`;
  return undefined;
}
