// Sentence rewrites (src/engine/sentence-rewrite.ts): the Swap of a whole sentence the learned
// second opinion flags, from the rule's data; and the scorer offering it only where it cannot
// clash with another flag's Swap.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { compileModel, type LinearModelData } from '../../src/engine/model';
import { FLAG_RULES } from '../../src/engine/rules';
import type { SentenceRewrite } from '../../src/engine/rules/types';
import { compileSentenceRewrites, rewriteSentence } from '../../src/engine/sentence-rewrite';
import { applyEdit, swapEdit } from '../../src/engine/swap';
import { FLAG_IDS } from '../model/train';
import { applySwap } from './swap-helpers';

/** `reply` (one flagged sentence, whole) after the rewrite of `rewrites`, or null where none is offered. */
function rewritten(reply: string, rewrites: SentenceRewrite[], fits = true): string | null {
  const r = rewriteSentence(reply, 0, reply.length, compileSentenceRewrites(rewrites), () => fits);
  return r && applyEdit(reply, swapEdit(reply, r.start, r.end, r.replacement));
}

describe('rewriteSentence', () => {
  const hedge: SentenceRewrite = { cut: ',? so\\b', unless: '\\baccurate\\b', ends: ', but that may be wrong, so I’m checking.' };

  test('keeps the agent’s words, cuts the verdict, and ends with the rule’s move', () => {
    expect(rewritten('The scan shows it at your door at 10:48, so it was delivered.', [hedge])).toBe('The scan shows it at your door at 10:48, but that may be wrong, so I’m checking.');
    expect(rewritten('The scan shows it at your door at 10:48.', [hedge])).toBe('The scan shows it at your door at 10:48, but that may be wrong, so I’m checking.');
    // What follows the sentence stays as it was.
    expect(rewritten('Hello Kenji, the scan shows it at your door. ', [hedge])).toBe('Hello Kenji, the scan shows it at your door, but that may be wrong, so I’m checking. ');
  });

  test('offers none where the sentence is not a plain one ended by its full stop', () => {
    expect(rewritten('Does the scan show it at your door?', [hedge])).toBeNull();
    expect(rewritten('The scan shows it at your door!', [hedge])).toBeNull();
    expect(rewritten('The scan shows it at your door', [hedge])).toBeNull();
    expect(rewritten('The scan shows it at your door...', [hedge])).toBeNull();
  });

  test('offers none where the kept words vouch for the record, are too few, or need what was cut', () => {
    expect(rewritten('The scan is accurate, so it was delivered.', [hedge])).toBeNull();
    expect(rewritten('Scans, so it was delivered.', [hedge])).toBeNull();
    expect(rewritten('It was scanned at the door and so it was delivered.', [{ ...hedge, cut: ' so\\b' }])).toBeNull();
  });

  test('after two clauses the agent joined with a comma, the move is a sentence of its own; a lead-in alone takes none', () => {
    // Read blind: "…replacement, there's no note of that, but that may be wrong" was a comma splice.
    expect(rewritten('Nobody promised a replacement, there’s no note of that on the account.', [hedge])).toBe('Nobody promised a replacement, there’s no note of that on the account. That may be wrong, so I’m checking.');
    expect(rewritten('According to the bank regulation, so it cannot be raised.', [hedge])).toBeNull();
    // A letter's lead-in is no clause either: the ending would replace the sentence's whole point
    // (read blind: "Further to our previous correspondence, but here is what I can do instead").
    const refuses: SentenceRewrite = { cut: ',? (?:we|i) (?:are|am) unable\\b', ends: ', but here is what I can do instead: [what you can offer].' };
    expect(rewritten('Further to our letter of 3 May, we are unable to reopen the claim.', [refuses])).toBeNull();
    expect(rewritten('With reference to your complaint about the tenancy, we are unable to return the deposit.', [refuses])).toBeNull();
    expect(rewritten('Thank you for your patience with the repair, we are unable to waive the call-out charge.', [refuses])).toBeNull();
    expect(rewritten('The tenancy ended early on 3 May, we are unable to return the deposit.', [refuses])).toBe('The tenancy ended early on 3 May, but here is what I can do instead: [what you can offer].');
  });

  test('with mustCut, only where there is something to cut', () => {
    const drop: SentenceRewrite = { cut: ', which is down to you$', mustCut: true, ends: '.' };
    expect(rewritten('It was not assembled to the manual, which is down to you.', [drop])).toBe('It was not assembled to the manual.');
    expect(rewritten('It was not assembled to the manual.', [drop])).toBeNull();
  });

  test('replaces a sentence that is only the move, keeping its greeting and the case after it', () => {
    const door: SentenceRewrite = { is: 'end of discussion', instead: 'Here is what I can do instead: [what you can offer].' };
    expect(rewritten('End of discussion.', [door])).toBe('Here is what I can do instead: [what you can offer].');
    expect(rewritten('Hello, end of discussion.', [door])).toBe('Hello, here is what I can do instead: [what you can offer].');
    expect(rewritten('@sam_k End of discussion.', [door])).toBe('@sam_k Here is what I can do instead: [what you can offer].');
    // The pronoun's capital after a greeting says nothing of the sentence's.
    expect(rewritten('Hi Ethan, I’m afraid that is the end of discussion.', [{ ...door, is: 'I’m afraid that is the end of discussion' }])).toBe('Hi Ethan, here is what I can do instead: [what you can offer].');
    // A move that opens with "I" keeps its capital after a lower-case opening ("hi, i'm" reads as a typo).
    const sorry: SentenceRewrite = { is: 'sorry for the hassle', instead: 'I’m sorry your order was late.' };
    expect(rewritten('Hello, sorry for the hassle.', [sorry])).toBe('Hello, I’m sorry your order was late.');
    expect(rewritten('hey, I’m sorry for the hassle.', [{ ...sorry, is: 'I’m sorry for the hassle' }])).toBe('hey, I’m sorry your order was late.');
    expect(rewritten('End of discussion for this claim.', [door])).toBeNull();
  });

  test('only where its context holds, and the first that fits wins', () => {
    const disputed: SentenceRewrite = { ...hedge, onlyIf: ['customer.unhappy'] };
    expect(rewritten('The scan shows it at your door.', [disputed], false)).toBeNull();
    expect(rewritten('The scan shows it at your door.', [disputed], true)).not.toBeNull();
    expect(rewritten('The scan shows it at your door.', [{ ...hedge, ends: ' one.' }, hedge])).toBe('The scan shows it at your door one.');
  });
});

/** The built-in rule's sentence rewrites, as the scorer applies them (its context taken as holding). */
const byRule = (id: string) => (sentence: string) => rewritten(sentence, FLAG_RULES.find((r) => r.id === id)!.sentenceRewrites!);

describe('the built-in rules’ sentence rewrites', () => {
  test('system-says owns the record’s doubt where the sentence quotes it, not where it vouches for it', () => {
    const rule = byRule('system-says');
    expect(rule('Our engineer’s notes say the panel was already damaged when he arrived.')).toBe(
      'Our engineer’s notes say the panel was already damaged when he arrived, but that may be wrong, so I’m checking.',
    );
    expect(rule('Hi, your booking has no hold bag on it in our reservations data, so the £65 desk charge stands.')).toBe(
      'Hi, your booking has no hold bag on it in our reservations data, but that may be wrong, so I’m checking.',
    );
    expect(rule('No cancellation appears against your booking, and the log is what the fee is based on.')).toBe('No cancellation appears against your booking, but that may be wrong, so I’m checking.');
    // The customer's account is not what "that" would doubt.
    expect(rule('The tracker places the bike at your home all night, which is inconsistent with your account.')).toBe('The tracker places the bike at your home all night, but that may be wrong, so I’m checking.');
    // A claim tacked on after the record goes with the verdict.
    expect(rule('The fraud system flagged unusual activity and it doesn’t make mistakes.')).toBe('The fraud system flagged unusual activity, but that may be wrong, so I’m checking.');
    expect(rule('The detection is automatic and precise, so the penalty stays.')).toBeNull();
    expect(rule('Our logs are not wrong, so the emails left our platform.')).toBeNull();
    expect(rule('If it is in the system, the tickets are valid.')).toBeNull();
    expect(rule('The scan shows delivery, but I will check with the driver.')).toBeNull();
  });

  test('system-says hedges only where the record is disputed', () => {
    const rewrites = compileSentenceRewrites(FLAG_RULES.find((r) => r.id === 'system-says')!.sentenceRewrites);
    const sentence = 'The outage map shows restoration by 11pm tonight.';
    expect(rewriteSentence(sentence, 0, sentence.length, rewrites, (r) => !r.onlyIf)).toBeNull();
  });

  test('policy-shield keeps the reason and adds the bend where its refusal was', () => {
    const rule = byRule('policy-shield');
    expect(rule('Trial extensions aren’t something we’re permitted to offer.')).toBe('Trial extensions aren’t something we’re permitted to offer, but here is what I can do instead: [what you can offer].');
    expect(rule('On the price, our terms allow for an annual rise each April, so I can’t remove it.')).toBe(
      'On the price, our terms allow for an annual rise each April, but here is what I can do instead: [what you can offer].',
    );
    expect(rule('The procedure is set by our credit team and cannot be altered by customer service.')).toBe('The procedure is set by our credit team, but here is what I can do instead: [what you can offer].');
    expect(rule('Tests are allocated in order, and that’s the process.')).toBe('Tests are allocated in order, but here is what I can do instead: [what you can offer].');
    expect(rule('I’m not going to bend the rules for you: fraud refunds need a police report.')).toBeNull();
    expect(rule('We normally cap refunds at £50, but I’ve asked my manager.')).toBeNull();
  });

  test('dead-end replaces a sentence that only closes the door, and keeps one that says what is refused', () => {
    const rule = byRule('dead-end');
    for (const door of ['End of discussion.', 'Final answer.', 'We consider this complaint concluded.', 'No further correspondence will be entered into regarding this matter.', 'Nothing more to add on this one.', 'This claim is closed for good.', 'Unfortunately, our hands are tied here.', 'There’s nothing else I can put through.', 'It’s not something we’re able to look into further.']) {
      expect(rule(door)).toBe('Here is what I can do instead: [what you can offer].');
    }
    // One that says what is refused keeps it, with the door beside it; its absolute goes.
    expect(rule('The policy cancellation is irreversible.')).toBe('The policy cancellation is irreversible, but I can [what you can do instead].');
    expect(rule('Requests cannot be expedited under any circumstances.')).toBe('Requests cannot be expedited, but I can [what you can do instead].');
    // Not where it says there is nothing more, turns, or waits on something.
    expect(rule('There’s nothing to refund.')).toBeNull();
    expect(rule('There is nothing further I can do on our side.')).toBeNull();
    // (Stop 40: a door that shuts "once" something has happened is no way on, and gets the offer;
    // one that waits "until" something happens still is one.)
    expect(rule('Mattresses can’t be returned once the hygiene seal is removed.')).toBe('Mattresses can’t be returned once the hygiene seal is removed, but I can [what you can do instead].');
    expect(rule('This claim is closed until the police report arrives.')).toBeNull();
  });

  test('canned-empathy makes a sentence of stock lines the specific apology, and leaves one that names anything', () => {
    const rule = byRule('canned-empathy');
    expect(rule('We value your business and hope to see you again.')).toBe('I’m sorry {issue}.');
    expect(rule('We understand your concerns and value you as a loyal member.')).toBe('I’m sorry {issue}.');
    expect(rule('We understand your concerns about the branch closing.')).toBeNull();
    expect(rule('We value your business and will refund the fee today.')).toBeNull();
  });

  test('argue-defend offers to explain in place of a bare contradiction, and drops the verdict that closes an account', () => {
    const rule = byRule('argue-defend');
    expect(rule('That’s not what happened.')).toBe('Let me explain what I’m seeing.');
    expect(rule('Respectfully, that is incorrect.')).toBe('Let me explain what I’m seeing.');
    expect(rule('A landline is required for broadband at your address, so our salesman was correct.')).toBe('A landline is required for broadband at your address.');
    expect(rule('I checked the call and nobody offered you a free month, I’m afraid you’ve misremembered.')).toBe('I checked the call and nobody offered you a free month.');
    expect(rule('The website is correct, you’ve misread it.')).toBe('The website is correct.');
    // Nothing left but the lead-in, or what was misunderstood is the point.
    expect(rule('To be honest, you’re mistaken.')).toBeNull();
    expect(rule('I think you’ve misunderstood what your policy covers.')).toBeNull();
    expect(rule('That is not what happened to the other parcel you sent.')).toBeNull();
  });

  test('blame-shift drops the blame that closes an account of what happened, and nothing else', () => {
    const rule = byRule('blame-shift');
    expect(rule('The double payment happened because the button was pressed twice, so it is your own mistake.')).toBe('The double payment happened because the button was pressed twice.');
    expect(rule('Hello Hassan, your contract was not renewed before the end date, it is your side mistake.')).toBe('Hello Hassan, your contract was not renewed before the end date.');
    expect(rule('Keeping proof of the lock is a condition of cover, so that’s down to you.')).toBe('Keeping proof of the lock is a condition of cover.');
    expect(rule('Your passport had less than 6 months left, that’s on you to check.')).toBe('Your passport had less than 6 months left.');
    expect(rule('Hello, I see the previous agent did not submit the refund request, it was his mistake, not mine.')).toBe('Hello, I see the previous agent did not submit the refund request.');
    // A condition left with nothing after it.
    expect(rule('If you moved without updating it, that’s on you to update.')).toBeNull();
    // The customer's act as the cause: what followed kept, the fault dropped, the agent's next step added.
    expect(rule('You sent it to the wrong place, so it didn’t count.')).toBe('It didn’t count. I’m sorry about that, and I’ll go through what I can do to put it right with you.');
    expect(rule('That is your own mistake.')).toBeNull();
  });
});

// A made-up model that reads one invented word as each rule, so the scorer's use of the rewrites is
// tested apart from what the shipped weights learned: "zorp" is policy-shield, "blick" dead-end.
const toy: LinearModelData = {
  rules: [...FLAG_IDS],
  bias: FLAG_IDS.map(() => -6),
  scale: FLAG_IDS.map(() => 0.1),
  thresholds: FLAG_IDS.map(() => 0.9),
  weights: 'u:blick\t3:127\nu:zorp\t0:127',
};

describe('the scorer offers a sentence rewrite as the second opinion’s Swap', () => {
  const score = createScorer({}, undefined, compileModel(toy));
  const flags = (reply: string) => score({ reply }).findings.filter((f) => f.kind === 'flag');
  const afterSwap = (reply: string, ruleId: string) => {
    const f = flags(reply).find((x) => x.ruleId === ruleId)!;
    expect(f.swap).toBe(true);
    return applySwap(reply, f);
  };

  test('the whole sentence stays flagged; the Swap turns its end', () => {
    const reply = 'Hi Dana,\nSadly we zorp refunds after a week, so I can’t refund it. Have a good weekend.';
    const finding = flags(reply).find((f) => f.ruleId === 'policy-shield')!;
    expect(finding.text).toBe('Sadly we zorp refunds after a week, so I can’t refund it.');
    expect(afterSwap(reply, 'policy-shield')).toBe('Hi Dana,\nSadly we zorp refunds after a week, but here is what I can do instead: [what you can offer]. Have a good weekend.');
  });

  test('none where the rule has no rewrite that reads there', () => {
    expect(flags('Sadly we blick refunds after a week: the bank holds them.').find((f) => f.ruleId === 'dead-end')!.swap).toBeUndefined();
    expect(flags('Sadly we zorp refunds after a week?').find((f) => f.ruleId === 'policy-shield')?.swap).toBeUndefined();
  });

  test('none where the stretch it replaces holds another flag’s words: the frames keep their Swap', () => {
    const reply = 'Sadly we zorp refunds after a week, so please be advised that it stays.';
    const found = flags(reply);
    expect(found.find((f) => f.ruleId === 'policy-shield')!.swap).toBeUndefined();
    expect(found.some((f) => f.ruleId !== 'policy-shield' && f.swap)).toBe(true);
  });
});

describe('a frame’s flag that no phrase or clause turns takes its sentence’s rewrite, where the Swap clears it', () => {
  // Frames only: what the shipped model would add is not what is tested here.
  const score = createScorer({}, undefined, null);
  const flagOf = (reply: string, ruleId: string, customer?: string) =>
    score({ reply, ...(customer ? { customer } : {}) }).findings.find((f) => f.kind === 'flag' && f.ruleId === ruleId);
  const swapped = (reply: string, ruleId: string, customer?: string) => {
    const f = flagOf(reply, ruleId, customer)!;
    expect(f.swap).toBe(true);
    return applySwap(reply, f);
  };

  test('policy-shield: the rule kept, the bend added, and the flag gone once swapped', () => {
    const reply = 'Hi Sam,\nMembership rules don’t allow refunds for unused months. Have a good weekend.';
    const after = swapped(reply, 'policy-shield');
    expect(after).toBe('Hi Sam,\nMembership rules don’t allow refunds for unused months, but here is what I can do instead: [what you can offer]. Have a good weekend.');
    expect(flagOf(after, 'policy-shield')).toBeUndefined();
  });

  test('system-says: the record owned and doubted where the customer disputes it, and the flag gone once swapped', () => {
    const reply = 'Our ANPR cameras recorded your vehicle entering at 09:12 and leaving at 12:47, which proves the overstay.';
    const customer = 'This parking charge is wrong, I was only there for an hour!';
    const after = swapped(reply, 'system-says', customer);
    expect(after).toBe('Our ANPR cameras recorded your vehicle entering at 09:12 and leaving at 12:47, but that may be wrong, so I’m checking.');
    expect(flagOf(after, 'system-says', customer)).toBeUndefined();
    // A routine question about the record: no doubt to own.
    expect(flagOf(reply, 'system-says', 'Thanks! Can you tell me what time I left?')!.swap).toBeUndefined();
  });

  test('canned-empathy: the stock sentence becomes the apology for the customer’s own problem', () => {
    const reply = 'We value your business and hope to see you again. I have refunded the £20 today.';
    const customer = 'You charged me twice for my order and nobody has answered my emails.';
    expect(swapped(reply, 'canned-empathy', customer)).toMatch(/^I’m sorry (?!\[).+\. I have refunded the £20 today\.$/);
    // With no customer message to name the problem from, its place is left for the agent.
    expect(swapped(reply, 'canned-empathy')).toBe('I’m sorry [what went wrong for them]. I have refunded the £20 today.');
  });

  test('none where another flag’s words lie in the stretch it replaces, or where the sentence refuses nothing', () => {
    const shared = 'Membership rules don’t allow refunds for unused months, so please be advised that it stays.';
    expect(flagOf(shared, 'policy-shield')!.swap).toBeUndefined();
    expect(flagOf(shared, 'corporate-speak')!.swap).toBe(true);
    // A sentence that refuses nothing takes no offer: the book cited inside it goes instead (policy-shield's clause rewrite).
    const refusesNothing = 'We cover scams under the reimbursement rules, and I’ll have an answer for you within 5 working days.';
    expect(flagOf(refusesNothing, 'policy-shield')!.replacement).toBe('');
  });
});
