import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BrandMark } from './BrandMark';

/** Each shape of an SVG as its tag and attributes, in order. */
const shapesOf = (svg: Element) =>
  [...svg.children].map((shape) => ({
    tag: shape.tagName.toLowerCase(),
    attributes: Object.fromEntries([...shape.attributes].map((a) => [a.name, a.value])),
  }));

describe('BrandMark', () => {
  it('draws what public/icon.svg draws (the favicon and the installed app icons)', () => {
    const file = new DOMParser().parseFromString(
      readFileSync('public/icon.svg', 'utf8'),
      'image/svg+xml',
    ).documentElement;
    const { container } = render(<BrandMark />);
    const drawn = container.querySelector('svg');
    expect(drawn?.getAttribute('viewBox')).toBe(file.getAttribute('viewBox'));
    expect(shapesOf(drawn as Element)).toEqual(shapesOf(file));
  });

  it('is hidden from screen readers: the app name beside it says it', () => {
    const { container } = render(<BrandMark />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
