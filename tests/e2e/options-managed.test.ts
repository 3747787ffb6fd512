// An organisation policy pushed the way an administrator pushes it: a Chromium policy
// file in /etc/chromium/policies/managed/ with a "3rdparty" section for the extension's
// id. The extension is loaded from its own copy of dist/ (its id comes from that path),
// so the policy reaches no other browser running the tests. Needs root to write there.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Result } from '../../src/engine';
import { CHROMIUM, DIST, OUTPUT } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const canPush = process.getuid?.() === 0 && CHROMIUM === '/usr/bin/chromium';

/** The id Chromium gives an unpacked extension: from the SHA-256 of its absolute path, in letters a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const ORGANIZATION = 'Acme Support Operations';
const MANAGED = {
  organization: ORGANIZATION,
  name: 'Acme support standard',
  rules: { 'policy-shield': { severity: 'off' }, 'dead-end': { weight: 40 } },
  phrases: [
    { ruleId: 'blame-shift', phrase: 'a vendor matter', replacement: 'Let me sort this out.' },
    // Two mistakes Chrome's schema lets through: each is left out alone, the rest still applies and locks.
    { ruleId: 'blame-shift', phrase: 'per (our terms', pattern: true },
  ],
  templates: { 'own-it': 'I am taking care of {issue} myself.', 'offer-call': '   ' },
  agentNeverFlag: false,
};

describe.skipIf(!canPush)('organisation policy from Chromium’s managed policy files', () => {
  let dir: string;
  let policyFile: string;
  let context: BrowserContext;
  let id: string;
  let options: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replycoach-managed-'));
    const extension = join(dir, 'extension');
    cpSync(DIST, extension, { recursive: true });
    id = unpackedExtensionId(extension);
    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `replycoach-e2e-${process.pid}.json`);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: MANAGED } } }));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
    const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);
    options = await context.newPage();
    await options.goto(`chrome-extension://${id}/src/options/options.html`);
    await options.locator('tbody.rule').first().waitFor();
  });

  afterAll(async () => {
    try {
      await context?.close();
    } finally {
      if (policyFile) rmSync(policyFile, { force: true });
      if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  });

  const check = (reply: string): Promise<Result> => options.evaluate((r) => chrome.runtime.sendMessage({ type: 'check-text', reply: r }) as Promise<Result>, reply);

  test('storage.managed holds what the administrator pushed', async () => {
    expect(await options.evaluate(() => chrome.storage.managed.get(null))).toEqual(MANAGED);
  });

  test('the options page shows the locked settings and who set them; screenshot', async () => {
    await expect.poll(() => options.locator('.banner.managed').innerText()).toContain(`set for this browser by ${ORGANIZATION}`);
    const shield = options.locator('tbody.rule[data-rule="policy-shield"]');
    expect(await shield.locator('input[name=enabled]').isChecked()).toBe(false);
    expect(await shield.locator('input[name=enabled]').isDisabled()).toBe(true);
    expect(await shield.locator('.lock').innerText()).toContain(`Set by ${ORGANIZATION}`);
    const deadEnd = options.locator('tbody.rule[data-rule="dead-end"]');
    // 40 is none of Low, Medium, High for a rule whose default is 15: shown as the number it is.
    expect(await deadEnd.locator('select[name=weight]').inputValue()).toBe('custom');
    expect(await deadEnd.locator('select[name=weight] option:checked').innerText()).toBe('Custom (40)');
    expect(await deadEnd.locator('select[name=weight]').isDisabled()).toBe(true);
    expect(await deadEnd.locator('.lock').innerText()).toContain(`Set by ${ORGANIZATION}`);
    expect(await deadEnd.locator('input[name=enabled]').isDisabled()).toBe(false); // only the weight is set
    await options.screenshot({ path: join(OUTPUT, 'options-managed.png') });
    await options.locator('tbody.rule[data-rule="blame-shift"] button.disclosure').click();
    expect(await options.locator('tbody.rule[data-rule="blame-shift"] .phrases.locked').innerText()).toContain('a vendor matter');
    await options.locator('tbody.rule[data-rule="blame-shift"]').screenshot({ path: join(OUTPUT, 'options-managed-row.png') });
    await options.locator('tbody.rule[data-rule="own-it"] button.disclosure').click();
    const template = options.locator('tbody.rule[data-rule="own-it"] textarea[name=template]');
    expect(await template.inputValue()).toBe(MANAGED.templates['own-it']);
    expect(await template.isDisabled()).toBe(true);
  });

  test('a policy with mistakes: the page lists each one, and everything valid still applies and stays locked', async () => {
    const problems = options.locator('.banner.error', { hasText: ORGANIZATION });
    await expect.poll(() => problems.count()).toBe(1);
    const items = await problems.locator('li').allInnerTexts();
    expect(items).toEqual([expect.stringMatching(/^phrases\[1\]\.phrase: pattern: "\(" at 5 is never closed/), 'templates.offer-call: expected a non-empty string']);
    expect(await problems.innerText()).toContain('the rest of it applies');
    expect(await options.locator('.banner.managed').count()).toBe(1);
    expect(await options.locator('tbody.rule[data-rule="offer-call"] textarea[name=template]').isDisabled()).toBe(false);
    expect(await options.locator('tbody.rule[data-rule="policy-shield"] input[name=enabled]').isDisabled()).toBe(true);
  });

  test('the worker scores with it, over the team’s own saved settings', async () => {
    await options.evaluate(() => chrome.storage.sync.set({ settings: { version: 2, rev: 'team', rules: { 'policy-shield': { severity: 'warn' } } } }));
    await expect
      .poll(async () => (await check('It is our policy. That is a vendor matter.')).findings.filter((f) => f.kind === 'flag').map((f) => `${f.ruleId}${f.team ? ' (team)' : ''}`))
      .toEqual(['blame-shift (team)']);
    // The page's own preview agrees.
    await options.reload();
    await options.fill('textarea[name=preview-reply]', 'It is our policy. That is a vendor matter.');
    await expect.poll(() => options.locator('.preview .finding[data-rule="policy-shield"]').count()).toBe(0);
    expect(await options.locator('.preview .finding[data-rule="blame-shift"]').count()).toBe(1);
  });

  test('turning agents’ never-flag lists off: the page shows the list as off and locked, the worker neither applies nor adds to it', async () => {
    await options.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 2, rev: 'agent', neverFlag: [{ ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience' }] } }),
    );
    await expect.poll(async () => (await check('Sorry for the inconvenience.')).findings.some((f) => f.ruleId === 'canned-empathy')).toBe(true);
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'never-flag', ruleId: 'canned-empathy', phrase: 'Sorry for the inconvenience' }))).toEqual({
      ok: false,
      error: 'Your team’s policy turns off personal never-flag lists.',
    });
    await options.reload();
    const panel = options.locator('.never-flag');
    await expect.poll(() => panel.locator('.off').innerText()).toContain(`Set by ${ORGANIZATION}`);
    expect(await panel.locator('li', { hasText: 'sorry for the inconvenience' }).count()).toBe(1);
    const allow = panel.locator('input[name=agent-never-flag]');
    expect(await allow.isChecked()).toBe(false);
    expect(await allow.isDisabled()).toBe(true);
    await panel.screenshot({ path: join(OUTPUT, 'options-never-flag-managed.png') });
  });
});
