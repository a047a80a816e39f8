import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The rendered width of an element in whole CSS pixels, following resizes; null before it is measured
 * or where ResizeObserver is missing (jsdom). Measured before the first paint, so a drawing sized from
 * it does not jump.
 */
export function useElementWidth(ref: RefObject<Element | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // whole pixels: a drawing that follows the width cannot then nudge it back and forth
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
