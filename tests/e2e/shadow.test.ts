// The extension in Chromium on a page whose reply box lives in an open shadow root.
import { describe, expect, test } from 'vitest';
import { highlighted, rangesWithin, SHADOW_PAGE, tabState, typeIn } from './harness';
import { useSession } from './session';
import { insertAndUndo, lower } from './site-suite';

const session = useSession();
const BOX = 'reply-composer .box';

describe('A reply box inside an open shadow root', () => {
  test('is found: highlights (styled inside the shadow root), signature excluded, customer read', async () => {
    const { page, tabId } = await typeIn(session(), SHADOW_PAGE, `${BOX} > div:first-child`, 'It is our policy to wait. The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    expect(lower(await highlighted(page)).split('it is our policy').length - 1).toBe(1);
    expect(await rangesWithin(page, '.box', '.signature')).toBe(true);
    const styled = await page.evaluate(() =>
      [...document.querySelector('reply-composer')!.shadowRoot!.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('replycoach-warn'))),
    );
    expect(styled).toBe(true);
    await expect.poll(async () => (await tabState(session(), tabId))?.hasCustomer ?? false).toBe(true);
    await page.close();
  });

  test('Insert puts the sentence at the caret inside the shadow root, and Ctrl+Z undoes it', async () => {
    const typed = 'Hi Dana, I checked the order.';
    const { page, tabId } = await typeIn(session(), SHADOW_PAGE, `${BOX} > div:first-child`, typed);
    await insertAndUndo(session(), page, tabId, typed, () => page.locator(BOX).innerText());
    await page.close();
  });
});
