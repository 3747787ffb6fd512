// Following the coach must make the reply better (issue 16). Blind judges read revisions made by
// applying every Swap and the first ready sentences, and found them worse where a move did not fit
// (a fix offered on praise, "what would make this right?" after the fix), where the reply then
// contradicted itself ("…may be wrong, so I'm checking" above "this decision cannot be revisited"),
// where a move was said twice (a second thank-you) and where an apology went above the greeting.
// Each table pairs what changes with a near miss that keeps the move.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';
import { openingPoint } from '../../src/engine/opening';

const scoreReply = createScorer();
const findingsOf = (customer: string | undefined, reply: string): Finding[] => scoreReply({ reply, ...(customer === undefined ? {} : { customer }) }).findings;
const sentence = (customer: string, reply: string, ruleId: string): string | undefined =>
  findingsOf(customer, reply).find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const fires = (customer: string, reply: string, ruleId: string): boolean => sentence(customer, reply, ruleId) !== undefined;
/** What a naive follower inserts: a ready sentence with nothing left to fill in. */
const ready = (customer: string, reply: string, ruleId: string): boolean => {
  const s = sentence(customer, reply, ruleId);
  return s !== undefined && s !== '' && !/\[[^\]]*\]/.test(s);
};
const swapOf = (customer: string, reply: string, ruleId: string): Finding | undefined =>
  findingsOf(customer, reply).find((f) => f.kind === 'flag' && f.ruleId === ruleId && f.swap === true);

describe('praise is not a problem to fix', () => {
  test('a thing praised ("the new blend is amazing") is praise', () => {
    const reply = 'Thank you! It is our bestseller, so it is not going anywhere.';
    for (const customer of ['the new hazelnut blend is amazing, please never stop making it', 'Honestly your new tent is brilliant, kept us dry all weekend.']) {
      expect(fires(customer, reply, 'own-it')).toBe(false);
      expect(fires(customer, reply, 'restate-problem')).toBe(false);
    }
    // A complaint that opens with praise still is one.
    expect(fires('the new hazelnut blend was great but the last bag arrived crushed', reply, 'own-it')).toBe(true);
  });

  test('what grows when it gets better ("downloads doubled") is not a price gone up', () => {
    const reply = 'That is great to hear, enjoy it!';
    expect(fires('your new modem is great, my download speeds doubled overnight', reply, 'admit-error')).toBe(false);
    expect(fires('my monthly bill doubled overnight and nobody told me', 'Thanks for getting in touch about the bill.', 'admit-error')).toBe(true);
  });

  test('a reply glad at the news has read it as praise, though a problem word is in the story', () => {
    const customer = 'Your courier Priya carried my shopping to the fourth floor because the lift was broken. She made my week.';
    expect(ready(customer, 'Dear Ann, this made our morning! I have passed your note to Priya and her manager.', 'ask-what-they-want')).toBe(false);
    expect(ready(customer, 'Dear Ann, this made our morning! I have passed your note to Priya and her manager.', 'admit-error')).toBe(false);
    expect(ready(customer, 'Love to hear it, thanks for telling us about Priya!', 'own-it')).toBe(false);
  });

  test('"what have you done with the real …" is a joke, not a threat to leave', () => {
    const customer = 'parcel came a day early AND to the right door. what have you done with the real Parcelly';
    const reply = '😄 We do try! Glad it arrived safely.';
    expect(fires(customer, reply, 'offer-call')).toBe(false);
    expect(fires(customer, reply, 'keep-the-customer')).toBe(false);
    expect(fires('I am done with you and your late parcels.', 'I am sorry about the late parcels.', 'keep-the-customer')).toBe(true);
  });
});

describe('no second plan beside the one the reply has', () => {
  test('"what would make this right?" after a step taken or an answer given', () => {
    const customer = 'The ticket machine at Elmford has been broken for days. Not impressed.';
    expect(ready(customer, 'Thanks for flagging it. I have passed it to the station team, who will fix it on Monday.', 'ask-what-they-want')).toBe(false);
    expect(ready(customer, 'Thanks for flagging it. The engineer is booked for tomorrow at 9am.', 'ask-what-they-want')).toBe(false);
    expect(ready(customer, 'Thanks for flagging it.', 'ask-what-they-want')).toBe(true);
  });

  test('"I’m checking it now" after "we will investigate"', () => {
    const customer = 'The 300 loyalty points I earned in May never showed up in my account.';
    expect(ready(customer, 'Hi! We will investigate the missing points with the rewards team and be in touch.', 'admit-error')).toBe(false);
    expect(ready(customer, 'Hi! Points can take a while to show.', 'admit-error')).toBe(true);
  });

  test('owning the fault still fits beside a step ("we’ll send a new one")', () => {
    const sentenceNow = sentence('My blender arrived with a smashed jug.', 'We’ll send a new jug out to you.', 'admit-error');
    expect(sentenceNow).toBe('That shouldn’t have happened, and it’s on us to put it right.');
  });

  test('"I’m checking it now" after a fix the team has lined up', () => {
    const customer = 'Since the latest update my saved games keep vanishing.';
    expect(sentence(customer, 'Thanks for telling us. A fix is scheduled for 3 May.', 'admit-error')).not.toMatch(/checking it now/);
    expect(sentence(customer, 'Thanks for telling us.', 'admit-error')).toMatch(/checking it now/);
  });

  test('a call to "sort this out" after the answer is given', () => {
    const customer = 'why is a ferry ticket to the island $95 on a weekday?? insane';
    expect(ready(customer, 'Fares go up as sailings fill, so booking a month ahead is cheapest.', 'offer-call')).toBe(false);
    expect(ready(customer, 'Sorry to hear that.', 'offer-call')).toBe(true);
  });
});

describe('no move the rest of the reply contradicts', () => {
  test('"I’ll take care of this personally" beside "the best route is to contact the maker"', () => {
    const customer = 'The handle on my new kettle snapped off after a week.';
    const reply = 'Thanks for reaching out. Faults like this are covered by the maker rather than by us, so the best route is to contact Kettleco directly.';
    expect(sentence(customer, reply, 'own-it')).toMatch(/\[/);
  });

  test('a part that gave way is a problem to apologise for', () => {
    expect(fires('The strap on my new rucksack snapped on the first trip.', 'Please send us a photo of the strap.', 'sincere-apology')).toBe(true);
  });

  test('no apology for the no the reply keeps', () => {
    const customer = 'My claim for the stolen bike has been rejected. Please look again.';
    const reply = 'Dear Ms Hart, I have reviewed the claim again and the decision will not be changed.';
    expect(sentence(customer, reply, 'sincere-apology')).toMatch(/\[/);
    expect(sentence(customer, 'Dear Ms Hart, I have asked the claims team to review it again.', 'sincere-apology')).not.toMatch(/\[/);
  });

  test('no apology for what the reply says did not happen', () => {
    const customer = 'We had a four-hour outage on Friday that took our tills offline. We expect a credit.';
    expect(sentence(customer, 'Friday’s incident was classified as a minor slowdown rather than an outage, so no credit applies.', 'sincere-apology')).toMatch(/\[/);
    const sensor = 'The thermostat failed to switch the heating on while we were away. What is the point of it?';
    expect(sentence(sensor, 'Our review shows the thermostat functioned correctly and performed as designed.', 'own-it')).not.toMatch(/until it’s sorted/);
  });

  test('no "may be wrong, so I’m checking" above a verdict that stands', () => {
    const customer = 'You charged me a £40 no-show fee but nobody came to my door.';
    const record = 'Dear Sam,\n\nThe system shows the courier attended at 10:20 and got no answer.';
    // (Since stop 38 the record is said as what the agent sees there: no doubt, nothing contradicted.)
    expect(swapOf(customer, `${record} The fee was applied correctly. The fee stands and this decision cannot be revisited.\n\nRegards`, 'system-says')?.replacement).toBe('I can see the courier attended at 10:20 and got no answer');
    expect(swapOf(customer, `${record} The van then went on to its next drop. The fee remains on your account.\n\nRegards`, 'system-says')?.replacement).toBe('I can see the courier attended at 10:20 and got no answer');
    expect(swapOf(customer, `${record} I will ask the depot to check the van’s route.\n\nRegards`, 'system-says')?.replacement).toMatch(/may be wrong/);
  });

  test('one "so I’m checking" per reply', () => {
    const customer = 'Why has my water bill gone up to £600? It is usually £150.';
    const reply = 'The meter readings show that you used 900 litres a day in March. The bill was generated by the system from those readings. I will call you on Monday to go through it.';
    const doubts = findingsOf(customer, reply).filter((f) => f.kind === 'flag' && f.swap === true && /may be wrong/.test(f.replacement));
    expect(doubts.length).toBeGreaterThan(1);
    expect(doubts.filter((f) => /checking/.test(f.replacement))).toHaveLength(1);
  });
});

describe('no thank-you said twice', () => {
  test('a sorry-for-wait Swap beside the reply’s own thanks is not offered', () => {
    const customer = 'my new headphones will not pair';
    expect(swapOf(customer, 'Hi! Thanks for waiting, sorry it took me so long to get to you! Have you reset them?', 'sorry-for-wait')).toBeUndefined();
    // (Stop 40: joined to the reply's own thanks, the Swap reads on from it, "…and for your
    // patience", so no thank-you is said twice.)
    const joined = 'Thank you for your email and apologies for the delay in replying. Have you reset them?';
    const onThanks = swapOf(customer, joined, 'sorry-for-wait');
    if (onThanks) expect(onThanks.replacement).toBe('for your patience');
    expect(swapOf(customer, 'Hi! Sorry it took me so long to get to you! Have you reset them?', 'sorry-for-wait')?.replacement).toMatch(/patience/i);
  });
});

describe('an opening move goes after the greeting', () => {
  test.each(['Good day Amaka,\n\nThank you for your mail. I have checked your file.', 'Good day Mr Obi, I have checked your file.'])('%s', (reply) => {
    const point = openingPoint(reply, reply);
    expect(point?.offset).toBeGreaterThan(reply.indexOf(','));
  });
});
