// Stop 40 (issue 11 §2): more flags with a Swap, each a family read on tune half a and written here
// in sentences of our own: a slot for the customer's own hotel, event or email address; a promise
// to come back "when she can" or "promptly"; an apology for the wait joined to a thank-you for
// their message; a closed door whose "once…" is no way on. Each Swap reads in
// place and clears its flag; the near misses keep the words the agent must fill or the door the
// customer can still open.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsWith } from './swap-helpers';

const flagOn = (rule: string, reply: string, words: string, customer?: string) =>
  flagsWith(reply, customer ? { customer } : {}).find((f) => f.ruleId === rule && f.text === words);

describe('unfilled-placeholder: the customer’s own hotel, event or email address, by what it is', () => {
  test.each([
    ['Your break includes three nights at {hotel_name} with breakfast.', '{hotel_name}', 'Your break includes three nights at the hotel with breakfast.'],
    ['I have asked the front desk at [HOTEL NAME] to hold your room.', '[HOTEL NAME]', 'I have asked the front desk at the hotel to hold your room.'],
    ['Since {{event_name}} was postponed, your tickets move to the new date.', '{{event_name}}', 'Since the event was postponed, your tickets move to the new date.'],
    ['{EVENT_NAME} is for over-18s only, so I have refunded the junior ticket.', '{EVENT_NAME}', 'The event is for over-18s only, so I have refunded the junior ticket.'],
    ['I will send the new invoice to {{email_address}} tonight.', '{{email_address}}', 'I will send the new invoice to your email address tonight.'],
  ])('%j', (reply, words, expected) => expectSwap('unfilled-placeholder', reply, words, expected));

  test.each([
    // The address given as the fact itself, and a slot after words that already name it.
    ['Your login email is {{email_address}}.', '{{email_address}}'],
    ['The form goes to your work email <email> today.', '<email>'],
    // Someone else's name, opening the sentence: no role reads there.
    ['{courier_name} will collect it on Monday.', '{courier_name}'],
  ])('no Swap: %j', (reply, words) => {
    const f = flagOn('unfilled-placeholder', reply, words);
    expect(f, `flagged: ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});

describe('vague-time: a promise that runs on into a manner, not a time', () => {
  test.each([
    ['Our duty manager is checking the rota and will be in touch when she can.', 'be in touch', 'Our duty manager is checking the rota and will be in touch by [day and time].'],
    ['I have sent it to the lettings team, who will get back to you when they can.', 'get back to you', 'I have sent it to the lettings team, who will get back to you by [day and time].'],
    ['I will chase the warehouse and come back to you promptly.', 'come back to you', 'I will chase the warehouse and come back to you by [day and time].'],
    ['I will look into the meter reading and come back to you with an update in good time.', 'come back to you', 'I will look into the meter reading and come back to you with an update by [day and time].'],
  ])('%j', (reply, words, expected) => expectSwap('vague-time', reply, words, expected));

  test('no Swap where the promise waits on a step the reply names ("once the report is in")', () => {
    const f = flagOn('vague-time', 'The surveyor will be in touch once the report is in.', 'be in touch');
    expect(f).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});

describe('sorry-for-wait: joined to a thank-you for their message', () => {
  test.each([
    ['Thank you for your email and apologies for the delay in replying.', 'apologies for the delay in replying', 'Thank you for your email and for your patience.'],
    ['Thanks for your message and sorry for the slow response. Your parcel left today.', 'sorry for the slow response', 'Thanks for your message and for your patience. Your parcel left today.'],
  ])('%j', (reply, words, expected) => expectSwap('sorry-for-wait', reply, words, expected));

  test('not where the customer complained of waiting on us: the apology they are owed stays', () => {
    const reply = 'Thank you for your email and apologies for the delay in replying.';
    const f = flagOn('sorry-for-wait', reply, 'apologies for the delay in replying', 'This is my third email and nobody has replied.');
    expect(f).toBeDefined();
    expect(f!.replacement).not.toBe('for your patience');
  });
});

describe('dead-end: a door whose "once…" is no way on', () => {
  test.each([
    ['The penalty can’t be withdrawn once issued.', 'The penalty can’t be withdrawn once issued, but I can [what you can do instead].'],
  ])('%j', (reply, expected) => {
    const f = flagsWith(reply).find((x) => x.ruleId === 'dead-end');
    expect(f, 'a dead-end flag').toBeDefined();
    expectSwap('dead-end', reply, f!.text, expected);
  });

  test('no such Swap where "until" or "once" names what the customer can still do, nor after a closing "sorry"', () => {
    const sorry = flagsWith('Once it’s paid out there’s no way to undo it, sorry.').find((x) => x.ruleId === 'dead-end');
    if (sorry?.swap) expect(sorry.replacement).not.toMatch(/but I can \[what you can do instead\]/);
    const f = flagsWith('The refund can’t be released until you return the parcel, under any circumstances.').find((x) => x.ruleId === 'dead-end');
    if (f?.swap) expect(f.replacement).not.toMatch(/but I can \[what you can do instead\]/);
  });
});

describe('dead-end: nothing to do, after what it waits on ("Without…", "Until…", "Unfortunately once…")', () => {
  test.each([
    ['Without the original receipt there’s nothing more we can do.', 'there’s nothing more we can do', 'Without the original receipt my options are limited, but here is what I can do: [what you can offer].'],
    ['Until the bank replies there is not much we can do from our end.', 'there is not much we can do', 'Until the bank replies my options are limited, but here is what I can do: [what you can offer].'],
    ['Unfortunately once the courier has scanned it there is nothing we can do.', 'there is nothing we can do', 'Unfortunately once the courier has scanned it my options are limited, but here is what I can do: [what you can offer].'],
  ])('%j', (reply, words, expected) => expectSwap('dead-end', reply, words, expected));

  test('not where the sentence goes on past the door with a step for the customer', () => {
    const f = flagOn('dead-end', 'Until the bank replies there is not much we can do, so you may want to call them.', 'there is not much we can do');
    if (f?.swap) expect(f.replacement).not.toMatch(/^my options are limited/);
  });
});

describe('policy-shield: an exception refused, and the rule tagged on', () => {
  test.each([
    ['Sorry, I can’t make an exception.', 'I can’t make an exception', 'Sorry, I can’t make an exception, but here is what I can do instead: [what you can offer].'],
    ['We are unable to make any exceptions to this.', 'We are unable to make any exceptions', 'We are unable to make any exceptions to this, but here is what I can do instead: [what you can offer].'],
    ['Lockers are emptied at 10pm every night, that’s the rule.', 'that’s the rule', 'Lockers are emptied at 10pm every night.'],
  ])('%j', (reply, words, expected) => expectSwap('policy-shield', reply, words, expected));

  test('"that’s the policy" keeps the offer its sentence is answered with, not a bare removal', () => {
    const f = flagOn('policy-shield', 'Lockers are emptied at 10pm every night, that’s the policy.', 'that’s the policy');
    if (f?.swap) expect(f.replacement).not.toBe('');
  });

  test('an apology that does not open the sentence is no subject for it', () => {
    const f = flagOn('policy-shield', 'I have checked the booking and sorry, I can’t make an exception for the late fee because the gym won’t allow it.', 'I can’t make an exception');
    if (f?.swap) expect(f.replacement).not.toMatch(/^I can’t make an exception, but/);
  });
});

describe('canned-empathy: understanding and a second stock apology in one sentence', () => {
  const customer = 'The heating in my flat has been off since Monday.';
  test.each([
    ['We appreciate that this is a difficult time for you and apologise for any distress caused.', 'We appreciate that this is a difficult time'],
    ['We deplore the inconvenience this is causing you.', 'We deplore the inconvenience'],
    ['We are truly sorry for the inconvenience and frustration this has caused.', 'We are truly sorry for the inconvenience'],
  ])('%j becomes one specific apology', (reply, words) => {
    const f = flagOn('canned-empathy', reply, words, customer);
    expect(f, `flagged: ${words}`).toBeDefined();
    expect(f!.swap).toBe(true);
    expect(f!.replacement).toMatch(/^I’m sorry /);
  });

  test('not where the second apology names what it was for ("…caused by the outage")', () => {
    const f = flagOn('canned-empathy', 'We understand your frustration and apologise for the inconvenience caused by the outage.', 'We understand your frustration', customer);
    expect(f).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});

describe('a door or a rule with a short dash or semicolon after it still gets its offer', () => {
  test('dead-end', () => {
    const reply = 'Gift cards can’t be exchanged for cash once redeemed; there’s simply no mechanism for it.';
    const f = flagsWith(reply).find((x) => x.ruleId === 'dead-end' && x.swap);
    expect(f, 'a dead-end Swap').toBeDefined();
    expect(f!.replacement).toMatch(/I can \[what you can do instead\]\.$/);
  });

  test('not where the sentence runs on past the mark as a list or a second turn', () => {
    const reply = 'Gift cards can’t be exchanged for cash once redeemed; there’s simply no mechanism for it; the terms say so too.';
    const f = flagsWith(reply).find((x) => x.ruleId === 'dead-end' && x.swap);
    if (f) expect(f.replacement).not.toMatch(/I can \[what you can do instead\]\.$/);
  });
});

describe('vague-time: a vague time before the condition that decides when', () => {
  test.each([
    ['The credit will be applied at a later date once the bank confirms the transfer.', 'at a later date', 'The credit will be applied once the bank confirms the transfer.'],
    ['A technician will visit at some point if the fault comes back.', 'at some point', 'A technician will visit if the fault comes back.'],
  ])('%j', (reply, words, expected) => expectSwap('vague-time', reply, words, expected));

  test('not where nothing after it says when: the time’s place stays', () => {
    const f = flagOn('vague-time', 'The credit will be applied at a later date.', 'at a later date');
    expect(f).toBeDefined();
    expect(f!.replacement).not.toBe('');
  });
});
