// The extension's life around an open Gmail tab: reloaded or updated under it (the old
// content script is orphaned and must go quiet without errors; a page reload recovers),
// and settings saved from two options pages at once (one save wins whole; nothing is
// mixed or lost). A worker stopped mid-session is covered in gmail.test.ts.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { decodeSettings } from '../../src/shared/settings';
import { GMAIL, GMAIL_REPLY, highlighted, type Session } from './harness';
import { BAD_REPLY } from './replies';
import { useSession } from './session';

const session = useSession();
const lower = (list: string[]): string => list.join(' | ').replace(/\u00a0/g, ' ').toLowerCase();

/** Every uncaught exception, unhandled rejection and console error in any world of `page`. */
async function watchErrors(page: Page): Promise<{ errors: string[]; cdp: CDPSession }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'warning') errors.push(`console.${type}: ${args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && entry.source !== 'network') errors.push(`log: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return { errors, cdp };
}

/**
 * Takes the extension away under the open tabs and brings it back, as an update does:
 * from chrome://extensions, through the management API its switch uses. (Its Reload
 * button and `chrome.runtime.reload()` do the same for an installed copy, but in this
 * headless Chromium an extension loaded with --load-extension often does not come back
 * from a reload that follows recent activity of its worker.)
 */
async function replaceExtension(s: Session): Promise<void> {
  const page = await s.context.newPage();
  await page.goto('chrome://extensions');
  type Management = { setEnabled(id: string, enabled: boolean): Promise<void> };
  await page.evaluate((id) => (globalThis as unknown as { chrome: { management: Management } }).chrome.management.setEnabled(id, false), s.extensionId);
  await expect.poll(() => s.context.serviceWorkers().filter((w) => w.url().includes(s.extensionId)).length).toBe(0);
  await page.evaluate((id) => (globalThis as unknown as { chrome: { management: Management } }).chrome.management.setEnabled(id, true), s.extensionId);
  // Back once its files load again (a fresh tab each time: a tab refused an extension URL
  // while it was away does not retry).
  await expect
    .poll(async () => {
      const probe = await s.context.newPage();
      const status = (await probe.goto(`chrome-extension://${s.extensionId}/manifest.json`).catch(() => null))?.status() ?? 0;
      await probe.close();
      return status;
    }, { interval: 500 })
    .toBe(200);
  await page.close();
}

describe('extension lifecycle', () => {
  test('replaced (updated) under an open Gmail tab: the old content script goes quiet without errors, a page reload recovers', async () => {
    const s = session();
    const page = await s.context.newPage();
    await page.goto(GMAIL);
    await page.click(GMAIL_REPLY);
    await page.keyboard.type(BAD_REPLY);
    await expect.poll(async () => lower(await highlighted(page))).toContain('it is our policy');
    const { errors, cdp } = await watchErrors(page);

    await replaceExtension(s);
    // The agent keeps typing, opens another compose and discards it: the orphaned script
    // notices, lets go of the page (its marks can no longer be kept right) and stays silent.
    await page.bringToFront();
    await page.keyboard.type(' You failed to check the address.');
    await expect.poll(async () => (await highlighted(page)).length).toBe(0);
    await page.click('#compose');
    await page.keyboard.type('As per your request.');
    await page.evaluate(() => (window as unknown as { discardCompose(): void }).discardCompose());
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500))); // give late errors time to surface
    expect(await highlighted(page)).toEqual([]);
    expect(errors).toEqual([]);

    // A reload of the page brings the new version's content script: checks resume.
    await page.reload();
    await page.click(GMAIL_REPLY);
    await page.keyboard.type('The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    expect(errors).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  test('settings saved from two options pages at once: one save wins whole, nothing is mixed or lost', async () => {
    const s = session();
    // Phrase lists big enough to be split over several storage.sync items, where two
    // interleaved saves could leave one save's head naming the other's items.
    const list = (word: string) =>
      Array.from({ length: 60 }, (_, i) => ({ ruleId: 'dead-end', phrase: `${word} phrase ${i} `.padEnd(120, 'x'), message: 'm'.repeat(120), replacement: 'r'.repeat(120) }));
    const teams = { alpha: list('alpha'), beta: list('beta') };
    const open = async (name: keyof typeof teams): Promise<Page> => {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/src/options/options.html`);
      await page.locator('tbody.rule').first().waitFor();
      const file = { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, name, phrases: teams[name] })) };
      await page.setInputFiles('input[name=policy-file]', file);
      await expect.poll(() => page.locator('tbody.rule[data-rule="dead-end"] input[name=phrase]').count()).toBe(60);
      return page;
    };
    const [alpha, beta] = [await open('alpha'), await open('beta')];
    const stored = async () => {
      const [sync, local] = await alpha.evaluate(() => Promise.all([chrome.storage.sync.get(null), chrome.storage.local.get(null)]));
      return { sync, decoded: decodeSettings(sync, local) };
    };
    try {
      for (let round = 0; round < 5; round++) {
        // Both Save buttons pressed in the same moment.
        const save = (page: Page) => page.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!;
          button.removeAttribute('disabled');
          button.click();
        });
        await Promise.all([save(alpha), save(beta)]);
        await expect.poll(() => alpha.locator('.savebar .status').innerText()).not.toContain('Saving');
        await expect.poll(() => beta.locator('.savebar .status').innerText()).not.toContain('Saving');
        await expect.poll(async () => (await stored()).decoded.problems).toEqual([]);
        const { sync, decoded } = await stored();
        expect(Object.keys(sync).filter((k) => k.startsWith('settings.phrases.')).length).toBeGreaterThan(1);
        const winner = decoded.settings.name as keyof typeof teams;
        expect(['alpha', 'beta']).toContain(winner);
        expect(decoded.settings.phrases?.map((p) => p.phrase)).toEqual(teams[winner].map((p) => p.phrase));
      }
    } finally {
      await alpha.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
      await alpha.close();
      await beta.close();
    }
  });
});
