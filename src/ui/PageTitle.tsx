import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's h1; it also sets the document title and takes focus so screen readers announce a route change. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (text) document.title = `${text} · ${t('app.name')}`;
    heading.current?.focus({ preventScroll: true });
  }, [text, t]);
  return (
    <h1 id="page-title" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
