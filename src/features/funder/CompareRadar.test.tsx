import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { CompareRadar, seriesStyles } from './CompareRadar';
import { chooseLanguage, initI18n } from '../../i18n';

const conditions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: `Voorwaarde ${id}` }));

describe('CompareRadar (several applicants on one SVG radar)', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('draws one outlined series per applicant, in its own colour and line, without a dot where a score is missing', () => {
    const { container } = render(
      <CompareRadar
        conditions={conditions}
        width={400}
        series={[
          {
            id: 'one',
            name: 'Oogst',
            style: seriesStyles[0]!,
            scores: { a: 100, b: 80, c: 60, d: 40, e: 20 },
          },
          {
            id: 'two',
            name: 'Zonnedael',
            style: seriesStyles[1]!,
            scores: { a: 50, b: null, c: 50, d: 50, e: 50 },
          },
        ]}
      />,
    );
    const series = container.querySelectorAll('.compare-radar__series');
    expect(series).toHaveLength(2);
    expect(series[0]?.querySelectorAll('circle')).toHaveLength(5);
    expect(series[1]?.querySelectorAll('circle')).toHaveLength(4);
    const second = series[1]?.querySelector('polygon');
    expect(second).toHaveAttribute('stroke', seriesStyles[1]!.color);
    expect(second).toHaveAttribute('stroke-dasharray', seriesStyles[1]!.dash);
    // the first applicant's 100 on the first axis is the top of the outer ring, the second's 50 half of it
    const first = (selector: Element | null | undefined) =>
      (selector?.getAttribute('points') ?? '').split(' ')[0]?.split(',').map(Number);
    const top = first(container.querySelector('.radar-svg__grid polygon:nth-of-type(4)'));
    expect(first(series[0]?.querySelector('polygon'))).toEqual(top);
    expect(first(second)?.[1]).toBeCloseTo((top?.[1] ?? 0) / 2, 3);
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      /Oogst.*Zonnedael.*Scores van 0 tot 100/,
    );
  });
});
