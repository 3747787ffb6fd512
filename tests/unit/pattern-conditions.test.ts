// A flag pattern's reply-level condition (`onlyIf` in rules/types.ts): read once for the whole
// reply, from the signals that do not read the flags. Its first use: a bare apology ("Sorry about
// that!", "We're sorry!") is canned where nothing in the reply names the trouble, and not where
// the reply goes on to name it.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { AnchorIndex } from '../../src/engine/anchors';
import { compileFlagRule } from '../../src/engine/flags';
import { Matcher } from '../../src/engine/matcher';
import { normalize } from '../../src/engine/normalize';
import type { FlagRuleData, Signal } from '../../src/engine/rules/types';
import { readsFlags, SignalReader, type CustomerView } from '../../src/engine/signals';
import { applySwap, ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string, customer?: string) => ruleFlagsOf('canned-empathy', reply, customer).map((f) => f.text);

describe('canned-empathy: a bare apology in a reply that names nothing', () => {
  const customer = 'My smart plug keeps switching itself off in the middle of the night.';

  test.each([
    ['Sorry about that! Drop us a message with the email on your account.', 'Sorry about that'],
    ['@pat_k Hi Pat, we’re so sorry! Can you send us a DM? ^LW', 'we’re so sorry'],
    ['Apologies for this. A colleague will be in touch.', 'Apologies for this'],
    ['Hi Robin, sorry to hear this has happened. Please use the form on our website.', 'sorry to hear this has happened'],
    ['Oh no, really sorry about all of that, Robin! Could you tell us more?', 'really sorry about all of that'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply, customer)).toEqual([words]);
  });

  test.each([
    // Their own words taken up, a cause, a fault owned, a fix made.
    'Sorry about that! The plug’s night schedule turned itself on after the update; I’ve switched it off for you.',
    'Sorry about that! It happened because a timer was set on your account in March.',
    'We’re sorry! That was a mistake on our side.',
    'Apologies for this. Your refund has been processed.',
  ])('the same apology stays quiet once the reply names the trouble: %j', (reply) => {
    expect(cannedIn(reply, customer)).toEqual([]);
  });

  test('an apology that closes a sentence is for what that sentence says: quiet', () => {
    expect(cannedIn('We can’t hold tables past 8pm on Fridays, sorry!', 'Can you keep our table until 9?')).toEqual([]);
  });

  test('a quiet “I’m so sorry.” of a letter is not a brand account’s “Sorry!”: only the exclaimed one is read bare', () => {
    const reply = 'Dear Ann, I’m so sorry. Losing your father so suddenly must be overwhelming, and there is no rush at all.';
    expect(cannedIn(reply)).toEqual([]);
    expect(cannedIn(reply.replace('sorry.', 'sorry!'))).toEqual(['I’m so sorry']);
  });

  test('without a customer message, a step of the agent’s own says what the trouble was', () => {
    expect(cannedIn('We’re sorry! Please get in touch if you need anything.')).toEqual(['We’re sorry']);
    expect(cannedIn('We’re sorry! I’ll post the missing charger to you tomorrow.')).toEqual([]);
  });

  test('its Swap is the specific apology the rule builds, from the customer’s words', () => {
    const reply = 'Sorry about that! Drop us a message with the email on your account.';
    const [finding] = ruleFlagsOf('canned-empathy', reply, customer);
    expect(finding?.swap).toBe(true);
    const after = applySwap(reply, finding!);
    expect(after).toMatch(/^I’m sorry (?:to hear )?your smart plug keeps switching itself off[^!]*\. Drop us a message/);
    expect(cannedIn(after, customer)).toEqual([]);
  });

  test('a bare apology that names nothing is not a sincere one: the move is suggested', () => {
    const score = createScorer();
    const suggested = (reply: string) => score({ reply, customer: 'Your app deleted all my saved recipes and I am furious!' }).findings.some((f) => f.ruleId === 'sincere-apology');
    expect(suggested('Sorry about that! Please DM us your username.')).toBe(true);
    expect(suggested('Sorry about that! The last update wiped saved recipes on some phones; I’ve restored yours from our backup.')).toBe(false);
  });
});

describe('a pattern’s condition reads only signals that do not read the flags', () => {
  const customerIndex = new AnchorIndex();
  const replyIndex = new AnchorIndex();
  const reader = new SignalReader(customerIndex, replyIndex);
  const view = (text: string): CustomerView => {
    const normalized = normalize(text);
    return { original: text, normalized, canonical: normalized.text, scan: customerIndex.scan(normalized.text) };
  };
  // Every signal, once (the type checks the list is whole).
  const EVERY: Record<Signal, true> = {
    'customer.present': true, 'customer.problem': true, 'customer.unhappy': true, 'customer.errorReport': true,
    'customer.heated': true, 'customer.wantUnclear': true, 'customer.repeat': true, 'customer.leaving': true,
    'customer.praise': true, 'reply.thanksForPraise': true, 'reply.promisesByTime': true, 'customer.damage': true,
    'reply.problemContext': true, 'reply.refusal': true, 'reply.alternative': true, 'reply.commitment': true,
    'reply.hiddenOwnership': true, 'reply.admission': true, 'reply.sincereApology': true, 'reply.apologises': true,
    'reply.nextStep': true, 'reply.question': true, 'reply.thanks': true, 'reply.callOffer': true, 'reply.restates': true,
    'reply.namesIssue': true, 'reply.ownsRepeat': true, 'reply.citesEarlier': true, 'reply.answers': true,
    'reply.explainsCause': true, 'reply.answersLeaving': true, 'reply.disputes': true, 'reply.sympathises': true,
    'reply.handsOff': true, 'customer.recordMatter': true, 'reply.resolved': true, 'reply.denies': true,
    'reply.namesTrouble': true, 'reply.actsOnIt': true, 'reply.answersTheirQuestion': true, 'reply.glad': true,
    'customer.goodNews': true, 'reply.asksForDetails': true, 'reply.teamOnIt': true, 'reply.decision': true, 'reply.checked': true, 'reply.upholds': true,
    'reply.meetsFeeling': true, 'reply.feelingMet': true, 'customer.waitedOnUs': true, 'customer.ownSlip': true, 'reply.sorryForIt': true,
    'customer.beenHereBefore': true, 'reply.takesItOn': true, 'reply.fixedIt': true, 'customer.troubleRecurs': true, 'reply.correctsThem': true, 'customer.nothingToSort': true,
    'reply.nothingToSeeThrough': true,
  };
  const SIGNALS = Object.keys(EVERY) as Signal[];
  const conversations: [string, string | null][] = [
    ['We can’t refund this order, sorry. Is there anything else?', 'Can I get my money back? I can pay by card, can I?'],
    ['I’m sorry, that’s our mistake. I’ve refunded the £12 today and I’ll call you by 5pm.', 'You charged me twice!!! I want it back or I’m leaving.'],
    ['Thanks so much for the kind words, I’ll pass them on!', 'The driver was brilliant, thank you.'],
    ['Sorry about that! Please DM us.', null],
  ];

  test('each signal that reads the flags throws when read before they are found; every other reads as ever', () => {
    for (const [reply, customer] of conversations) {
      const n = normalize(reply);
      const scan = replyIndex.scan(n.text);
      const early = reader.read(n.text, scan, customer === null ? null : view(customer), { found: false, canned: [], refused: false, rebuts: false });
      const late = reader.read(n.text, scan, customer === null ? null : view(customer), { found: true, canned: [], refused: false, rebuts: false });
      for (const s of SIGNALS) {
        if (readsFlags(s)) expect(() => early(s), s).toThrow(/reads the flags/);
        else expect(early(s), s).toBe(late(s));
      }
    }
  });

  test('a pattern whose condition reads one fails as it compiles', () => {
    const rule: FlagRuleData = {
      id: 'test-rule', category: 'listening', weight: 1, severity: 'hint', title: 't', why: 'w', better: 'b', examples: [],
      // @ts-expect-error the type refuses a signal that reads the flags in a pattern's condition
      patterns: [{ p: 'sorry', better: 'b', onlyIf: ['!reply.sincereApology'] }],
    };
    expect(() => compileFlagRule(rule, [], new AnchorIndex())).toThrow(/reads the flags/);
  });

  test('a pattern left out of the alternation lets another match the same words', () => {
    const index = new AnchorIndex();
    const matcher = new Matcher(index, [{ rule: 'sorry about that' }, { rule: 'sorry' }]);
    const text = 'oh, sorry about that!';
    const scan = index.scan(text);
    expect(matcher.exec(text, scan)?.[0]).toBe('sorry about that');
    const m = matcher.exec(text, scan, 0, (p) => p === 0);
    expect([m?.[0], matcher.patternOf(m!)]).toEqual(['sorry', 1]);
  });
});
