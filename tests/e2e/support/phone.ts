import type { Page } from 'playwright-core';
import { visitCheck } from '../browser';

export const phoneWidth = 360;
export const minTarget = 44;

type Target = { kind: string; name: string; height: number; width: number };

/** Answer choices (their labels), buttons and links in the main content, with their boxes. */
async function touchTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const isShown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
    };
    const targets: { kind: string; name: string; height: number; width: number }[] = [];
    const add = (kind: string, el: Element, name: string) => {
      const box = el.getBoundingClientRect();
      targets.push({
        kind,
        name: name.replace(/\s+/g, ' ').trim().slice(0, 60),
        height: Math.round(box.height * 10) / 10,
        width: Math.round(box.width * 10) / 10,
      });
    };
    for (const input of main.querySelectorAll<HTMLInputElement>(
      'input[type=radio], input[type=checkbox]',
    )) {
      // the whole label is the thing to tap
      const label = input.labels?.[0];
      if (label && isShown(label)) add(`choice`, label, label.textContent ?? '');
    }
    for (const el of main.querySelectorAll('a[href], button, input[type=file], [role=button]')) {
      if (isShown(el)) add(el.tagName.toLowerCase(), el, el.textContent || el.id);
    }
    return targets;
  });
}

/**
 * Checks one phone screen: visitCheck (screenshot + axe), no horizontal scrolling, and every answer
 * choice, button and link in the main content at least 44 px high. Problems are collected, not
 * thrown, so one run shows every screen that fails; assert the list is empty at the end.
 */
export async function checkPhoneScreen(
  page: Page,
  name: string,
  problems: string[],
): Promise<void> {
  try {
    await visitCheck(page, name);
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > phoneWidth) {
    problems.push(`${name}: scrolls sideways, scrollWidth ${scrollWidth} > ${phoneWidth}`);
  }
  const targets = await touchTargets(page);
  if (targets.length === 0) problems.push(`${name}: no touch targets found in main`);
  for (const t of targets.filter((target) => target.height < minTarget)) {
    problems.push(`${name}: ${t.kind} "${t.name}" is ${t.height} px high (${t.width} px wide)`);
  }
}
