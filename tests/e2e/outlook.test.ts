// The extension in Chromium on a page that reproduces Outlook on the web's reading pane
// with an inline reply: signature and quoted thread beside the agent's text.
import { describe, expect, test } from 'vitest';
import { highlighted, openPopup, SITE_PAGES, typeIn } from './harness';
import { useSession } from './session';
import { lower, nameChecks, siteChecks } from './site-suite';

const session = useSession();
const BOX = '[role=textbox][aria-label="Message body"]';

describe('Outlook on the web', () => {
  siteChecks(session, { url: SITE_PAGES.outlook.url, box: BOX, start: `${BOX} > div:first-child`, notOwn: '#Signature, #divRplyFwdMsg' });
  nameChecks(session, { url: SITE_PAGES.outlook.url, start: `${BOX} > div:first-child`, names: '[aria-label="Email message"] span[aria-label^="From:"]', first: 'Dana' });

  test('the quoted thread after #appendonsend is not read: a phrase typed there is not marked', async () => {
    const { page } = await typeIn(session(), SITE_PAGES.outlook.url, `${BOX} > div:first-child`, 'I will check it.');
    await page.click(`${BOX} > div:last-child`);
    await page.keyboard.press('End');
    await page.keyboard.type(' Kindly note this too.');
    await page.click(`${BOX} > div:first-child`);
    await page.keyboard.press('End');
    await page.keyboard.type(' The system shows it.');
    // The check that marks the new phrase read the whole box, history included.
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    expect(lower(await highlighted(page))).not.toContain('kindly note');
    await page.close();
  });

  test('Insert with the caret left in the quoted thread goes after the agent’s own words instead', async () => {
    const { page, tabId } = await typeIn(session(), SITE_PAGES.outlook.url, `${BOX} > div:first-child`, 'Hi Dana, I checked the order.');
    const history = page.locator(`${BOX} > div:last-child`);
    const quoted = await history.innerText();
    await history.click();
    const popup = await openPopup(session(), tabId);
    // A move for the end (an opening one has its own place, after the greeting).
    const sentence = 'I will call you today.';
    expect(await popup.evaluate(([t, text]) => chrome.tabs.sendMessage(t as number, { type: 'insert', text }), [tabId, sentence] as const)).toEqual({ ok: true });
    await expect.poll(() => page.locator(`${BOX} > div:first-child`).innerText()).toBe(`Hi Dana, I checked the order. ${sentence}`);
    expect(await history.innerText()).toBe(quoted);
    await popup.close();
    await page.close();
  });

  test('Outlook.com (outlook.live.com) gets the same adapter', async () => {
    const { page } = await typeIn(session(), SITE_PAGES.outlookLive.url, `${BOX} > div:first-child`, 'The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    await page.close();
  });
});
