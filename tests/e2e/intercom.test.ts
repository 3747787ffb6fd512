// The extension in Chromium on a page that reproduces an Intercom inbox conversation: the
// ProseMirror composer under the chat stream (users, teammates, bots and notes).
import { describe } from 'vitest';
import { SITE_PAGES } from './harness';
import { useSession } from './session';
import { siteChecks } from './site-suite';

const BOX = '.ProseMirror[contenteditable]';

describe('Intercom', () => {
  siteChecks(useSession(), { url: SITE_PAGES.intercom.url, box: BOX, start: `${BOX} > p:first-child` });
});
