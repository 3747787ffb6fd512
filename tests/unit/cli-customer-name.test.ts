// The requester's name on the command line: `check --customer-name NAME` and a batch case's
// "customerName", read by `wrong-name`.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../src/engine';
import type { Finding } from '../../src/engine';
import { run } from '../../src/cli/run';

let dir: string;
const file = (name: string) => join(dir, name);
const REPLY = 'Hi Sam,\nI’ve refunded the fee today and I’ll email you the receipt by 5pm.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replycoach-cli-name-'));
  await writeFile(file('reply.txt'), REPLY);
  await writeFile(
    file('cases.jsonl'),
    [
      { id: 'named', reply: REPLY, customerName: 'Dana Reyes' },
      { id: 'right', reply: REPLY, customerName: 'Sam Reyes', customer: 'I was charged twice.' },
      { id: 'unnamed', reply: REPLY },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n') + '\n',
  );
  await writeFile(file('bad-name.jsonl'), '{"id": "a", "reply": "Hi", "customerName": 7}\n');
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => '',
    stdinIsTTY: true,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe('--customer-name', () => {
  it('flags a greeting that names someone else, as the engine does', async () => {
    const { code, stdout, stderr } = await cli(['check', '--json', '--customer-name', 'Dana Reyes', file('reply.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(1); // wrong-name is a warning
    const [report] = JSON.parse(stdout) as { file: string; findings: Finding[] }[];
    expect(report).toEqual({ file: file('reply.txt'), ...score({ reply: REPLY, customerName: 'Dana Reyes' }) });
    const wrong = report!.findings.find((f) => f.ruleId === 'wrong-name')!;
    expect(wrong).toMatchObject({ start: 3, end: 6, text: 'Sam', replacement: 'Dana', swap: true });
  });

  it('without it, or with the right name, there is nothing to flag', async () => {
    for (const args of [['check', '--json', file('reply.txt')], ['check', '--json', '--customer-name', 'Sam Reyes', file('reply.txt')]]) {
      const { stdout } = await cli(args);
      expect(ids((JSON.parse(stdout) as { findings: Finding[] }[])[0]!.findings)).not.toContain('wrong-name');
    }
  });

  it('is refused with --jsonl (each case carries its own) and outside check', async () => {
    const jsonl = await cli(['check', '--jsonl', '--customer-name', 'Dana', file('cases.jsonl')]);
    expect(jsonl.code).toBe(2);
    expect(jsonl.stderr).toContain('--customer-name does not apply to --jsonl');
    expect((await cli(['audit', '--customer-name', 'Dana', file('reply.txt')])).code).toBe(2);
    expect((await cli(['rules', '--customer-name', 'Dana'])).code).toBe(2);
  });

  it('is in the usage text', async () => {
    expect((await cli(['--help'])).stdout).toContain('--customer-name NAME');
  });
});

describe('a batch case’s "customerName"', () => {
  it('is passed to the scorer, case by case', async () => {
    const { code, stdout } = await cli(['check', '--jsonl', file('cases.jsonl')]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; findings: Finding[] });
    expect(lines.map((l) => l.id)).toEqual(['named', 'right', 'unnamed']);
    expect(ids(lines[0]!.findings)).toContain('wrong-name');
    expect(ids(lines[1]!.findings)).not.toContain('wrong-name');
    expect(ids(lines[2]!.findings)).not.toContain('wrong-name');
    expect(lines[0]!.findings).toEqual(score({ reply: REPLY, customerName: 'Dana Reyes' }).findings);
  });

  it('must be a string', async () => {
    const { code, stderr } = await cli(['check', '--jsonl', file('bad-name.jsonl')]);
    expect(code).toBe(2);
    expect(stderr).toContain('line 1: "customerName" must be a string');
  });
});
