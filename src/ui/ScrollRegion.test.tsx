import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { ScrollRegion } from './ScrollRegion';

/** Gives a box the sizes a browser would (jsdom lays nothing out). */
function layOut(box: HTMLElement, sizes: { scrollWidth: number; clientWidth: number }) {
  for (const [name, value] of Object.entries(sizes))
    Object.defineProperty(box, name, { configurable: true, value });
}

describe('ScrollRegion', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('is a named region a keyboard can reach, in a frame with its own class', () => {
    render(
      <ScrollRegion label="Scores" className="screening-scroll">
        <table />
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Tabel: Scores (schuift opzij)' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-scroll');
    expect(region.parentElement).toHaveClass('table-scroll-frame', 'screening-scroll');
  });

  it('marks the sides with more to scroll to as the table scrolls', () => {
    render(
      <ScrollRegion label="Scores">
        <table />
      </ScrollRegion>,
    );
    const region = screen.getByRole('region');
    const frame = region.parentElement as HTMLElement;
    // a table that fits: nothing to show
    expect(frame).not.toHaveAttribute('data-more-before');
    expect(frame).not.toHaveAttribute('data-more-after');
    // 800 px of table in a 300 px box, at the start: more to the right only
    layOut(region, { scrollWidth: 800, clientWidth: 300 });
    fireEvent.scroll(region);
    expect(frame).not.toHaveAttribute('data-more-before');
    expect(frame).toHaveAttribute('data-more-after');
    region.scrollLeft = 200;
    fireEvent.scroll(region);
    expect(frame).toHaveAttribute('data-more-before');
    expect(frame).toHaveAttribute('data-more-after');
    // scrolled to the end
    region.scrollLeft = 500;
    fireEvent.scroll(region);
    expect(frame).toHaveAttribute('data-more-before');
    expect(frame).not.toHaveAttribute('data-more-after');
  });
});
