// Two reply boxes on screen in two frames of one tab: the agent writes in one, then in the
// other, then goes back to the first. The popup shows the box the agent is in, and its
// Insert and Swap change that box only; after the agent moves to the other box, the popup
// shows that one and acts on it. Once with both boxes in iframes (a split view of two
// tickets), once with the page's own box and an iframe's (the top frame is the one the
// worker shows until any frame has the agent's input, so it needs the focus handed back).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopup, SIDE_PAGE, SPLIT_PAGE, tabIdOf, tabState } from './harness';
import { useSession } from './session';

const session = useSession();

/** To Dana (order 4471, charged twice): a phrase to swap, and no apology yet. */
const REPLY_A = 'As per your request, I will refund you today.';
const PHRASE_A = 'As per';
const SWAPPED_A = 'Following your request, I will refund you today.';
/** To Omar (billed after cancelling): another phrase to swap, and no apology yet. */
// (Not "the system shows…": an apology for the customer's charge is not offered beside a record quoted against it.)
const REPLY_B = 'Kindly note that your subscription renews monthly.';
const PHRASE_B = 'Kindly note that';
const SWAPPED_B = 'Just so you know, your subscription renews monthly.';

interface Layout {
  name: string;
  url: string;
  boxA(page: Page): Locator;
  boxB(page: Page): Locator;
}

const EDITOR = '.fr-element[contenteditable="true"]';
const LAYOUTS: Layout[] = [
  {
    name: 'two tickets side by side, each box in its own iframe',
    url: SPLIT_PAGE,
    boxA: (page) => page.frameLocator('#pane-a').locator(EDITOR),
    boxB: (page) => page.frameLocator('#pane-b').locator(EDITOR),
  },
  {
    name: 'the page’s own box and a second ticket’s box in an iframe',
    url: SIDE_PAGE,
    boxA: (page) => page.locator(EDITOR),
    boxB: (page) => page.frameLocator('#pane-b').locator(EDITOR),
  },
];

/** How many frames of the tab the worker holds a check for (the shown one and the others). */
async function framesChecked(tabId: number): Promise<number> {
  const stored = await (await session().worker()).evaluate(() => chrome.storage.session.get(null));
  return Object.keys(stored).filter((key) => key === `tab:${tabId}` || key.startsWith(`frame:${tabId}:`)).length;
}

/** The flagged phrases of the reply the tab shows, as the worker stored them for the popup. */
async function shownPhrases(tabId: number): Promise<string[]> {
  return ((await tabState(session(), tabId))?.result.findings ?? []).filter((f) => f.kind === 'flag').map((f) => f.text);
}

/** The agent clicks into `box` (after coming back from the popup's tab). */
async function clickInto(page: Page, box: Locator): Promise<void> {
  await page.bringToFront();
  await box.click();
}

const text = (box: Locator): Promise<string> => box.innerText().then((t) => t.replace(/\u00a0/g, ' ').trim());

/** The popup's flagged phrases and its ready apology, once it shows the reply holding `phrase`. */
async function popupShowing(popup: Page, phrase: string): Promise<{ phrases: string[]; apology: string }> {
  const phrases = popup.locator('.card.flag .phrase');
  await expect.poll(() => phrases.allInnerTexts()).toContain(phrase);
  const apology = await popup.locator('.card.suggestion[data-rule="sincere-apology"] .sentence').innerText();
  return { phrases: await phrases.allInnerTexts(), apology };
}

/** Clicks Insert on the popup's ready apology; returns its sentence. */
async function insertApology(popup: Page): Promise<string> {
  const card = popup.locator('.card.suggestion[data-rule="sincere-apology"]');
  const sentence = await card.locator('.sentence').innerText();
  await card.getByRole('button', { name: 'Insert' }).click();
  return sentence;
}

const swap = (popup: Page, phrase: string): Promise<void> =>
  popup.locator('.card.flag', { hasText: phrase }).getByRole('button', { name: 'Swap' }).click();

describe('an agent switching between two visible reply boxes in two frames', () => {
  for (const layout of LAYOUTS) {
    test(`${layout.name}: the popup shows and changes the box the agent is in`, async () => {
      const page = await session().context.newPage();
      await page.goto(layout.url);
      const tabId = await tabIdOf(session(), page);
      const a = layout.boxA(page);
      const b = layout.boxB(page);
      // Both frames' coaches are up (each has checked its empty box) before the agent types:
      // a fresh profile can bring content scripts a few seconds late.
      await expect.poll(() => framesChecked(tabId), { timeout: 20_000 }).toBe(2);

      await clickInto(page, a);
      await page.keyboard.type(REPLY_A);
      await expect.poll(() => shownPhrases(tabId)).toEqual([PHRASE_A]);
      await clickInto(page, b);
      await page.keyboard.type(REPLY_B);
      await expect.poll(() => shownPhrases(tabId)).toContain(PHRASE_B);

      // Back in A, without typing: the popup shows A's reply, scored against A's customer.
      await clickInto(page, a);
      let popup = await openPopup(session(), tabId);
      const inA = await popupShowing(popup, PHRASE_A);
      expect(inA.phrases).not.toContain(PHRASE_B);
      expect(inA.apology).toMatch(/charged twice/);

      // Its Insert and Swap change A only.
      const apologyA = await insertApology(popup);
      await expect.poll(() => text(a)).toContain(apologyA);
      await swap(popup, PHRASE_A);
      await expect.poll(() => text(a)).toContain(SWAPPED_A);
      expect(await text(a)).not.toContain(PHRASE_A);
      expect(await text(b)).toBe(REPLY_B);
      await popup.close();
      const finalA = await text(a);

      // In B again: the popup follows, and acts on B only.
      await clickInto(page, b);
      popup = await openPopup(session(), tabId);
      const inB = await popupShowing(popup, PHRASE_B);
      // B's customer: "I cancelled my subscription in March but you billed me again for April."
      expect(inB.apology).toMatch(/you were billed again for April/);
      expect(inB.apology).not.toMatch(/charged twice/);
      const apologyB = await insertApology(popup);
      await expect.poll(() => text(b)).toContain(apologyB);
      await swap(popup, PHRASE_B);
      await expect.poll(() => text(b)).toContain(SWAPPED_B);
      expect(await text(a)).toBe(finalA);
      await popup.close();
      await page.close();
    });
  }
});
