import type { ComponentType } from 'react';
import { loadTexts, type TextGroup } from '../i18n';
import { lazyComponent } from './lazy-component';

/**
 * A part of a page that most visits never show, as its own chunk loaded together with the texts
 * it shows (`lazyComponent` with `loadTexts`): the page's first paint needs neither.
 */
export function lazyWithTexts<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  texts: readonly TextGroup[],
): ComponentType<Props> {
  return lazyComponent(() => Promise.all([load(), loadTexts(texts)]).then(([loaded]) => loaded));
}
