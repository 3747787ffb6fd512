// What Insert, Swap and Remove must do in a helpdesk's real editor, read back through the
// editor's own API (what the helpdesk would send), never through the DOM alone: the text
// lands once, replaces exactly the flagged words, keeps the characters around them, leaves
// the caret after the change, and one Ctrl+Z undoes the whole action.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { insertFirstSuggestion, openPopup, tabState, typeIn, type Session } from './harness';

export interface EditorCase {
  url: string;
  /** Where the agent clicks to type: the empty first line of the editor. */
  start: string;
  /** The editor's text as its model holds it, paragraphs joined by "\n", no trailing newline. */
  modelText(page: Page): Promise<string>;
  /**
   * How long the editor's undo history merges consecutive edits into one step (Quill: 1 s,
   * ProseMirror: 500 ms).
   * An agent takes longer than that to reach the popup; the checks wait it out after typing
   * so that one Ctrl+Z is judged on the action alone, not on how fast the test machine is.
   */
  historyMergeMs?: number;
}

/** The caret's offset in the box's text (paragraphs not separated), from the page's selection. */
export const caretOffset = (page: Page, box: string): Promise<number> =>
  page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const selection = getSelection()!;
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(selection.focusNode!, selection.focusOffset);
    return before.toString().length;
  }, box);

export function editorChecks(session: () => Session, editor: EditorCase & { box: string }): void {
  const open = async (text: string) => {
    const opened = await typeIn(session(), editor.url, editor.start, text);
    if (editor.historyMergeMs) await opened.page.waitForTimeout(editor.historyMergeMs + 100);
    return opened;
  };
  const model = (page: Page) => editor.modelText(page);
  const undo = async (page: Page) => {
    await page.bringToFront();
    await page.keyboard.press('Control+z');
  };

  test('Insert puts the sentence into the editor model once, the caret after it, and one Ctrl+Z takes it out', async () => {
    const typed = 'Hi Lee, thanks for the details.';
    const { page, tabId } = await open(typed);
    await expect.poll(() => model(page)).toBe(typed);
    const popup = await openPopup(session(), tabId);
    const sentence = await insertFirstSuggestion(popup);
    await expect.poll(() => model(page)).toBe(`${typed} ${sentence}`);
    // No second copy arrives later, from a fallback path.
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(`${typed} ${sentence}`);
    // The caret ends after the sentence, or the selection on its first placeholder, to fill in.
    const placeholder = /\[[^\]]+\]/.exec(sentence);
    expect(await caretOffset(page, editor.box)).toBe(typed.length + 1 + (placeholder ? placeholder.index + placeholder[0].length : sentence.length));
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Insert after words with no stop brings the stop they lacked, in the same undo step', async () => {
    const typed = 'Hi Lee, thanks for sticking with us';
    const { page, tabId } = await open(typed);
    await expect.poll(() => model(page)).toBe(typed);
    const popup = await openPopup(session(), tabId);
    const sentence = 'I’ll refund you by Friday.';
    expect(await popup.evaluate(([t, text]) => chrome.tabs.sendMessage(t as number, { type: 'insert', text }), [tabId, sentence] as const)).toEqual({ ok: true });
    await expect.poll(() => model(page)).toBe(`${typed}. ${sentence}`);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Insert puts an opening move after the greeting, before the answer, the caret after it; one Ctrl+Z takes it out', async () => {
    const typed = 'Hi Lee, I checked the order.';
    const { page, tabId } = await open(typed);
    await expect.poll(() => model(page)).toBe(typed);
    const popup = await openPopup(session(), tabId);
    const insert = (text: string, at: { offset: number; next: string }) =>
      popup.evaluate(([t, sentence, point]) => chrome.tabs.sendMessage(t as number, { type: 'insert', text: sentence, at: point }), [tabId, text, at] as const);
    // The place as the engine gives it (engine-opening.test.ts): after "Hi Lee, ", with the words that follow.
    const sentence = 'I’m sorry the parcel is late.';
    const at = { offset: 'Hi Lee, '.length, next: 'I checked the order.' };
    // Words that no longer read the same there: the sentence goes where Insert puts any other (the caret, at the end).
    expect(await insert(sentence, { offset: at.offset, next: 'I looked at the order.' })).toEqual({ ok: true });
    await expect.poll(() => model(page)).toBe(`${typed} ${sentence}`);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    expect(await insert(sentence, at)).toEqual({ ok: true });
    await expect.poll(() => model(page)).toBe(`Hi Lee, ${sentence} I checked the order.`);
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(`Hi Lee, ${sentence} I checked the order.`);
    expect(await caretOffset(page, editor.box)).toBe('Hi Lee, '.length + sentence.length + 1);
    // A Swap sent with the offsets scored before the insert (the popup's copy not yet refreshed)
    // still finds its words, moved by the sentence that went in ahead of them.
    const stale = [{ start: 'Hi Lee, '.length, end: 'Hi Lee, I checked'.length, expected: 'I checked' }];
    expect(await popup.evaluate(([t, s]) => chrome.tabs.sendMessage(t as number, { type: 'swap', spans: s, replacement: 'I have checked' }), [tabId, stale] as const)).toEqual({ ok: true });
    await expect.poll(() => model(page)).toBe(`Hi Lee, ${sentence} I have checked the order.`);
    // Undone step by step (an editor may merge the two actions into one step).
    for (let i = 0; i < 2 && (await model(page)) !== typed; i++) {
      await undo(page);
      await page.waitForTimeout(200);
    }
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Insert selects the first [placeholder] it put in, and typing fills it in the model', async () => {
    const typed = 'Hi Lee, thanks for the details.';
    const { page, tabId } = await open(typed);
    await expect.poll(() => model(page)).toBe(typed);
    const popup = await openPopup(session(), tabId);
    const sentence = 'I’ll [action] by [day and time].';
    expect(await popup.evaluate(([t, text]) => chrome.tabs.sendMessage(t as number, { type: 'insert', text }), [tabId, sentence] as const)).toEqual({ ok: true });
    await expect.poll(() => model(page)).toBe(`${typed} ${sentence}`);
    await page.bringToFront();
    await page.keyboard.type('refund you');
    await expect.poll(() => model(page)).toBe(`${typed} I’ll refund you by [day and time].`);
    await popup.close();
    await page.close();
  });

  test('Swap replaces exactly the flagged words in the model, and one Ctrl+Z restores them', async () => {
    const typed = 'Thanks Lee. Kindly note that the refund takes five days.';
    const { page, tabId } = await open(typed);
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag', { hasText: 'Kindly note' }).getByRole('button', { name: 'Swap' }).click();
    const swapped = 'Thanks Lee. Just so you know, the refund takes five days.';
    await expect.poll(() => model(page)).toBe(swapped);
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(swapped);
    expect(await caretOffset(page, editor.box)).toBe('Thanks Lee. Just so you know,'.length);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Swap on a clause rewrite replaces the whole clause in the model, its full stop kept, and one Ctrl+Z restores it', async () => {
    const typed = 'Thanks Lee. Our logs show three delivery attempts, so the fee stands.';
    const { page, tabId } = await open(typed);
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag', { hasText: 'Our logs show' }).getByRole('button', { name: 'Swap' }).click();
    const swapped = 'Thanks Lee. Our records show three delivery attempts, but they may be wrong, so I’m checking.';
    await expect.poll(() => model(page)).toBe(swapped);
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(swapped);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Fix all swaps three repeats in the model, and one Ctrl+Z restores them all', async () => {
    const typed = 'Thanks Lee. Kindly note that the refund takes five days. Kindly note that the parcel is lost. Kindly note that we are closed.';
    const { page, tabId } = await open(typed);
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag', { hasText: 'Kindly note' });
    await expect.poll(() => card.locator('.times').textContent()).toBe('×3');
    await card.getByRole('button', { name: /^Fix every/ }).click();
    const fixed = 'Thanks Lee. Just so you know, the refund takes five days. Just so you know, the parcel is lost. Just so you know, we are closed.';
    await expect.poll(() => model(page)).toBe(fixed);
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(fixed);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    // Not a first step of several: the text stays as typed.
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });

  test('Fix all reaches repeats in separate paragraphs too, the text between them kept', async () => {
    const typed = 'Kindly note that the refund takes five days.\nKindly note that the parcel is lost.\nThanks, Sam';
    const { page, tabId } = await open(typed);
    const popup = await openPopup(session(), tabId);
    const card = popup.locator('.card.flag', { hasText: 'Kindly note' });
    await expect.poll(() => card.locator('.times').textContent()).toBe('×2');
    await card.getByRole('button', { name: /^Fix every/ }).click();
    await expect.poll(() => model(page)).toBe('Just so you know, the refund takes five days.\nJust so you know, the parcel is lost.\nThanks, Sam');
    await popup.close();
    await page.close();
  });

  test('Remove takes out the phrase and its space, and the next word is left whole', async () => {
    const typed = 'Hi Dana, please be advised that it is our policy to wait.';
    const { page, tabId } = await open(typed);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.some((f) => /please be advised/i.test(f.text ?? '')) ?? false).toBe(true);
    const finding = (await tabState(session(), tabId))!.result.findings.find((f) => /please be advised/i.test(f.text ?? ''))!;
    expect(finding.replacement).toBe('');
    const popup = await openPopup(session(), tabId);
    const reply = await popup.evaluate(
      ([t, f]) => chrome.tabs.sendMessage(t!, { type: 'swap', spans: [{ start: f!.start, end: f!.end, expected: f!.text }], replacement: '' }),
      [tabId, { start: finding.start, end: finding.end, text: finding.text }] as const,
    );
    expect(reply).toEqual({ ok: true });
    const removed = 'Hi Dana, it is our policy to wait.';
    await expect.poll(() => model(page)).toBe(removed);
    await page.waitForTimeout(300);
    expect(await model(page)).toBe(removed);
    await undo(page);
    await expect.poll(() => model(page)).toBe(typed);
    await popup.close();
    await page.close();
  });
}
