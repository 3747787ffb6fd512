// The options page in Chromium: every rule in one searchable table, weights as Low / Medium /
// High, built-in phrases and ids on demand, saving that reaches an open Gmail tab at once,
// policy file import (a broken file changes nothing) and export, storage.sync's quota, the
// habits chart, nothing under the save bar; screenshots in tests/output/.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { RULES } from '../../src/engine';
import { parsePolicyText } from '../../src/shared/policy';
import { GMAIL, GMAIL_REPLY, highlighted, openPopup, OUTPUT, tabState, typeIn, type Session } from './harness';
import { BAD_REPLY } from './replies';
import { useSession } from './session';

const session = useSession();
mkdirSync(OUTPUT, { recursive: true });

export async function openOptions(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/src/options/options.html`);
  await page.locator('tbody.rule').first().waitFor();
  return page;
}

/** The ids of the rule rows shown, in order. */
const shownRules = (page: Page): Promise<string[]> => page.locator('tbody.rule').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')!));
const row = (page: Page, id: string) => page.locator(`tbody.rule[data-rule="${id}"]`);
/** Opens a rule's row onto its phrases and sentences. */
async function openRow(page: Page, id: string): Promise<void> {
  await row(page, id).locator('button.disclosure').click();
  await row(page, id).locator('tr.rule-detail').waitFor();
}

const storage = async (area: 'sync' | 'local') => (await session().worker()).evaluate((a) => chrome.storage[a].get(null), area);
const policyFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

afterEach(async () => {
  const worker = await session().worker();
  await worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
});

describe('options page', () => {
  test('one table row per rule: title, switch, severity and weight, the rest behind its disclosure; a compact page; screenshots', async () => {
    const page = await openOptions(session());
    expect(await shownRules(page)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      const r = row(page, rule.id);
      expect(await r.locator('.title').innerText()).toBe(rule.title);
      expect(await r.locator('.rule-why').textContent()).toBe(rule.why);
      expect(await r.locator('input[name=enabled]').isChecked()).toBe(true);
      expect(await r.locator('select[name=weight]').inputValue()).toBe('medium');
      expect(await r.locator(`input[value=${rule.defaultSeverity}]`).isChecked()).toBe(true);
      // Closed: the detail row is there for the page, not shown.
      expect(await r.locator('tr.rule-detail').isVisible()).toBe(false);
      expect(await r.locator('button.disclosure').getAttribute('aria-expanded')).toBe('false');
      // Flag rules take team phrases; suggestion rules a preferred sentence.
      expect(await r.locator(rule.kind === 'flag' ? 'button.link' : 'textarea[name=template]').count()).toBe(1);
    }
    // Ids are for the Advanced view only.
    expect(await page.locator('.rule-id').count()).toBe(0);
    // The preview scores its sample under the defaults.
    await expect.poll(() => page.locator('.preview .finding[data-rule="policy-shield"]').count()).toBe(1);
    // Compact: 23 rule cards made the page about 5,000 px tall at this width.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(2400);
    await page.screenshot({ path: join(OUTPUT, 'options.png'), fullPage: true });
    await page.screenshot({ path: join(OUTPUT, 'options-top.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openRow(page, 'canned-empathy');
    await page.screenshot({ path: join(OUTPUT, 'options-dark.png') });
    await page.close();
  });

  test('the search filters rows by title, rule id and phrase text, and clears', async () => {
    const page = await openOptions(session());
    const search = page.getByLabel('Search rules');
    const all = RULES.map((rule) => rule.id);
    // A title, in any case.
    await search.fill('DEAD END');
    await expect.poll(() => shownRules(page)).toEqual(['dead-end']);
    expect(await page.locator('.search-count').innerText()).toBe(`1 of ${all.length} rules`);
    // A rule id.
    await search.fill('offer-call');
    await expect.poll(() => shownRules(page)).toEqual(['offer-call']);
    // Phrase text: a built-in wording (straight or curly apostrophe), and the row opens onto it.
    await search.fill("that's company policy");
    await expect.poll(() => shownRules(page)).toEqual(['policy-shield']);
    expect(await row(page, 'policy-shield').locator('tr.rule-detail').isVisible()).toBe(true);
    expect(await row(page, 'policy-shield').locator('.builtin q', { hasText: 'That’s company policy' }).isVisible()).toBe(true);
    // The groups follow: no flag matches, so the flags' heading goes too.
    await search.fill('restate');
    await expect.poll(() => shownRules(page)).toEqual(['restate-problem']);
    expect(await page.locator('#flags-title').count()).toBe(0);
    expect(await page.locator('#moves-title').count()).toBe(1);
    // Nothing matches: said so.
    await search.fill('zzzz');
    await expect.poll(() => shownRules(page)).toEqual([]);
    expect(await page.locator('.no-match').innerText()).toContain('No rule matches “zzzz”');
    // Clear, with the button and with Escape: every rule is back.
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => shownRules(page)).toEqual(all);
    expect(await search.inputValue()).toBe('');
    await search.fill('dead');
    await expect.poll(() => shownRules(page)).toEqual(['dead-end']);
    await search.press('Escape');
    await expect.poll(() => shownRules(page)).toEqual(all);
    // A team phrase is searchable as soon as it is typed.
    await openRow(page, 'blame-shift');
    await row(page, 'blame-shift').getByRole('button', { name: '+ Add a phrase' }).click();
    await row(page, 'blame-shift').locator('input[name=phrase]').fill('user error on your side');
    await search.fill('user error');
    await expect.poll(() => shownRules(page)).toEqual(['blame-shift']);
    await page.close();
  });

  test('a row opens onto the rule’s built-in phrases, the team’s phrases and the agent’s never-flag phrases', async () => {
    await (await session().worker()).evaluate(() =>
      chrome.storage.sync.set({
        settings: {
          version: 2,
          rev: 'e2e',
          phrases: [{ ruleId: 'canned-empathy', phrase: 'we value your feedback' }],
          neverFlag: [{ ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience' }],
        },
      }),
    );
    const page = await openOptions(session());
    const canned = row(page, 'canned-empathy');
    expect(await canned.locator('.chip.team-count').innerText()).toBe('1 team');
    await openRow(page, 'canned-empathy');
    expect(await canned.locator('button.disclosure').getAttribute('aria-expanded')).toBe('true');
    const examples = RULES.find((rule) => rule.id === 'canned-empathy')!.examples!;
    expect(await canned.locator('.builtin q').allInnerTexts()).toEqual([...examples]);
    expect(await canned.locator('input[name=phrase]').inputValue()).toBe('we value your feedback');
    expect(await canned.locator('.never-here q').allInnerTexts()).toEqual(['sorry for the inconvenience']);
    await canned.screenshot({ path: join(OUTPUT, 'options-row.png') });
    // A move's row shows its own ready sentence beside the team's.
    await openRow(page, 'own-it');
    expect(await row(page, 'own-it').locator('.builtin .sentence').innerText()).toBe(RULES.find((rule) => rule.id === 'own-it')!.better);
    // Closed again.
    await canned.locator('button.disclosure').click();
    expect(await canned.locator('tr.rule-detail').isVisible()).toBe(false);
    await page.close();
  });

  test('the weight is Low, Medium or High, saved as its number and shown again on reload; Advanced shows ids and numbers', async () => {
    const page = await openOptions(session());
    const weight = row(page, 'policy-shield').locator('select[name=weight]');
    expect(await weight.locator('option').allInnerTexts()).toEqual(['Low', 'Medium', 'High']);
    await weight.selectOption('high');
    expect(await page.locator('.savebar .status').innerText()).toContain('unsaved changes');
    await row(page, 'we-for-i').locator('select[name=weight]').selectOption('low');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.savebar .status').innerText()).toContain('Saved.');
    // Twice and half the defaults (15 and 5).
    expect(((await storage('sync')).settings as { rules: unknown }).rules).toEqual({ 'policy-shield': { weight: 30 }, 'we-for-i': { weight: 3 } });
    await page.reload();
    await page.locator('tbody.rule').first().waitFor();
    expect(await weight.inputValue()).toBe('high');
    expect(await row(page, 'we-for-i').locator('select[name=weight]').inputValue()).toBe('low');
    expect(await row(page, 'dead-end').locator('select[name=weight]').inputValue()).toBe('medium');

    await page.getByLabel(/^Advanced/).check();
    expect(await page.locator('.rule-id').allInnerTexts()).toEqual(RULES.map((rule) => rule.id));
    expect(await weight.locator('option').allInnerTexts()).toEqual(['Low (8)', 'Medium (15)', 'High (30)']);
    await page.locator('.rules-panel').screenshot({ path: join(OUTPUT, 'options-advanced.png') });
    await page.getByLabel(/^Advanced/).uncheck();
    expect(await page.locator('.rule-id').count()).toBe(0);
    await page.close();
  });

  test('a custom weight from a policy file shows as Custom (n) and is saved unchanged', async () => {
    const page = await openOptions(session());
    await page.setInputFiles('input[name=policy-file]', policyFile('weights.json', { version: 1, rules: { 'dead-end': { weight: 40 } } }));
    const weight = row(page, 'dead-end').locator('select[name=weight]');
    await expect.poll(() => weight.inputValue()).toBe('custom');
    expect(await weight.locator('option:checked').innerText()).toBe('Custom (40)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.savebar .status.ok').count()).toBe(1);
    expect(((await storage('sync')).settings as { rules: unknown }).rules).toEqual({ 'dead-end': { weight: 40 } });
    // Picking a level replaces it.
    await weight.selectOption('low');
    expect(await weight.locator('option').allInnerTexts()).toEqual(['Low', 'Medium', 'High']);
    await page.close();
  });

  test('the Add site button is never under the save bar: at first load, scrolled to, and with unsaved changes', async () => {
    const page = await openOptions(session());
    const add = page.locator('.custom-sites button[type=submit]');
    /** What the page shows at the centre of the Add site button, once it is in the window. */
    const atCentre = () =>
      add.evaluate((button) => {
        const r = button.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (y < 0 || y > innerHeight) return 'outside the window';
        const hit = document.elementFromPoint(x, y);
        return hit === button || button.contains(hit) ? 'button' : (hit?.closest('footer, aside, section')?.className ?? String(hit?.tagName));
      });
    // At first load, scrolled (as with the wheel) until the button is the last thing in the
    // window, where a bar pinned to the window sits.
    await add.evaluate((button) => scrollTo(0, button.getBoundingClientRect().bottom + scrollY - innerHeight + 2));
    expect(await atCentre()).toBe('button');
    await page.evaluate(() => scrollTo(0, 0));
    await add.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    expect(await atCentre()).toBe('button');
    // With unsaved changes the bar is pinned: what is scrolled to or focused stops clear of it.
    await page.evaluate(() => scrollTo(0, 0));
    await row(page, 'dead-end').locator('input[name=enabled]').click();
    await expect.poll(() => page.locator('.savebar.pinned').count()).toBe(1);
    await add.evaluate((button) => button.scrollIntoView({ block: 'end' }));
    expect(await atCentre()).toBe('button');
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('#custom-site').focus();
    await page.keyboard.press('Tab');
    expect(await atCentre()).toBe('button');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await atCentre()).toBe('button');
    await page.screenshot({ path: join(OUTPUT, 'options-bottom.png') });
    await page.close();
  });

  test('a severity changed and saved reaches the open Gmail tab, its highlights and popup, without a reload', async () => {
    const { page: gmail, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, BAD_REPLY);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.map((f) => f.ruleId) ?? []).toContain('policy-shield');

    const options = await openOptions(session());
    const shield = options.locator('tbody.rule[data-rule="policy-shield"]');
    await shield.locator('input[name=enabled]').click();
    await options.locator('tbody.rule[data-rule="system-says"] label:has(input[value=hint])').click();
    // The preview follows the unsaved settings; the tab does not, yet.
    await expect.poll(() => options.locator('.preview .finding[data-rule="policy-shield"]').count()).toBe(0);
    expect(await options.locator('.preview .finding.hint[data-rule="system-says"]').count()).toBe(1);
    expect(await options.locator('.savebar .status').innerText()).toContain('unsaved changes');
    expect((await tabState(session(), tabId))!.result.findings.map((f) => f.ruleId)).toContain('policy-shield');

    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.savebar .status').innerText()).toContain('Saved.');
    expect(await shield.locator('input[name=enabled]').isChecked()).toBe(false);

    // Nothing typed in Gmail: the tab is checked again with the new settings.
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.map((f) => f.ruleId) ?? []).not.toContain('policy-shield');
    await expect.poll(async () => (await highlighted(gmail)).join(' | ').toLowerCase()).not.toContain('policy');
    expect((await highlighted(gmail, 'replycoach-hint')).join(' | ').toLowerCase()).toContain('the system shows');
    const popup = await openPopup(session(), tabId);
    await popup.locator('.card.flag').first().waitFor();
    expect(await popup.locator('.card[data-rule="policy-shield"]').count()).toBe(0);
    expect(await popup.locator('.card.flag.hint[data-rule="system-says"]').count()).toBe(1);

    // The worker counted what fired in that tab, counts only.
    await expect.poll(async () => JSON.stringify((await storage('local')).ruleStats ?? {})).toContain('canned-empathy');
    expect(JSON.stringify((await storage('local')).ruleStats)).not.toMatch(/system shows|inconvenience/i);
    await popup.close();
    await options.close();
    await gmail.close();
  });

  test('a broken policy file is refused with each problem and its field path; nothing changes', async () => {
    await (await session().worker()).evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 2, rev: 'e2e', rules: { 'dead-end': { severity: 'hint' } } } }),
    );
    const before = await storage('sync');
    const page = await openOptions(session());
    await page.setInputFiles('input[name=policy-file]', policyFile('broken.json', {
      version: 1,
      rules: { 'policy-sheild': { severity: 'off' }, 'dead-end': { severity: 'loud', weight: 500 } },
      phrases: [{ ruleId: 'own-it', phrase: 'hello' }],
    }));
    const status = page.locator('.banner.import.error');
    await status.waitFor();
    const text = await status.innerText();
    expect(text).toContain('broken.json was not imported; nothing changed');
    expect(text).toContain('rules.policy-sheild: unknown rule id "policy-sheild" (did you mean "policy-shield"?)');
    expect(text).toContain('rules.dead-end.severity: expected "off" | "hint" | "warn", got "loud"');
    expect(text).toContain('rules.dead-end.weight: expected a number from 0 to 100, got 500');
    expect(text).toContain('phrases[0].ruleId: "own-it" is not a flag rule');
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    expect(await page.locator('tbody.rule[data-rule="dead-end"] input[value=hint]').isChecked()).toBe(true);
    expect(await storage('sync')).toEqual(before);

    await page.setInputFiles('input[name=policy-file]', policyFile('not-json.json', '{ "version": 1, '));
    await expect.poll(() => page.locator('.banner.import.error').innerText()).toContain('not valid JSON');
    await page.screenshot({ path: join(OUTPUT, 'options-import-error.png') });
    expect(await storage('sync')).toEqual(before);
    await page.close();
  });

  test('a good policy file is imported for review, saved, and exported back', async () => {
    const page = await openOptions(session());
    const policy = {
      version: 1,
      name: 'Airline desk, tier 1',
      rules: { 'corporate-speak': { severity: 'hint' }, 'offer-call': { severity: 'off' } },
      phrases: [
        { ruleId: 'dead-end', phrase: 'computer says no', replacement: 'Let me see what I can do.' },
        { ruleId: 'corporate-speak', phrase: '[kindly] (note|be advised) herewith', pattern: true },
      ],
      templates: { 'own-it': 'I will look into {issue} myself today.' },
    };
    await page.setInputFiles('input[name=policy-file]', policyFile('desk.json', policy));
    await expect.poll(() => page.locator('.banner.import.info').innerText()).toContain('Imported “Airline desk, tier 1” from desk.json');
    expect(await page.locator('input[name=policy-name]').inputValue()).toBe('Airline desk, tier 1');
    expect(await page.locator('tbody.rule[data-rule="dead-end"] input[name=phrase]').inputValue()).toBe('computer says no');
    expect(await (await storage('sync')).settings).toBeUndefined(); // not saved yet

    // The team phrases show in the preview, the pattern through what it stands for.
    expect(await page.locator('tbody.rule[data-rule="corporate-speak"] input[name=pattern]').isChecked()).toBe(true);
    await page.fill('textarea[name=preview-reply]', 'Sorry, computer says no. Kindly note herewith the fee.');
    await expect.poll(() => page.locator('.preview .finding[data-rule="dead-end"] .chip.team').count()).toBe(1);
    expect(await page.locator('.preview .finding[data-rule="corporate-speak"] q').innerText()).toBe('Kindly note herewith');
    await openRow(page, 'corporate-speak');
    await page.locator('tbody.rule[data-rule="corporate-speak"]').screenshot({ path: join(OUTPUT, 'options-phrases.png') });

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.savebar .status.ok').count()).toBe(1);
    const saved = (await storage('sync')).settings as Record<string, unknown>;
    expect(saved).toMatchObject({ version: 2, name: policy.name, rules: policy.rules, phrases: policy.phrases, templates: policy.templates });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export policy file' }).click()]);
    const exported = parsePolicyText(await readFile((await download.path())!, 'utf8'));
    expect(exported).toEqual({ ok: true, name: policy.name, settings: { rules: policy.rules, phrases: policy.phrases, templates: policy.templates } });

    // Reset to defaults, then Save: only the name is left.
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    expect(await page.locator('tbody.rule[data-rule="offer-call"] input[name=enabled]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => ((await storage('sync')).settings as { rules?: unknown }).rules).toBeUndefined();
    expect((await storage('sync')).settings).toMatchObject({ version: 2, name: policy.name });
    await page.close();
  });

  test('a phrase list too large for storage.sync is kept in storage.local, and the page says so', async () => {
    const phrases = Array.from({ length: 400 }, (_, i) => ({ ruleId: 'dead-end', phrase: `banned phrase number ${i} `.padEnd(150, 'x'), message: 'm'.repeat(150), replacement: 'r'.repeat(150) }));
    const page = await openOptions(session());
    await page.setInputFiles('input[name=policy-file]', policyFile('big.json', { version: 1, phrases }));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.savebar .status.ok').innerText()).toContain('kept in this browser only');
    expect(await page.locator('.storage-note').innerText()).toContain('The 400 team phrases are too large for synced storage');
    const sync = await storage('sync');
    expect(Object.keys(sync)).toEqual(['settings']);
    expect(((await storage('local'))['settings.phrases'] as { phrases: unknown[] }).phrases).toHaveLength(400);
    // Reopened, the page reads them back from both areas.
    await page.reload();
    await page.locator('tbody.rule').first().waitFor();
    expect(await page.locator('tbody.rule[data-rule="dead-end"] input[name=phrase]').count()).toBe(400);
    await page.close();
  });

  test('the habits chart shows which rules fired most, counts only; screenshot', async () => {
    const today = new Date();
    const day = (back: number) => {
      const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const days = {
      [day(0)]: { 'canned-empathy': 6, 'policy-shield': 2, 'next-steps': 4 },
      [day(8)]: { 'canned-empathy': 9, 'own-it': 3 },
      [day(20)]: { 'policy-shield': 5, 'corporate-speak': 1 },
    };
    await (await session().worker()).evaluate((d) => chrome.storage.local.set({ ruleStats: { version: 1, days: d } }), days);
    const page = await openOptions(session());
    const rows = page.locator('.habits tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rule')))).toEqual(['canned-empathy', 'policy-shield', 'next-steps', 'own-it', 'corporate-speak']);
    expect(await rows.first().locator('.bar-value').innerText()).toBe('15');
    await page.locator('.habits').screenshot({ path: join(OUTPUT, 'options-habits.png') });
    await page.close();
  });
});
