import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table's box that scrolls sideways on a narrow screen. It is focusable and named, so
 * keyboard users can reach it and scroll it with the arrow keys (WCAG 2.1.1, axe's
 * scrollable-region-focusable). `className` adds the box's own look (a border, a height).
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
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={t('app.tableRegion', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
