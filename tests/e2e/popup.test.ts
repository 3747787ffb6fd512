// The popup on its own: empty state with a paste area, message validation, and
// screenshots of a good and a bad reply for people to look at (tests/output/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badgeText, GMAIL, GMAIL_REPLY, openPopup, OUTPUT, PLAIN, tabState, typeIn } from './harness';
import { GOOD_REPLY as GOOD } from './replies';
import { useSession } from './session';

const session = useSession();
mkdirSync(OUTPUT, { recursive: true });

const BAD = 'Hi Dana. It is our policy not to refund. As per our records, the system shows it was delivered, so you must have missed it. Sorry for the inconvenience.';

describe('popup', () => {
  test('without a reply box it shows a clear empty state and checks pasted text', async () => {
    const { page, tabId } = await typeIn(session(), PLAIN, 'h1');
    const popup = await openPopup(session(), tabId);
    await expect.poll(() => popup.locator('.empty-title').textContent()).toBe('No reply box on this page');
    await popup.fill('textarea[name=reply]', 'Per company policy, nothing can be done.');
    await popup.fill('textarea[name=customer]', 'You charged me twice!!! Fix it or I cancel.');
    await popup.getByRole('button', { name: 'Check reply' }).click();
    const rules = popup.locator('.card.flag');
    await expect.poll(() => rules.count()).toBeGreaterThan(0);
    const ids = await rules.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rule')));
    expect(ids).toEqual(expect.arrayContaining(['policy-shield', 'dead-end']));
    // Pasted text has no page to insert into: Copy only.
    expect(await popup.getByRole('button', { name: 'Insert' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Copy' }).count()).toBeGreaterThan(0);
    await popup.screenshot({ path: join(OUTPUT, 'popup-paste.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('page text is rendered as text, never as markup', async () => {
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, '<img src=x onerror="document.title=1">It is our policy<b>bold</b>.');
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag').first().waitFor();
    expect(await popup.locator('.report img, .report b').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('the worker ignores malformed messages and checks that do not come from a tab', async () => {
    const popup = await openPopup(session());
    const answers = await popup.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'check', reply: 'It is our policy.', box: 'rich' }),
      await chrome.runtime.sendMessage({ type: 'check-text', reply: 42 }),
      await chrome.runtime.sendMessage({ type: 'nope' }),
    ]);
    expect(answers.every((a) => a === undefined || a === null)).toBe(true);
    const stored = await (await session().worker()).evaluate(() => chrome.storage.session.get(null));
    expect(Object.values(stored).some((s) => JSON.stringify(s).includes('It is our policy.'))).toBe(false);
    await popup.close();
  });

  for (const [name, reply] of [['good', GOOD], ['bad', BAD]] as const) {
    test(`screenshot of the popup for a ${name} reply`, async () => {
      const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, reply);
      await expect.poll(async () => (await tabState(session(), tabId))?.result.scores.listening ?? null).not.toBeNull();
      const popup = await openPopup(session(), tabId);
      await popup.locator('.dial').first().waitFor();
      await popup.screenshot({ path: join(OUTPUT, `popup-${name}.png`), fullPage: true });
      await page.screenshot({ path: join(OUTPUT, `gmail-${name}.png`) });
      if (name === 'good') expect(await popup.locator('.calm.good').count()).toBe(1);
      else expect(await popup.locator('.card.flag').count()).toBeGreaterThan(2);
      await popup.close();
      await page.close();
    });
  }
});

describe('less to read, the right thing first', () => {
  test('three moves, then "Show n more"; no sentence offered twice; the why folded', async () => {
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, BAD);
    // The whole reply's result, not one from halfway through the typing.
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    const { result } = (await tabState(session(), tabId))!;
    const offered = result.findings.filter((f) => f.kind === 'suggestion' && f.replacement !== '');
    expect(offered.length).toBeGreaterThan(3);
    const popup = await openPopup(session(), tabId);
    const moves = popup.locator('.card.suggestion');
    await moves.first().waitFor();
    expect(await moves.count()).toBe(3);
    // Most important first, as the engine ranks them.
    expect(await moves.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rule')))).toEqual(offered.slice(0, 3).map((f) => f.ruleId));
    const more = popup.getByRole('button', { name: `Show ${offered.length - 3} more` });
    await more.click();
    expect(await moves.count()).toBe(offered.length);
    expect(await more.count()).toBe(0);

    // "Sorry for the inconvenience" → "I'm sorry …": the apology move does not offer it again.
    const texts = [...(await popup.locator('.card.flag .better-text').allInnerTexts()), ...(await popup.locator('.card.suggestion .sentence').allInnerTexts())];
    expect(new Set(texts).size).toBe(texts.length);
    // "As per our records, the system shows it was delivered, so you must have missed it" is corporate
    // speak, a record cited twice and blame, and one Swap rewrites the whole clause: one card, headed
    // by its first phrase, names every kind, shows the rewrite with the capital it takes, and swaps it.
    const lead = popup.locator('.card.flag', { hasText: 'As per our records' });
    expect(await lead.count()).toBe(1);
    expect(await lead.locator('.tag').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Corporate speak/), expect.stringMatching(/system as infallible/)]));
    const tags = await lead.locator('.tag').allInnerTexts();
    expect(new Set(tags).size).toBe(tags.length);
    expect(await lead.locator('.better-text').innerText()).toMatch(/^Our records show it was delivered, but they may be wrong/);
    await lead.getByRole('button', { name: /Swap/ }).click();
    await expect.poll(() => page.locator(GMAIL_REPLY).innerText().then((t) => t.replace(/\u00a0/g, ' '))).toMatch(/It is our policy not to refund\. Our records show it was delivered, but they may be wrong/);
    expect(await page.locator(GMAIL_REPLY).innerText()).not.toMatch(/must have missed/);

    // The explanation waits under "Why it matters"; severity is heard, not printed.
    const card = popup.locator('.card.flag').first();
    expect(await card.locator('.why').isVisible()).toBe(false);
    await card.locator('summary').click();
    expect(await card.locator('.why').isVisible()).toBe(true);
    expect(await card.locator('.tag').innerText()).not.toMatch(/Warning|Hint|·/);
    expect(await card.locator('.card-head > .visually-hidden').textContent()).toMatch(/^(Warning|Hint): $/);
    await popup.close();
    await page.close();
  });
});

describe('repeats', () => {
  test('a phrase flagged three times is one card ×3, and Fix all swaps every one as one undo step', async () => {
    const reply = 'Please be advised that the refund is late. Please be advised that the parcel is lost. Please be advised that we are closed.';
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, reply);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.filter((f) => /please be advised that/i.test(f.text)).length ?? 0).toBe(3);
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag', { hasText: 'Please be advised that' });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.locator('.times').innerText()).toBe('×3');
    await card.getByRole('button', { name: 'Fix every “Please be advised that”' }).click();
    const body = () => page.locator('#inline-reply [role=textbox]').innerText().then((t) => t.replace(/\u00a0/g, ' '));
    await expect.poll(body).toMatch(/^The refund is late\. The parcel is lost\. We are closed\./);
    // One Ctrl+Z undoes the whole Fix all (the browser's own undo stack: one editing command).
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    const firstLine = async () => (await body()).split('\n')[0];
    await expect.poll(firstLine).toBe(reply);
    await page.waitForTimeout(300);
    expect(await firstLine()).toBe(reply);
    await popup.close();
    await page.close();
  });
});

describe('a reply not in English', () => {
  test('is not scored: the popup and the badge say ReplyCoach checks English replies, and nothing is offered', async () => {
    const spanish = 'Hola Dana, es nuestra política no reembolsar los pedidos entregados. Disculpe las molestias, el sistema muestra que fue entregado.';
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, spanish);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.language ?? null).toBe('spa');
    await expect.poll(() => badgeText(session(), tabId)).toBe('EN?');
    const popup = await openPopup(session(), tabId);
    await expect.poll(() => popup.locator('.calm[data-language="spa"]').textContent()).toMatch(/^ReplyCoach checks English replies/);
    expect(await popup.locator('.card, .dial, button:has-text("Insert")').count()).toBe(0);
    await popup.screenshot({ path: join(OUTPUT, 'popup-spanish-reply.png'), fullPage: true });
    // Highlights go too: nothing in the reply is underlined.
    expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('popup after the page changed', () => {
  test('a result stored for a page the tab has left is not shown', async () => {
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, BAD);
    // The whole reply's result (its last phrase flagged), so that no check is still in flight
    // when the page goes: one landing after the navigation would set the new page's badge.
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    await page.goto(PLAIN); // a full navigation: the old content script is gone
    expect(await badgeText(session(), tabId)).toBe(''); // Chromium resets a tab's badge on navigation
    const popup = await openPopup(session(), tabId);
    await expect.poll(() => popup.locator('.empty-title').count()).toBe(1);
    expect(await popup.locator('.card').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
