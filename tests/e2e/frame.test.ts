// The extension in Chromium on a page whose reply editor is the editable body of a blank
// iframe (classic editors): found in its frame, coached against the customer's message in
// the page around it, and the popup's Insert reaches that frame. On Zendesk too, whose
// adapter once read the customer from the editor's own (blank) document.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FRAME_PAGE, tabIdOf, tabState, ZENDESK_FRAME_PAGE } from './harness';
import { useSession } from './session';
import { insertAndUndo, lower } from './site-suite';

const session = useSession();

async function openEditor(text: string, url = FRAME_PAGE): Promise<{ page: Page; editor: Frame; tabId: number }> {
  const page = await session().context.newPage();
  await page.goto(url);
  const editor = page.frameLocator('#editor-frame');
  await editor.locator('body > p:first-child').click();
  await page.keyboard.type(text);
  const frame = (await (await page.$('#editor-frame'))!.contentFrame())!;
  return { page, editor: frame, tabId: await tabIdOf(session(), page) };
}

/** The highlighted text in the editor's frame (each frame has its own highlight registry). */
const marked = (frame: Frame): Promise<string> =>
  frame.evaluate(() => [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => (r as Range).toString()).join(' | ').toLowerCase());

describe('A reply editor inside an iframe', () => {
  test('is found in its frame: own words marked, signature and quote not, customer read from the page', async () => {
    const { page, editor, tabId } = await openEditor('It is our policy to wait. The system shows it was delivered.');
    await expect.poll(() => marked(editor)).toContain('the system shows');
    expect((await marked(editor)).split('it is our policy').length - 1).toBe(1);
    expect(await marked(editor)).not.toContain('company policy');
    await expect.poll(async () => (await tabState(session(), tabId))?.hasCustomer ?? false).toBe(true);
    const state = (await tabState(session(), tabId))!;
    expect(state.frameId).toBeGreaterThan(0);
    const sentences = lower(state.result.findings.filter((f) => f.kind === 'suggestion').map((f) => f.replacement));
    // The customer's words, read from the page: their "third time I am writing" calls for owning
    // the repeat. (Beside "the system shows…" the restatement and the apology leave their blanks:
    // saying back the customer's account of our fault would contradict the record quoted.)
    expect(sentences).toMatch(/contact us again/);
    expect(sentences).not.toMatch(/courier/);
    await page.close();
  });

  test('Insert from the popup reaches the frame, and Ctrl+Z undoes it', async () => {
    const typed = 'Hi Dana, I checked the order.';
    const { page, editor, tabId } = await openEditor(typed);
    await insertAndUndo(session(), page, tabId, typed, () => editor.locator('body').innerText());
    await page.close();
  });
});

describe('A Zendesk reply editor inside an iframe', () => {
  test('reads the latest end-user comment and its sender from the page around the frame', async () => {
    const { page, editor, tabId } = await openEditor('Hi Sam, the system shows it was delivered.', ZENDESK_FRAME_PAGE);
    await expect.poll(() => marked(editor)).toContain('the system shows');
    expect(await marked(editor)).not.toContain('company policy');
    // The greeting names the agent, not the customer the page shows as the comment's sender.
    const wrongName = async () => (await tabState(session(), tabId))?.result.findings.find((f) => f.ruleId === 'wrong-name')?.replacement;
    await expect.poll(wrongName).toBe('Dana');
    await expect.poll(async () => (await tabState(session(), tabId))?.hasCustomer ?? false).toBe(true);
    const state = (await tabState(session(), tabId))!;
    expect(state.frameId).toBeGreaterThan(0);
    const sentences = lower(state.result.findings.filter((f) => f.kind === 'suggestion').map((f) => f.replacement));
    // The customer's words, read from the page: their "third time I am writing" calls for owning
    // the repeat. (Beside "the system shows…" the restatement and the apology leave their blanks:
    // saying back the customer's account of our fault would contradict the record quoted.)
    expect(sentences).toMatch(/contact us again/);
    expect(sentences).not.toMatch(/courier/);
    await page.close();
  });
});
