// Accessibility of the extension's own pages in Chromium: axe-core finds no violation of
// serious or critical impact in the popup (empty state, a scored reply) and the options
// page, in the light and the dark colour scheme; the popup works from the keyboard alone.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { GMAIL, GMAIL_REPLY, openPopup, OUTPUT, PLAIN, tabState, typeIn } from './harness';
import { BAD_REPLY } from './replies';
import { useSession } from './session';

const session = useSession();
mkdirSync(OUTPUT, { recursive: true });

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical violations on `page`, one line each, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the extension page's CSP does not apply.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

async function openOptions(): Promise<Page> {
  const page = await session().context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session().extensionId}/src/options/options.html`);
  await page.locator('tbody.rule').first().waitFor();
  return page;
}

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (scheme) => {
  test('the popup without a reply box, then with pasted text checked', async () => {
    const { page, tabId } = await typeIn(session(), PLAIN, 'h1');
    const popup = await openPopup(session(), tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.empty-title').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.fill('textarea[name=reply]', 'Per company policy, nothing can be done. Sorry for the inconvenience.');
    await popup.locator('form button[type=submit]').click();
    await popup.locator('.card.flag').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the popup for a reply on the page', async () => {
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, BAD_REPLY);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.length ?? 0).toBeGreaterThan(0);
    const popup = await openPopup(session(), tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.card.suggestion').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(OUTPUT, `popup-a11y-${scheme}.png`), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the options page', async () => {
    const options = await openOptions();
    await options.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(options)).toEqual([]);
    // Again with what the table hides at first: a flag's and a move's rows open, ids shown, a search.
    await options.locator('tbody.rule[data-rule="canned-empathy"] button.disclosure').click();
    await options.locator('tbody.rule[data-rule="canned-empathy"]').getByRole('button', { name: '+ Add a phrase' }).click();
    await options.locator('tbody.rule[data-rule="own-it"] button.disclosure').click();
    await options.getByLabel(/^Advanced/).check();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByLabel('Search rules').fill('inconvenience');
    await options.locator('.no-match, tbody.rule').first().waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});

/**
 * What has the keyboard focus, and whether a focus ring of 2 px or more shows on it or on
 * what draws it (a switch's track after its hidden checkbox, a segmented choice's label).
 */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const drawn = [el, el?.nextElementSibling, el?.closest('label')].filter((x): x is Element => !!x);
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('aria-label') ?? el?.getAttribute('name') ?? el?.textContent?.trim() ?? '',
      ring: drawn.some((x) => {
        const style = getComputedStyle(x);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }),
    };
  });

describe('the popup from the keyboard alone', () => {
  test('Tab reaches every control with a visible focus ring; Enter checks the text and runs Copy', async () => {
    const { page, tabId } = await typeIn(session(), PLAIN, 'h1');
    const popup = await openPopup(session(), tabId);
    await popup.locator('.empty-title').waitFor();
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatchObject({ tag: 'textarea', name: 'reply', ring: true });
    await popup.keyboard.type('It is our policy not to refund. Sorry for the inconvenience.');
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatchObject({ tag: 'textarea', name: 'customer', ring: true });
    await popup.keyboard.type('You charged me twice!!! Fix it or I cancel.');
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toMatchObject({ tag: 'button', ring: true });
    await popup.keyboard.press('Enter');
    await popup.locator('.card.suggestion').first().waitFor();
    // The scores say their grade in words, not only in colour.
    const dial = popup.locator('.dial').first();
    expect(await dial.getAttribute('aria-label')).toMatch(/\d+/);
    expect((await dial.locator('.dial-grade').innerText()).trim()).not.toBe('');
    // Every button in the report is reached by Tab, each with a focus ring; Enter on Copy runs it.
    const buttons = await popup.locator('.report button').count();
    let reached = 0;
    let copied = false;
    for (let i = 0; i < 40 && reached < buttons; i++) {
      await popup.keyboard.press('Tab');
      const now = await focused(popup);
      if (now.tag !== 'button') continue;
      expect(now.ring).toBe(true);
      reached++;
      if (!copied && /copy/i.test(now.name)) {
        await popup.keyboard.press('Enter');
        await expect.poll(() => popup.locator('.toast').innerText()).not.toBe('');
        copied = true;
      }
    }
    expect(reached).toBe(buttons);
    expect(copied).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('the options page from the keyboard alone', () => {
  test('Tab shows a focus ring on every control; Space turns a rule off; Enter on Save saves it', async () => {
    const options = await openOptions();
    const first = options.locator('tbody.rule').first();
    const ruleId = await first.getAttribute('data-rule');
    let toggled = false;
    let saved = false;
    for (let i = 0; i < 600 && !saved; i++) {
      await options.keyboard.press('Tab');
      const now = await focused(options);
      if (now.tag === 'body' || now.tag === '') continue;
      expect(now.ring, `focus ring on ${now.tag} ${now.name}`).toBe(true);
      if (!toggled && now.name === 'enabled') {
        await options.keyboard.press('Space');
        toggled = true;
        await expect.poll(() => first.getAttribute('class')).toContain('off');
      }
      if (toggled && now.tag === 'button' && now.name === 'Save') {
        await options.keyboard.press('Enter');
        saved = true;
      }
    }
    expect(toggled && saved).toBe(true);
    await expect.poll(() => options.locator('.savebar .status').innerText()).toMatch(/^Saved/);
    const stored = await (await session().worker()).evaluate(() => chrome.storage.sync.get(null));
    expect(JSON.stringify(stored)).toContain(`"${ruleId}":{"severity":"off"}`);
    // Back to the defaults for the other tests of this file.
    await (await session().worker()).evaluate(() => chrome.storage.sync.clear());
    await options.close();
  });
});
