import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES, score } from '../../src/engine';
import type { Finding, Result } from '../../src/engine';
import { formatText } from '../../src/cli/format';
import { decodeText } from '../../src/cli/input';
import { run } from '../../src/cli/run';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replycoach-cli-'));
  await writeFile(file('reply.txt'), 'Hello Sam,\nIt is our policy to charge a change fee.\nThanks');
  await writeFile(file('customer.txt'), 'You charged me twice for my flight to Boston!');
  await writeFile(file('empty.txt'), '  \n');
  await writeFile(file('policy.json'), JSON.stringify({ version: 1, name: 'desk' }));
  await writeFile(file('broken.json'), '{ "version": 1, ');
  await writeFile(file('wrong.json'), JSON.stringify({ version: 1, rules: { 'no-such-rule': { severity: 'warn' } } }));
  await writeFile(
    file('cases.jsonl'),
    [
      { id: 'a', reply: 'We will refund you today.', customer: 'I was charged twice.' },
      { id: 7, reply: 'It is our policy.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n') + '\n\n',
  );
  await writeFile(file('bad.jsonl'), '{"id": "a", "reply": "ok"}\n{"id": "b"}\nnot json\n');
});

/** Runs the command line in-process with captured output; stdin is `stdin` (a TTY when undefined). */
async function cli(args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => stdin ?? '',
    stdinIsTTY: stdin === undefined,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

const expectedCode = (...results: Result[]) => (results.some((r) => r.findings.some((f) => f.severity === 'warn')) ? 1 : 0);

describe('replycoach check', () => {
  it('prints a linter-like line for each finding, then the scores', async () => {
    const reply = await readFile(file('reply.txt'), 'utf8');
    const result = score({ reply });
    const { code, stdout, stderr } = await cli(['check', file('reply.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(expectedCode(result));
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(result.findings.length + 1);
    for (const finding of result.findings) {
      const before = reply.slice(0, finding.start).split('\n');
      const where = finding.end > finding.start ? `:${before.length}:${before.at(-1)!.length + 1}` : '';
      const line = lines.find((l) => l.startsWith(`${file('reply.txt')}${where} `) && l.includes(` ${finding.ruleId} `));
      expect(line, finding.ruleId).toMatch(new RegExp(`^\\S+ +${finding.severity} +${finding.ruleId} +.*→ `));
    }
    expect(lines.at(-1)).toMatch(new RegExp(`^${escape(file('reply.txt'))}: .* · listening ${result.scores.listening} · ownership ${result.scores.ownership}$`));
  });

  it('flags "It is our policy" at its line and column as a warning (exit 1)', async () => {
    const { code, stdout } = await cli(['check', file('reply.txt')]);
    expect(stdout).toContain(`${file('reply.txt')}:2:1  warn  policy-shield `);
    expect(stdout).toMatch(/policy-shield +"It is our policy" .+ → \S/);
    expect(code).toBe(1);
  });

  it('--json prints the engine result for each file', async () => {
    const { code, stdout } = await cli(['check', '--json', file('reply.txt'), file('empty.txt')]);
    const reply = await readFile(file('reply.txt'), 'utf8');
    expect(JSON.parse(stdout)).toEqual([
      { file: file('reply.txt'), ...score({ reply }) },
      { file: file('empty.txt'), scores: { listening: null, ownership: null }, findings: [] },
    ]);
    expect(code).toBe(expectedCode(score({ reply })));
  });

  it('--customer lets a heated customer message call for a phone call', async () => {
    await writeFile(file('heated.txt'), 'THIS IS THE THIRD TIME!!! I am cancelling my account today.');
    await writeFile(file('short.txt'), 'We have updated your booking.');
    const ids = (out: string) => JSON.parse(out)[0].findings.map((f: Finding) => f.ruleId);
    expect(ids((await cli(['check', '--json', file('short.txt')])).stdout)).not.toContain('offer-call');
    expect(ids((await cli(['check', '--json', '--customer', file('heated.txt'), file('short.txt')])).stdout)).toContain('offer-call');
  });

  it('--customer scores the reply against the customer message', async () => {
    const reply = await readFile(file('reply.txt'), 'utf8');
    const customer = await readFile(file('customer.txt'), 'utf8');
    const { stdout } = await cli(['check', '--json', '--customer', file('customer.txt'), file('reply.txt')]);
    expect(JSON.parse(stdout)[0]).toEqual({ file: file('reply.txt'), ...score({ reply, customer }) });
  });

  it('reads the reply from stdin when no file is given, or from "-"', async () => {
    for (const args of [['check'], ['check', '-']]) {
      const { stdout } = await cli([...args, '--json'], 'Sorry for the inconvenience.');
      expect(JSON.parse(stdout)).toEqual([{ file: '<stdin>', ...score({ reply: 'Sorry for the inconvenience.' }) }]);
    }
  });

  it('says an empty reply is not scored', async () => {
    const { code, stdout } = await cli(['check', file('empty.txt')]);
    expect([code, stdout]).toEqual([0, `${file('empty.txt')}: empty reply, not scored\n`]);
  });

  it('totals several files', async () => {
    const { stdout } = await cli(['check', file('reply.txt'), file('empty.txt')]);
    expect(stdout).toMatch(/\n\n2 replies: .+\n$/);
  });
});

describe('replycoach check --jsonl', () => {
  it('prints one {id, scores, findings} line per case, ids as given', async () => {
    const { code, stdout } = await cli(['check', '--jsonl', file('cases.jsonl')]);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const a = score({ reply: 'We will refund you today.', customer: 'I was charged twice.' });
    const b = score({ reply: 'It is our policy.' });
    expect(lines).toEqual([
      { id: 'a', ...a },
      { id: 7, ...b },
    ]);
    expect(Object.keys(lines[0])).toEqual(['id', 'scores', 'findings']);
    expect(lines[1].findings).toContainEqual(expect.objectContaining({ ruleId: 'policy-shield', kind: 'flag', start: 0, end: 16 }));
    expect(code).toBe(expectedCode(a, b));
  });

  it('reads cases from stdin', async () => {
    const { stdout } = await cli(['check', '--jsonl'], '{"id":"s","reply":"Thanks!"}\n');
    expect(JSON.parse(stdout)).toEqual({ id: 's', ...score({ reply: 'Thanks!' }) });
  });

  it('refuses bad lines, naming the file and each line, before scoring any', async () => {
    const { code, stdout, stderr } = await cli(['check', '--jsonl', file('bad.jsonl')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`replycoach: ${file('bad.jsonl')}: line 2: "reply" must be a string`);
    expect(stderr).toContain(`replycoach: ${file('bad.jsonl')}: line 3: not valid JSON`);
  });
});

describe('replycoach check --policy', () => {
  it('accepts a valid policy file', async () => {
    const { code, stderr } = await cli(['check', '--policy', file('policy.json'), file('empty.txt')]);
    expect([code, stderr]).toEqual([0, '']);
  });

  it('applies severities and team phrases from the policy', async () => {
    await writeFile(file('quiet.json'), JSON.stringify({ version: 1, rules: { 'policy-shield': { severity: 'hint' } } }));
    await writeFile(file('team.json'), JSON.stringify({ version: 1, phrases: [{ ruleId: 'dead-end', phrase: 'change fee' }] }));
    await writeFile(file('policy-only.txt'), 'It is our policy to charge a change fee.');
    const plain = await cli(['check', '--json', file('policy-only.txt')]);
    const quiet = await cli(['check', '--json', '--policy', file('quiet.json'), file('policy-only.txt')]);
    const team = await cli(['check', '--json', '--policy', file('team.json'), file('policy-only.txt')]);
    const shield = (out: string) => JSON.parse(out)[0].findings.find((f: Finding) => f.ruleId === 'policy-shield');
    expect(shield(plain.stdout).severity).toBe('warn');
    expect(plain.code).toBe(1);
    expect(shield(quiet.stdout).severity).toBe('hint');
    expect(quiet.code).toBe(expectedCode(score({ reply: 'It is our policy to charge a change fee.' }, { rules: { 'policy-shield': { severity: 'hint' } } })));
    const teamFinding = JSON.parse(team.stdout)[0].findings.find((f: Finding) => f.team);
    const at = 'It is our policy to charge a change fee.'.indexOf('change fee');
    expect(teamFinding).toMatchObject({ ruleId: 'dead-end', kind: 'flag', start: at, end: at + 10, text: 'change fee' });
  });

  it.each([
    ['broken.json', 'not valid JSON'],
    ['wrong.json', 'rules.no-such-rule: unknown rule id "no-such-rule"'],
    ['missing.json', 'cannot read: no such file'],
  ])('refuses %s with exit 2 and a message naming the file', async (name, problem) => {
    const { code, stdout, stderr } = await cli(['check', '--policy', file(name), file('reply.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`replycoach: ${file(name)}: ${problem}`);
  });
});

describe('bad usage and unreadable input exit with 2', () => {
  it.each([
    [[], 'missing command'],
    [['lint'], 'unknown command "lint"'],
    [['check', '--jsn'], "Unknown option '--jsn'"],
    [['check', '--json', '--jsonl', 'x'], 'cannot be combined'],
    [['check', '--jsonl', '--customer', 'c.txt', 'x'], '--customer does not apply to --jsonl'],
    [['check', '--customer'], "Option '--customer <value>' argument missing"],
    [['check'], 'no input'],
  ])('%j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('replycoach --help');
  });

  it('names a file that does not exist, or is a directory', async () => {
    const missing = await cli(['check', file('reply.txt'), file('nope.txt')]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', `replycoach: ${file('nope.txt')}: cannot read: no such file\n`]);
    const directory = await cli(['check', '--customer', dir, file('reply.txt')]);
    expect([directory.code, directory.stderr]).toEqual([2, `replycoach: ${dir}: cannot read: is a directory\n`]);
  });
});

describe('help, version and rules', () => {
  it('--help prints the usage', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('replycoach check [--json] [--customer FILE] [--customer-name NAME] [--policy FILE] [FILE ...]');
  });

  it('rules lists every rule id, --json as data', async () => {
    const text = await cli(['rules']);
    for (const rule of RULES) expect(text.stdout).toMatch(new RegExp(`^${rule.id} +${rule.kind} `, 'm'));
    expect(JSON.parse((await cli(['rules', '--json'])).stdout)).toEqual(RULES);
  });
});

describe('text output', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'policy-shield', kind: 'flag', category: 'ownership', severity: 'warn', start: 0, end: 0,
    text: '', message: 'Hiding behind policy.', replacement: 'Here is what I can do.', ...over,
  });

  it('gives 1-based line:col across LF and CRLF lines, quotes the span, and lists spans before suggestions', () => {
    const text = 'Hi,\r\nI see.\nIt is our policy.\nPlease be advised that';
    const start = text.indexOf('It is');
    const advised = text.indexOf('Please');
    const out = formatText([
      {
        file: 'r.txt',
        text,
        result: {
          scores: { listening: 80, ownership: 40 },
          findings: [
            finding({ ruleId: 'own-it', kind: 'suggestion', severity: 'hint', message: 'Own\nthe next step.', replacement: "I'll check." }),
            finding({ start, end: start + 16, text: 'It is our policy' }),
            finding({ ruleId: 'corporate-speak', start: advised, end: text.length, text: 'Please be advised that', message: 'Stilted.', replacement: '', swap: true }),
          ],
        },
      },
    ]);
    expect(out).toBe(
      [
        'r.txt:3:1  warn  policy-shield    "It is our policy" Hiding behind policy: Hiding behind policy.  → Here is what I can do.',
        'r.txt:4:1  warn  corporate-speak  "Please be advised that" Corporate speak: Stilted.  → (remove it)',
        "r.txt      hint  own-it           Own the next step: Own the next step.  → I'll check.",
        'r.txt: 2 warnings, 1 hint · listening 80 · ownership 40',
        '',
      ].join('\n'),
    );
  });
});

describe('src/cli/bin.mjs', () => {
  it('asks for a build when dist/cli is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'replycoach-bin-'));
    await mkdir(join(root, 'src/cli'), { recursive: true });
    await copyFile('src/cli/bin.mjs', join(root, 'src/cli/bin.mjs'));
    const error = await promisify(execFile)(process.execPath, [join(root, 'src/cli/bin.mjs'), 'check']).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('run `npm run build` first');
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('hostile input: sizes and ids', () => {
  it('refuses a reply longer than a message may be, naming the file, with exit 2 and nothing scored', async () => {
    const { code, stdout, stderr } = await cli(['check', '-'], 'It is our policy. '.repeat(6_000));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^replycoach: <stdin>: the reply is 108,000 characters; at most 100,000 are scored/);
  });

  it('refuses a JSONL case whose reply is too long, by line', async () => {
    const lines = [JSON.stringify({ id: 'ok', reply: 'Fine.' }), JSON.stringify({ id: 'big', reply: 'x '.repeat(60_000) })].join('\n');
    const { code, stderr } = await cli(['check', '--jsonl'], lines);
    expect(code).toBe(2);
    expect(stderr).toContain('line 2: "reply" is 120,000 characters');
  });

  it.each(['1e400', '12345678901234567891', '1.0'])('refuses the numeric id %s, which would not come back as written', async (id) => {
    const { code, stderr } = await cli(['check', '--jsonl'], `{"id": ${id}, "reply": "Thanks."}\n`);
    expect(code).toBe(2);
    expect(stderr).toContain(`line 1: "id" ${id} cannot be kept exactly as a number: write it as a string ("${id}")`);
  });

  it('keeps ordinary numeric and string ids exactly as written', async () => {
    const { code, stdout } = await cli(['check', '--jsonl'], '{"id": 42, "reply": "Thanks."}\n{"id": "12345678901234567891", "reply": "Thanks."}\n{"id": -3.5, "reply": "Thanks."}\n');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([42, '12345678901234567891', -3.5]);
  });
});

describe('hostile input: bytes', () => {
  it('refuses text with NUL bytes, naming the input', async () => {
    const { code, stderr } = await cli(['check', '-'], 'PK\u0003\u0004\u0000\u0000binary');
    expect(code).toBe(2);
    expect(stderr).toContain('replycoach: <stdin>: not text: it holds NUL bytes');
  });

  it('decodes UTF-8 strictly: other bytes are an error, not U+FFFD', () => {
    expect(decodeText(new TextEncoder().encode('café ✓'))).toBe('café ✓');
    expect(() => decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toThrow(/not UTF-8 text/);
  });
});
