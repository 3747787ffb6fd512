// The extension in Chromium on a page that reproduces a Help Scout conversation: the reply
// editor above a thread listed newest first.
import { describe } from 'vitest';
import { SITE_PAGES } from './harness';
import { useSession } from './session';
import { nameChecks, siteChecks } from './site-suite';

const BOX = '[data-cy=ReplyEditor] [contenteditable]';

describe('Help Scout', () => {
  const session = useSession();
  siteChecks(session, { url: SITE_PAGES.helpscout.url, box: BOX, start: `${BOX} > p:first-child`, notOwn: 'blockquote, .hs-signature' });
  nameChecks(session, { url: SITE_PAGES.helpscout.url, start: `${BOX} > p:first-child`, names: '.c-profile__name', first: 'Dana' });
});
