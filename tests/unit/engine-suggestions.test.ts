// Every suggestion rule: conversations where the move is missing (it must be
// suggested) and where it is present or not needed (it must stay quiet).
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';

const scoreReply = createScorer();
/** Restatement alone: the apology, ranked above it, would otherwise name the problem first. */
const restateOnly = createScorer({ rules: { 'sincere-apology': { severity: 'off' } } });
const suggested = (reply: string, customer?: string) =>
  scoreReply(customer === undefined ? { reply } : { reply, customer })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);

interface Case {
  customer?: string;
  reply: string;
}
const CASES: Record<string, { fires: Case[]; quiet: Case[] }> = {
  'restate-problem': {
    fires: [
      { customer: 'The washing machine you delivered leaks water all over the kitchen floor.', reply: 'Please see our FAQ page for help.' },
      { customer: 'My invoice lists two seats but we only ever bought one licence.', reply: 'Sorry about this! I will look into it.' },
    ],
    quiet: [
      { customer: 'The washing machine you delivered leaks water all over the kitchen floor.', reply: 'I’m sorry the new washing machine is leaking onto your floor. I’ll send an engineer tomorrow.' },
      { customer: 'My invoice lists two seats but we only ever bought one licence.', reply: 'If I understand correctly, you were billed for more than you bought. I’ll correct it today.' },
      { reply: 'I’ve refunded you today.' },
    ],
  },
  'admit-error': {
    fires: [
      { customer: 'You billed me £30 for a month I had already cancelled.', reply: 'The charge was applied on the 1st as scheduled. I’ll look at it today.' },
      { customer: 'The app crashed and wiped my playlist.', reply: 'Please reinstall the app and log in again.' },
    ],
    quiet: [
      { customer: 'You billed me £30 for a month I had already cancelled.', reply: 'You’re right, and that was our mistake. I’ve refunded the £30 today.' },
      { customer: 'The app crashed and wiped my playlist.', reply: 'It’s possible our last update caused this. I’m restoring your playlist from backup now.' },
      { customer: 'Can I change the delivery address for my order?', reply: 'Yes, I’ve updated it to the new address.' },
    ],
  },
  'offer-alternative': {
    fires: [
      { reply: 'Unfortunately we can’t refund tickets after departure.' },
      { reply: 'Your claim has been declined.' },
    ],
    quiet: [
      { reply: 'Unfortunately we can’t refund tickets after departure, but I can give you a travel credit for the full amount.' },
      { reply: 'I’ve refunded your order today.' },
    ],
  },
  'own-it': {
    fires: [
      { reply: 'Your replacement has been dispatched.' },
      { customer: 'My card was declined at checkout twice.', reply: 'Card payments are handled by the bank.' },
      { reply: 'Mistakes were made, and the order was delayed.' },
    ],
    quiet: [
      { reply: 'I’ll call the warehouse this morning and make sure it goes out today.' },
      { reply: 'Let me fix that for you: I’ve reset your password.' },
    ],
  },
  'sincere-apology': {
    fires: [
      { customer: 'My order arrived damaged and the box was soaked.', reply: 'A replacement will be sent within 3 days.' },
      { customer: 'My order arrived damaged and the box was soaked.', reply: 'We apologise for any inconvenience. A replacement will be sent within 3 days.' },
    ],
    quiet: [
      { customer: 'My order arrived damaged and the box was soaked.', reply: 'I’m sorry your order arrived soaked and damaged. I’ll send a replacement tomorrow.' },
      { customer: 'Can I add a second user to my plan?', reply: 'Yes, I’ve added them now.' },
    ],
  },
  'next-steps': {
    fires: [
      { customer: 'The heater still doesn’t work after the repair.', reply: 'I’m sorry the heater is still not working. I have logged it.' },
    ],
    quiet: [
      { customer: 'The heater still doesn’t work after the repair.', reply: 'I’m sorry. An engineer will visit on Thursday between 8am and noon.' },
      { customer: 'The heater still doesn’t work after the repair.', reply: 'I’m sorry. I’ll ring you within 2 hours with a repair slot.' },
    ],
  },
  'ask-what-they-want': {
    fires: [{ customer: 'Your service has been terrible lately. Really disappointed.', reply: 'We are sorry to read this.' }],
    quiet: [
      { customer: 'Your service has been terrible lately. Really disappointed.', reply: 'I’m sorry it has let you down. What would make this right for you?' },
      { customer: 'The mug arrived chipped. I want a refund.', reply: 'Sorry about that.' },
    ],
  },
  'thank-feedback': {
    fires: [{ customer: 'Your checkout page is broken and I wasted an hour.', reply: 'I’m sorry about the lost hour. I’ve reported the checkout fault and will email you by 5pm.' }],
    quiet: [
      { customer: 'Your checkout page is broken and I wasted an hour.', reply: 'Thanks for flagging the checkout fault. I’ve reported it and will email you by 5pm.' },
      { customer: 'Could you send me a copy of my invoice?', reply: 'I’ve emailed it to you now.' },
    ],
  },
  'offer-call': {
    fires: [
      { customer: 'THIS IS UNACCEPTABLE!!! Third missed delivery.', reply: 'I’m sorry. I’ll rebook it for tomorrow.' },
      { customer: 'I’m furious. If this isn’t fixed today I’m cancelling my contract.', reply: 'I’m sorry. I’ve escalated it and will update you by 3pm.' },
    ],
    quiet: [
      { customer: 'THIS IS UNACCEPTABLE!!! Third missed delivery.', reply: 'I’m sorry. Could I call you this afternoon to sort it out?' },
      { customer: 'My parcel is a day late.', reply: 'Sorry! It will arrive tomorrow.' },
    ],
  },
};

describe.each(Object.keys(CASES))('%s', (ruleId) => {
  test.each(CASES[ruleId]!.fires)('is suggested for %j', ({ reply, customer }) => {
    expect(suggested(reply, customer)).toContain(ruleId);
  });
  test.each(CASES[ruleId]!.quiet)('stays quiet for %j', ({ reply, customer }) => {
    expect(suggested(reply, customer)).not.toContain(ruleId);
  });
});

describe('ready sentences', () => {
  test('restate-problem is filled from the customer’s words, in the agent’s voice', () => {
    const { findings } = restateOnly({ customer: 'My parcel from Leeds never arrived and nobody answered my emails!', reply: 'Please check your bank.' });
    const restate = findings.find((f) => f.ruleId === 'restate-problem');
    expect(restate?.replacement).toBe('I can see your parcel from Leeds never arrived.');
  });
  test('restate-problem leaves a fault of ours they claim for the agent to word, not "I can see from your message that…"', () => {
    const { findings } = restateOnly({ customer: 'I was charged twice for October and nobody answered my emails!', reply: 'Please check your bank.' });
    const restate = findings.find((f) => f.ruleId === 'restate-problem');
    expect(restate?.replacement).toBe('I can see [their problem in your words].');
  });
  test('shouting is not repeated back', () => {
    const { findings } = scoreReply({ customer: 'YOU CANCELLED MY ORDER WITHOUT ASKING!!!', reply: 'Noted.' });
    const apology = findings.find((f) => f.ruleId === 'sincere-apology');
    expect(apology?.replacement).toBe('I’m sorry your order was cancelled.');
  });
  test('without a customer message, the template keeps a placeholder to fill in', () => {
    const custom = createScorer({ templates: { 'sincere-apology': 'I’m sorry that {issue}.' } });
    const { findings } = custom({ customer: 'My parcel never arrived.', reply: 'It has been sent.' });
    expect(findings.find((f) => f.ruleId === 'sincere-apology')?.replacement).toBe('I’m sorry that your parcel never arrived.');
  });
  test('dollar signs in the customer’s words are kept as written (not read as replacement patterns)', () => {
    const { findings } = restateOnly({ customer: "My $$$ bonus for $'s of rides never arrived!", reply: 'Ok.' });
    const restate = findings.find((f) => f.ruleId === 'restate-problem');
    expect(restate?.replacement).toBe("I can see your $$$ bonus for $'s of rides never arrived.");
  });
  test('suggestions mark no span', () => {
    for (const f of scoreReply({ customer: 'Broken again!!', reply: 'Ok.' }).findings) {
      if (f.kind === 'suggestion') expect([f.start, f.end, f.text]).toEqual([0, 0, '']);
    }
  });
});

describe('better phrasings that name the problem', () => {
  test('a canned apology’s better phrasing is filled from the customer’s words', () => {
    const { findings } = scoreReply({ customer: 'My parcel never arrived!', reply: 'Sorry for the inconvenience.' });
    const canned = findings.find((f) => f.ruleId === 'canned-empathy');
    expect(canned?.replacement).toBe('I’m sorry your parcel never arrived');
    expect(canned?.swap).toBe(true);
  });
  test('the reply’s own full stop stays; its "!" goes with the swap, and a sentence with none gets one', () => {
    const customer = 'My parcel never arrived!';
    const bang = scoreReply({ customer, reply: 'Sorry for the inconvenience!! We will look.' }).findings.find((f) => f.ruleId === 'canned-empathy')!;
    expect(bang.replacement).toBe('I’m sorry your parcel never arrived.');
    expect(bang.swapSpan).toEqual({ start: 0, end: 29, text: 'Sorry for the inconvenience!!' });
    const none = scoreReply({ customer, reply: 'We will look.\nSorry for the inconvenience\nSam' }).findings.find((f) => f.ruleId === 'canned-empathy')!;
    expect(none.replacement).toBe('I’m sorry your parcel never arrived.');
    expect(none.swapSpan).toBeUndefined();
  });
  test('without a customer message it keeps a placeholder, which a Swap puts in place for the agent to fill', () => {
    const { findings } = scoreReply({ reply: 'Sorry for the inconvenience.' });
    expect(findings.find((f) => f.ruleId === 'canned-empathy')).toMatchObject({ replacement: 'I’m sorry [what went wrong for them]', swap: true });
  });
});

describe('praise and thanks are not treated as a problem', () => {
  const moves = (customer: string, reply: string) =>
    createScorer()({ reply, customer }).findings.filter((f) => f.kind === 'suggestion').map((f) => f.ruleId);
  test.each([
    'Just wanted to say thank you, the engineer was brilliant and sorted everything in ten minutes.',
    'You guys are amazing, the delivery came a day early!',
    'Cheers for the quick help yesterday, much appreciated.',
  ])('%s gets no restatement, apology or thanks-for-feedback', (customer) => {
    const got = moves(customer, 'Thanks so much for letting us know, have a lovely day.');
    for (const id of ['restate-problem', 'sincere-apology', 'thank-feedback']) expect(got).not.toContain(id);
  });
  test('thanks with a problem in it still gets the restatement', () => {
    expect(moves('Thanks for the reply, but the refund still has not arrived.', 'Let me look.')).toContain('restate-problem');
  });
});

describe('the moves are listed most important first', () => {
  test('a customer who has written before hears that first, before the apology and the rest', () => {
    const moves = createScorer()({
      customer: 'This is the third time I am writing: you charged me twice for my order and nobody has fixed it!',
      reply: 'Please see our FAQ.',
    })
      .findings.filter((f) => f.kind === 'suggestion')
      .map((f) => f.ruleId);
    expect(moves[0]).toBe('acknowledge-repeat');
    expect(moves).toEqual(expect.arrayContaining(['sincere-apology', 'admit-error', 'own-it']));
    // Not alphabetical: the apology comes before allowing an error, and owning it after both.
    expect(moves.indexOf('sincere-apology')).toBeLessThan(moves.indexOf('admit-error'));
    expect(moves.indexOf('admit-error')).toBeLessThan(moves.indexOf('own-it'));
  });
});

describe('ready sentences read together, as an agent would insert them', () => {
  const sentence = (findings: ReturnType<typeof scoreReply>['findings'], id: string) => findings.find((f) => f.ruleId === id)?.replacement;
  const needsCompleting = /\[[^\]]+\]/;

  test('the customer’s problem is named once: the apology names it, the restatement below asks the agent to', () => {
    const { findings } = scoreReply({ customer: 'I have been without broadband for 19 days and nobody cares!', reply: 'We are looking into it.' });
    expect(sentence(findings, 'sincere-apology')).toBe('I’m sorry to hear you have been without broadband for 19 days.');
    expect(sentence(findings, 'restate-problem')).toBe('I can see [their problem in your words].');
  });

  test('no "I’ll take care of this" after a refusal: the agent says what they will do', () => {
    const customer = 'I was promised a £10 discount for 12 months and it is not on my bills.';
    const { findings } = scoreReply({ customer, reply: 'There is no note of a discount on your account, so I am afraid the bill stands and there is nothing more we can do.' });
    expect(sentence(findings, 'own-it')).toMatch(needsCompleting);
    // The record's Swap doubts it ("…, but that may be our error, so I’m checking"): that is
    // the admission, so the move offers no second sentence saying it.
    expect(findings.find((f) => f.ruleId === 'system-says')?.replacement).toMatch(/may be (?:wrong|our error)/);
    expect(sentence(findings, 'admit-error')).toBe('');
  });

  test('without the customer’s message, own-it does not promise to sort an unknown "this"', () => {
    const { findings } = scoreReply({ reply: 'Our tracking data places the delivery at your address.' });
    expect(sentence(findings, 'own-it')).toBe('I’ll [the next step you will take] myself and see it through until it’s done.');
  });

  test('no apology in the customer’s words for what the reply disputes', () => {
    const customer = 'Your engineer broke my fence panel when he was installing the line. I want it paid for.';
    const disputed = scoreReply({ customer, reply: 'That’s not what happened. The notes say the panel was already damaged.' });
    expect(disputed.findings.some((f) => f.ruleId === 'argue-defend')).toBe(true);
    expect(sentence(disputed.findings, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
    const open = scoreReply({ customer, reply: 'I will look at the photos of the fence today.' });
    expect(sentence(open.findings, 'sincere-apology')).not.toMatch(needsCompleting);
  });

  test('beside a refusal, no apology that repeats the customer’s charge against us', () => {
    const customer = 'You charged me an £8 overdraft fee but I was never below zero!';
    const refused = scoreReply({ customer, reply: 'Hi Dana, the fee stands and there is nothing more we can do.' });
    expect(sentence(refused.findings, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
    const open = scoreReply({ customer, reply: 'Hi Dana, I am looking at your account now.' });
    expect(sentence(open.findings, 'sincere-apology')).toBe('I’m sorry to hear you were charged an £8 overdraft fee.');
    // Told as done to them ("charged twice"), it is the same charge; and a record quoted against it
    // is a refusal of it. A fee they were charged is only their trouble, but not where the reply
    // says it stands: blind readers called "I'm sorry to hear you were charged a £25 cleaning fee"
    // above "so the fee stands" a contradiction (reply.upholds).
    expect(sentence(scoreReply({ customer: 'I was charged a £40 cleaning fee!', reply: 'Hi Dana, the charge stands.' }).findings, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
    expect(sentence(scoreReply({ customer: 'I was charged a £40 cleaning fee!', reply: 'Hi Dana, I am looking at your account now.' }).findings, 'sincere-apology')).toBe('I’m sorry to hear you were charged a £40 cleaning fee.');
    const twice = 'I was charged twice at Tesco for £64.20 on Saturday!';
    expect(sentence(scoreReply({ customer: twice, reply: 'Hi Dana, the charge stands.' }).findings, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
    expect(sentence(scoreReply({ customer: twice, reply: 'Hi Dana, the transaction log shows only one payment to Tesco on Saturday.' }).findings, 'sincere-apology')).toBe('I’m sorry [name what went wrong for them].');
    expect(sentence(scoreReply({ customer: twice, reply: 'Hi Dana, I am looking at your account now.' }).findings, 'sincere-apology')).toBe('I’m sorry to hear you were charged twice at Tesco for £64.20 on Saturday.');
    // The customer's own trouble is no concession: it is named beside a refusal too.
    const trouble = scoreReply({ customer: 'My parcel never arrived and I needed it for Friday!', reply: 'Hi Dana, there is nothing more we can do.' });
    expect(sentence(trouble.findings, 'sincere-apology')).toBe('I’m sorry your parcel never arrived.');
  });

  test('no promise to see it through, or to check the system, beside a refusal or a record quoted as proof', () => {
    const repeat = 'Third time I am writing about my missing refund. Nobody replies!';
    const refused = scoreReply({ customer: repeat, reply: 'Refunds are not possible after 30 days.' });
    expect(sentence(refused.findings, 'acknowledge-repeat')).toBe('You shouldn’t have had to contact us again about [what they chased].');
    const error = 'You charged me twice for the same order, £45 each time.';
    const quoted = scoreReply({ customer: error, reply: 'Our system shows one payment of £45 only.' });
    expect(quoted.findings.some((f) => f.ruleId === 'system-says')).toBe(true);
    // No promise to check the system in the move's own words: the record's Swap owns the doubt.
    expect(sentence(quoted.findings, 'admit-error')).toBe('');
  });

  test('the customer’s own slip, and what follows from it, reports no error of ours', () => {
    const reply = 'Hello, no problem, this happens a lot. Please reply with your date of birth.';
    const admits = (customer: string) => scoreReply({ customer, reply }).findings.some((f) => f.ruleId === 'admit-error');
    expect(admits('I forgot my online banking password and now I’m locked out.')).toBe(false);
    // What they say we did after it still may be ours.
    expect(admits('I forgot to cancel but you charged me twice!')).toBe(true);
    expect(admits('I ordered the wrong size and you charged me a £10 return fee.')).toBe(true);
    expect(admits('My account is locked and I can’t log in.')).toBe(true);
  });

  test('a thing harmed is owned as it is, not as a system that may be wrong', () => {
    const reply = 'Hi Tom, thanks for the photos. Please send the item back with the label attached.';
    for (const customer of ['The mirror arrived smashed to pieces, glass everywhere. Absolutely disgusted.', 'Your engineer broke my fence when he came to fix the boiler.']) {
      expect(sentence(scoreReply({ customer, reply }).findings, 'admit-error')).toBe('That shouldn’t have happened, and it’s on us to put it right.');
    }
    // A charge, a decision on a claim for a harmed thing, or a feeling of being ripped off may be ours to check.
    for (const customer of ['You charged me twice for my order!', 'Why was my claim for the cracked windscreen rejected??', 'My premium went up 40% this year, I feel ripped off and the bill is wrong.']) {
      expect(sentence(scoreReply({ customer, reply }).findings, 'admit-error')).toBe('It’s possible our system got this wrong, so I’m checking it now and I’ll put it right if so.');
    }
    // Beside a refusal the agent says what they will look into.
    const refused = scoreReply({ customer: 'The mirror arrived smashed to pieces.', reply: 'We cannot refund items once the box has been opened.' });
    expect(sentence(refused.findings, 'admit-error')).toBe('I’m looking into [what went wrong], and I’ll put it right if it was down to us.');
    // Once inserted, the move is made.
    const made = scoreReply({ customer: 'The mirror arrived smashed to pieces.', reply: `That shouldn’t have happened, and it’s on us to put it right. ${reply}` });
    expect(made.findings.some((f) => f.ruleId === 'admit-error')).toBe(false);
  });

  test('what one sentence says is not said again below it', () => {
    const customer = 'Third time I am writing about my missing refund. Nobody replies!';
    const { findings } = scoreReply({ customer, reply: 'Refunds take up to 30 days.' });
    expect(sentence(findings, 'acknowledge-repeat')).toBe('You shouldn’t have had to contact us again about this; I’ll see it through myself.');
    // "I'll see it through myself" is the commitment own-it would add.
    expect(sentence(findings, 'own-it')).toMatch(needsCompleting);
    const alone = createScorer({ rules: { 'acknowledge-repeat': { severity: 'off' } } })({ customer, reply: 'Refunds take up to 30 days.' });
    expect(sentence(alone.findings, 'own-it')).toBe('I’ll take care of this personally and see it through until it’s sorted.');
  });

  test('a ready sentence, inserted as it is offered, raises no flag of its own but its blanks', async () => {
    // "…and keep you updated until it's sorted" was a vague time the coach then flagged.
    const { SUGGESTION_RULES } = await import('../../src/engine/rules');
    for (const rule of SUGGESTION_RULES) {
      for (const text of [rule.template.replaceAll('{issue}', 'your parcel is late'), rule.fallback]) {
        const flags = createScorer()({ reply: `Hi Dana,\n\n${text}\n\nBest,\nSam` }).findings.filter((f) => f.kind === 'flag' && f.ruleId !== 'unfilled-placeholder');
        expect(flags.map((f) => `${f.ruleId}: ${f.text}`), `${rule.id}: ${text}`).toEqual([]);
      }
    }
  });

  test('a clash names a flag rule that exists', async () => {
    const { FLAG_RULES, SUGGESTION_RULES } = await import('../../src/engine/rules');
    const flagIds = new Set(FLAG_RULES.map((r) => r.id));
    for (const rule of SUGGESTION_RULES) {
      for (const c of rule.clashesWith ?? []) if (c.startsWith('flag:')) expect(flagIds, `${rule.id}: ${c}`).toContain(c.slice(5));
    }
  });
});

describe('one sentence, offered once', () => {
  test('a move whose sentence a flag’s better phrasing already offers comes without it', () => {
    const { findings } = scoreReply({ customer: 'You charged me twice!', reply: 'Sorry for the inconvenience. Refunds take 5 days.' });
    const canned = findings.find((f) => f.ruleId === 'canned-empathy');
    const apology = findings.find((f) => f.ruleId === 'sincere-apology');
    expect(canned?.replacement).toBe('I’m sorry to hear you were charged twice'); // a swap: the reply's full stop stays
    expect(apology).toBeDefined(); // still missing: it is listed, and scored
    expect(apology?.replacement).toBe('');
    // With the canned-empathy rule off, nothing offers it, and the move does.
    const noCanned = createScorer({ rules: { 'canned-empathy': { severity: 'off' } } });
    const alone = noCanned({ customer: 'You charged me twice!', reply: 'Sorry for the inconvenience. Refunds take 5 days.' });
    expect(alone.findings.find((f) => f.ruleId === 'sincere-apology')?.replacement).toBe('I’m sorry to hear you were charged twice.');
  });

  test('a Swap that names the customer’s problem is not followed by a restatement naming it again', () => {
    const { findings } = scoreReply({ customer: 'my console won’t update, error CE-3349', reply: 'We’re sorry that you’re having difficulties. Please try rebuilding the database from safe mode.' });
    expect(findings.find((f) => f.ruleId === 'canned-empathy')?.replacement).toBe('I’m sorry to hear your console won’t update'); // a swap: the reply's full stop stays
    const restate = findings.find((f) => f.ruleId === 'restate-problem');
    expect(restate).toBeDefined();
    expect(restate?.replacement).toBe('');
  });
});

describe('a canned apology that is a sentence of its own swaps to a specific one', () => {
  const customer = 'You charged me twice for my October flight!';
  const canned = (reply: string) => scoreReply({ reply, customer }).findings.find((f) => f.ruleId === 'canned-empathy')!;
  test.each([
    ['Hi Dana,\n\nSorry for the inconvenience. Refunds take 5 days.'],
    ['Hi Dana, we apologise for any inconvenience caused. Refunds take 5 days.'],
  ])('%j', (reply) => {
    const f = canned(reply);
    expect(f.swap).toBe(true);
    expect(f.replacement).toBe('I’m sorry to hear you were charged twice for your October flight'); // the reply's full stop stays
  });
  test('not inside a longer sentence; without the customer’s problem to name, with its place for the agent', () => {
    expect(canned('Refunds take 5 days, sorry for the inconvenience!').swap).toBeUndefined();
    expect(canned('Sorry for any inconvenience this may have caused, but refunds take 5 days.').swap).toBeUndefined();
    const noCustomer = scoreReply({ reply: 'Sorry for the inconvenience. Refunds take 5 days.' }).findings.find((f) => f.ruleId === 'canned-empathy')!;
    expect(noCustomer).toMatchObject({ swap: true, replacement: 'I’m sorry [what went wrong for them]' });
  });
});

describe('a stock line joined before a canned apology goes with it when the apology is made specific', () => {
  const customer = 'My parcel was left with a neighbour I don’t know.';
  test.each([
    ['We value your business and we apologise for any inconvenience caused.', 'I’m sorry your parcel was left with a neighbour you don’t know.'],
    ['Hello, we are understanding your concern and we are sorry for the trouble this is causing to you.', 'Hello, I’m sorry your parcel was left with a neighbour you don’t know.'],
    // Not a stock line: the agent's own words stay.
    ['Thanks for your email and sorry for the inconvenience.', 'Thanks for your email and I’m sorry your parcel was left with a neighbour you don’t know.'],
  ])('%j', (reply, expected) => {
    const f = scoreReply({ reply, customer }).findings.find((x) => x.ruleId === 'canned-empathy' && x.swap)!;
    const r = swapRange(f);
    expect(applyEdit(reply, swapEdit(reply, r.start, r.end, f.replacement))).toBe(expected);
  });
});
