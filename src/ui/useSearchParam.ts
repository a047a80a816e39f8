import { useRouter } from 'wouter';

/**
 * One parameter of the address's search (in this app: the part after `?` in the fragment), decoded
 * once. wouter's own useSearch runs decodeURI over the whole search first, so a second decode turns
 * a literal "%29" in an answer code into ")".
 */
export function useSearchParam(name: string): string | null {
  const router = useRouter();
  const search = router.searchHook(router);
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(name);
}
