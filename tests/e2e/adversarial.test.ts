// Adversarial input through the whole path in Chromium (Gmail fixture): a 1 MB paste,
// 10,000 rapid input events, emoji, right-to-left, zero-width and combining characters,
// and HTML-looking text in the reply and the customer's message. The page stays
// responsive, the content script keeps answering, highlight ranges cover exactly the
// flagged text, and nothing is ever rendered as markup.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shownCard } from './coach-ui';
import { GMAIL, GMAIL_REPLY, highlighted, openPopup, tabIdOf, tabState, typeIn, type Session } from './harness';
import { useSession } from './session';
import { nextFrame as frame, rapidInput } from './stress';

const session = useSession();
const MB = 1_048_576;
const filler = (chars: number): string => 'The parcel is on its way and I will follow up. '.repeat(Math.ceil(chars / 48)).slice(0, chars);
const lower = (list: string[]): string => list.join(' | ').replace(/\u00a0/g, ' ').toLowerCase();

/** What the content script answers the popup (it answers only while alive). */
async function contentAnswers(s: Session, tabId: number): Promise<unknown> {
  const popup = await openPopup(s);
  try {
    return await popup.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'has-box' }), tabId);
  } finally {
    await popup.close();
  }
}

/** Replaces the agent's own text (the first block of the reply) with `text`, as a paste would. */
async function replaceReply(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((sel) => getSelection()!.selectAllChildren(document.querySelector(sel)!), GMAIL_REPLY);
  await page.keyboard.insertText(text);
}

/** Each highlighted range's text beside each flag's text in the worker's latest result, both sorted. */
async function marksAndFlags(s: Session, page: Page, tabId: number): Promise<{ marks: string[]; flags: string[] }> {
  const marks = [...(await highlighted(page)), ...(await highlighted(page, 'replycoach-hint'))].sort();
  const flags = ((await tabState(s, tabId))?.result.findings ?? []).filter((f) => f.kind === 'flag').map((f) => f.text).sort();
  return { marks, flags };
}

describe('adversarial input', () => {
  test('a 1 MB paste: the page stays responsive and the coach keeps checking what follows', async () => {
    const s = session();
    const { page, tabId } = await typeIn(s, GMAIL, GMAIL_REPLY, 'It is our policy.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
    await page.keyboard.insertText(` ${filler(MB)}`);
    expect(await frame(page)).toBe(true);
    expect(await contentAnswers(s, tabId)).toEqual({ ok: true });
    // Back to a reply of normal length: it is checked and marked as usual.
    await replaceReply(page, 'The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    expect(lower(await highlighted(page))).not.toContain('policy');
    expect(await frame(page)).toBe(true);
    await page.close();
  });

  test("a 1 MB customer message does not stop the reply's checks", async () => {
    const s = session();
    const page = await s.context.newPage();
    await page.goto(GMAIL);
    await page.evaluate((text) => {
      const last = [...document.querySelectorAll('.adn .a3s')].at(-2)!; // Dana's latest message
      last.firstElementChild!.textContent = `I was charged twice!!! ${text}`;
    }, filler(MB));
    await page.click(GMAIL_REPLY);
    await page.keyboard.type('It is our policy to wait.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
    expect(await frame(page)).toBe(true);
    await page.close();
  });

  test('10,000 rapid input events: the page keeps up and the marks match the final text', async () => {
    const s = session();
    const { page, tabId } = await typeIn(s, GMAIL, GMAIL_REPLY);
    const text = 'Hi Dana, it is our policy to check first. The system shows it was delivered. I will call you today. ';
    await rapidInput(page, text, 10_000);
    expect(await frame(page)).toBe(true);
    expect(await contentAnswers(s, tabId)).toEqual({ ok: true });
    // The last check answers for the final text: one mark per flag, each exactly its words.
    await expect.poll(async () => (await marksAndFlags(s, page, tabId)).flags.length).toBeGreaterThan(100);
    await expect.poll(async () => {
      const { marks, flags } = await marksAndFlags(s, page, tabId);
      return marks.length > 0 && JSON.stringify(marks) === JSON.stringify(flags);
    }).toBe(true);
    const typed = await page.locator(GMAIL_REPLY).innerText();
    expect(typed.replace(/\u00a0/g, ' ').length).toBe(10_000);
    await page.close();
  });

  test('emoji, right-to-left, zero-width and combining characters: each mark covers exactly its flagged words', async () => {
    const s = session();
    const { page, tabId } = await typeIn(s, GMAIL, GMAIL_REPLY);
    const lines = [
      'Hi Dana 👋🏽, שלום\u200f! 👨‍👩‍👧 Thanks for writing.',
      '\u200bIt is our policy\u200d to wait; مرحبا \u202eoverride\u202c. Cafe\u0301 re\u0301sume\u0301 ✈️',
      'The system shows Z\u0351\u0352\u0353algo 🇫🇷 it was delivered.\ufeff Sorry for the inconvenience 🙏🏾.',
    ];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    await expect.poll(async () => lower(await highlighted(page))).toContain('sorry for the inconvenience');
    await expect.poll(async () => {
      const { marks, flags } = await marksAndFlags(s, page, tabId);
      return JSON.stringify(marks) === JSON.stringify(flags);
    }).toBe(true);
    const { marks } = await marksAndFlags(s, page, tabId);
    expect(lower(marks)).toContain('it is our policy');
    expect(lower(marks)).toContain('the system shows');
    expect(await frame(page)).toBe(true);
    await page.close();
  });

  test('HTML-looking text in the reply and the customer message is shown as text everywhere', async () => {
    const s = session();
    const dialogs: string[] = [];
    const watch = (p: Page): void => {
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    };
    s.context.on('page', watch);
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script><svg onload=alert(3)>';
    try {
      const page = await s.context.newPage();
      await page.goto(GMAIL);
      await page.evaluate((text) => {
        const last = [...document.querySelectorAll('.adn .a3s')].at(-2)!; // Dana's latest message, escaped as Gmail shows it
        last.firstElementChild!.textContent = `${text} You charged me twice for order 4471 ${text}!!!`;
      }, attack);
      const injected = (p: Page): Promise<number> => p.locator('img[src=x], svg[onload], [onerror], [onmouseover], b[onmouseover]').count();
      const before = await injected(page);
      await page.click(GMAIL_REPLY);
      await page.keyboard.insertText(`${attack} It is our policy ${attack} <b onmouseover=alert(4)>to wait</b>.`);
      const tabId = await tabIdOf(s, page);
      await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
      await expect.poll(async () => (await tabState(s, tabId))?.hasCustomer).toBe(true);
      const { marks, flags } = await marksAndFlags(s, page, tabId);
      expect(marks).toEqual(flags);
      expect(await injected(page)).toBe(before); // the page's own markup only

      // The popup: flags quote the reply, sentences quote the customer; all as text.
      const popup = await openPopup(s, tabId);
      await popup.locator('.card.flag').first().waitFor();
      await popup.locator('.card.suggestion').first().waitFor();
      expect(await injected(popup)).toBe(0);
      expect(await popup.locator('script:not([src])').count()).toBe(0);
      expect(await popup.locator('.report b').count()).toBe(0);
      // The hover card on the page, too.
      const point = await page.evaluate(() => {
        const r = ([...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range).getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.bringToFront();
      await page.mouse.move(point.x, point.y);
      await expect.poll(async () => (await shownCard(page)) !== undefined).toBe(true);
      expect((await shownCard(page))!.injected).toBe(0);
      await popup.close();

      // The options page: the preview shows a pasted reply and customer message as text.
      const options = await s.context.newPage();
      await options.goto(`chrome-extension://${s.extensionId}/src/options/options.html`);
      await options.locator('tbody.rule').first().waitFor();
      await options.fill('textarea[name=preview-reply]', `${attack} It is our policy ${attack}`);
      await options.fill('textarea[name=preview-customer]', `${attack} You charged me twice!!!`);
      await expect.poll(() => options.locator('.preview .finding[data-rule="policy-shield"]').count()).toBe(1);
      expect(await injected(options)).toBe(0);
      expect(await options.locator('.preview').innerText()).toContain('It is our policy');
      await options.close();
      await page.close();
      expect(dialogs).toEqual([]);
    } finally {
      s.context.off('page', watch);
    }
  });
});
