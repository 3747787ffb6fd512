// The checks every helpdesk adapter must pass in Chromium, on a fixture page that holds a
// thread (the customer's latest message, with quoted history, beside older messages and
// the agent's own replies) and a reply box that already carries a signature and a quote
// with phrases that would be flagged if they were read.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { badgeText, highlighted, insertFirstSuggestion, openPopup, rangesWithin, tabState, typeIn, type Session } from './harness';
import { BAD_REPLY } from './replies';

export interface SiteCase {
  url: string;
  /** The whole editable reply box. */
  box: string;
  /** Where the agent types: the empty first line of the box. */
  start: string;
  /** The parts of the box that are not the agent's words (signature, quote); none in chat. */
  notOwn?: string;
}

export const lower = (list: string[]): string => list.join(' | ').replace(/\u00a0/g, ' ').toLowerCase();

/**
 * Clicks Insert in the popup for `tabId` after the agent typed `typed`; checks the sentence
 * lands in the box (`text` reads the box) where it belongs — after the greeting for an opening
 * move, after `typed` for any other — that `Ctrl+Z` takes it out again, and returns the
 * sentence and the box's text with it.
 */
export async function insertAndUndo(session: Session, page: Page, tabId: number, typed: string, text: () => Promise<string>): Promise<{ sentence: string; after: string }> {
  const before = await text();
  const popup = await openPopup(session, tabId);
  const findings = (await tabState(session, tabId))?.result.findings ?? [];
  const sentence = await insertFirstSuggestion(popup);
  // An opening move (an apology, a restatement) goes after the greeting; any other after the agent's words.
  const at = findings.find((f) => f.kind === 'suggestion' && f.replacement === sentence)?.insertAt;
  await expect.poll(text).toContain(at ? `${typed.slice(0, at.offset)}${sentence} ${typed.slice(at.offset)}` : `${typed} ${sentence}`);
  const after = await text();
  await page.bringToFront();
  await page.keyboard.press('Control+z');
  await expect.poll(text).toBe(before);
  await popup.close();
  return { sentence, after };
}

export function siteChecks(session: () => Session, site: SiteCase): void {
  const replyWith = (text: string): Promise<{ page: Page; tabId: number }> => typeIn(session(), site.url, site.start, text);
  const boxText = (page: Page): Promise<string> => page.locator(site.box).innerText();

  test('finds the reply box and highlights only the agent’s own words', async () => {
    const { page, tabId } = await replyWith(BAD_REPLY);
    await expect.poll(async () => lower(await highlighted(page))).toContain('sorry for the inconvenience');
    const marked = lower(await highlighted(page));
    expect(marked).toContain('the system shows');
    // The signature and the quote say "It is our policy" and "company policy" too: only the
    // agent's own phrase is marked, and every mark is inside the box, outside those parts.
    expect(marked.split('it is our policy').length - 1).toBe(1);
    expect(marked).not.toContain('company policy');
    expect(await rangesWithin(page, site.box, site.notOwn)).toBe(true);
    await expect.poll(() => badgeText(session(), tabId)).not.toBe('');
    await page.close();
  });

  test('scores against the customer’s latest message, without its quoted history or the agent’s replies', async () => {
    const { page, tabId } = await replyWith('Hi Dana, thanks for writing.');
    await expect.poll(async () => (await tabState(session(), tabId))?.hasCustomer ?? false).toBe(true);
    const state = (await tabState(session(), tabId))!;
    const sentences = state.result.findings.filter((f) => f.kind === 'suggestion').map((f) => f.replacement).join(' ');
    expect(sentences).toMatch(/charged twice|delivered/);
    expect(sentences).not.toMatch(/courier|depot/);
    await page.close();
  });

  test('Insert puts a ready sentence in the agent’s words (an opening move after the greeting), before any signature, and Ctrl+Z undoes it', async () => {
    const typed = 'Hi Dana, I checked the order.';
    const { page, tabId } = await replyWith(typed);
    const { sentence, after } = await insertAndUndo(session(), page, tabId, typed, () => boxText(page));
    if (site.notOwn) expect(after.indexOf(sentence)).toBeLessThan(after.indexOf('Sam Lee | Acme Support'));
    await page.close();
  });
}

export interface NameCase {
  url: string;
  /** Where the agent types. */
  start: string;
  /** Every element in which the page shows the customer's (or a sender's) display name. */
  names: string;
  /** The first name the page shows for the customer. */
  first: string;
}

/** How a test takes the name away from what the agent sees before typing. */
type Unshown = 'removed' | 'hidden' | 'markup';

/**
 * `wrong-name` on a helpdesk's page: the greeting is compared with the display name the page
 * shows for the customer; with none shown (removed, hidden, or text that is no name) it stays
 * quiet, since the fixture's customer message does not sign with a name either.
 */
export function nameChecks(session: () => Session, site: NameCase): void {
  // The reply ends in a canned apology: once that is flagged, the result is the whole reply's.
  const reply = (greeting: string): string => `Hi ${greeting}, I have refunded the second charge today. Sorry for the inconvenience.`;
  const scored = async (greeting: string, unshown?: Unshown) => {
    const { page, tabId } = await typeIn(session(), site.url, site.start);
    if (unshown) {
      await page.evaluate(
        ([names, how]) => {
          for (const el of document.querySelectorAll<HTMLElement>(names!)) {
            if (how === 'removed') el.remove();
            else if (how === 'hidden') el.style.visibility = 'hidden';
            else el.textContent = '<em>Lee</em>';
          }
        },
        [site.names, unshown],
      );
      await page.click(site.start);
    }
    await page.keyboard.type(reply(greeting));
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    const findings = (await tabState(session(), tabId))!.result.findings;
    await page.close();
    return findings.filter((f) => f.ruleId === 'wrong-name');
  };

  test('a greeting to someone other than the customer the page names is flagged, with their first name as the swap', async () => {
    const flagged = await scored('Sam');
    expect(flagged.map((f) => f.replacement)).toEqual([site.first]);
  });

  test('a greeting to the customer the page names is not flagged', async () => {
    expect(await scored(site.first)).toEqual([]);
  });

  test('with no name shown (none on the page, hidden, or text that is not a name) nothing is flagged', async () => {
    for (const unshown of ['removed', 'hidden', 'markup'] as const) expect(await scored('Sam', unshown), unshown).toEqual([]);
  });
}
