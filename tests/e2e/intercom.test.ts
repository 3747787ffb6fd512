// The extension in Chromium on a page that reproduces an Intercom inbox conversation: the
// ProseMirror composer under the chat stream (users, teammates, bots and notes).
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { editorChecks } from './editor-checks';
import { SITE_PAGES } from './harness';
import { useSession } from './session';
import { nameChecks, siteChecks } from './site-suite';

const BOX = '.ProseMirror[contenteditable]';

/** The text in ProseMirror's document (what Intercom would send), one line a paragraph. */
const modelText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const { state } = (window as unknown as { view: { state: { doc: { content: { size: number }; textBetween(a: number, b: number, sep: string): string } } } }).view;
    return state.doc.textBetween(0, state.doc.content.size, '\n');
  });

describe('Intercom', () => {
  const session = useSession();
  siteChecks(session, { url: SITE_PAGES.intercom.url, box: BOX, start: `${BOX} > p:first-child` });
  // ProseMirror's history joins adjacent edits made within 500 ms into one undo step (its
  // newGroupDelay): on a loaded machine the popup can insert that soon after the typing.
  editorChecks(session, { url: SITE_PAGES.intercom.url, box: BOX, start: `${BOX} > p:first-child`, modelText, historyMergeMs: 500 });
  nameChecks(session, { url: SITE_PAGES.intercom.url, start: `${BOX} > p:first-child`, names: '[data-conversation-title]', first: 'Dana' });
});
