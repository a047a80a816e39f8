import { describe, expect, it } from 'vitest';
import { judge } from '../../scripts/bench/budgets';
import { staticClosure } from '../../scripts/bench/bundle-files';
import { summarise, timedFigure } from '../../scripts/bench/measure';

const manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_shared.js'], css: ['assets/index.css'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/app/sections/home.ts': { file: 'assets/home.js', imports: ['_shared.js', 'index.html'] },
  'src/app/sections/results.ts': {
    file: 'assets/results.js',
    imports: ['_charts.js', 'index.html'],
    dynamicImports: ['src/pdf.ts'],
  },
  '_charts.js': { file: 'assets/charts.js', imports: ['_shared.js'] },
  'src/pdf.ts': { file: 'assets/pdf.js' },
};

describe('the bench harness', () => {
  it('follows static imports, once each, and leaves dynamic imports out', () => {
    expect(staticClosure(manifest, ['index.html', 'src/app/sections/results.ts'])).toEqual({
      js: ['assets/index.js', 'assets/shared.js', 'assets/results.js', 'assets/charts.js'],
      css: ['assets/index.css'],
    });
  });

  it('refuses a chunk the manifest does not have', () => {
    expect(() => staticClosure(manifest, ['src/nowhere.ts'])).toThrow(/not in the build manifest/);
  });

  it.each([
    [[3, 1, 2], { median: 2, min: 1, max: 3 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4 }],
  ])('summarises %j as median, min and max', (values, expected) => {
    expect(summarise(values)).toEqual(expected);
  });

  it('turns timings into a figure with its range', () => {
    expect(timedFigure({ key: 'k', label: 'l', times: [10.04, 30, 20] })).toEqual({
      key: 'k',
      label: 'l',
      value: 20,
      unit: 'ms',
      range: [10, 30],
    });
  });

  it('marks a figure over its budget, at the budget under, and a missing figure over', () => {
    const figures = [
      { key: 'a', label: 'a', value: 91, unit: 'kB' as const },
      { key: 'b', label: 'b', value: 50, unit: 'ms' as const },
    ];
    expect(judge(figures, { a: 90, b: 50, c: 1 }).map((v) => [v.key, v.isOver])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });
});
