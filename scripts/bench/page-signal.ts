import type { Page } from 'playwright-core';

/**
 * What a script in the page logs as `<tag> <number>`, heard through the page's console. A cold load
 * is timed this way rather than with `page.waitForFunction`: polling from Node makes Playwright
 * evaluate its own helper script in the page while the load being measured is still running (a
 * trace of an invitation link on localhost, session 11: one 29 ms task of the main thread that the
 * app never asked for; two runs of 11 and 15 interleaved loads gave medians of 732 → 694 and
 * 809 → 690 ms). Call before the navigation; resolves with the number.
 */
export function pageSignal(page: Page, tag: string, timeoutMs = 60_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', listen);
      reject(new Error(`no "${tag}" from the page within ${timeoutMs} ms`));
    }, timeoutMs);
    const listen = (message: { text: () => string }) => {
      const [said, value] = message.text().split(' ');
      if (said !== tag || value === undefined) return;
      clearTimeout(timer);
      page.off('console', listen);
      resolve(Number(value));
    };
    page.on('console', listen);
  });
}
