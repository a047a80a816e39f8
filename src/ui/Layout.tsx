import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import './site-menu.css';

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
  // on narrow screens the nav and the language choice fold into a menu (disclosure pattern)
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu wherever the focus is (a section that loads late may take it)
  useEffect(() => {
    if (!isMenuOpen) return;
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [isMenuOpen]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            <BrandMark />
            <span>{t('app.name')}</span>
          </Link>
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={isMenuOpen}
            aria-controls="site-menu"
            onClick={() => setIsMenuOpen(!isMenuOpen)}
          >
            <span aria-hidden="true">☰</span> {t('shell.menu')}
          </button>
          <div
            id="site-menu"
            className={isMenuOpen ? 'site-menu site-menu--open' : 'site-menu'}
            onClick={(event) => {
              // a chosen link closes the menu; the page it opens takes the screen
              if (event.target instanceof Element && event.target.closest('a')) {
                setIsMenuOpen(false);
              }
            }}
          >
            <nav aria-label={t('nav.label')} className="site-nav">
              <NavLink href="/collectives">{t('nav.collectives')}</NavLink>
              <NavLink href="/funder">{t('nav.funder')}</NavLink>
              <NavLink href="/research">{t('nav.research')}</NavLink>
              <NavLink href="/settings">{t('nav.settings')}</NavLink>
            </nav>
            <LanguageSwitch />
          </div>
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
