// Dismiss and Never flag this phrase, as an agent uses them: from the hover card and from
// the popup, in Gmail and in Zendesk's CKEditor. A dismissed flag is gone from the page, the
// popup and the badge for this reply only; a never-flagged phrase is gone everywhere until it
// is removed from the list on the options page. Screenshots in tests/output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { shownCard } from './coach-ui';
import { badgeText, GMAIL, GMAIL_REPLY, highlighted, openPopup, OUTPUT, tabState, typeIn, ZENDESK, ZENDESK_COMPOSER, type Session } from './harness';
import { useSession } from './session';

const session = useSession();
mkdirSync(OUTPUT, { recursive: true });

const REPLY = 'Hi Dana. It is our policy not to refund early. Sorry for the inconvenience.';
const CANNED = 'sorry for the inconvenience';
const POLICY = 'it is our policy';

afterEach(async () => {
  const worker = await session().worker();
  await worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
});

async function openOptions(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/src/options/options.html`);
  await page.locator('tbody.rule').first().waitFor();
  return page;
}

/** Every underlined phrase on the page, lower case. */
const marked = async (page: Page): Promise<string[]> =>
  [...(await highlighted(page, 'replycoach-warn')), ...(await highlighted(page, 'replycoach-hint'))].map((text) => text.replace(/\u00a0/g, ' ').toLowerCase());

/** The centre of the underlined phrase `text` (any case), in viewport pixels. */
const markAt = (page: Page, text: string): Promise<{ x: number; y: number }> =>
  page.evaluate((wanted) => {
    const ranges = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)) as Range[];
    const range = ranges.find((r) => r.toString().replace(/\u00a0/g, ' ').toLowerCase() === wanted)!;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);

/** Rests the pointer on the phrase until its card shows, then clicks the card's button `name`. */
async function clickOnCard(page: Page, phrase: string, name: string, screenshot?: string): Promise<void> {
  const mark = await markAt(page, phrase);
  await page.mouse.move(mark.x, mark.y);
  await expect.poll(async () => (await shownCard(page))?.buttons.some((b) => b.text === name && b.shown) ?? false).toBe(true);
  const card = (await shownCard(page))!;
  if (screenshot) await page.screenshot({ path: join(OUTPUT, screenshot) });
  const button = card.buttons.find((b) => b.text === name)!;
  // Down onto the card first (it stays while the pointer is on it), then to the button.
  await page.mouse.move(mark.x, card.rect.top + 6, { steps: 3 });
  await page.mouse.move(button.x, button.y, { steps: 3 });
  await page.mouse.click(button.x, button.y);
}

const warnings = async (tabId: number): Promise<number> => Number(await badgeText(session(), tabId));
const savedList = async (): Promise<unknown> => {
  const { settings } = await (await session().worker()).evaluate(() => chrome.storage.sync.get('settings'));
  return (settings as { neverFlag?: unknown } | undefined)?.neverFlag;
};

/** Types the reply and waits for its whole result: both phrases underlined, the badge counting them. */
async function replyIn(url: string, box: string): Promise<{ page: Page; tabId: number; before: number }> {
  const { page, tabId } = await typeIn(session(), url, box, REPLY);
  await expect.poll(() => marked(page)).toEqual(expect.arrayContaining([CANNED, POLICY]));
  await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.text.toLowerCase() === CANNED) ?? false).toBe(true);
  await expect.poll(() => warnings(tabId)).toBeGreaterThanOrEqual(2);
  return { page, tabId, before: await warnings(tabId) };
}

describe('Dismiss', () => {
  test('from the card: the underline and the badge count go for this reply, typing elsewhere keeps it gone, a new reply brings it back', async () => {
    const { page, tabId, before } = await replyIn(GMAIL, GMAIL_REPLY);
    await clickOnCard(page, CANNED, 'Dismiss', 'card-actions.png');
    await expect.poll(() => marked(page)).not.toContain(CANNED);
    expect(await marked(page)).toContain(POLICY);
    await expect.poll(() => warnings(tabId)).toBe(before - 1);
    expect((await tabState(session(), tabId))!.result.findings.map((f) => f.text.toLowerCase())).not.toContain(CANNED);

    // The agent writes on: at the start and at the end of the reply.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' I will check it today.');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hello. ');
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.length ?? 0).toBeGreaterThan(0);
    await expect.poll(() => page.locator(GMAIL_REPLY).innerText()).toMatch(/^Hello\. Hi Dana/);
    await page.waitForTimeout(300);
    expect(await marked(page)).not.toContain(CANNED);
    expect(await marked(page)).toContain(POLICY);
    await page.close();

    // A new reply: the flag is back.
    const again = await replyIn(GMAIL, GMAIL_REPLY);
    expect(await marked(again.page)).toContain(CANNED);
    await again.page.close();
  });

  test('from the popup: the card, the underline and the badge count go', async () => {
    const { page, tabId, before } = await replyIn(GMAIL, GMAIL_REPLY);
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag[data-rule=canned-empathy]');
    await card.waitFor();
    await popup.screenshot({ path: join(OUTPUT, 'popup-flag-actions.png'), fullPage: true });
    await card.getByRole('button', { name: /^Dismiss “Sorry for the inconvenience” in this reply$/i }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => marked(page)).not.toContain(CANNED);
    await expect.poll(() => warnings(tabId)).toBe(before - 1);
    expect(await popup.locator('.toast').innerText()).toBe('Dismissed in this reply.');
    await popup.close();
    await page.close();
  });

  test('the content script refuses a malformed dismissal, and nothing changes', async () => {
    const { page, tabId } = await replyIn(GMAIL, GMAIL_REPLY);
    const popup = await openPopup(session(), tabId);
    const answers = await popup.evaluate(async (tab) => [
      await chrome.tabs.sendMessage(tab, { type: 'dismiss', ruleId: 'canned-empathy' }),
      await chrome.tabs.sendMessage(tab, { type: 'dismiss', ruleId: 'canned-empathy', phrase: 'x'.repeat(5000) }),
      await chrome.tabs.sendMessage(tab, { type: 'dismiss', ruleId: 42, phrase: 'Sorry for the inconvenience' }),
    ], tabId);
    expect(answers.every((a) => a === undefined || a === null)).toBe(true);
    await page.waitForTimeout(300);
    expect(await marked(page)).toContain(CANNED);
    await popup.close();
    await page.close();
  });
});

describe('Never flag this phrase', () => {
  test('from the card: gone from the page and the badge, listed on the options page; removing it there brings the flag back', async () => {
    const { page, tabId, before } = await replyIn(GMAIL, GMAIL_REPLY);
    await clickOnCard(page, POLICY, 'Never flag this phrase');
    await expect.poll(savedList).toEqual([{ ruleId: 'policy-shield', phrase: 'It is our policy' }]);
    await expect.poll(() => marked(page)).not.toContain(POLICY);
    expect(await marked(page)).toContain(CANNED);
    await expect.poll(() => warnings(tabId)).toBe(before - 1);

    // Not flagged anywhere: a new reply, and the popup.
    const other = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(() => marked(other.page)).toContain(CANNED);
    await expect.poll(async () => (await tabState(session(), other.tabId))?.result.findings.some((f) => f.text.toLowerCase() === CANNED) ?? false).toBe(true);
    expect(await marked(other.page)).not.toContain(POLICY);
    await other.page.close();
    await page.bringToFront();
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag').first().waitFor();
    expect(await popup.locator('.card.flag[data-rule=policy-shield]').count()).toBe(0);
    await popup.close();

    const options = await openOptions(session());
    const entry = options.locator('.never-flag li', { hasText: 'It is our policy' });
    await entry.waitFor();
    await options.locator('.never-flag').screenshot({ path: join(OUTPUT, 'options-never-flag.png') });
    await entry.getByRole('button', { name: 'Remove “It is our policy” from the never-flag list' }).click();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(savedList).toBeUndefined();
    // The open reply is checked again with the list as saved: the flag is back.
    await page.bringToFront();
    await expect.poll(() => marked(page)).toContain(POLICY);
    await expect.poll(() => warnings(tabId)).toBe(before);
    await options.close();
    await page.close();
  }, 120_000);

  test('from the popup: the card, the underline and the badge count go', async () => {
    const { page, tabId, before } = await replyIn(GMAIL, GMAIL_REPLY);
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag[data-rule=canned-empathy]');
    await card.waitFor();
    await card.getByRole('button', { name: 'Never flag this phrase: “Sorry for the inconvenience”' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await popup.locator('.toast').innerText()).toMatch(/never-flag list/);
    await expect.poll(() => marked(page)).not.toContain(CANNED);
    await expect.poll(() => warnings(tabId)).toBe(before - 1);
    expect(await savedList()).toEqual([{ ruleId: 'canned-empathy', phrase: 'Sorry for the inconvenience' }]);
    await popup.close();
    await page.close();
  });

  test('a policy that turns the lists off: not offered on the card or in the popup, and the list is not applied', async () => {
    const worker = await session().worker();
    await worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 2, rev: 'p', agentNeverFlag: false, neverFlag: [{ ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience' }] } }),
    );
    const { page, tabId } = await replyIn(GMAIL, GMAIL_REPLY); // the list is there, but not applied
    const mark = await markAt(page, CANNED);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(async () => (await shownCard(page))?.buttons.find((b) => b.text === 'Dismiss')?.shown ?? false).toBe(true);
    expect((await shownCard(page))!.buttons.find((b) => b.text === 'Never flag this phrase')?.shown).toBe(false);
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag').first().waitFor();
    expect(await popup.getByRole('button', { name: /^Dismiss/ }).count()).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: /^Never flag/ }).count()).toBe(0);
    // A request that comes anyway is refused by the worker, saying why.
    const answer = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'policy-shield', phrase: 'It is our policy' }));
    expect(answer).toEqual({ ok: false, error: 'Your team’s policy turns off personal never-flag lists.' });
    await popup.close();
    await page.close();
  });

  test('the worker refuses a malformed or oversized request with a clear message, and stores nothing', async () => {
    const popup = await openPopup(session());
    const answers = await popup.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'policy-shield' }),
      await chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'policy-shield', phrase: 'x'.repeat(5000) }),
      await chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'policy-shield', phrase: 'x'.repeat(150) }),
      await chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'own-it', phrase: 'hello' }),
    ]);
    expect(answers[0] ?? undefined).toBeUndefined();
    expect(answers[1] ?? undefined).toBeUndefined();
    expect(answers[2]).toEqual({ ok: false, error: 'This phrase is too long for the never-flag list (at most 100 characters).' });
    expect(answers[3]).toEqual({ ok: false, error: 'This flag cannot go on the never-flag list.' });
    expect(await savedList()).toBeUndefined();
    await popup.close();
  });
});

describe('in Zendesk’s CKEditor', () => {
  test('Dismiss from the card and Never flag from the popup', async () => {
    const { page, tabId, before } = await replyIn(ZENDESK, ZENDESK_COMPOSER);
    await clickOnCard(page, CANNED, 'Dismiss', 'card-actions-zendesk.png');
    await expect.poll(() => marked(page)).not.toContain(CANNED);
    await expect.poll(() => warnings(tabId)).toBe(before - 1);

    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag[data-rule=policy-shield]');
    await card.waitFor();
    await card.getByRole('button', { name: 'Never flag this phrase: “It is our policy”' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => marked(page)).not.toContain(POLICY);
    await expect.poll(() => warnings(tabId)).toBe(before - 2);
    await popup.close();
    await page.close();
  });
});
