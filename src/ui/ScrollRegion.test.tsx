import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { ScrollRegion } from './ScrollRegion';

describe('ScrollRegion', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('is a named region a keyboard can reach, with the shared class and its own', () => {
    render(
      <ScrollRegion label="Scores" className="screening-scroll">
        <table />
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Tabel: Scores (schuift opzij)' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-scroll', 'screening-scroll');
  });
});
