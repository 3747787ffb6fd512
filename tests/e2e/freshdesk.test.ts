// The extension in Chromium on a page that reproduces a Freshdesk ticket: the Froala reply
// editor with the agent's signature and the quoted conversation.
import { describe } from 'vitest';
import { SITE_PAGES } from './harness';
import { useSession } from './session';
import { nameChecks, siteChecks } from './site-suite';

const BOX = '.fr-element.fr-view[contenteditable]';

describe('Freshdesk', () => {
  const session = useSession();
  siteChecks(session, { url: SITE_PAGES.freshdesk.url, box: BOX, start: `${BOX} > p:first-child`, notOwn: '.freshdesk_quote, .fd-signature' });
  nameChecks(session, { url: SITE_PAGES.freshdesk.url, start: `${BOX} > p:first-child`, names: '.sender-info [data-test-id=user-name]', first: 'Dana' });
});
