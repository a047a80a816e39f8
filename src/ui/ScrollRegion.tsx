import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Which sides of a box have more to scroll to. */
type MoreSides = { before: boolean; after: boolean };

/** The sides of `box` with content out of sight, a pixel of rounding allowed. */
function moreSidesOf(box: HTMLElement): MoreSides {
  const hidden = box.scrollWidth - box.clientWidth;
  return { before: box.scrollLeft > 1, after: box.scrollLeft < hidden - 1 };
}

/** Follows the sides of a scroll box with more to see, as it scrolls and as it or its table resizes. */
function useMoreSides() {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<MoreSides>({ before: false, after: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () =>
      setMore((shown) => {
        const next = moreSidesOf(box);
        return next.before === shown.before && next.after === shown.after ? shown : next;
      });
    update();
    box.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);
  return { ref, more };
}

/**
 * A wide table's box that scrolls sideways on a narrow screen. It is focusable and named, so
 * keyboard users can reach it and scroll it with the arrow keys (WCAG 2.1.1, axe's
 * scrollable-region-focusable); a shade on a side with more to see tells sighted users the table
 * goes on there. `className` adds the box's own look (a border, a margin) to its frame.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { ref, more } = useMoreSides();
  return (
    <div
      className={className ? `table-scroll-frame ${className}` : 'table-scroll-frame'}
      data-more-before={more.before || undefined}
      data-more-after={more.after || undefined}
    >
      <div
        ref={ref}
        className="table-scroll"
        role="region"
        aria-label={t('app.tableRegion', { name: label })}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
