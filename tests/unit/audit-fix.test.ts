// `replycoach audit --fix` and `--dry-run`: a corrected copy of a helpdesk export.
import { copyFile, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine';
import { htmlToText } from '../../src/cli/audit-html';
import { fixExport } from '../../src/cli/audit-fix';
import type { FixReportJson } from '../../src/cli/audit-fix-report';
import { locate, mapText } from '../../src/cli/html-edit';
import { nodeIo } from '../../src/cli/node-io';
import { run } from '../../src/cli/run';

const FIXTURES = join(import.meta.dirname, '../fixtures/audit-fix');

let dir: string;
const at = (name: string) => join(dir, name);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replycoach-fix-'));
  await copyFile(join(FIXTURES, 'zendesk-macros.json'), at('macros.json'));
  await copyFile(join(FIXTURES, 'freshdesk-canned-responses.json'), at('canned.json'));
});

/** The command line on the real disk (in a temp folder), with its output captured. */
async function cli(args: string[], stderrIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { ...nodeIo(), stderrIsTTY, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

// Each run compiles the rules afresh (about a second on a busy two-core machine): room for several runs a test.
const CLI_RUNS = { timeout: 60_000 };

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));
type Macro = { id: number; title: string; actions: { field: string; value: unknown }[] };
const comment = (macro: Macro) => macro.actions.find((a) => a.field.startsWith('comment_value'))!.value;

describe('audit --fix on a Zendesk macros export', CLI_RUNS, () => {
  it('writes EXPORT.fixed.json with every swap applied, field by field, and leaves the export alone', async () => {
    const original = await readFile(at('macros.json'));
    const { code, stdout, stderr } = await cli(['audit', '--fix', at('macros.json')]);
    expect(stderr).toBe('');
    expect(code).toBe(1); // warnings remain: flags without a swap
    expect(await readFile(at('macros.json'))).toEqual(original);

    const before = (await json(at('macros.json'))).macros as Macro[];
    const after = (await json(at('macros.fixed.json'))).macros as Macro[];
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    // HTML: swaps inside text only; the attribute that says "we will" and the link are untouched;
    // a removal hands its capital on into <b>; a phrase split by <i> is left for a person.
    expect(comment(after[0]!)).toBe(
      '<p>Hi {{ticket.requester.first_name}},</p><p>Thank you for your patience. I’ll refund you by Friday.</p>' +
        '<p title="we will">Just so you know, <a href="https://help.example.com/refunds?we%20will">the refund page</a> lists the dates &amp; times.</p>' +
        '<p><b>Your</b> bank may take longer. Kindly <i>note</i> that weekends count.</p>',
    );
    // [channel, text]: the channel kept, the placeholder intact after a removal.
    expect(comment(after[1]!)).toEqual(['channel:all', '{{ticket.requester.first_name}}’s parcel left today.\nI’ll email you the tracking number by 5pm.']);
    // No comment: unchanged. A clause rewrite made; a swap with a [blank] to fill in left for a person.
    expect(after[2]).toEqual(before[2]);
    expect(comment(after[3]!)).toBe('Our records show the invoice was paid on time, but they may be wrong, so I’m checking. It is our policy to keep late fees.');
    // Every other field of every macro as it was.
    const withoutComment = (m: Macro) => ({ ...m, actions: m.actions.filter((a) => !a.field.startsWith('comment_value')) });
    expect(after.map(withoutComment)).toEqual(before.map(withoutComment));

    expect(stdout).toContain('Wrote ' + at('macros.fixed.json') + '; ' + at('macros.json') + ' is unchanged.');
  });

  it('keeps every other byte: number forms, an id too long for JavaScript, \\u escapes, indentation', async () => {
    await cli(['audit', '--fix', at('macros.json')]);
    const original = await readFile(at('macros.json'), 'utf8');
    const fixed = await readFile(at('macros.fixed.json'), 'utf8');
    expect(fixed).toContain('"position": 1.0,');
    expect(fixed).toContain('"id": 12345678901234567891,');
    // The export escaped non-ASCII text, and the rewritten string does too.
    expect(fixed).toContain('"{{ticket.requester.first_name}}\\u2019s parcel left today.\\nI\\u2019ll email you the tracking number by 5pm."');
    // The three rewritten strings aside, the copy is the original byte for byte.
    const html = /"value": ("<p>Hi (?:[^"\\]|\\.)*")/;
    const plain = /"channel:all", ("(?:[^"\\]|\\.)*")/;
    const system = /"value": ("(?:The system|Our records) shows? (?:[^"\\]|\\.)*")/;
    const expected = original
      .replace(html.exec(original)![1]!, html.exec(fixed)![1]!)
      .replace(plain.exec(original)![1]!, plain.exec(fixed)![1]!)
      .replace(system.exec(original)![1]!, system.exec(fixed)![1]!);
    expect(fixed).toBe(expected);
    expect(fixed).not.toBe(original);
  });

  it('escapes a rewritten string as the export escapes its own (Rails: \\u003c and \\/; Python: \\u00e9)', async () => {
    const macros = { macros: [{ id: 1, title: 'Caf\u00e9', actions: [{ field: 'comment_value_html', value: '<p>Sorry for the wait. Your refund &amp; fee are on their way.</p>' }] }] };
    const escaped = JSON.stringify(macros, null, 2)
      .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)
      .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/\//g, '\\/');
    await writeFile(at('escaped.json'), escaped);
    await cli(['audit', '--fix', at('escaped.json')]);
    expect(await readFile(at('escaped.fixed.json'), 'utf8')).toBe(escaped.replace('Sorry for the wait', 'Thank you for your patience'));
  });

  it('lists per macro the swaps made, the flags left (and why a swap was not made) and the missing moves', async () => {
    const { stdout } = await cli(['audit', '--fix', at('macros.json')]);
    const block = (title: string) => stdout.split('\n\n').find((b) => b.startsWith(title))!;
    const advised = block('Refunds::Advised (360101)');
    expect(advised).toMatch(/swapped\s+hint\s+sorry-for-wait\s+"Sorry for the wait" → "Thank you for your patience"/);
    expect(advised).toMatch(/swapped\s+warn\s+corporate-speak\s+"Please be advised that" → \(removed\) ×2/);
    expect(advised).toMatch(/swapped\s+hint\s+we-for-i\s+"we will" → "I’ll"/);
    expect(advised).toMatch(/left\s+warn\s+corporate-speak\s+"Kindly note that"\s+\(not swapped: it crosses HTML markup\)\s+→ Just so you know,/);
    // The long id as written, not as JavaScript rounds it.
    expect(stdout).toContain('Shipping::Placeholder first (12345678901234567891)');
    const billing = block('Billing::System shows paid (360104)');
    expect(billing).toMatch(/swapped\s+warn\s+system-says\s+"The system shows the invoice was paid on time" → "Our records show the invoice was paid on time, but they may be wrong, so I’m checking"/);
    expect(billing).toMatch(/left\s+warn\s+policy-shield\s+"It is our policy"\s+\(not swapped: its better phrasing has a \[blank\] to fill in\)\s+→ /);
    // Missing in the corrected text: the rewrite's "so I'm checking" already owns the next step.
    expect(billing).not.toMatch(/missing\s+hint\s+own-it/);
    const ownIt = /missing\s+hint\s+next-steps\s+Say what happens next, and when\s+→ (.+)/.exec(billing)!;
    expect(ownIt[1]).toMatch(/^Here’s what happens next: I’ll /);
    // Missing moves are reported, never written into a macro.
    expect(await readFile(at('macros.fixed.json'), 'utf8')).not.toContain(ownIt[1]!.slice(0, 20));
    expect(stdout).not.toContain('Close: solved');
    expect(stdout).toMatch(/\n3 of 3 saved replies changed \(8 swaps\) · 2 flags left for a person · 2 missing moves\n/);
  });

  it('refuses to overwrite the copy unless --force, and the export itself always (also through a link)', async () => {
    expect((await cli(['audit', '--fix', at('macros.json')])).code).toBe(1);
    await writeFile(at('macros.fixed.json'), 'mine');
    const again = await cli(['audit', '--fix', at('macros.json')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`replycoach: ${at('macros.fixed.json')}: already exists: pass --force to replace it, or choose another --out\n`);
    expect(again.stdout).toBe('');
    expect(await readFile(at('macros.fixed.json'), 'utf8')).toBe('mine');

    expect((await cli(['audit', '--fix', '--force', at('macros.json')])).code).toBe(1);
    expect(await readFile(at('macros.fixed.json'), 'utf8')).toContain('Thank you for your patience');

    const original = await readFile(at('macros.json'), 'utf8');
    await symlink(at('macros.json'), at('link.json'));
    for (const out of [at('macros.json'), at('link.json'), join(dir, '.', 'macros.json')]) {
      const refused = await cli(['audit', '--fix', '--force', '--out', out, at('macros.json')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('is the export itself: --fix never overwrites the original');
    }
    expect(await readFile(at('macros.json'), 'utf8')).toBe(original);
  });

  it('keeps a byte order mark, and applies a team policy', async () => {
    await writeFile(at('bom.json'), '\ufeff' + (await readFile(at('macros.json'), 'utf8')));
    const policy = JSON.stringify({ version: 1, rules: { 'we-for-i': { severity: 'off' } } });
    await writeFile(at('policy.json'), policy);
    expect((await cli(['audit', '--fix', '--policy', at('policy.json'), at('bom.json')])).code).toBe(1);
    const bytes = await readFile(at('bom.fixed.json'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [advised] = JSON.parse(bytes.toString('utf8').slice(1)).macros as Macro[];
    expect(comment(advised!)).toContain('Thank you for your patience. We will refund you by Friday.'); // we-for-i is off
  });

  it('writes to --out', async () => {
    const { code } = await cli(['audit', '--fix', '--out', at('import-me.json'), at('macros.json')]);
    expect(code).toBe(1);
    expect((await json(at('import-me.json'))).macros).toHaveLength(4);
    expect(await readdir(dir)).not.toContain('macros.fixed.json');
  });
});

describe('audit --fix on a Freshdesk canned-responses export', CLI_RUNS, () => {
  it('fixes content and content_html alike, keeps the markup, reports the item it skips', async () => {
    const { code, stdout, stderr } = await cli(['audit', '--fix', at('canned.json')]);
    expect(stderr).toBe(`replycoach: ${at('canned.json')}: item 3 skipped: no "content" or "content_html"\n`);
    expect(code).toBe(1);
    const [delayed, locked, draft] = await json(at('canned.fixed.json'));
    const [delayed0, locked0, draft0] = await json(at('canned.json'));
    expect(delayed).toEqual({
      ...delayed0,
      content: 'Thank you for your patience. I’ll send you the tracking link by 3pm today.',
      content_html: '<div>Thank you for your patience. I’ll send you the tracking link by <b>3pm</b> today.</div>',
    });
    // The character reference in "we&rsquo;ll" is kept: only the words that change are rewritten.
    expect(locked).toEqual({
      ...locked0,
      content_html: '<div>Sorry for the inconvenience. You should have changed your password. Just so you know, I&rsquo;ll unlock it within 2 hours.</div>',
    });
    expect(draft).toEqual(draft0);
    expect(await readFile(at('canned.fixed.json'), 'utf8')).toMatch(/^\[\n\t\{\n\t\t"id": 7101,/); // tabs, as written
    // One line for a swap made in both fields.
    expect(stdout.match(/sorry-for-wait/g)).toHaveLength(1);
    expect(stdout).toMatch(/left\s+warn\s+blame-shift\s+"You should have changed"/);
  });
});

describe('audit --fix --report-json: the machine-readable sidecar', CLI_RUNS, () => {
  /** Runs --fix with a JSON report; checks it is JSON that round-trips to the same bytes, and returns it. */
  async function sidecar(exportName: string, fixedName: string) {
    const { code, stdout } = await cli(['audit', '--fix', '--report-json', at('report.json'), at(exportName)]);
    expect(code).toBe(1);
    const text = await readFile(at('report.json'), 'utf8');
    const report = JSON.parse(text) as FixReportJson;
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(text);
    expect(report).toMatchObject({ version: 1, export: at(exportName), fixed: at(fixedName) });
    return { report, stdout };
  }
  const macro = (report: FixReportJson, id: string) => report.macros.find((m) => m.id === id)!;

  it('lists per Zendesk macro its id, title, the swaps made, the flags left with why, and the missing moves', async () => {
    const { report, stdout } = await sidecar('macros.json', 'macros.fixed.json');
    // Every macro with a reply, in the export's order, the long id as written; the macro that only sets fields is none.
    expect(report.macros.map((m) => [m.position, m.id, m.title, m.changed])).toEqual([
      [1, '360101', 'Refunds::Advised', true],
      [2, '12345678901234567891', 'Shipping::Placeholder first', true],
      [4, '360104', 'Billing::System shows paid', true],
    ]);
    const advised = macro(report, '360101');
    expect(advised.swaps).toEqual([
      { rule: 'sorry-for-wait', severity: 'hint', before: 'Sorry for the wait', after: 'Thank you for your patience', count: 1, fields: ['comment_value_html'] },
      { rule: 'corporate-speak', severity: 'warn', before: 'Please be advised that', after: '', count: 2, fields: ['comment_value_html'] },
      { rule: 'we-for-i', severity: 'hint', before: 'we will', after: 'I’ll', count: 1, fields: ['comment_value_html'] },
      { rule: 'corporate-speak', severity: 'warn', before: 'Kindly note that', after: 'Just so you know,', count: 1, fields: ['comment_value_html'] },
    ]);
    // The second "Kindly note that" is split by <i>: left, with the reason the text report gives.
    expect(advised.flagsLeft).toEqual([{ rule: 'corporate-speak', severity: 'warn', text: 'Kindly note that', better: 'Just so you know,', reason: 'it crosses HTML markup' }]);
    const billing = macro(report, '360104');
    // A clause rewrite lists the whole stretch it replaced; a swap with a [blank] is left, with why.
    expect(billing.swaps).toEqual([
      {
        rule: 'system-says',
        severity: 'warn',
        before: 'The system shows the invoice was paid on time',
        after: 'Our records show the invoice was paid on time, but they may be wrong, so I’m checking',
        count: 1,
        fields: ['comment_value'],
      },
    ]);
    expect(billing.flagsLeft.map((f) => [f.rule, f.text, f.reason])).toEqual([['policy-shield', 'It is our policy', 'its better phrasing has a [blank] to fill in']]);
    expect(billing.missingMoves.find((m) => m.rule === 'next-steps')).toMatchObject({ title: 'Say what happens next, and when', sentence: expect.stringMatching(/^Here’s what happens next: I’ll /) });
    // The same totals as the text report, and every swap is in the fixed copy as written.
    expect(report.summary).toEqual({ macros: 3, changed: 3, swaps: 8, flagsLeft: 2, missingMoves: 2 });
    expect(stdout).toMatch(/\n3 of 3 saved replies changed \(8 swaps\) · 2 flags left for a person · 2 missing moves\n/);
    const fixedCopy = JSON.stringify(await json(at('macros.fixed.json'))); // its strings, whatever escapes the export uses
    for (const swap of report.macros.flatMap((m) => m.swaps)) if (swap.after) expect(fixedCopy).toContain(swap.after);
  });

  it('lists a Freshdesk swap made in content and content_html once, with both fields, and the item it skipped', async () => {
    const { report } = await sidecar('canned.json', 'canned.fixed.json');
    expect(report.skipped).toEqual([{ position: 3, reason: 'no "content" or "content_html"' }]);
    expect(macro(report, '7101')).toMatchObject({ title: 'Order delayed', changed: true, flagsLeft: [] });
    expect(macro(report, '7101').swaps[0]).toEqual({ rule: 'sorry-for-wait', severity: 'hint', before: 'Sorry for the wait', after: 'Thank you for your patience', count: 1, fields: ['content', 'content_html'] });
    expect(macro(report, '7102').flagsLeft.map((f) => [f.rule, f.text])).toEqual([
      ['canned-empathy', 'Sorry for the inconvenience'],
      ['blame-shift', 'You should have changed'],
    ]);
  });

  it('never overwrites the export, the fixed copy or an earlier report (without --force), and is refused with --dry-run', async () => {
    const original = await readFile(at('macros.json'), 'utf8');
    for (const report of [at('macros.json'), at('macros.fixed.json')]) {
      const refused = await cli(['audit', '--fix', '--force', '--report-json', report, at('macros.json')]);
      expect(refused.code).toBe(2);
    }
    expect(await readFile(at('macros.json'), 'utf8')).toBe(original);
    await writeFile(at('report.json'), 'mine');
    expect((await cli(['audit', '--fix', '--report-json', at('report.json'), at('macros.json')])).code).toBe(2);
    expect(await readFile(at('report.json'), 'utf8')).toBe('mine');
    const dry = await cli(['audit', '--dry-run', '--report-json', at('dry.json'), at('macros.json')]);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain('--report-json applies to --fix');
    expect(await readdir(dir)).not.toContain('dry.json');
  });

  it('says no copy was written when there was nothing to swap', async () => {
    await writeFile(at('clean.json'), JSON.stringify({ macros: [{ id: 1, title: 'Thanks', actions: [{ field: 'comment_value', value: 'Thanks for your patience, Dana. I’ll email you by 5pm today.' }] }] }));
    const { code } = await cli(['audit', '--fix', '--report-json', at('clean-report.json'), at('clean.json')]);
    expect(code).toBeLessThan(2);
    const report = (await json(at('clean-report.json'))) as FixReportJson;
    expect(report.fixed).toBeNull();
    expect(report.macros).toMatchObject([{ id: '1', title: 'Thanks', changed: false, swaps: [] }]);
    expect(await readdir(dir)).not.toContain('clean.fixed.json');
  });
});

describe('audit --dry-run', CLI_RUNS, () => {
  it('prints a unified diff per changed field and writes nothing', async () => {
    const { code, stdout } = await cli(['audit', '--dry-run', at('macros.json')]);
    expect(code).toBe(1);
    expect(await readdir(dir)).toEqual(['canned.json', 'macros.json']);
    const diff = stdout.slice(stdout.indexOf(`--- ${at('macros.json')}\t12345678901234567891 comment_value`)).split('\n').slice(0, 6);
    expect(diff).toEqual([
      `--- ${at('macros.json')}\t12345678901234567891 comment_value`,
      `+++ ${at('macros.fixed.json')}\t12345678901234567891 comment_value`,
      '@@ -1,2 +1,2 @@',
      '-Please be advised that {{ticket.requester.first_name}}’s parcel left today.',
      '-We will email you the tracking number by 5pm.',
      '+{{ticket.requester.first_name}}’s parcel left today.',
    ]);
    expect(stdout).toContain(`+++ ${at('macros.fixed.json')}\t360101 comment_value_html`);
    expect(stdout).toContain('-The system shows the invoice was paid on time. It is our policy to keep late fees.');
    expect(stdout).not.toContain('No newline at end of file');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Dry run: nothing written (--fix would write ${at('macros.fixed.json')}).`);
  });

  it('says when there is nothing to swap, and exits 0 when no warning is left', async () => {
    await writeFile(at('fine.json'), JSON.stringify({ macros: [{ id: 1, title: 'Fine', actions: [{ field: 'comment_value', value: 'Thanks, I have refunded the fee today.' }] }] }));
    const { code, stdout } = await cli(['audit', '--fix', at('fine.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing to swap: no file written.');
    expect(await readdir(dir)).not.toContain('fine.fixed.json');
    await writeFile(at('hints.json'), JSON.stringify({ macros: [{ id: 1, title: 'Hints', actions: [{ field: 'comment_value', value: 'Sorry for the wait. We will refund the fee by 5pm today.' }] }] }));
    expect((await cli(['audit', '--fix', at('hints.json')])).code).toBe(0); // the hints were swapped; nothing warns
  });

  it('draws a progress bar on stderr for a large export when stderr is a terminal', async () => {
    const macros = { macros: Array.from({ length: 250 }, (_, i) => ({ id: i, title: `m${i}`, actions: [{ field: 'comment_value', value: 'Sorry for the wait. I will check it by 5pm today.' }] })) };
    await writeFile(at('big.json'), JSON.stringify(macros));
    const { stderr, stdout } = await cli(['audit', '--dry-run', at('big.json')], true);
    expect(stderr).toMatch(/^\r\[\.{30}\] 0\/250 saved replies.*\r\[#{30}\] 250\/250 saved replies\n$/s);
    expect(stdout).not.toContain('\r');
    expect((await cli(['audit', '--dry-run', at('big.json')])).stderr).toBe('');
  });

  it('shows control characters from the export as visible escapes', async () => {
    const hostile = 'Sorry for the wait.\u001b]0;owned\u0007 We will call.';
    await writeFile(at('h.json'), JSON.stringify({ macros: [{ id: 1, title: '\u001b[31mRed', actions: [{ field: 'comment_value', value: hostile }] }] }));
    const { stdout } = await cli(['audit', '--dry-run', at('h.json')]);
    expect(stdout).toContain('\\u001b[31mRed');
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('audit --fix usage', CLI_RUNS, () => {
  it.each([
    [['audit', '--fix', '--format', 'json', 'a.json'], '--format applies to the audit report; --fix and --dry-run print their own'],
    [['audit', '--out', 'b.json', 'a.json'], '--out, --report-json and --force apply to `audit --fix` only'],
    [['audit', '--force', 'a.json'], '--out, --report-json and --force apply to `audit --fix` only'],
    [['audit', '--report-json', 'r.json', 'a.json'], '--out, --report-json and --force apply to `audit --fix` only'],
    [['check', '--fix', 'a.txt'], '--fix, --dry-run, --out, --report-json and --force apply to `audit` only'],
    [['audit', '--fix', '--report-json', '-', 'a.json'], '--report-json needs a file name: stdout carries the text report'],
    [['audit', '--fix', '-'], '--fix reading the export from stdin needs --out FILE'],
    [['audit', '--fix', '--out', '', 'a.json'], '--out needs a file name'],
    [['audit', '--fix', '--out', '-', 'a.json'], '--out needs a file name: the copy is not written to stdout'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('refuses a folder', async () => {
    const { code, stderr } = await cli(['audit', '--fix', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('--fix and --dry-run rewrite a helpdesk export file, not a folder');
  });
});

describe('swaps applied from the end backwards', () => {
  const flag = (text: string, phrase: string, replacement: string, from = 0): Finding => {
    const start = text.indexOf(phrase, from);
    return { ruleId: 'corporate-speak', kind: 'flag', category: 'ownership', severity: 'warn', start, end: start + phrase.length, text: phrase, message: '', replacement, swap: true };
  };
  const export1 = (value: string, field: string) => JSON.stringify({ macros: [{ id: 1, title: 't', actions: [{ field, value }] }] });
  const fixWith = (text: string, findings: Finding[], html?: string) => {
    const score = (): Result => ({ scores: { listening: 50, ownership: 50 }, findings });
    const fixed = fixExport(html === undefined ? export1(text, 'comment_value') : export1(html, 'comment_value_html'), 'm.json', score);
    return { text: JSON.parse(fixed.text).macros[0].actions[0].value as string, field: fixed.items[0]!.fields[0]! };
  };

  it('keeps every offset valid, a removal passing its capital on to the words a later swap wrote', () => {
    const text = 'Please be advised that we will call. Kindly note that we will write.';
    const { text: fixed, field } = fixWith(text, [
      flag(text, 'Please be advised that', ''),
      flag(text, 'we will', 'I’ll'),
      flag(text, 'Kindly note that', 'just so you know,'),
      flag(text, 'we will', 'I’ll', 40),
    ]);
    expect(fixed).toBe('I’ll call. Just so you know, I’ll write.');
    expect(field.applied.map((a) => a.text)).toEqual(['Please be advised that', 'we will', 'Kindly note that', 'we will']);
  });

  it('applies only the later of two overlapping flags, and says why the other was left', () => {
    const text = 'As per our terms, it is late.';
    const { text: fixed, field } = fixWith(text, [flag(text, 'As per our terms', 'Under our terms'), flag(text, 'our terms', 'the terms')]);
    expect(fixed).toBe('As per the terms, it is late.');
    expect(field.notApplied.map((n) => [n.finding.text, n.reason])).toEqual([['As per our terms', 'it overlaps another swap']]);
  });

  it('never changes a placeholder', () => {
    const text = 'Hi {{ticket.requester.first_name}}, thanks.';
    const { text: fixed, field } = fixWith(text, [flag(text, 'first_name', 'name')]);
    expect(fixed).toBe(text);
    expect(field.notApplied[0]!.reason).toBe('it touches a {{placeholder}}');
  });
});

describe('HTML fields that cannot be edited safely are left whole', () => {
  const flag = (text: string, phrase: string): Finding => {
    const start = text.indexOf(phrase);
    return { ruleId: 'corporate-speak', kind: 'flag', category: 'ownership', severity: 'warn', start, end: start + phrase.length, text: phrase, message: '', replacement: '', swap: true };
  };
  const fixHtml = (html: string, phrase: string) => {
    const text = htmlToText(html);
    const score = (): Result => ({ scores: { listening: 50, ownership: 50 }, findings: text.includes(phrase) ? [flag(text, phrase)] : [] });
    const fixed = fixExport(JSON.stringify({ macros: [{ id: 1, title: 't', actions: [{ field: 'comment_value_html', value: html }] }] }), 'm.json', score);
    return { html: JSON.parse(fixed.text).macros[0].actions[0].value as string, field: fixed.items[0]!.fields[0]! };
  };

  it('when an edit would make the markup read differently (a character reference formed by the removal)', () => {
    const { html, field } = fixHtml('<p>R&X-amp; D</p>', 'X-');
    expect(html).toBe('<p>R&X-amp; D</p>');
    expect(field.applied).toEqual([]);
    expect(field.notApplied.map((n) => n.reason)).toEqual(['the edited HTML would not read as the edited text']);
  });

  it('when its text cannot be traced back to the markup (a reference cut in two by a tag)', () => {
    const { html, field } = fixHtml('<p>Kindly note that R&am<b></b>p;D</p>', 'Kindly note that');
    expect(html).toBe('<p>Kindly note that R&am<b></b>p;D</p>');
    expect(field.refused).toMatch(/^its HTML cannot be edited safely/);
  });
});

describe('HTML text tied to its markup', () => {
  it.each([
    '<p>Hi Dana,</p><p>Thanks.</p>',
    'Line one<br>Line two<br/>Line three',
    '<ul><li>one</li><li>two</li></ul>',
    'I&rsquo;m sorry &amp; I&#8217;ll fix it &#x1F600; &nbsp;today',
    '<script>alert("It is our policy")</script>Hello<style>p { color: red }</style>',
    'before<!-- It is our policy -->after',
    'a < b and c > d',
    '<div>cut off <span',
    '<table><tr><td>a</td><td>b</td></tr></table>',
    '  <p>  spaced \n\n\n\n out  </p>  ',
  ])('reads %j exactly as htmlToText does', (html) => {
    expect(mapText(html)!.map((u) => u.c).join('')).toBe(htmlToText(html));
  });

  it('locates text inside one text node, and refuses text across a tag, an implied line break or half a reference', () => {
    const html = '<p>Kindly <b>note</b> that</p><p>ok &#x1F600;</p>';
    const units = mapText(html)!;
    const text = units.map((u) => u.c).join('');
    expect(text).toBe('Kindly note that\n\nok 😀');
    expect(locate(html, units, 0, 6)).toEqual({ from: 3, to: 9 });
    expect(locate(html, units, 0, 11)).toEqual({ refused: 'it crosses HTML markup' });
    expect(locate(html, units, 12, 19)).toEqual({ refused: 'it crosses HTML markup' });
    expect(locate(html, units, text.length - 1, text.length)).toEqual({ refused: 'it crosses HTML markup' });
    expect(locate(html, units, text.length - 2, text.length)).toEqual({ from: html.indexOf('&#x'), to: html.lastIndexOf('</p>') });
  });
});
