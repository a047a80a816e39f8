import type { BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * Hash routing where the part after `?` inside the fragment (`#/respond?i=…`) is the search, not
 * part of the path: an invitation link carries its data there, so it never reaches a server.
 */
export const useHashPathLocation: BaseLocationHook = () => {
  const [location, navigate] = useHashLocation();
  return [location.split('?')[0] ?? '/', navigate];
};

/** The `?…` part of the fragment, without the question mark. */
export function useHashSearch(): string {
  const [location] = useHashLocation();
  const at = location.indexOf('?');
  return at < 0 ? '' : location.slice(at + 1);
}

/** Links within the app, as fragments. */
export const hashHrefs = (href: string) => `#${href}`;
