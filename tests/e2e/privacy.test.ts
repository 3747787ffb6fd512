// Nothing leaves the device: every network request made while an agent works (the
// service worker, the popup, the options page and the content script in a Gmail tab)
// is watched, and none may go anywhere but the local fixture server or the extension's
// own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ADAPTER_HOSTS } from '../../src/content/sites/adapters';
import { DIST, GMAIL, GMAIL_REPLY, highlighted, insertFirstSuggestion, openPopup, stopWorkers, tabState, typeIn } from './harness';
import { BAD_REPLY } from './replies';
import { useSession } from './session';

const session = useSession();

/** Hosts the e2e browser resolves to the local fixture server (see harness.ts). */
const FIXTURE_HOST = /^(mail\.google\.com|[\w-]+\.zendesk\.com)$/;
/** A request the test itself makes from the worker to a foreign host, to prove such traffic is seen. */
const PROBE = 'https://collector.example/replycoach-network-probe';

describe('privacy', () => {
  test('a full session sends nothing anywhere but the fixture server and the extension itself', async () => {
    const s = session();
    const seen: { url: string; from: string }[] = [];
    const record = (request: Request): void => {
      const from = request.serviceWorker() ? 'service worker' : (request.frame().url() || 'page');
      seen.push({ url: request.url(), from });
    };
    s.context.on('request', record);
    try {
      // The agent types a poor reply in Gmail; the worker scores it.
      const { page, tabId } = await typeIn(s, GMAIL, GMAIL_REPLY, BAD_REPLY);
      await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
      await expect.poll(async () => (await tabState(s, tabId))?.result.findings.length ?? 0).toBeGreaterThan(0);

      // Opens the popup, inserts a ready sentence, swaps a phrase.
      const popup = await openPopup(s, tabId);
      const sentence = await insertFirstSuggestion(popup);
      await expect.poll(() => page.locator('#inline-reply [role=textbox]').innerText()).toContain(sentence);
      await popup.locator('.card.flag').first().waitFor();
      await popup.close();

      // The worker sleeps and wakes on the next keystroke.
      await stopWorkers(page);
      await page.bringToFront();
      await page.keyboard.type(' You failed to check the address.');
      await expect.poll(async () => (await tabState(s, tabId))?.result.findings.map((f) => f.ruleId) ?? []).toContain('blame-shift');

      // The team lead changes a rule, previews a reply and saves.
      const options = await s.context.newPage();
      await options.goto(`chrome-extension://${s.extensionId}/src/options/options.html`);
      await options.locator('tbody.rule').first().waitFor();
      await options.locator('tbody.rule[data-rule="system-says"] label:has(input[value=hint])').click();
      await options.fill('textarea[name=preview-reply]', 'It is our policy. Visit https://example.com/track for details.');
      await options.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => options.locator('.savebar .status').innerText()).toContain('Saved.');
      await expect.poll(async () => (await tabState(s, tabId))?.result.findings.find((f) => f.ruleId === 'system-says')?.severity).toBe('hint');

      // The watcher sees worker traffic: a request the test makes from the worker shows up.
      const worker = await s.worker();
      await worker.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined), PROBE);
      await expect.poll(() => seen.some((r) => r.url === PROBE && r.from === 'service worker')).toBe(true);

      await options.close();
      await page.close();
    } finally {
      s.context.off('request', record);
      await (await s.worker()).evaluate(() => chrome.storage.sync.clear());
    }

    const ours = `chrome-extension://${s.extensionId}/`;
    const elsewhere = seen.filter(({ url }) => {
      if (url === PROBE || url.startsWith(ours) || url.startsWith('data:') || url.startsWith('blob:')) return false;
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'https:' && FIXTURE_HOST.test(hostname));
    });
    expect(elsewhere).toEqual([]);
    // The extension's own pages and worker were watched, not just the Gmail tab.
    expect(seen.some((r) => r.url.startsWith(`${ours}src/popup/`))).toBe(true);
    expect(seen.some((r) => r.url.startsWith(`${ours}src/options/`))).toBe(true);
  });

  test('the shipped manifest asks for storage and scripting only, and extension pages run only their own scripts', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    // `scripting` registers the content script on a site the user adds; the access to that
    // site is asked for then, one origin at a time, within the optional host patterns.
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    // The content script runs on the hosts the site adapters declare, written by the build.
    expect(manifest.content_scripts.map((script: { matches: string[] }) => script.matches)).toEqual([ADAPTER_HOSTS]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);

    // An inline script or an inline handler in the popup is refused by the page's CSP.
    const popup = await openPopup(session());
    const violations = await popup.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.handlerRan = true');
      img.src = 'data:,';
      document.body.append(img);
      await new Promise((done) => setTimeout(done, 100));
      const w = window as unknown as { inlineRan?: boolean; handlerRan?: boolean };
      return { seen, inlineRan: w.inlineRan ?? false, handlerRan: w.handlerRan ?? false };
    });
    expect(violations.inlineRan).toBe(false);
    expect(violations.handlerRan).toBe(false);
    expect(violations.seen.length).toBeGreaterThan(0);
    await popup.close();
  });
});
