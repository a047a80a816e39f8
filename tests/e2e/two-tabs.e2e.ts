import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, recordRequests, visitCheck } from './browser';
import {
  checkedIndex,
  choice,
  question,
  savedStatus,
  setUpRespondent,
  valueOf,
  type RespondentRef,
} from './support/app';
import { storedAnswers } from './support/idb';
import { respondentPages, type E2eItem } from './support/questionnaire';

type Answer = { item: E2eItem; index: number };

function pageItems(pageId: string): E2eItem[] {
  const found = respondentPages.find((p) => p.id === pageId);
  if (!found) throw new Error(`no page ${pageId}`);
  return found.items;
}

describe('two tabs answering the same response at the same time', () => {
  let browser: Browser;
  let context: BrowserContext;
  let requests: ReturnType<typeof recordRequests>;
  let tabA: Page;
  let tabB: Page;
  let respondent: RespondentRef;
  const given: Answer[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    requests = recordRequests(context);
    tabA = await context.newPage();
    tabA.setDefaultTimeout(10_000);
    respondent = await setUpRespondent(tabA, {
      collective: 'Woningcoöperatie Twee Vensters',
      scan: 'Zelfscan twee tabbladen',
      respondent: 'Anouk',
    });
    tabB = await context.newPage();
    tabB.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(tab: Page, pageId: string) {
    await tab.goto(`${baseUrl()}${respondent.basePath}/${pageId}`);
    await question(tab, pageItems(pageId)[0]!).waitFor();
  }

  /** Both tabs answer their list at once; within a tab the answers follow each other without waiting. */
  async function race(a: Answer[], b: Answer[]) {
    const answerAll = async (tab: Page, answers: Answer[]) => {
      for (const { item, index } of answers) await choice(tab, item, index).check();
      await savedStatus(tab).waitFor();
    };
    await Promise.all([answerAll(tabA, a), answerAll(tabB, b)]);
    given.push(...a, ...b);
  }

  /** A third tab, opened fresh and reloaded, shows every answer given so far; so does the database. */
  async function expectAllSurvive(name: string, isLastVisit = false) {
    const expected = Object.fromEntries(
      given.map(({ item, index }) => [item.id, valueOf(item, index)]),
    );
    const third = await context.newPage();
    third.setDefaultTimeout(10_000);
    await third.goto(baseUrl());
    await expect.poll(() => storedAnswers(third, respondent.responseId)).toEqual(expected);
    for (const pageId of new Set(given.map((g) => g.item.pageId))) {
      await open(third, pageId);
      for (const { item, index } of given.filter((g) => g.item.pageId === pageId)) {
        expect(await checkedIndex(third, item), `${name}: ${item.id}`).toBe(index);
      }
    }
    // the third tab shows the same screen each time; check it fully on the last visit
    if (isLastVisit) await visitCheck(third, `two-tabs-${name}-third-tab`);
    await third.close();
  }

  it('two different items on the same page, answered at the same moment, both survive', async () => {
    await Promise.all([open(tabA, 'leadership'), open(tabB, 'leadership')]);
    await visitCheck(tabA, 'two-tabs-a-leadership');
    await visitCheck(tabB, 'two-tabs-b-leadership');
    const [l1, l2] = pageItems('leadership');
    await race([{ item: l1!, index: 3 }], [{ item: l2!, index: 1 }]);
    await expectAllSurvive('one-each');
  });

  it('each tab shows what the other one answered, without a reload', async () => {
    const [l1, l2] = pageItems('leadership');
    await expect.poll(() => checkedIndex(tabA, l2!)).toBe(1);
    await expect.poll(() => checkedIndex(tabB, l1!)).toBe(3);
  });

  it('bursts of answers from both tabs, interleaved, all survive', async () => {
    const items = pageItems('leadership').slice(2);
    const a = items.filter((_i, n) => n % 2 === 0).map((item, n) => ({ item, index: n % 6 }));
    const b = items.filter((_i, n) => n % 2 === 1).map((item, n) => ({ item, index: 5 - (n % 6) }));
    await race(a, b);
    await expectAllSurvive('bursts');
  });

  it('two tabs on different pages answering a whole page each at once, all survive', async () => {
    await Promise.all([open(tabA, 'community'), open(tabB, 'business')]);
    const a = pageItems('community').map((item, n) => ({ item, index: (n + 2) % 6 }));
    const b = pageItems('business').map((item, n) => ({ item, index: (n + 4) % 6 }));
    await race(a, b);
    await visitCheck(tabB, 'two-tabs-b-business');
    await expectAllSurvive('whole-pages', true);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.all.length).toBeGreaterThan(0);
    expect(requests.outside()).toEqual([]);
  });
});
