// Pattern mode for team phrases: choices and optional words, expanded into literals.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/engine';
import { parsePolicy } from '../../src/shared/policy';
import { SETTINGS_KEY } from '../../src/shared/settings';
import { expandPattern, expandPhrases, forEngine, MAX_EXPANSIONS } from '../../src/shared/settings-patterns';
import { loadEffectiveSettings } from '../../src/shared/settings-store';
import { fakeArea } from './settings-fakes';

describe('phrase patterns', () => {
  it.each([
    ['per our terms', ['per our terms']],
    ['per (our|the company’s) terms', ['per our terms', 'per the company’s terms']],
    ['[kindly] note that', ['kindly note that', 'note that']],
    ['(as|per) (our|the) [current] (terms|policy)', 16],
    ['(a | b)', ['a', 'b']],
  ])('%s', (pattern, expected) => {
    const result = expandPattern(pattern);
    if (!result.ok) throw new Error(result.error);
    if (typeof expected === 'number') expect(result.phrases).toHaveLength(expected);
    else expect(result.phrases).toEqual(expected);
  });

  it.each([
    ['per (our|the terms', 'pattern: "(" at 5 is never closed with ")"'],
    ['per our) terms', 'pattern: ")" at 8 closes nothing'],
    ['per ((our|the)) terms', 'pattern: groups cannot be nested (at 5)'],
    ['per (our||the) terms', 'has an empty choice'],
    ['[]', 'should hold the optional words'],
    ['[a|b]', 'should hold the optional words'],
    ['[just]', 'leaves no words to match'],
    ['(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b)', `stands for more than ${MAX_EXPANSIONS} phrases`],
  ])('refuses %s', (pattern, error) => {
    const result = expandPattern(pattern);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });

  it('keeps a pattern’s message and better phrasing on each phrase it stands for, and leaves literals alone', () => {
    expect(
      expandPhrases([
        { ruleId: 'policy-shield', phrase: 'per (our|the) terms', replacement: 'Here is why:', pattern: true },
        { ruleId: 'dead-end', phrase: 'no (way)' },
      ]),
    ).toEqual([
      { ruleId: 'policy-shield', phrase: 'per our terms', replacement: 'Here is why:' },
      { ruleId: 'policy-shield', phrase: 'per the terms', replacement: 'Here is why:' },
      { ruleId: 'dead-end', phrase: 'no (way)' },
    ]);
  });

  it('a pattern phrase is matched through its expansions, literally', () => {
    const score = createScorer(forEngine({ phrases: [{ ruleId: 'corporate-speak', phrase: '[kindly] (note|be advised) herewith', pattern: true }] }));
    const texts = (reply: string) => score({ reply }).findings.filter((f) => f.team).map((f) => f.text);
    expect(texts('Kindly note herewith the new fee.')).toEqual(['Kindly note herewith']);
    expect(texts('Be advised herewith: it is late.')).toEqual(['Be advised herewith']);
    expect(texts('Please (note|be advised) herewith.')).toEqual([]);
    // Input that would make a backtracking regex crawl is just text here.
    const start = performance.now();
    score({ reply: `${'a'.repeat(50_000)}!` });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('the policy file refuses an invalid pattern, naming the phrase', () => {
    const result = parsePolicy({ version: 1, phrases: [{ ruleId: 'dead-end', phrase: 'no (way', pattern: true }] });
    expect(result).toEqual({ ok: false, errors: ['phrases[0].phrase: pattern: "(" at 4 is never closed with ")"'] });
    expect(parsePolicy({ version: 1, phrases: [{ ruleId: 'dead-end', phrase: 'no (way', pattern: 'yes' }] }).ok).toBe(false);
    expect(parsePolicy({ version: 1, phrases: [{ ruleId: 'dead-end', phrase: 'no (way' }] }).ok).toBe(true); // literal
  });

  it('the worker gets saved patterns expanded', async () => {
    const areas = {
      sync: fakeArea({ [SETTINGS_KEY]: { version: 2, rev: 'r', phrases: [{ ruleId: 'dead-end', phrase: 'no (way|chance)', pattern: true }] } }),
      local: fakeArea(),
    };
    expect((await loadEffectiveSettings(areas)).phrases).toEqual([
      { ruleId: 'dead-end', phrase: 'no way' },
      { ruleId: 'dead-end', phrase: 'no chance' },
    ]);
  });
});

describe('the command line takes patterns in --policy', () => {
  it('flags what a pattern stands for', async () => {
    const { run } = await import('../../src/cli/run');
    const files: Record<string, string> = {
      'p.json': JSON.stringify({ version: 1, phrases: [{ ruleId: 'policy-shield', phrase: 'per (our|the) (terms|rules) [of service]', pattern: true }] }),
      'r.txt': 'Per the terms of service, this is final.',
    };
    let stdout = '';
    await run(['check', '--json', '--policy', 'p.json', 'r.txt'], {
      readFile: async (path) => files[path]!,
      readStdin: async () => '',
      stdinIsTTY: true,
      stdout: (t) => void (stdout += t),
      stderr: () => {},
    });
    const [report] = JSON.parse(stdout);
    expect(report.findings.filter((f: { team?: boolean }) => f.team).map((f: { text: string }) => f.text)).toEqual(['Per the terms of service']);
  });
});
