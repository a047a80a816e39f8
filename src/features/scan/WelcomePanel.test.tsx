import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../../i18n';
import { WelcomePanel } from './WelcomePanel';

const welcome = (questionCount: number) =>
  render(
    <WelcomePanel
      questionCount={questionCount}
      collectiveName="De Zonnewijk"
      name=""
      onStart={async () => undefined}
    />,
  );

// twelve seconds a question, rounded to whole minutes and at least one: 1 and 3 questions take
// 12 and 36 s (1 minute), 37 questions 444 s (7 minutes)
describe('the welcome says how long the questionnaire takes', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('in the singular for one question and one minute', () => {
    welcome(1);
    expect(screen.getByText('1 vraag, ongeveer 1 minuut.')).toBeVisible();
  });

  it('counts questions and minutes each on its own', () => {
    welcome(3);
    expect(screen.getByText('3 vragen, ongeveer 1 minuut.')).toBeVisible();
  });

  it('in the plural for the self-scan', async () => {
    welcome(37);
    expect(screen.getByText('37 vragen, ongeveer 7 minuten.')).toBeVisible();
    await chooseLanguage('en');
    expect(await screen.findByText('37 questions, about 7 minutes.')).toBeVisible();
  });
});
