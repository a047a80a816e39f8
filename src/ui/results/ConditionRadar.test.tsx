import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ConditionRadar } from './ConditionRadar';
import { chooseLanguage, initI18n } from '../../i18n';
import type { RadarModel } from '../../report/model/radar-geometry';

type Axis = RadarModel['axes'][number];
const axis = (label: string, score: number | null, spread: Axis['spread'] = null): Axis => ({
  id: label.toLowerCase(),
  label,
  score,
  spread,
});

const fiveAxes = (spread: Axis['spread']) => [
  axis('Leiderschap', 100, spread),
  axis('Gemeenschap', 50, spread),
  axis('Verdienmodel', 0, spread),
  axis('Cultuur', 25, spread),
  axis('Netwerk', null, null),
];

function renderRadar(radar: RadarModel) {
  const { container } = render(
    <ConditionRadar radar={radar} legend={['Lijn: de score']} width={400} />,
  );
  const points = (selector: string) =>
    (container.querySelector(selector)?.getAttribute('points') ?? '')
      .split(' ')
      .map((pair) => pair.split(',').map(Number));
  return { container, points };
}

describe('ConditionRadar (the results radar as plain SVG)', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  const plain: RadarModel = { axes: fiveAxes(null), rings: [25, 50, 75, 100], hasSpread: false };

  it('puts a score of 100 on the first axis at the top of the outer ring, 50 halfway out on the next', () => {
    const { points } = renderRadar(plain);
    const outerRing = points('.radar-svg__grid polygon:nth-of-type(4)');
    const score = points('.radar__score polygon');
    const radius = -(outerRing[0]?.[1] ?? 0);
    expect(radius).toBeGreaterThan(50);
    // the first axis points straight up: (0, −radius) around the centre, on the 100 ring
    expect(score[0]).toEqual([0, -radius]);
    expect(outerRing[0]).toEqual([0, -radius]);
    // the second axis is 72° clockwise from the top: 50 → half the radius along it
    expect(score[1]?.[0]).toBeCloseTo((radius / 2) * Math.sin((2 * Math.PI) / 5), 3);
    expect(score[1]?.[1]).toBeCloseTo(-(radius / 2) * Math.cos((2 * Math.PI) / 5), 3);
    // 0 and "too few answers" both sit at the centre; only the drawn scores have a dot
    expect(score[2]).toEqual([0, 0]);
    expect(score[4]).toEqual([0, 0]);
    expect(document.querySelectorAll('.radar__score circle')).toHaveLength(4);
  });

  it('names every condition with its score, and says which has too few answers', () => {
    const { container } = renderRadar(plain);
    const drawing = container.querySelector('svg');
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    // as wide as asked, at most 400 / 1.2 high (less when the width is what limits the radar)
    const [, , wide, high] = (drawing?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(wide).toBe(400);
    expect(high).toBeGreaterThan(200);
    expect(high).toBeLessThanOrEqual(333);
    for (const name of ['Leiderschap', 'Gemeenschap', 'Verdienmodel', 'Cultuur', 'Netwerk']) {
      expect(screen.getByText(name, { selector: 'tspan' })).toBeInTheDocument();
    }
    expect(screen.getByText('100', { selector: 'tspan' })).toBeInTheDocument();
    // the note wraps at 14 characters, like a name
    expect(screen.getByText('te weinig', { selector: 'tspan' })).toBeInTheDocument();
    expect(screen.getByText('antwoorden', { selector: 'tspan' })).toBeInTheDocument();
  });

  it('speaks the scores in its caption, the figure’s name', () => {
    renderRadar(plain);
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'Lijn: de score Leiderschap: 100; Gemeenschap: 50; Verdienmodel: 0; Cultuur: 25; Netwerk: te weinig antwoorden',
    );
  });

  it('draws the middle-half band only when every condition has one', () => {
    expect(renderRadar(plain).container.querySelector('.radar-svg__band')).toBeNull();
    const spread = { low: 25, high: 75 };
    const withSpread: RadarModel = {
      axes: fiveAxes(spread).map((one) => ({ ...one, spread })),
      rings: [25, 50, 75, 100],
      hasSpread: true,
    };
    const { container } = renderRadar(withSpread);
    const band = container.querySelector('.radar-svg__band');
    expect(band).not.toBeNull();
    // the inner edge is dashed: 25 on the first axis is a quarter of the radius up
    const { points } = renderRadar(withSpread);
    const radius = -(points('.radar-svg__grid polygon:nth-of-type(4)')[0]?.[1] ?? 0);
    const inner = points('.radar-svg__band polygon[stroke-dasharray]');
    expect(inner[0]?.[0]).toBe(0);
    expect(inner[0]?.[1]).toBeCloseTo(-radius / 4, 3);
  });
});
