// Reading replies, customer messages, batch cases and policy files, with errors that name the file.
import { parsePolicyText } from '../shared/policy';
import { forEngine } from '../shared/settings-patterns';
import type { Settings } from '../engine';

export const STDIN = '-';

/** Where the command line reads from; tests inject their own. */
export interface Source {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

/** Bad input: reported as `replycoach: <file>: <problem>`, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((problem) => `${file}: ${problem}`).join('\n'));
  }
}

export const displayName = (path: string) => (path === STDIN ? '<stdin>' : path);

export async function readText(path: string, source: Source): Promise<string> {
  try {
    const text = path === STDIN ? await source.readStdin() : await source.readFile(path);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new InputError(displayName(path), [`cannot read: ${reason(error)}`]);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

export async function readPolicy(path: string, source: Source): Promise<Settings> {
  const result = parsePolicyText(await readText(path, source));
  if (!result.ok) throw new InputError(displayName(path), result.errors);
  return forEngine(result.settings);
}

export interface Case {
  id: string | number;
  reply: string;
  customer?: string;
  customerName?: string;
}

/** Parses CASES.jsonl; every bad line is reported (file:line) before anything is scored. */
export function parseCases(text: string, path: string): Case[] {
  const cases: Case[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const problem = (what: string) => problems.push(`line ${index + 1}: ${what}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return problem(`not valid JSON: ${(error as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('expected a JSON object');
    const { id, reply, customer, customerName } = value as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') return problem('"id" must be a string or a number');
    if (typeof reply !== 'string') return problem('"reply" must be a string');
    if (customer !== undefined && customer !== null && typeof customer !== 'string') return problem('"customer" must be a string');
    if (customerName !== undefined && customerName !== null && typeof customerName !== 'string') return problem('"customerName" must be a string');
    const c: Case = { id, reply };
    if (typeof customer === 'string') c.customer = customer;
    if (typeof customerName === 'string') c.customerName = customerName;
    cases.push(c);
  });
  if (problems.length > 0) throw new InputError(displayName(path), problems);
  return cases;
}
