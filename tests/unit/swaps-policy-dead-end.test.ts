// Swaps for policy-shield and dead-end wordings inside longer sentences, after lead-ins and in
// chatty registers (src/engine/rules/flags/policy-shield.ts, dead-end.ts): each reply as an agent
// would write it, the reply after the Swap exactly, and the swapped reply no longer flagged for
// the rule in that sentence; and near-misses where a rewrite would not read, so none is offered.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { deadEnd } from '../../src/engine/rules/flags/dead-end';
import { compileSentenceRewrites, rewriteSentence } from '../../src/engine/sentence-rewrite';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { applySwap, flagsOf } from './swap-helpers';

/** Every flag of `ruleId` in the reply carries a Swap, and all of them make the same reply. */
function swappedBy(reply: string, ruleId: string): string {
  const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
  expect(hits.length).toBeGreaterThan(0);
  for (const f of hits) expect(f.swap, `${f.text} has a Swap`).toBe(true);
  const after = hits.map((f) => applySwap(reply, f));
  expect(new Set(after).size).toBe(1);
  return after[0]!;
}

describe('policy-shield: the rule said as the agent’s own, with the offer', () => {
  test.each([
    // The book requires something done: what is needed, in the agent's words.
    ['Our terms require returns to be booked within 30 days.', 'We need returns to be booked within 30 days, but here is what I can do: [what you can offer].'],
    ['Hi Ana, our returns policy requires faults to be reported within 14 days of delivery.', 'Hi Ana, we need faults to be reported within 14 days of delivery, but here is what I can do: [what you can offer].'],
    // A book with no owner word before it: its name goes with it.
    ['Store procedures do not permit us to refund gift cards.', 'I can’t refund gift cards, but here is what I can do: [what you can offer].'],
    ['Club rules don’t let me add a guest pass to a junior membership.', 'I can’t add a guest pass to a junior membership, but here is what I can do: [what you can offer].'],
    // The reason in the agent's own words stays; the limit becomes theirs.
    ['Hi Lee, for privacy reasons we are not allowed to share the driver’s number.', 'Hi Lee, for privacy reasons I can’t share the driver’s number, but here is what I can do: [what you can offer].'],
    // After an apology that has turned once, the offer is a sentence of its own.
    ['I’m sorry but I’m not allowed to move the booking to another name.', 'I’m sorry but I can’t move the booking to another name. Here is what I can do instead: [what you can offer].'],
  ])('%j', (reply, expected) => {
    const after = swappedBy(reply, 'policy-shield');
    expect(after).toBe(expected);
    expect(flagsOf(after).filter((f) => f.ruleId === 'policy-shield')).toEqual([]);
  });

  test.each([
    // An apology closes the rest: the offer would follow "sorry" ("…share it, sorry, but here is…").
    ['For security reasons we are not permitted to share it, sorry.', 'sorry, but'],
    ['I’m not allowed to share it, sorry.', 'sorry, but'],
    // What the book requires is not an act done to something: "We need a deposit" says less than the rule.
    ['Our terms require a deposit, and the deposit is non-refundable.', 'We need'],
  ])('no rewrite that would not read: %j', (reply, wrong) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'policy-shield');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) if (f.swap) expect(applySwap(reply, f)).not.toContain(wrong);
  });
});

describe('dead-end: the door opened where it shut', () => {
  test.each([
    // Nothing to do, said of the team by name, or done to a purpose: what the agent can do instead.
    ['There is nothing further Marta can do on this order.', 'Here is what I can do on this order: [what you can offer].'],
    ['Nothing else can be done to speed it up.', 'Here is what I can do to speed it up: [what you can offer].'],
    ['There are no other options available to reactivate the card.', 'Here is what I can do to reactivate the card: [what you can offer].'],
    ['We are unable to assist further with this request.', 'Here is what I can do next: [what you can offer].'],
    ['There are no other options besides a new card.', 'Besides a new card, here is what I can do: [what you can offer].'],
    // Nothing to add, and no more replies: only the door, which opens.
    ['We have nothing further to add on this matter, and the ticket has been closed.', 'Here is what I can do: [what you can offer].'],
    ['I’ve nothing more to add and won’t be responding again.', 'Here is what I can do: [what you can offer].'],
    ['This complaint is now closed and no further correspondence will be entered into on the matter.', 'Here is what I can do: [what you can offer].'],
    // The moment it became so is kept; the act refused is said plainly.
    ['Once a parcel has left the depot there’s no way to change the address.', 'Once a parcel has left the depot I can’t change the address, but here is what I can do: [what you can offer].'],
    // The fact kept, the absolute after its comma gone, the door beside it.
    ['The refund can’t be reversed, full stop.', 'The refund can’t be reversed, but I can [what you can do instead].'],
    ['Once a booking is cancelled it can’t be reopened, regardless of the fare paid.', 'Once a booking is cancelled it can’t be reopened, but I can [what you can do instead].'],
    ['Photos removed from the archive cannot be restored, this is not possible in any way.', 'Photos removed from the archive cannot be restored, but I can [what you can do instead].'],
    ['After 14 days the order is sent back automatically, this can’t be stopped.', 'After 14 days the order is sent back automatically, this can’t be stopped, but I can [what you can do instead].'],
    ['We can’t restore the old plan, there is no mechanism.', 'We can’t restore the old plan, but here is what I can do: [what you can offer].'],
    // Whose decision it is stays; the decision as it stands, and the door.
    ['The panel’s decision to refuse is final and I can’t take it any further.', 'The panel’s decision to refuse hasn’t changed, but here is what I can do: [what you can offer].'],
    // Two doors in one sentence: one Swap opens both, and both offer it.
    ['The late fee stands and there is no way for it to be waived.', 'The late fee is still in place, but here is what I can do: [what you can offer].'],
  ])('%j', (reply, expected) => {
    const after = swappedBy(reply, 'dead-end');
    expect(after).toBe(expected);
    expect(flagsOf(after).filter((f) => f.ruleId === 'dead-end')).toEqual([]);
  });

  test.each([
    // A regret before the words: "Unfortunately here is what I can do" reads as if the offer were the bad news.
    // ("Unfortunately there is nothing more I can do on this claim." is now turned whole, its
    // regret with it: "Here is what I can do on this claim: …", tests/unit/swaps6-shapes.)
    'Unfortunately, that is final.',
    'Unfortunately we’re not able to help further with this one.',
    // More than one act in the rest ("reverse it, sorry"): "I can’t reverse it, sorry, but …".
    'Once it’s sold there’s no way to reverse it, sorry.',
    // A door shut after a comma with more said after it.
    'Engineer slots are full, there is no other solution possible for this week.',
  ])('no Swap where it would not read: %j', (reply) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === 'dead-end');
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(f.swap).toBeUndefined();
  });
});

describe('dead-end: a sentence the second opinion reads as a closed door keeps its fact, with the door beside it', () => {
  const rewrites = compileSentenceRewrites(deadEnd.sentenceRewrites);
  const rewritten = (sentence: string) => {
    const r = rewriteSentence(sentence, 0, sentence.length, rewrites);
    return r && applyEdit(sentence, swapEdit(sentence, r.start, r.end, r.replacement));
  };

  test.each([
    ['The contract is binding, and nobody can change that.', 'The contract is binding, but I can [what you can do instead].'],
    ['I cannot refund the booking fee, and this will not change if you ask again.', 'I cannot refund the booking fee, but I can [what you can do instead].'],
    ['The first review was correct and the outcome will be the same however many times it is sent in.', 'The first review was correct, but I can [what you can do instead].'],
  ])('%j', (sentence, expected) => {
    expect(rewritten(sentence)).toBe(expected);
    expect(flagsOf(expected!).filter((f) => f.ruleId === 'dead-end')).toEqual([]);
  });

  test.each([
    // A door left open in the kept words ("until"), or a question.
    'The contract is binding until 30 June, and nobody can change that.',
    'Is there a reason nobody can change that?',
  ])('none: %j', (sentence) => {
    expect(rewritten(sentence)).toBeNull();
  });
});

test('a sentence that only closes the case goes where the reply quotes a record (its Swap promises a check); alone, it takes the offer', () => {
  const reply = 'Our system shows one payment. The matter is now closed.';
  const f = createScorer()({ reply, customer: 'You charged me twice, the system is wrong!' }).findings.find((x) => x.ruleId === 'dead-end')!;
  const range = swapRange(f);
  expect(applyEdit(reply, swapEdit(reply, range.start, range.end, f.replacement))).toBe('Our system shows one payment.');
  const alone = createScorer()({ reply: 'This case is closed.' }).findings.find((x) => x.ruleId === 'dead-end')!;
  expect(alone.replacement).toMatch(/here is what I can do/i);
});
