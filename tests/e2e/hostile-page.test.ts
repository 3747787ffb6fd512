// A page that attacks the coach, on a host it runs on: its script takes the element names
// the coach once used, records every shadow root it can reach, restyles whatever is put on
// <html>, fires synthetic events at the card, and a hidden cross-origin frame of its own
// types into a reply box by script. The customer's message hides words from the agent with
// CSS. Nothing of the coach may leak to the page, nothing may be pressed but by the agent,
// the popup's actions go to the box the agent works in, and only words the agent can see
// count as the customer's.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countBadge, shownCard } from './coach-ui';
import { highlighted, HOSTILE_PAGE, insertFirstSuggestion, openPopup, OUTPUT, tabState, typeIn } from './harness';
import { useSession } from './session';

const session = useSession();
const BOX = '#inline-reply [role=textbox] > div:first-child';
const HIDDEN_WORDS = ['Zanzibar', 'Quetzal', 'Xylophone', 'Kumquat', 'Ocelot', 'Marmalade', 'Pangolin'];

interface Seen {
  frameId: number;
  message: { type: string; reply?: string; customer?: string };
}

/** Records, in the worker, every request a content script sends over its port. */
async function recordPorts(): Promise<() => Promise<Seen[]>> {
  const worker = await session().worker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { seen?: unknown[] };
    if (scope.seen) return;
    scope.seen = [];
    chrome.runtime.onConnect.addListener((port) =>
      port.onMessage.addListener((raw: { message?: unknown }) => scope.seen!.push({ frameId: port.sender?.frameId, message: raw.message })),
    );
  });
  return async () => (await session().worker()).evaluate(() => (globalThis as unknown as { seen: Seen[] }).seen);
}

const probe = (page: Page) =>
  page.evaluate(() => (window as unknown as { probe(): { added: number; openRoots: number; grabbed: number; text: string; buttons: number } }).probe());

const replyText = (page: Page): Promise<string> => page.locator('#inline-reply [role=textbox]').innerText();

function firstMark(page: Page): Promise<{ x: number; y: number; bottom: number }> {
  return page.evaluate(() => {
    const r = ([...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
  });
}

describe('a hostile page', () => {
  test('cannot find, pre-empt, read, restyle or press the hover card', async () => {
    const { page } = await typeIn(session(), HOSTILE_PAGE, BOX, 'Hi Dana,\nAs per your request, I will refund you today.');
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);

    // The names it defined first were never used, and no shadow root of ours is open to it.
    expect(await probe(page)).toMatchObject({ grabbed: 0, openRoots: 0, text: '', buttons: 0 });

    // A synthetic pointer on the phrase does not bring the card up.
    await page.evaluate(() => (window as unknown as { fakeHover(): boolean }).fakeHover());
    await page.waitForTimeout(400);
    expect(await shownCard(page)).toBeUndefined();

    // The agent's pointer does, in the coach's own look, whatever the page's CSS says.
    const mark = await firstMark(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(async () => (await shownCard(page)) !== undefined).toBe(true);
    const card = (await shownCard(page))!;
    expect(card.mode).toBe('closed');
    expect(card.tag).not.toMatch(/-/); // no custom element name the page could define first
    expect(card.better).toBe('Following');
    expect(card.rect.width).toBeGreaterThan(250);
    expect(card.rect.top).toBeGreaterThanOrEqual(mark.bottom);
    expect(card.hostStyle).toEqual({ opacity: '1', filter: 'none', overflow: 'visible' });
    expect(card.style!.fontFamily).not.toMatch(/comic/i);
    expect(card.style!.letterSpacing).toBe('normal');
    expect(card.style!.fontSize).toBe('13px');
    await page.screenshot({ path: join(OUTPUT, 'card-hostile-page.png') });

    // While it shows, the page still reads nothing of it, and cannot press its button.
    expect(await probe(page)).toMatchObject({ openRoots: 0, text: '', buttons: 0 });
    await page.evaluate(() => (window as unknown as { pressEverything(): void }).pressEverything());
    await page.waitForTimeout(400);
    expect(await replyText(page)).toContain('As per your request');

    // The agent's own click on Swap works.
    await page.mouse.move(card.button!.x, card.button!.y, { steps: 4 });
    await page.mouse.click(card.button!.x, card.button!.y);
    await expect.poll(() => replyText(page)).toContain('Following your request');
    await page.close();
  });

  test('words hidden from the agent are not read as the customer’s', async () => {
    const seen = await recordPorts();
    const { page } = await typeIn(session(), HOSTILE_PAGE, BOX, 'It is our policy to wait.');
    await expect.poll(async () => (await seen()).some((s) => s.frameId === 0 && s.message.customer !== undefined)).toBe(true);
    const customer = (await seen()).filter((s) => s.frameId === 0 && s.message.customer).at(-1)!.message.customer!;
    expect(customer).toContain('charged twice');
    expect(customer).toContain('Please fix it');
    for (const word of HIDDEN_WORDS) expect(customer).not.toContain(word);
    await page.close();
  });

  test('a hidden frame that types by script does not take the tab over', async () => {
    const seen = await recordPorts();
    const typed = 'It is our policy to wait.';
    const { page, tabId } = await typeIn(session(), HOSTILE_PAGE, BOX, typed);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'policy-shield') ?? false).toBe(true);

    const frame = page.frames().find((f) => f.url().includes('/hostile-frame'))!;
    const text = 'The system shows it was delivered.';
    expect(await frame.evaluate((t) => (window as unknown as { typeByScript(t: string): string }).typeByScript(t), text)).toContain(text);
    // The frame's check reached the worker…
    await expect.poll(async () => (await seen()).some((s) => s.frameId !== 0 && s.message.reply?.includes('system shows'))).toBe(true);
    await page.waitForTimeout(300);
    // …but the tab still shows the agent's reply, and its actions go to the agent's box.
    const state = (await tabState(session(), tabId))!;
    expect(state.frameId ?? 0).toBe(0);
    expect(state.result.findings.some((f) => f.ruleId === 'system-says')).toBe(false);

    const popup = await openPopup(session(), tabId);
    const sentence = await insertFirstSuggestion(popup);
    await expect.poll(() => replyText(page)).toContain(sentence.slice(0, 20));
    expect((await frame.locator('#box').innerText()).trim()).toBe(text);
    await popup.close();
    expect(await countBadge(page)).toBeUndefined();
    await page.close();
  });
});
