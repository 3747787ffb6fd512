// `replycoach audit`: helpdesk exports and folders of saved replies, ranked worst first.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/engine';
import { decodeEntities, htmlToText } from '../../src/cli/audit-html';
import { parseExport, progressBar } from '../../src/cli/audit';
import { InputError } from '../../src/cli/input';
import { run } from '../../src/cli/run';

const FIXTURES = join(import.meta.dirname, '../fixtures/audit');
const ZENDESK = join(FIXTURES, 'zendesk-macros.json');
const FRESHDESK = join(FIXTURES, 'freshdesk-canned-responses.json');

/** Runs the command line in-process; `files` stand in for the disk when given. */
async function cli(args: string[], options: { tty?: boolean; files?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readFile: async (path) => options.files?.[path] ?? readFile(path, 'utf8'),
    readStdin: async () => '',
    stdinIsTTY: true,
    stderrIsTTY: options.tty ?? false,
    listFiles: async (path) => {
      if (options.files) return undefined;
      try {
        return (await readdir(path, { recursive: true })).sort();
      } catch {
        return undefined;
      }
    },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('HTML bodies read as text', () => {
  it.each([
    ['<p>Hi Dana,</p><p>Thanks.</p>', 'Hi Dana,\n\nThanks.'],
    ['Line one<br>Line two<br/>Line three', 'Line one\nLine two\nLine three'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['I&rsquo;m sorry &amp; I&#8217;ll fix it &#x1F600; &nbsp;today', 'I’m sorry & I’ll fix it 😀 today'],
    ['<script>alert("It is our policy")</script>Hello<style>p { color: red }</style>', 'Hello'],
    ['<SCRIPT type="x">nope</SCRIPT >ok', 'ok'],
    ['before<!-- It is our policy -->after', 'beforeafter'],
    ['a < b and c > d', 'a < b and c > d'],
    ['&lt;b&gt;not a tag&lt;/b&gt; &bogus; &#0;', '<b>not a tag</b> &bogus; \ufffd'],
    ['<div>cut off <span', 'cut off'],
    ['<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('takes linear time on hostile markup', () => {
    const start = performance.now();
    htmlToText('<script'.repeat(50_000));
    htmlToText('<a'.repeat(100_000));
    htmlToText('<!--'.repeat(100_000));
    htmlToText('&#'.repeat(100_000) + '&amp'.repeat(50_000));
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('leaves unknown named references alone', () => {
    expect(decodeEntities('&notareal; &AMP;')).toBe('&notareal; &');
  });
});

describe('helpdesk exports', () => {
  it('reads a Zendesk macros export: HTML or plain comment, [channel, text] values, macros without a comment', async () => {
    const { replies, skipped } = parseExport(await readFile(ZENDESK, 'utf8'), 'macros.json');
    expect(skipped).toEqual([]);
    expect(replies.map((r) => [r.id, r.title])).toEqual([
      ['360001', 'Refunds::Policy answer'],
      ['360002', 'Shipping::Delay, we own it'],
      ['360003', 'Close: solved'],
      ['360004', 'Billing::System shows paid'],
    ]);
    expect(replies[0]!.text).toBe(
      'Hi {{ticket.requester.first_name}},\n\nI understand your frustration. It is our policy to hold refunds until the billing cycle closes, and our records indicate both payments went through.\n\nPlease be advised that there is nothing we can do before then.\n\nRegards,\n{{current_user.first_name}}',
    );
    expect(replies[1]!.text).toMatch(/^Hi \{\{ticket.requester.first_name\}\},\n\nThank you/);
    expect(replies[2]!.text).toBe('');
  });

  it('reads Freshdesk canned responses: content, else content_html as text; bare or wrapped', async () => {
    const text = await readFile(FRESHDESK, 'utf8');
    const { replies } = parseExport(text, 'canned.json');
    expect(replies[0]).toMatchObject({ id: '7001', title: 'Account locked', text: expect.stringContaining('Rules are rules.') });
    expect(replies[1]!.text).toBe('Thanks for reaching out & for your patience. I’ve checked your order myself: it ships today and I’ll send you the tracking link by 3pm.');
    expect(parseExport(JSON.stringify({ canned_responses: JSON.parse(text) }), 'canned.json').replies).toEqual(replies);
  });

  it('reports every item it leaves out, by its position, and numbers id-less items by their position in the file', () => {
    const macro = (title: string, id?: number) => ({ ...(id === undefined ? {} : { id }), title, actions: [{ field: 'comment_value', value: 'Hi.' }] });
    const text = JSON.stringify({ macros: [macro('a', 1), 'stray text', null, macro('d'), [1], macro('f', 6)] });
    const { replies, skipped } = parseExport(text, 'macros.json');
    expect(replies.map((r) => r.id)).toEqual(['1', '#4', '6']);
    expect(skipped).toEqual([
      { position: 2, reason: 'a string, not an object' },
      { position: 3, reason: 'null, not an object' },
      { position: 5, reason: 'a list, not an object' },
    ]);
  });

  it('scores the rest of a Freshdesk export when one response has no content, and names it', () => {
    const text = JSON.stringify([{ id: 1, title: 'a', content: 'Hi.' }, { id: 2, title: 'b' }, { id: 3, title: 'c', content_html: '<p>Hello.</p>' }]);
    const { replies, skipped } = parseExport(text, 'canned.json');
    expect(replies.map((r) => [r.id, r.text])).toEqual([['1', 'Hi.'], ['3', 'Hello.']]);
    expect(skipped).toEqual([{ position: 2, reason: 'no "content" or "content_html"' }]);
  });

  it.each([
    ['{"tickets": []}', 'not a helpdesk export'],
    ['[{"title": "x"}]', 'not a helpdesk export'],
    ['{ "macros": [', 'not valid JSON'],
  ])('refuses %s, naming the file', (text, problem) => {
    expect(() => parseExport(text, 'export.json')).toThrow(InputError);
    expect(() => parseExport(text, 'export.json')).toThrow(new RegExp(`^export\\.json: ${problem}`));
  });
});

describe('replycoach audit', () => {
  it('does not flag the placeholders a saved reply is made of ({{ticket.requester.first_name}}, [order number])', async () => {
    const macros = [{ id: 1, title: 'Hello', actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}}, your order [order number] ships today and I will send the tracking link by 3pm.' }] }];
    const { stdout } = await cli(['audit', '--format', 'json', 'macros.json'], { files: { 'macros.json': JSON.stringify({ macros }) } });
    const ids = (JSON.parse(stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('unfilled-placeholder');
  });

  it('says on stderr which items of an export it skipped, and scores the rest', async () => {
    const macros = [
      { id: 1, title: 'Policy', actions: [{ field: 'comment_value', value: 'It is our policy.' }] },
      'stray text',
      null,
      { title: 'No id', actions: [{ field: 'comment_value', value: 'Thanks, I have fixed it.' }] },
    ];
    const { stdout, stderr } = await cli(['audit', '--format', 'json', 'macros.json'], { files: { 'macros.json': JSON.stringify({ macros }) } });
    expect(stderr).toBe('replycoach: macros.json: item 2 skipped: a string, not an object\nreplycoach: macros.json: item 3 skipped: null, not an object\n');
    expect((JSON.parse(stdout) as { id: string }[]).map((row) => row.id).sort()).toEqual(['#4', '1']);
  });

  it('prints a table, worst first, with scores, counts and flagged rules; exit 1 on warnings', async () => {
    const { code, stdout, stderr } = await cli(['audit', ZENDESK]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+listen\s+own\s+warn\s+hint\s+reply\s+findings$/);
    expect(lines[1]).toContain('Refunds::Policy answer (360001)');
    expect(lines[1]).toContain('policy-shield');
    expect(lines[4]).toContain('Close: solved (360003)');
    expect(lines[4]).toContain('(empty, not scored)');
    expect(lines.at(-1)).toBe('4 saved replies · 2 with warnings · 1 empty');
    // The owned reply ranks above the empty one and below both bad ones.
    expect(lines[3]).toContain('Shipping::Delay, we own it');
  });

  it('prints JSON with each reply’s rank, scores and findings (offsets into the text as read)', async () => {
    const { stdout } = await cli(['audit', '--format', 'json', FRESHDESK]);
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { rank: number; id: string }) => [r.rank, r.id])).toEqual([[1, '7001'], [2, '7002']]);
    // As audit scores: a saved reply's placeholders are not checked.
    const score = createScorer({ rules: { 'unfilled-placeholder': { severity: 'off' } } });
    expect(rows[0].scores).toEqual(score({ reply: 'Sorry for the inconvenience. You should have changed your password before the deadline. Rules are rules.' }).scores);
    expect(rows[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['canned-empathy', 'blame-shift', 'policy-shield']));
  });

  it('prints CSV a spreadsheet opens safely', async () => {
    const macros = { macros: [{ id: 1, title: '=HYPERLINK("x"), "quoted"', actions: [{ field: 'comment_value', value: 'It is our policy.' }] }] };
    const { stdout } = await cli(['audit', '--format', 'csv', 'm.json'], { files: { 'm.json': JSON.stringify(macros) } });
    const [header, row] = stdout.split('\r\n');
    expect(header).toBe('rank,id,title,listening,ownership,warnings,hints,flags,missing_moves');
    expect(row).toMatch(/^1,1,"'=HYPERLINK\(""x""\), ""quoted""",\d+,\d+,1,\d+,policy-shield,/);
  });

  it('reads a folder of .txt, .md and .html files, skipping others', async () => {
    const { stdout, code } = await cli(['audit', join(FIXTURES, 'replies')]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toContain('policy-refusal (policy-refusal.txt)');
    expect(lines[2]).toContain('refund-owned (refund-owned.html)');
    expect(stdout).not.toContain('README');
  });

  it('applies a team policy', async () => {
    const policy = JSON.stringify({ version: 1, rules: { 'canned-empathy': { severity: 'off' }, 'blame-shift': { severity: 'off' }, 'policy-shield': { severity: 'hint' } } });
    const { stdout } = await cli(['audit', '--format', 'json', '--policy', 'p.json', 'c.json'], {
      files: { 'p.json': policy, 'c.json': await readFile(FRESHDESK, 'utf8') },
    });
    const ids = JSON.parse(stdout).flatMap((r: { findings: { ruleId: string; severity: string }[] }) => r.findings.filter((f) => f.severity === 'warn').map((f) => f.ruleId));
    expect(ids).not.toContain('canned-empathy');
    expect(ids).not.toContain('policy-shield');
  });

  it('draws a progress bar on stderr for a large export when stderr is a terminal, and only then', async () => {
    const macros = { macros: Array.from({ length: 250 }, (_, i) => ({ id: i, title: `m${i}`, actions: [{ field: 'comment_value', value: 'I will check it today.' }] })) };
    const files = { 'big.json': JSON.stringify(macros) };
    const tty = await cli(['audit', 'big.json'], { tty: true, files });
    expect(tty.stderr).toMatch(/\r\[#{30}\] 250\/250 saved replies\n$/);
    expect(tty.stdout).not.toContain('\r');
    expect((await cli(['audit', 'big.json'], { tty: false, files })).stderr).toBe('');
    expect((await cli(['audit', ZENDESK], { tty: true })).stderr).toBe('');
  });

  it.each([
    [['audit'], '`audit` reads one export file or folder'],
    [['audit', 'a.json', 'b.json'], '`audit` reads one export file or folder'],
    [['audit', '--format', 'xml', 'a.json'], '--format must be table, json or csv, not "xml"'],
    [['audit', '--json', 'a.json'], '`audit` takes --format, --policy, --fix, --dry-run, --out, --report-json and --force only'],
    [['check', '--format', 'csv', 'a.txt'], '--format applies to `audit` only'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('reports an unreadable or unrecognised export with exit 2', async () => {
    const missing = await cli(['audit', join(FIXTURES, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read: no such file/);
    const wrong = await cli(['audit', 'x.json'], { files: { 'x.json': '{"tickets": []}' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('replycoach: x.json: not a helpdesk export');
  });
});

describe('progress bar', () => {
  it('redraws only when it grows, and ends the line when done', () => {
    let out = '';
    const bar = progressBar(1000, (t) => void (out += t), 10);
    for (let i = 1; i <= 1000; i++) bar(i);
    expect(out.split('\r').filter(Boolean)).toHaveLength(12); // empty, ten steps, then the final line
    expect(out.endsWith('[##########] 1000/1000 saved replies\n')).toBe(true);
  });
});

describe('terminal escapes in input', () => {
  const ESC = '\u001b';
  const hostile = `${ESC}[31mRed${ESC}[0m ${ESC}]0;owned${'\u0007'} ${ESC}]8;;http://x${ESC}\\link${ESC}]8;;${ESC}\\ \u009b2J over\rwrite`;
  const macros = { macros: [{ id: 1, title: hostile, actions: [{ field: 'comment_value', value: `It is our policy. ${hostile}` }] }] };
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each(['table', 'csv', 'json'])('never reach the terminal in the %s output, shown as visible escapes instead', async (format) => {
    const { stdout } = await cli(['audit', '--format', format, 'm.json'], { files: { 'm.json': JSON.stringify(macros) } });
    expect(stdout.replaceAll('\r\n', '\n')).not.toMatch(controls);
    if (format === 'json') expect(JSON.parse(stdout)[0].title).toBe(hostile);
    else expect(stdout).toContain('\\u001b[31mRed');
  });

  it('never reach the terminal from a bad JSONL line echoed in an error', async () => {
    const { stderr, code } = await cli(['check', '--jsonl', 'c.jsonl'], { files: { 'c.jsonl': `{"id": "a", "reply": "${'\\u001b'}[2J"}\n${ESC}[2Jnot json\n` } });
    expect(code).toBe(2);
    expect(stderr).not.toMatch(controls);
  });
});
