// The floor of a member's first screen (BENCHMARKS.md, issue 24): the libraries the design card
// fixes for it and nothing of the app. React and react-dom render, i18next gives the words, zod/mini
// checks a small invitation, and the welcome's heading shows, from one JS file after the HTML.
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

const invitation = z.object({
  scanId: z.string().check(z.minLength(1)),
  collectiveName: z.optional(z.string().check(z.maxLength(120))),
});

function Welcome({ collective }: { collective: string }) {
  const { t } = useTranslation();
  return (
    <main>
      <form className="welcome">
        <h2>{t('title')}</h2>
        <p>{t('whose', { collective })}</p>
      </form>
    </main>
  );
}

void i18next.use(initReactI18next).init({
  lng: 'nl',
  initAsync: false,
  resources: {
    nl: { translation: { title: 'Welkom', whose: 'Deze vragenlijst is van {{collective}}.' } },
  },
});
const read = z.safeParse(invitation, { scanId: 's1', collectiveName: 'De Wieken' });
const root = document.getElementById('root');
if (root && read.success) {
  createRoot(root).render(<Welcome collective={read.data.collectiveName ?? ''} />);
}
