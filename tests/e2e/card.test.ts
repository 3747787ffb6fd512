// The hover card as the agent meets it: absent until the pointer rests on a marked phrase,
// gone (not just flagged hidden) once the pointer leaves, never over the text the agent is
// about to click, and inside the window even when the phrase is at its bottom edge.
// Visibility is judged by hit-testing and geometry, not by attributes. The card sits in a
// closed shadow root: its box is read over the DevTools protocol (coach-ui.ts), and what the
// page would deliver a click to is asked of the page itself (elementFromPoint).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shownCard } from './coach-ui';
import { GMAIL, GMAIL_REPLY, highlighted, OUTPUT, typeIn } from './harness';
import { useSession } from './session';

const session = useSession();

const REPLY = 'Hi Dana,\nAs per your request, I will refund you today.';

/** The centre and the box of the first marked phrase, in viewport pixels. */
function firstMark(page: Page): Promise<{ x: number; y: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    const range = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
  });
}

/** Whatever the page would deliver a click to at (x, y): 'coach' for an element the coach put on <html>. */
const hitAt = (page: Page, x: number, y: number): Promise<string> =>
  page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px!, py!);
    if (el && el.parentElement === document.documentElement && el !== document.body && el !== document.head) return 'coach';
    return el ? `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}` : 'nothing';
  }, [x, y]);

/** The card's rendered box, or null when it takes no space on the page. */
const cardBox = async (page: Page): Promise<{ top: number; bottom: number; height: number } | null> => {
  const card = await shownCard(page);
  return card ? { top: card.rect.top, bottom: card.rect.bottom, height: card.rect.height } : null;
};

/** Every point of the reply box that the card could cover: none may be taken by the card. */
const replyHitsCard = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const box = document.querySelector('#inline-reply [role=textbox]')!.getBoundingClientRect();
    for (let y = box.top + 4; y < box.bottom; y += 8) {
      for (let x = box.left + 4; x < box.right; x += 16) {
        const el = document.elementFromPoint(x, y);
        if (el && el.parentElement === document.documentElement && el !== document.body) return true;
      }
    }
    return false;
  });

describe('hover card', () => {
  test('takes no space and no clicks before any hover', async () => {
    const { page } = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    expect(await cardBox(page)).toBeNull();
    expect(await replyHitsCard(page)).toBe(false);
    await page.close();
  });

  test('shows on a marked phrase, then leaves the reply clickable once the pointer moves away', async () => {
    const { page } = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    const mark = await firstMark(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(() => cardBox(page)).not.toBeNull();
    // Below the phrase, where there is room, without covering it.
    const shown = (await cardBox(page))!;
    expect(shown.top).toBeGreaterThanOrEqual(mark.bottom);
    expect(await hitAt(page, mark.x, mark.y)).not.toBe('coach');
    // …and the card itself takes the pointer where it is.
    expect(await hitAt(page, mark.x, shown.top + shown.height / 2)).toBe('coach');
    await page.screenshot({ path: join(OUTPUT, 'card-below.png') });

    // Away from the phrase and the card: the card goes, and the text under it takes clicks again.
    await page.mouse.move(mark.x, 5);
    await expect.poll(() => cardBox(page)).toBeNull();
    expect(await replyHitsCard(page)).toBe(false);
    await page.close();
  });

  test('opens from the keyboard: Alt+Enter with the caret in a phrase, Enter swaps, Escape closes', async () => {
    const { page } = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    const body = () => page.locator('#inline-reply [role=textbox]').innerText();
    // The caret into "As per": the start of the second line, two words right.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => cardBox(page)).not.toBeNull();
    expect(await body()).toContain('Hi Dana,\nAs per your request, I will refund you today.'); // Alt+Enter did not reach the editor
    await page.keyboard.press('Escape');
    await expect.poll(() => cardBox(page)).toBeNull();
    // The caret is back in the reply: typing goes there.
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => cardBox(page)).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(body).toMatch(/Following your request, I will refund you today\./);
    await expect.poll(() => cardBox(page)).toBeNull();
    await page.close();
  });

  test('stays while the pointer travels onto it, so its button can be reached', async () => {
    const { page } = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    const mark = await firstMark(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const shown = (await cardBox(page))!;
    await page.mouse.move(mark.x, shown.top + shown.height / 2, { steps: 4 });
    // Resting on the card well past the linger delay: it must still be there.
    await page.waitForTimeout(700);
    expect(await cardBox(page)).not.toBeNull();
    await page.close();
  });

  test('flips above the phrase at the bottom of a short window, and stays inside it', async () => {
    const { page } = await typeIn(session(), GMAIL, GMAIL_REPLY, REPLY);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    // Shrink the window until the phrase sits near its bottom edge.
    const before = await firstMark(page);
    await page.setViewportSize({ width: 1100, height: Math.ceil(before.bottom + 40) });
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    const mark = await firstMark(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const shown = (await cardBox(page))!;
    const height = page.viewportSize()!.height;
    expect(shown.bottom).toBeLessThanOrEqual(mark.top);
    await page.screenshot({ path: join(OUTPUT, 'card-flipped.png') });
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(height);
    await page.close();
  });
});
