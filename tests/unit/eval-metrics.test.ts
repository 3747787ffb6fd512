import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine';
import { evaluate } from '../eval/metrics';
import type { LabeledCase } from '../eval/metrics';

const fired = (ruleId: string, kind: Finding['kind']): Finding => ({
  ruleId, kind, category: 'ownership', severity: 'warn', start: 0, end: 0, text: '', message: '', replacement: '',
});
const labeled = (id: string, over: Partial<LabeledCase>): LabeledCase => ({ id, reply: id, flags: [], suggest: [], nosuggest: [], ...over });

describe('eval metrics (RULES.md "Evaluation sets")', () => {
  const cases = [
    labeled('a', { flags: ['dead-end', 'policy-shield'], suggest: ['own-it'], nosuggest: ['offer-call'] }),
    labeled('b', { flags: [], suggest: ['own-it', 'next-steps'], nosuggest: ['thank-feedback'] }),
  ];
  const findings: Record<string, Finding[]> = {
    // a: one flag right, one missed; own-it right; offer-call fired although labeled nosuggest
    a: [fired('dead-end', 'flag'), fired('own-it', 'suggestion'), fired('offer-call', 'suggestion')],
    // b: a flag no one asked for; next-steps missed; an unlabeled suggestion is ignored
    b: [fired('system-says', 'flag'), fired('own-it', 'suggestion'), fired('restate-problem', 'suggestion')],
  };
  const result = evaluate(cases, (c) => findings[c.id]!, ['policy-shield', 'system-says', 'dead-end'], ['own-it']);

  it('counts flags as a complete list: missing is a false negative, any other a false positive', () => {
    expect(result.flags.get('dead-end')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(result.flags.get('policy-shield')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.flags.get('system-says')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(result.flagMicro).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('counts suggestions only where labeled; balanced accuracy is the mean of suggest recall and nosuggest quiet', () => {
    expect(result.suggestions.get('own-it')).toMatchObject({ tp: 2, fn: 0 });
    expect(result.suggestions.get('next-steps')).toMatchObject({ tp: 0, fn: 1 });
    expect(result.suggestions.get('offer-call')).toMatchObject({ fp: 1, tn: 0 });
    expect(result.suggestions.get('thank-feedback')).toMatchObject({ fp: 0, tn: 1 });
    expect(result.suggestions.has('restate-problem')).toBe(false);
    expect(result.suggestionBalanced).toEqual({ recall: 2 / 3, quiet: 0.5, accuracy: (2 / 3 + 0.5) / 2 });
  });

  it('scores 0.5 for never suggesting anything, and for always suggesting everything', () => {
    const ids = ['own-it', 'next-steps', 'offer-call', 'thank-feedback'];
    const never = evaluate(cases, () => [], [], ids);
    const always = evaluate(cases, () => ids.map((id) => fired(id, 'suggestion')), [], ids);
    expect([never.suggestionBalanced.accuracy, always.suggestionBalanced.accuracy]).toEqual([0.5, 0.5]);
  });

  it('lists what each wrong case missed and added', () => {
    expect(result.outcomes.map(({ missedFlags, extraFlags, missedSuggestions, wrongSuggestions }) => ({ missedFlags, extraFlags, missedSuggestions, wrongSuggestions }))).toEqual([
      { missedFlags: ['policy-shield'], extraFlags: [], missedSuggestions: [], wrongSuggestions: ['offer-call'] },
      { missedFlags: [], extraFlags: ['system-says'], missedSuggestions: ['next-steps'], wrongSuggestions: [] },
    ]);
  });
});
