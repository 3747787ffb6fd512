// A team's own helpdesk, added on the options page: the content script is registered for
// that origin only, coaches its reply box with the generic adapter, and is gone once the
// site is removed. Headless Chromium cannot answer the browser's permission prompt, so this
// test loads a copy of dist/ whose manifest already holds the test host's access: the
// page's `permissions.request` then resolves without a prompt, and everything after it is
// what ships (the manifest's own content scripts never name this host).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CUSTOM_SITE, DIST, highlighted, launch, type Session } from './harness';
import { editorChecks } from './editor-checks';
import { lower } from './site-suite';

const PATTERN = `https://${CUSTOM_SITE.host}/*`;
const BOX = '#reply .ql-editor';
const START = `${BOX} > p:first-child`;

/** The text in Quill's document, without the newline Quill always ends it with. */
const modelText = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText().replace(/\n$/, ''));
let dir: string;
let session: Session;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replycoach-custom-'));
  const extension = join(dir, 'extension');
  cpSync(DIST, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [PATTERN];
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  session = await launch({ extension });
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const registered = async (): Promise<string[][]> =>
  (await session.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.matches ?? []));

/** Whether ReplyCoach's isolated world exists in `page` (it does once the content script ran). */
async function coached(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void names.push(context.name));
  await cdp.send('Runtime.enable'); // reports every context that exists now
  await cdp.detach();
  return names.includes('ReplyCoach');
}

async function openTicket(text: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(CUSTOM_SITE.url);
  await page.click(START);
  await page.keyboard.type(text);
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/options.html`);
  await page.locator('#custom-site').waitFor();
  return page;
}

describe("a team's own helpdesk", () => {
  test('nothing runs on it before it is added', async () => {
    expect(await registered()).toEqual([]);
    const page = await openTicket('It is our policy. The system shows it was delivered.');
    expect(await coached(page)).toBe(false);
    expect(await highlighted(page)).toEqual([]);
    await page.close();
  });

  test('an invalid address or a site ReplyCoach already covers is explained, and nothing is registered', async () => {
    const options = await openOptions();
    await options.locator('#custom-site').fill('*.com');
    await options.locator('.custom-sites').getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.custom-sites').getByRole('alert').innerText()).toMatch(/wildcard|not a host/i);
    await options.locator('#custom-site').fill('https://acme.zendesk.com/agent/tickets/1');
    await options.locator('.custom-sites').getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.custom-sites').getByRole('alert').innerText()).toContain('already runs on acme.zendesk.com');
    expect(await registered()).toEqual([]);
    await options.close();
  });

  test('added on the options page, its reply box is coached with the generic adapter', async () => {
    const options = await openOptions();
    await options.locator('#custom-site').fill(`https://${CUSTOM_SITE.host}/tickets/4471`);
    await options.locator('.custom-sites').getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.custom-sites').getByRole('status').filter({ hasText: 'Added' }).count()).toBe(1);
    expect(await options.locator(`[data-site="${CUSTOM_SITE.host}"]`).innerText()).toContain(PATTERN);
    expect(await registered()).toEqual([[PATTERN]]);

    const page = await openTicket('It is our policy. The system shows it was delivered.');
    await expect.poll(async () => lower(await highlighted(page))).toContain('the system shows');
    expect(await coached(page)).toBe(true);
    await page.close();
    await options.close();
  });

  // While it is added: Insert, Swap and Remove in Quill, read back through Quill's API.
  editorChecks(() => session, { url: CUSTOM_SITE.url, box: BOX, start: START, modelText, historyMergeMs: 1000 });

  test('removed, it is unregistered and a newly opened page is left alone', async () => {
    const options = await openOptions();
    await options.getByRole('button', { name: `Remove ${CUSTOM_SITE.host}` }).click();
    await expect.poll(() => options.locator(`[data-site="${CUSTOM_SITE.host}"]`).count()).toBe(0);
    expect(await registered()).toEqual([]);
    const page = await openTicket('It is our policy. The system shows it was delivered.');
    expect(await coached(page)).toBe(false);
    await page.close();
    await options.close();
  });
});
