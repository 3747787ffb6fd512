// The extension in Chromium on a page that reproduces Zendesk's agent workspace: the
// conversation log and the composer, which is CKEditor 5 itself (tests/fixtures/zendesk.html).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countBadge, partCounts } from './coach-ui';
import { badgeText, highlighted, openPopup, rangesWithin, tabState, typeIn, ZENDESK, ZENDESK_COMPOSER as COMPOSER } from './harness';
import { editorChecks } from './editor-checks';
import { useSession } from './session';

const session = useSession();

const ticketWith = (text: string): Promise<{ page: Page; tabId: number }> => typeIn(session(), ZENDESK, COMPOSER, text);

/** The text in CKEditor's model (what Zendesk would send), one line a paragraph. */
const modelText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    interface Node { is(type: string): boolean; data: string }
    interface Model { document: { getRoot(): { getChildren(): Iterable<unknown> } }; createRangeIn(el: unknown): { getItems(): Iterable<Node> } }
    const { model } = (window as unknown as { editor: { model: Model } }).editor;
    return [...model.document.getRoot().getChildren()]
      .map((block) => [...model.createRangeIn(block).getItems()].filter((item) => item.is('$textProxy')).map((item) => item.data).join(''))
      .join('\n');
  });
const lower = (list: string[]): string => list.join(' | ').replace(/\u00a0/g, ' ').toLowerCase();

describe('Zendesk agent workspace', () => {
  editorChecks(session, { url: ZENDESK, box: COMPOSER, start: COMPOSER, modelText });

  test('CKEditor reverts direct DOM edits, so text must go in through its input events', async () => {
    const { page } = await ticketWith('Hello Lee');
    await page.evaluate((sel) => document.querySelector(sel)!.append('injected'), COMPOSER);
    await expect.poll(() => page.locator(COMPOSER).innerText()).toBe('Hello Lee');
    await page.close();
  });

  test('typing in the composer highlights flagged phrases and scores against the latest end-user comment', async () => {
    const { page, tabId } = await ticketWith('Per company policy we cannot refund.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Our records indicate you were charged once. Nothing can be done.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('our records indicate');
    expect(lower(await highlighted(page))).toContain('company policy');
    expect(await rangesWithin(page, COMPOSER)).toBe(true);
    await expect.poll(() => badgeText(session(), tabId)).not.toBe('');

    const state = (await tabState(session(), tabId))!;
    expect(state.hasCustomer).toBe(true);
    const moves = state.result.findings.filter((f) => f.kind === 'suggestion');
    const sentences = moves.map((f) => f.replacement).join(' ');
    // Read from the latest end-user comment, not from its quoted history or the agent's note: only
    // the latest threatens to leave. (Its "charged twice" is not said back beside this refusal: an
    // apology for it would concede what the reply keeps.)
    expect(moves.map((f) => f.ruleId)).toContain('keep-the-customer');
    expect(sentences).not.toMatch(/looking into it|charged twice/);
    await page.close();
  });

  test('a greeting to someone other than the requester is flagged, with their name as the swap', async () => {
    const wrong = await ticketWith('Hi Sam, I have refunded the second charge today.');
    await expect.poll(async () => (await tabState(session(), wrong.tabId))?.result.findings.find((f) => f.ruleId === 'wrong-name')?.replacement).toBe('Lee');
    expect(lower(await highlighted(wrong.page))).toContain('sam');
    await wrong.page.close();
    const right = await ticketWith('Hi Lee, I have refunded the second charge today.');
    await expect.poll(async () => (await tabState(session(), right.tabId))?.result.findings.length ?? -1).toBeGreaterThanOrEqual(0);
    await right.page.waitForTimeout(300);
    expect((await tabState(session(), right.tabId))!.result.findings.some((f) => f.ruleId === 'wrong-name')).toBe(false);
    await right.page.close();
  });

  test('a plain text area gets a count badge instead of highlights', async () => {
    const { page, tabId } = await typeIn(session(), ZENDESK, '#note', 'It is our policy. The system shows it was paid.');
    await expect.poll(async () => (await countBadge(page))?.shown ?? false).toBe(true);
    expect((await countBadge(page))!.title).toMatch(/It is our policy/i);
    expect(await highlighted(page)).toEqual([]);

    // Insert into a text area uses the native editing command: Ctrl+Z undoes it.
    const popup = await openPopup(session(), tabId);
    const reply = await popup.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'insert', text: 'I will check it today.' }), tabId);
    expect(reply).toEqual({ ok: true });
    expect(await page.inputValue('#note')).toBe('It is our policy. The system shows it was paid. I will check it today.');
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#note')).toBe('It is our policy. The system shows it was paid.');
    await popup.close();

    // Leaving for the composer removes the badge: nothing is left behind.
    await page.click(COMPOSER);
    await expect.poll(async () => (await partCounts(page)).badge).toBe(0);
    await page.close();
  });

  test('Fix all in a plain text area is one editing command: one Ctrl+Z restores all three', async () => {
    const typed = 'Kindly note that the refund takes five days. Kindly note that the parcel is lost. Kindly note that we are closed.';
    const { page, tabId } = await typeIn(session(), ZENDESK, '#note', typed);
    const repeats = async () => (await tabState(session(), tabId))?.result.findings.filter((f) => f.kind === 'flag' && /kindly note/i.test(f.text)) ?? [];
    await expect.poll(async () => (await repeats()).length).toBe(3);
    const found = await repeats();
    const popup = await openPopup(session(), tabId);
    const spans = found.map((f) => ({ start: (f.swapSpan ?? f).start, end: (f.swapSpan ?? f).end, expected: f.swapSpan?.text ?? f.text }));
    const reply = await popup.evaluate(([t, s, r]) => chrome.tabs.sendMessage(t as number, { type: 'swap', spans: s, replacement: r }), [tabId, spans, found[0]!.replacement] as const);
    expect(reply).toEqual({ ok: true });
    expect(await page.inputValue('#note')).toBe('Just so you know, the refund takes five days. Just so you know, the parcel is lost. Just so you know, we are closed.');
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#note')).toBe(typed);
    await page.waitForTimeout(300);
    expect(await page.inputValue('#note')).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('switching between boxes many times leaves no listeners behind', async () => {
    const { page } = await typeIn(session(), ZENDESK, COMPOSER);
    // The content script's listeners live in its isolated world: look there.
    const cdp = await page.context().newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.name === 'ReplyCoach')).toBe(true);
    const contextId = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'ReplyCoach')!.id;
    const listeners = async (): Promise<number> => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId });
      const { listeners: all } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return all.filter((l) => l.type === 'scroll' || l.type === 'resize').length;
    };
    // The composer's hover card and the text area's badge each follow scrolling; counts
    // must come back to the same numbers however often the agent switches.
    await page.click(COMPOSER);
    await expect.poll(async () => (await partCounts(page)).card).toBe(1);
    const onComposer = await listeners();
    await page.click('#note');
    await expect.poll(async () => (await partCounts(page)).badge).toBe(1);
    const onNote = await listeners();
    for (let i = 0; i < 5; i++) {
      await page.click(COMPOSER);
      await expect.poll(() => partCounts(page)).toEqual({ card: 1, badge: 0 });
      expect(await listeners()).toBe(onComposer);
      await page.click('#note');
      await expect.poll(() => partCounts(page)).toEqual({ card: 0, badge: 1 });
      expect(await listeners()).toBe(onNote);
    }
    await cdp.detach();
    await page.close();
  });
});
