// Reading replies, customer messages, batch cases and policy files, with errors that name the file.
import { MAX_TEXT } from '../shared/messages';
import { parsePolicyText } from '../shared/policy';
import { engineSettings } from '../shared/settings-fields';
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

/** The longest reply or customer message scored, as in the extension (characters). */
const MAX_MESSAGE = MAX_TEXT;
const tooLong = (what: string, length: number) =>
  `${what} is ${length.toLocaleString('en-US')} characters; at most ${MAX_MESSAGE.toLocaleString('en-US')} are scored (the extension's limit for a message)`;

/** A reply or customer message file: refused whole when it is longer than a message may be. */
export async function readMessage(path: string, source: Source, what = 'the reply'): Promise<string> {
  const text = await readText(path, source);
  if (text.length > MAX_MESSAGE) throw new InputError(displayName(path), [tooLong(what, text.length)]);
  return text;
}

/**
 * Bytes read as UTF-8, refused (not turned into U+FFFD) when they are not UTF-8 text. A byte
 * order mark is kept (readText drops it), so that `audit --fix` can write it back.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (a binary file, or another encoding)');
  }
}

/** A file's text (or stdin's), without a byte order mark unless `keepBom`. */
export async function readText(path: string, source: Source, keepBom = false): Promise<string> {
  let text: string;
  try {
    text = path === STDIN ? await source.readStdin() : await source.readFile(path);
  } catch (error) {
    throw new InputError(displayName(path), [`cannot read: ${reason(error)}`]);
  }
  if (text.includes('\u0000')) throw new InputError(displayName(path), ['not text: it holds NUL bytes (a binary file?)']);
  return text.charCodeAt(0) === 0xfeff && !keepBom ? text.slice(1) : text;
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
  return engineSettings(result.settings);
}

export interface Case {
  id: string | number;
  reply: string;
  customer?: string;
  customerName?: string;
}

/** The id's number as the line writes it (the first "id" key: a case's own, at the top level in practice). */
const ID_NUMBER = /"id"\s*:\s*(-?\d[\d.eE+-]*)/;

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
    if (typeof id === 'number') {
      // A number JSON cannot give back as written (1e400, 12345678901234567891, 1.0) would come out changed.
      const written = ID_NUMBER.exec(line)?.[1];
      if (written !== undefined && written !== String(id)) return problem(`"id" ${written.slice(0, 40)} cannot be kept exactly as a number: write it as a string ("${written.slice(0, 40)}")`);
    }
    if (typeof reply !== 'string') return problem('"reply" must be a string');
    if (reply.length > MAX_MESSAGE) return problem(tooLong('"reply"', reply.length));
    if (typeof customer === 'string' && customer.length > MAX_MESSAGE) return problem(tooLong('"customer"', customer.length));
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
