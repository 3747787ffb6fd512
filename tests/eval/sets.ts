// The labelled sets `npm run eval` scores, and where each comes from.
// - dev: ../shared/eval/dev.jsonl (beside the project, tuned on long ago).
// - holdout: tests/eval/holdout.jsonl (120 cases, tuned on since it was written).
// - tune / validate / sealed: tests/eval/cases/*.jsonl, written by writers who saw RULES.md
//   and a brief, never the engine. Each case goes to one split by a hash of its id (6:2:2),
//   so a new batch spreads over all three and no split depends on file order.
// - real: real agent replies from ../shared/corpus/twcs-random-sample.csv, flags labelled by
//   two labellers (tests/eval/real/); only ids and labels live in the project, the text is
//   read in place and used for measuring only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvRecords } from '../bench/corpus';
import type { LabeledCase } from './metrics';

export type SetName = 'dev' | 'holdout' | 'tune' | 'validate' | 'sealed' | 'real';
export const SET_NAMES: readonly SetName[] = ['dev', 'holdout', 'tune', 'validate', 'sealed', 'real'];

/**
 * Sets whose failures may not be listed: looking at them would be tuning on them. Validate
 * is read as figures only, to choose between variants built on tune.
 */
export const MEASURE_ONLY: ReadonlySet<SetName> = new Set(['validate', 'sealed', 'real']);

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const DEV_SET = here('../../../shared/eval/dev.jsonl');
const CORPUS = here('../../../shared/corpus/twcs-random-sample.csv');
const CASES_DIR = here('./cases/');

export interface LoadedSet {
  name: SetName;
  cases: LabeledCase[];
  /** Why the set is empty, when it is. */
  absent?: string;
}

export function readJsonl(path: string): LabeledCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const c = JSON.parse(line) as Partial<LabeledCase>;
      if (typeof c.id !== 'string' || typeof c.reply !== 'string') throw new Error(`${path}: line ${index + 1}: "id" and "reply" must be strings`);
      return { ...c, id: c.id, reply: c.reply, flags: c.flags ?? [], suggest: c.suggest ?? [], nosuggest: c.nosuggest ?? [] };
    });
}

/** tune, validate or sealed, from the first hex digits of the id's SHA-256. */
export function splitOf(id: string): 'tune' | 'validate' | 'sealed' {
  const bucket = Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 10;
  return bucket < 6 ? 'tune' : bucket < 8 ? 'validate' : 'sealed';
}

function writtenCases(): LabeledCase[] {
  if (!existsSync(CASES_DIR)) return [];
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => readJsonl(`${CASES_DIR}${file}`));
}

/** The company's reply as an agent would have typed it: without the leading @handles. */
const replyText = (tweet: string) => tweet.replace(/^\s*(?:@\w+\s*)+/, '').trim();

function realCases(): LoadedSet {
  const labels = here('./real/labels.jsonl');
  if (!existsSync(CORPUS)) return { name: 'real', cases: [], absent: `${CORPUS} is absent (the corpus lives beside the project)` };
  const text = new Map<string, string>();
  for (const fields of csvRecords(readFileSync(CORPUS, 'utf8'))) text.set(fields[0]!, fields[4] ?? '');
  const cases = readFileSync(labels, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { tweet_id: id, flags } = JSON.parse(line) as { tweet_id: string; flags: string[] };
      const tweet = text.get(id);
      if (tweet === undefined) throw new Error(`${labels}: tweet ${id} is not in the corpus`);
      return { id: `twcs-${id}`, reply: replyText(tweet), flags, suggest: [], nosuggest: [] };
    });
  return { name: 'real', cases };
}

export function loadSet(name: SetName): LoadedSet {
  switch (name) {
    case 'dev':
      return existsSync(DEV_SET) ? { name, cases: readJsonl(DEV_SET) } : { name, cases: [], absent: `${DEV_SET} is absent (the dev set lives beside the project)` };
    case 'holdout':
      return { name, cases: readJsonl(here('./holdout.jsonl')) };
    case 'real':
      return realCases();
    default:
      return { name, cases: writtenCases().filter((c) => splitOf(c.id) === name) };
  }
}
