// The extension in Chromium on a page that reproduces Gmail's thread and compose markup.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { shownCard } from './coach-ui';
import { badgeText, GMAIL, GMAIL_REPLY, highlighted, insertFirstSuggestion, openPopup, OUTPUT, rangesWithin, stopWorkers, tabState, typeIn } from './harness';
import { BAD_REPLY as BAD, GOOD_REPLY as GOOD } from './replies';
import { useSession } from './session';

const session = useSession();

/** Opens the Gmail thread and types `text` at the top of the inline reply. */
const gmailWith = (text: string): Promise<{ page: Page; tabId: number }> => typeIn(session(), GMAIL, GMAIL_REPLY, text);

const bodyText = (page: Page): Promise<string> => page.locator('#inline-reply [role=textbox]').innerText();
const lower = (list: string[]): string => list.join(' | ').replace(/\u00a0/g, ' ').toLowerCase();

describe('Gmail', () => {
  test('typing a bad reply highlights the phrases and sets the badge', async () => {
    const { page, tabId } = await gmailWith(BAD);
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    const marked = lower(await highlighted(page));
    expect(marked).toContain('it is our policy');
    expect(marked).toContain('sorry for the inconvenience');
    // Every mark is the agent's own text, inside the compose body.
    expect(await rangesWithin(page, '#inline-reply [role=textbox]', '.gmail_quote, .gmail_signature')).toBe(true);

    // The stored result of the whole reply (the highlights can show before it is stored, and a
    // result from halfway through the typing counts fewer warnings than the badge shows).
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    const state = await tabState(session(), tabId);
    const warnings = state!.result.findings.filter((f) => f.severity === 'warn').length;
    expect(warnings).toBeGreaterThan(2);
    await expect.poll(() => badgeText(session(), tabId)).toBe(String(warnings));
    // Coloured by the lower score: this reply is poor on both.
    const color = await (await session().worker()).evaluate((t) => chrome.action.getBadgeBackgroundColor({ tabId: t }), tabId);
    expect(color.slice(0, 3)).toEqual([0xc5, 0x22, 0x1f]);
    await page.close();
  });

  test('a greeting to someone other than the sender is flagged, with their name as the swap', async () => {
    const { page, tabId } = await gmailWith('Hi Sam, the refund went out today.');
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.find((f) => f.ruleId === 'wrong-name')?.replacement).toBe('Dana');
    await page.close();
  });

  test("the team's settings from storage.sync apply at once to the reply on screen", async () => {
    const worker = await session().worker();
    const { page } = await gmailWith('It is our policy to wait. The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { rules: { 'policy-shield': { severity: 'off' } } } }));
    try {
      await expect.poll(async () => lower(await highlighted(page))).not.toContain('policy');
      expect(lower(await highlighted(page))).toContain('the system shows');
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  test('malformed settings are ignored: the defaults apply', async () => {
    const worker = await session().worker();
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { rules: 'all off', phrases: [{ phrase: 42 }] } }));
    try {
      const { page } = await gmailWith('It is our policy to wait.');
      await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
      await page.close();
    } finally {
      await worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  test('the popup for the tab lists the flags with better phrasing, the missing moves, and both scores', async () => {
    const { page, tabId } = await gmailWith(BAD);
    // The whole reply's result, not one from halfway through the typing (its last phrase is the canned one).
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    const state = (await tabState(session(), tabId))!;
    const popup = await openPopup(session(), tabId);

    const flags = popup.locator('.card.flag');
    await expect.poll(() => flags.count()).toBe(state.result.findings.filter((f) => f.kind === 'flag').length);
    const rules = await flags.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['policy-shield', 'system-says', 'canned-empathy']));
    expect(await popup.locator('.card.flag[data-rule="policy-shield"] .better-text').innerText()).not.toBe('');
    // A swap that ends the agent's sentence reads on from their words ("… but here is what I can
    // do instead"), not from a bare comma.
    expect((await popup.locator('.card.flag .better-text').allInnerTexts()).filter((b) => /^[,.;:]/.test(b))).toEqual([]);

    // Scores as numbers and words, not colour only.
    const listening = popup.locator('[data-score="listening"]');
    expect(await listening.getAttribute('aria-label')).toMatch(new RegExp(`^Listening: ${state.result.scores.listening} out of 100, (Good|Fair|Needs work)$`));
    expect(await listening.locator('.dial-grade').innerText()).toMatch(/Good|Fair|Needs work/);
    expect(await popup.locator('[data-score="ownership"]').getAttribute('aria-label')).toMatch(new RegExp(`^Ownership: ${state.result.scores.ownership} out of 100, `));

    // The customer's latest message was read: the apology is filled from their words.
    expect(state.hasCustomer).toBe(true);
    const more = popup.locator('button.more');
    if (await more.count()) await more.click();
    const sentences = [...(await popup.locator('.card.suggestion .sentence').allInnerTexts()), ...(await popup.locator('.card.flag .better-text').allInnerTexts())];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).toMatch(/charged twice|delivered/);
    expect(sentences.join(' ')).not.toMatch(/courier/); // the agent's own last message is not the customer's
    await popup.close();
    await page.close();
  });

  test('Insert from the popup puts the ready sentence in the reply, and Ctrl+Z takes it out', async () => {
    const { page, tabId } = await gmailWith('Hi Dana, I checked the order.');
    const popup = await openPopup(session(), tabId);
    const sentence = await insertFirstSuggestion(popup);
    await expect.poll(() => popup.locator('.toast').textContent()).toContain('Inserted');
    // The first move is an opening one (an apology for the repeat): it goes after the greeting.
    await expect.poll(() => bodyText(page)).toContain(`Hi Dana, ${sentence} I checked the order.`);

    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(page)).not.toContain(sentence);
    expect(await bodyText(page)).toContain('Hi Dana, I checked the order.');
    await popup.close();
    await page.close();
  });

  test('Insert selects the first [placeholder] it put in, so typing fills it', async () => {
    const { page, tabId } = await gmailWith('Hi Dana,');
    const popup = await openPopup(session(), tabId);
    const reply = await popup.evaluate(
      (t) => chrome.tabs.sendMessage(t, { type: 'insert', text: 'Here’s what happens next: I’ll [action] by [day and time].' }),
      tabId,
    );
    expect(reply).toEqual({ ok: true });
    await page.bringToFront();
    await page.keyboard.type('refund the second charge');
    await expect.poll(() => bodyText(page)).toContain('Hi Dana, Here’s what happens next: I’ll refund the second charge by [day and time].');
    await popup.close();
    await page.close();
  });

  test('Insert puts the sentence at the caret when the agent left it mid-reply', async () => {
    const { page, tabId } = await gmailWith('Hi Dana,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Best, Sam');
    await page.click(GMAIL_REPLY); // caret back into the greeting line
    await page.keyboard.press('End');
    const popup = await openPopup(session(), tabId);
    const reply = await popup.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'insert', text: 'I will call you today.' }), tabId);
    expect(reply).toEqual({ ok: true });
    await expect.poll(() => bodyText(page)).toMatch(/^Hi Dana, I will call you today\.\s+Best, Sam/);
    await popup.close();
    await page.close();
  });

  test('a flagged phrase swaps for its better phrasing in one click, undoably', async () => {
    const { page, tabId } = await gmailWith('Hi Dana,\nAs per your request, I will refund you today.');
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag', { hasText: 'As per' });
    await card.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => bodyText(page)).toContain('Following your request, I will refund you today.');
    await expect.poll(async () => lower(await highlighted(page))).not.toContain('as per');

    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(page)).toContain('As per your request');
    await popup.close();
    await page.close();
  });

  test('resting the pointer on a marked phrase explains it, and its Swap replaces it', async () => {
    const { page } = await gmailWith('Hi Dana,\nAs per your request, I will refund you today.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('as per');
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(async () => (await shownCard(page)) !== undefined).toBe(true);
    const card = (await shownCard(page))!;
    expect(card.better).toBe('Following'); // what the Swap will write: it opens the sentence
    expect(card.button).toMatchObject({ text: 'Swap', shown: true });
    // The agent's own pointer travels to the button and clicks it (the card takes no synthetic click).
    await page.mouse.move(card.button!.x, card.button!.y, { steps: 4 });
    await page.mouse.click(card.button!.x, card.button!.y);
    await expect.poll(() => bodyText(page)).toContain('Following your request, I will refund you today.');
    await page.close();
  });

  test('quoted history and the signature are never flagged', async () => {
    // Both hold phrases that would be flagged: "It is our policy", "The system shows", …
    const { page, tabId } = await gmailWith(GOOD);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.scores.listening ?? null).not.toBeNull();
    const state = (await tabState(session(), tabId))!;
    expect(state.result.findings.filter((f) => f.kind === 'flag')).toEqual([]);
    expect(await highlighted(page)).toEqual([]);
    expect(await highlighted(page, 'replycoach-hint')).toEqual([]);
    await page.close();
  });

  test('the underline is in the kind\'s colour (listening, ownership) and the severity\'s style, on a light page and a dark one', async () => {
    const reply = 'Sorry for the wait. It is our policy not to refund this. The system shows the parcel was delivered. Sorry for the inconvenience.';
    const { page, tabId } = await gmailWith(reply);
    await expect.poll(async () => lower(await highlighted(page, 'replycoach-'))).toContain('sorry for the inconvenience');
    // The worker stores the tab's state after the page paints: on a loaded machine the read can come first.
    const flagsNow = async () => ((await tabState(session(), tabId))?.result.findings ?? []).filter((f) => f.kind === 'flag');
    await expect.poll(async () => new Set((await flagsNow()).map((f) => f.category))).toEqual(new Set(['listening', 'ownership']));
    const flags = await flagsNow();
    // Each flag sits in the highlight of its own severity and kind, and in no other.
    for (const f of flags) {
      const name = `replycoach-${f.severity}-${f.category}`;
      expect(await highlighted(page, name), name).toContain(f.text);
      for (const other of ['warn', 'hint'].flatMap((s) => ['listening', 'ownership'].map((k) => `replycoach-${s}-${k}`)).filter((n) => n !== name)) {
        expect(await highlighted(page, other), other).not.toContain(f.text);
      }
    }
    // What the page paints for each: the colour follows the kind, the line style the severity; no fill.
    const styles = await page.evaluate(() => {
      const box = document.querySelector('#inline-reply [role=textbox]')!;
      const look = (name: string) => {
        const style = getComputedStyle(box, `::highlight(${name})`);
        return { color: style.textDecorationColor, line: style.textDecorationStyle, fill: style.backgroundColor };
      };
      return Object.fromEntries(['warn', 'hint'].flatMap((s) => ['listening', 'ownership'].map((k) => [`${s}-${k}`, look(`replycoach-${s}-${k}`)])));
    });
    const listening = 'rgb(148, 97, 230)';
    const ownership = 'rgb(0, 137, 123)';
    expect(styles).toEqual({
      'warn-listening': { color: listening, line: 'wavy', fill: 'rgba(0, 0, 0, 0)' },
      'warn-ownership': { color: ownership, line: 'wavy', fill: 'rgba(0, 0, 0, 0)' },
      'hint-listening': { color: listening, line: 'dotted', fill: 'rgba(0, 0, 0, 0)' },
      'hint-ownership': { color: ownership, line: 'dotted', fill: 'rgba(0, 0, 0, 0)' },
    });
    // The hover card names the kind in the same colour: the page's key to the colours.
    for (const [phrase, kind] of [['Sorry for the inconvenience', 'Listening'], ['It is our policy', 'Ownership']] as const) {
      const at = await page.evaluate((wanted) => {
        const range = [...CSS.highlights].flatMap(([, h]) => [...h] as Range[]).find((r) => r.toString() === wanted)!;
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, phrase);
      await page.mouse.move(at.x, at.y);
      await expect.poll(async () => (await shownCard(page))?.text ?? '').toContain(`ReplyCoach · ${kind}`);
      if (kind === 'Listening') await page.screenshot({ path: join(OUTPUT, 'card-kind.png'), clip: { x: 0, y: Math.max(0, at.y - 60), width: page.viewportSize()!.width, height: 260 } });
    }
    await page.mouse.move(0, 0);
    await expect.poll(() => shownCard(page)).toBeUndefined();
    await page.locator('#inline-reply').screenshot({ path: join(OUTPUT, 'gmail-kinds.png') });
    // A dark theme, as Gmail's: the same lines must still read against it.
    await page.addStyleTag({ content: 'html, body, body * { background: #202124 !important; color: #e8eaed !important; }' });
    await page.locator('#inline-reply').screenshot({ path: join(OUTPUT, 'gmail-kinds-dark.png') });
    await page.close();
  });

  test('offsets map across line breaks, inline formatting and emoji', async () => {
    const { page } = await gmailWith('Hi Dana 👋🏽,');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Thanks 🙏. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('The system');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' shows it was delivered, and it is our policy to wait.');
    // Both phrases, from the result for the whole text (an earlier keystroke's result may hold only the first).
    await expect.poll(async () => lower(await highlighted(page))).toMatch(/the system shows.*it is our policy/);
    expect(await page.locator('#inline-reply b').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the focused compose box wins, and a second box is followed', async () => {
    const { page } = await gmailWith(BAD);
    await expect.poll(() => rangesWithin(page, '#inline-reply')).toBe(true);
    await page.click('#compose'); // opens a pop-out compose and focuses it
    await page.keyboard.type('As I already explained, you should have checked the address.');
    await expect.poll(() => rangesWithin(page, '[role=dialog]')).toBe(true);
    await page.click(GMAIL_REPLY);
    await expect.poll(() => rangesWithin(page, '#inline-reply')).toBe(true);
    await page.close();
  });

  test('a rebuilt compose is picked up again, and a discarded one clears the badge', async () => {
    const { page, tabId } = await gmailWith(BAD);
    await expect.poll(() => badgeText(session(), tabId)).not.toBe('');
    await page.evaluate(() => (window as unknown as { rebuildCompose(): void }).rebuildCompose());
    // Marks follow the new nodes: every range is in the live document again.
    await expect.poll(() => rangesWithin(page, '#inline-reply [role=textbox]')).toBe(true);
    expect(lower(await highlighted(page))).toContain('the system shows');

    await page.evaluate(() => (window as unknown as { discardCompose(): void }).discardCompose());
    await expect.poll(() => badgeText(session(), tabId)).toBe('');
    expect(await tabState(session(), tabId)).toBeUndefined();
    expect(await highlighted(page)).toEqual([]);
    await page.close();
  });

  test('the result survives a worker restart, and scoring resumes in a fresh worker', async () => {
    const { page, tabId } = await gmailWith(BAD);
    await expect.poll(() => badgeText(session(), tabId)).not.toBe('');
    // The whole reply's result, not one from halfway through the typing (its last phrase is the canned one).
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => f.ruleId === 'canned-empathy') ?? false).toBe(true);
    const before = (await tabState(session(), tabId))!;
    // A mark in the worker's global scope tells the old worker from a fresh one.
    await (await session().worker()).evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    await stopWorkers(page);

    const popup = await openPopup(session(), tabId);
    await expect.poll(() => popup.locator('.card.flag').count()).toBe(before.result.findings.filter((f) => f.kind === 'flag').length);

    // Typing wakes a fresh worker; the popup follows its new result live.
    await page.bringToFront();
    await page.keyboard.type(' You failed to check the address.');
    await expect.poll(() => popup.locator('.card.flag[data-rule="blame-shift"]').count()).toBe(1);
    const fresh = await session().worker();
    expect(await fresh.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
    await popup.close();
    await page.close();
  });

  test('a worker that stopped while the agent was away is started when they click back into the reply, before any key', async () => {
    const { page } = await gmailWith(BAD);
    await expect.poll(async () => lower(await highlighted(page))).toContain('sorry for the inconvenience');
    // Each check that comes back registers new highlights: the page keeps the ones on screen to compare.
    const keep = () => page.evaluate(() => Object.assign(window, { shown: CSS.highlights.get('replycoach-warn-ownership') }));
    const checkedSince = () => page.evaluate(() => CSS.highlights.get('replycoach-warn-ownership') !== (window as unknown as { shown: unknown }).shown);
    /** The worker stops when idle; the content script sees its line close. */
    const idle = async (): Promise<void> => {
      await stopWorkers(page);
      await page.waitForTimeout(500);
      await keep();
    };

    // The agent reads the thread (the reply loses the focus), then clicks back into the reply.
    await page.click('h2.hP');
    await idle();
    await page.click(GMAIL_REPLY);
    await expect.poll(checkedSince).toBe(true);

    // The caret stayed in the reply all along: a click in it does the same.
    await idle();
    await page.click(GMAIL_REPLY);
    await expect.poll(checkedSince).toBe(true);

    // With the worker running, clicks send nothing.
    await page.waitForTimeout(300);
    await keep();
    await page.click('h2.hP');
    await page.click(GMAIL_REPLY);
    await page.waitForTimeout(500);
    expect(await checkedSince()).toBe(false);
    await page.close();
  });
});
