// Team settings: severity, weight, team phrases, templates; and the scores.
import { describe, expect, test } from 'vitest';
import { RULES, createScorer } from '../../src/engine';

const BAD = 'Please be advised that it is our policy. Nothing can be done.';

describe('rule preferences', () => {
  test('a rule set to off neither fires nor counts in its score', () => {
    const off = createScorer({ rules: { 'policy-shield': { severity: 'off' } } });
    const { findings } = off({ reply: BAD });
    expect(findings.map((f) => f.ruleId)).not.toContain('policy-shield');
    expect(findings.map((f) => f.ruleId)).toContain('dead-end');
  });

  test('severity is reported as set', () => {
    const hint = createScorer({ rules: { 'dead-end': { severity: 'hint' } } });
    expect(hint({ reply: BAD }).findings.find((f) => f.ruleId === 'dead-end')?.severity).toBe('hint');
    expect(createScorer()({ reply: BAD }).findings.find((f) => f.ruleId === 'dead-end')?.severity).toBe('warn');
  });

  test('a heavier weight costs more of the score', () => {
    const light = createScorer({ rules: { 'dead-end': { weight: 1 } } })({ reply: 'Nothing can be done. I’ll call you today.' });
    const heavy = createScorer({ rules: { 'dead-end': { weight: 90 } } })({ reply: 'Nothing can be done. I’ll call you today.' });
    expect(heavy.scores.ownership!).toBeLessThan(light.scores.ownership!);
  });

  test('invalid weights fall back to the default instead of breaking the score', () => {
    const odd = createScorer({ rules: { 'dead-end': { weight: Number.NaN }, 'policy-shield': { weight: -5 } } });
    expect(odd({ reply: BAD }).scores).toEqual(createScorer()({ reply: BAD }).scores);
  });

  test('every rule of RULES.md is known, with its kind', () => {
    const ids = RULES.map((r) => `${r.kind}:${r.id}`);
    expect(ids).toEqual([
      'flag:policy-shield', 'flag:system-says', 'flag:canned-empathy', 'flag:dead-end', 'flag:blame-shift', 'flag:argue-defend',
      'flag:corporate-speak',
      // RULES.md, *Added rules*.
      'flag:wrong-name', 'flag:unfilled-placeholder', 'flag:we-for-i', 'flag:sorry-for-wait', 'flag:vague-time',
      'suggestion:restate-problem', 'suggestion:admit-error', 'suggestion:offer-alternative', 'suggestion:own-it',
      'suggestion:sincere-apology', 'suggestion:next-steps', 'suggestion:ask-what-they-want', 'suggestion:thank-feedback', 'suggestion:offer-call',
      'suggestion:acknowledge-repeat', 'suggestion:keep-the-customer',
    ]);
  });
});

describe('team phrases', () => {
  const team = createScorer({
    phrases: [
      { ruleId: 'policy-shield', phrase: 'per our terms', message: 'Say why instead.', replacement: 'because' },
      { ruleId: 'corporate-speak', phrase: 'a.*b(c+)+$ (regex-looking)' },
    ],
  });

  test('are matched with the engine’s tolerance for case, quotes and spaces', () => {
    const reply = 'PER  OUR\nTERMS, no.';
    const f = team({ reply }).findings.find((x) => x.team);
    expect(f).toMatchObject({ ruleId: 'policy-shield', start: 0, end: 14, message: 'Say why instead.', replacement: 'Because', swap: true });
  });

  test('are literal: regex syntax in a phrase matches only itself', () => {
    expect(team({ reply: 'aXXXbccccc (regex-looking)' }).findings.filter((f) => f.team)).toEqual([]);
    const literal = 'so a.*b(c+)+$ (regex-looking) here';
    const hit = team({ reply: literal }).findings.find((f) => f.team);
    expect(hit?.text).toBe('a.*b(c+)+$ (regex-looking)');
  });

  test('a catastrophic-backtracking shape stays literal on adversarial input', () => {
    const evil = createScorer({ phrases: [{ ruleId: 'dead-end', phrase: '(a+)+b' }] });
    const result = evil({ reply: `${'a'.repeat(50_000)}!` });
    expect(result.findings.filter((f) => f.team)).toEqual([]);
  });

  test('phrases for unknown rules and empty phrases are ignored', () => {
    const odd = createScorer({ phrases: [{ ruleId: 'nope', phrase: 'hello' }, { ruleId: 'dead-end', phrase: '   ' }] });
    expect(odd({ reply: 'hello there' }).findings.filter((f) => f.kind === 'flag')).toEqual([]);
  });
});

describe('templates', () => {
  test('a team’s own sentence replaces the built-in one, with {issue} filled', () => {
    // The apology, ranked above, would name the problem first (it is named once).
    const custom = createScorer({ templates: { 'restate-problem': 'So, {issue} — have I got that right?' }, rules: { 'sincere-apology': { severity: 'off' } } });
    const { findings } = custom({ customer: 'My order never arrived.', reply: 'Ok.' });
    expect(findings.find((f) => f.ruleId === 'restate-problem')?.replacement).toBe('So, your order never arrived — have I got that right?');
  });
});

describe('scores', () => {
  test('a clean reply to a problem scores 100 on both', () => {
    const result = createScorer()({
      customer: 'My order #1234 arrived broken.',
      reply: 'Thank you for telling us, and I’m sorry your order #1234 arrived broken — that’s our mistake. I’ve sent a replacement that will arrive by Friday.',
    });
    expect(result.findings).toEqual([]);
    expect(result.scores).toEqual({ listening: 100, ownership: 100 });
  });

  test('each fired rule lowers only its own category', () => {
    const canned = createScorer()({ reply: 'Sorry for the inconvenience. I’ve refunded you today and will call you tomorrow.' });
    expect(canned.scores.ownership).toBe(100);
    expect(canned.scores.listening).toBeLessThan(100);
  });

  test('repeating a flag costs more, up to twice its weight', () => {
    // Moves off, so that every listening rule in play is a flag and the arithmetic is plain.
    const s = createScorer({ rules: Object.fromEntries(RULES.filter((r) => r.kind === 'suggestion').map((r) => [r.id, { severity: 'off' as const }])) });
    const once = s({ reply: 'Per my last email, I’ll call you today.' }).scores.listening!;
    const twice = s({ reply: 'Per my last email, I’ll call you today. Per my last email.' }).scores.listening!;
    const many = s({ reply: `${'Per my last email. '.repeat(20)}I’ll call you today.` }).scores.listening!;
    expect(twice).toBeLessThan(once);
    // argue-defend (weight 15) fired 20 times costs twice its weight, out of every listening flag's weight.
    const listening = RULES.filter((r) => r.category === 'listening' && r.kind === 'flag').reduce((sum, r) => sum + r.defaultWeight, 0);
    expect(many).toBe(Math.round(100 * (1 - (2 * 15) / listening)));
  });

  test('a category whose rules are all off has no score', () => {
    const listeningOff = Object.fromEntries(RULES.filter((r) => r.category === 'listening').map((r) => [r.id, { severity: 'off' as const }]));
    expect(createScorer({ rules: listeningOff })({ reply: BAD }).scores.listening).toBeNull();
  });
});

describe('honest scores: flags not written are no credit for moves not made', () => {
  const angry = 'You charged me twice for my October flight and nobody has answered my emails for a week. This is ridiculous!!! Fix it or I am cancelling my card.';
  test('"ok" to an angry customer needs work on both, as a reply full of flags does', async () => {
    const { gradeOf } = await import('../../src/shared/grade');
    const s = createScorer();
    const ok = s({ customer: angry, reply: 'ok' }).scores;
    expect(gradeOf(ok.listening!)).toBe('poor');
    expect(gradeOf(ok.ownership!)).toBe('poor');
    const flagged = s({ customer: angry, reply: 'Please be advised that it is our policy not to refund. As per our records the system shows one charge. Sorry for the inconvenience.' }).scores;
    // Both poor; what hurts (the flags) still weighs a little more than what is merely missing.
    expect(gradeOf(flagged.listening!)).toBe('poor');
    expect(gradeOf(flagged.ownership!)).toBe('poor');
    expect(ok.listening!).toBeLessThan(30);
    expect(ok.ownership!).toBeLessThan(30);
  });
  test('a reply that makes the moves and avoids the flags grades good', async () => {
    const { gradeOf } = await import('../../src/shared/grade');
    const reply =
      'I’m sorry we charged you twice for your October flight, and that nobody answered your emails; I’d hate to lose you over this. It’s possible our system got this wrong, so I’ve refunded the second charge today and you will see it within 3 days. Thank you for telling us. Could I call you this afternoon to make sure it is all sorted?';
    const { scores } = createScorer()({ customer: angry, reply });
    expect(gradeOf(scores.listening!)).toBe('good');
    expect(gradeOf(scores.ownership!)).toBe('good');
  });
});

describe('scores count only the moves the conversation calls for', () => {
  test('a move nobody needs (answering a threat to leave that was never made) does not dilute what a flag costs', () => {
    const s = createScorer();
    const reply = 'Rules are rules. I’ll chase the courier today and email you by 5pm.';
    const calm = s({ customer: 'Where is my parcel? It was due on Monday.', reply }).scores;
    const threat = s({ customer: 'Where is my parcel? It was due on Monday. I will cancel my account if it is not here tomorrow.', reply }).scores;
    expect(calm.ownership!).toBeGreaterThan(0);
    // The threat brings keep-the-customer into play and the reply ignores it: ownership can only fall.
    expect(threat.ownership!).toBeLessThan(calm.ownership!);
  });

  test('a move the conversation does not call for weighs nothing: switching it off changes no score', () => {
    const input = { customer: 'Where is my parcel? It was due on Monday.', reply: 'Rules are rules. The system shows it was delivered.' };
    const withIt = createScorer()(input).scores;
    const without = createScorer({ rules: { 'keep-the-customer': { severity: 'off' }, 'acknowledge-repeat': { severity: 'off' } } })(input).scores;
    expect(withIt).toEqual(without);
  });
});
