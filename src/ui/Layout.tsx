import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { LanguageSwitch } from './LanguageSwitch';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [isActive] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} aria-current={isActive ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The frame of every page: skip link, header with the three sections, content, and the privacy footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            <img src="./icon.svg" alt="" width="32" height="32" />
            <span>{t('app.name')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <NavLink href="/collectives">{t('nav.collectives')}</NavLink>
            <NavLink href="/funder">{t('nav.funder')}</NavLink>
            <NavLink href="/research">{t('nav.research')}</NavLink>
            <NavLink href="/settings">{t('nav.settings')}</NavLink>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
