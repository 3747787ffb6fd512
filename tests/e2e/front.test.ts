// The extension in Chromium on a page that reproduces a Front conversation: the composer
// with the teammate's signature and the thread quoted in blockquote.front-blockquote.
import { describe } from 'vitest';
import { SITE_PAGES } from './harness';
import { useSession } from './session';
import { nameChecks, siteChecks } from './site-suite';

const BOX = '[data-testid=composer] [contenteditable]';

describe('Front', () => {
  const session = useSession();
  siteChecks(session, { url: SITE_PAGES.front.url, box: BOX, start: `${BOX} > div:first-child`, notOwn: '.front-blockquote, .front-signature' });
  nameChecks(session, { url: SITE_PAGES.front.url, start: `${BOX} > div:first-child`, names: '[class*=messageViewerRecipient__StyledDetailsWrapperDiv] > div', first: 'Dana' });
});
