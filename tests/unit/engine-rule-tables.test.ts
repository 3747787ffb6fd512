// The rule tables the build compiles (src/engine/rule-tables.ts, vite.config.ts's plugin) against
// compiling at run time: the tables must be what the rules and the compiler make now, hold every
// built-in pattern, and never change a scan or a result, with or without a team's phrases.
import RULE_TABLES from 'virtual:replycoach/rule-tables';
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { AnchorIndex, type Scan } from '../../src/engine/anchors';
import { compileFlagRule } from '../../src/engine/flags';
import { normalize } from '../../src/engine/normalize';
import { compileRewrites } from '../../src/engine/rewrite';
import { buildRuleTables } from '../../src/engine/rule-tables';
import { FLAG_RULES } from '../../src/engine/rules';
import { SignalReader } from '../../src/engine/signals';
import type { ScoreInput, Settings } from '../../src/engine/types';
import { loadSet } from '../eval/sets';

const CASES = [...loadSet('dev').cases, ...loadSet('tune').cases];
const INPUTS: ScoreInput[] = CASES.map((c) => ({ reply: c.reply, customer: c.customer, customerName: c.customerName }));

/** Both anchor indexes with every built-in pattern, from `tables` or compiled here. */
function indexes(tables: typeof RULE_TABLES | null) {
  const reply = new AnchorIndex(tables?.reply);
  const customer = new AnchorIndex(tables?.customer);
  for (const rule of FLAG_RULES) {
    const compiled = compileFlagRule(rule, [], reply);
    for (const hedges of [compiled.unlessSentence, compiled.unlessNear, compiled.unlessReply]) hedges?.ready();
    void compiled.rewrites;
  }
  new SignalReader(customer, reply);
  return { reply, customer };
}

/** What a scan says about each pattern: whether it may run, and where. */
function verdicts(index: AnchorIndex, scan: Scan, patterns: readonly string[]): string {
  return patterns
    .map((rule) => {
      const { id, pinned, gates } = index.pattern({ rule });
      return `${scan.open[id]}${pinned ? `@${scan.starts[id]?.join(',') ?? '-'}` : ''}${gates.map((g) => `&${scan.open[g]}`).join('')}`;
    })
    .join(' ');
}

// Compiling every pattern at run time and scoring all of tune twice takes over a minute on a
// loaded two-core machine (140 s seen at load 18): a bound against a hang, not a timing.
const SLOW = 300_000;

describe('rule tables compiled at build time', () => {
  test('are the tables the current rules and compiler make (stale tables fail here)', () => {
    expect(RULE_TABLES).toEqual(buildRuleTables());
  }, SLOW);

  test('hold every built-in pattern: a default scorer proves no literal at run time', () => {
    const { reply, customer } = indexes(RULE_TABLES);
    expect(reply.compiledAtRunTime).toBe(0);
    expect(customer.compiledAtRunTime).toBe(0);
  });

  test("hold the literals of every rule's hedges: a default scorer proves none at run time", () => {
    expect(indexes(RULE_TABLES).reply.literalsProvenAtRunTime).toBe(0);
    // Without them in the tables, each hedge source would be proven on its rule's first flag.
    const withoutNeeds = { ...RULE_TABLES, reply: { ...RULE_TABLES.reply, needs: [] } };
    expect(indexes(withoutNeeds).reply.literalsProvenAtRunTime).toBeGreaterThan(100);
  });

  test("hold the literals of every clause rewrite's `when`, by rule and place: a default scorer proves none at run time", () => {
    const withoutKeyed = { ...RULE_TABLES, reply: { ...RULE_TABLES.reply, keyedNeeds: [] } };
    expect(indexes(withoutKeyed).reply.literalsProvenAtRunTime).toBeGreaterThan(200);
    const built = indexes(RULE_TABLES).reply;
    expect(built.literalsProvenAtRunTime).toBe(0);
    // A source of another length than the build proved under its key is proven again.
    expect(built.neededLiteralsAt('system-says 0', '(?:nothing)')).toEqual(['nothing']);
    expect(built.literalsProvenAtRunTime).toBe(1);
  });

  test("give each clause rewrite's `when` the literals proving it at run time gives", () => {
    const built = indexes(RULE_TABLES).reply;
    const compiled = indexes(null).reply;
    for (const rule of FLAG_RULES) {
      compileRewrites(rule.rewrites).forEach(({ when }, i) => expect(built.neededLiteralsAt(`${rule.id} ${i}`, when.source)).toEqual(compiled.neededLiteralsAt(`${rule.id} ${i}`, when.source)));
    }
  });

  test('give each hedge the literals proving it at run time gives', () => {
    const built = indexes(RULE_TABLES).reply;
    const compiled = indexes(null).reply;
    for (const [source] of RULE_TABLES.reply.needs) expect(built.neededLiterals(source)).toEqual(compiled.neededLiterals(source));
  });

  test('scan every text as the index compiled at run time does, pattern by pattern', () => {
    const built = indexes(RULE_TABLES);
    const compiled = indexes(null);
    for (const side of ['reply', 'customer'] as const) {
      const patterns = RULE_TABLES[side].patterns.map(([pattern]) => pattern);
      for (const c of CASES) {
        const text = normalize(side === 'reply' ? c.reply : (c.customer ?? '')).text;
        expect(verdicts(built[side], built[side].scan(text), patterns)).toBe(verdicts(compiled[side], compiled[side].scan(text), patterns));
      }
    }
  }, SLOW);

  test('score every labelled case as compiling at run time does', () => {
    const built = createScorer();
    const compiled = createScorer({}, null);
    for (const input of INPUTS) expect(built(input)).toEqual(compiled(input));
  }, SLOW);

  test("with a team's phrases (compiled at run time beside the tables) every result is the same too", () => {
    const settings: Settings = {
      phrases: [
        { ruleId: 'policy-shield', phrase: 'our hands are tied', replacement: 'here is what I can do' },
        { ruleId: 'dead-end', phrase: 'nothing more we can do' },
        { ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience', message: 'Say what went wrong.' },
        { ruleId: 'corporate-speak', phrase: 'per our records' },
        { ruleId: 'system-says', phrase: 'the computer says' },
      ],
    };
    const built = createScorer(settings);
    const compiled = createScorer(settings, null);
    const extra: ScoreInput[] = [
      { reply: 'Our hands are tied, and there is nothing more we can do. Sorry for the inconvenience.' },
      { reply: 'Per our records the computer says it was delivered.', customer: 'Where is my parcel?' },
    ];
    for (const input of [...extra, ...INPUTS]) expect(built(input)).toEqual(compiled(input));
    expect(built(extra[0]!).findings.filter((f) => f.team).length).toBeGreaterThan(0);
  }, SLOW);
});
