// Ready sentences (issue 16 §3), stop 40: the grammar of the fill, the first reason blind readers
// gave for turning a filled sentence down. Each cause both ways: the shape that read badly, and the
// neighbouring shape that must stay as it was. Customer messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { clauseAfter, issueInAgentWords } from '../../src/engine/issue';

const score = createScorer();
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';
const REPLY = 'Hi, thanks for getting in touch. I’ll look into this today and come back to you by 5pm.';
const apology = (customer: string, reply = REPLY) =>
  score({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === 'sincere-apology')?.replacement?.replace(/'/g, '’');

describe('a code is kept as written when the rest is shouted', () => {
  test('"no water AGAIN in LS6" lowers the shouting, keeps the postcode', () => {
    const said = issueInAgentWords('@WaterCo no water AGAIN in LS6 this morning.', 0);
    expect(said).toContain('LS6');
    expect(said).toContain('again');
    expect(said).not.toContain('AGAIN');
  });
  test('a reference with a hyphen stays in capitals', () => {
    expect(apology('I have been waiting FOUR WEEKS for my refund on order KT-5521.')).toContain('KT-5521');
  });
});

describe('a service’s state with its subject left out is not the customer’s', () => {
  test('"been offline 2 hours now" waits with its placeholder (not "you’ve been offline")', () => {
    expect(apology('@StreamBox been offline 2 hours now. anyone there?')).toBe(PLACEHOLDER);
  });
  test('"been waiting 2 hours for a callback" is still theirs', () => {
    expect(apology('Been waiting 2 hours for a callback about my broken boiler.')).toMatch(/you’ve been waiting 2 hours for a callback/);
  });
});

describe('a record read out: "says delivered" is what it shows', () => {
  test('a thing shows as its status', () => {
    expect(apology('My refund says completed in the app but the money isn’t in my account.')).toContain('your refund shows as completed in the app');
  });
  test('a record shows a status', () => {
    expect(issueInAgentWords('The tracking page says delivered but nothing came to my door.', 0)).toContain('the tracking page shows ‘delivered’');
  });
  test('a status in quotes is left as quoted', () => {
    expect(apology('My order has said ‘processing’ for nine days now.')).toContain('‘processing’');
  });
});

describe('a thing the customer brought in with "a" is named as known', () => {
  test('"A £75 transfer to my son…" -> "the £75 transfer to your son…"', () => {
    expect(apology('A £75 transfer to my son never arrived in his account.')).toContain('the £75 transfer to your son never arrived');
  });
  test('"a refund is all I want" and "a week ago…" keep their "a"', () => {
    expect(issueInAgentWords('A refund is all I want', 0)).not.toMatch(/^the/);
    expect(apology('A week ago my order was cancelled without any email.')).not.toContain('the week');
  });
});

describe('their act, then what went wrong: the trouble first, the act as when it happened', () => {
  test.each([
    // Readers turned down "sorry to hear that, after you booked 3 tickets, you were charged…" as clumsy.
    ['you booked 3 tickets and got charged the booking fee twice', 'to hear you got charged the booking fee twice when you booked 3 tickets'],
    ['you ordered 4 mugs and 3 arrived broken', 'to hear 3 of the 4 mugs you ordered arrived broken'],
    ['you restarted the router and it still drops every hour', 'to hear the router still drops every hour after you restarted it'],
    ['you renewed your permit and it’s been rejected twice', 'to hear your permit has been rejected twice after you renewed it'],
    ['the plumber fitted your new tap and it’s leaking worse than before', 'to hear your new tap is leaking worse than before after the plumber fitted it'],
  ])('%j', (clause, expected) => {
    expect(clauseAfter('I’m sorry ', clause)).toBe(expected);
  });
  test.each([
    // Whom "it" or "he" means is in the act: no sentence that could point the wrong way.
    ['you installed the update and now it keeps freezing'],
    ['you reported the driver last week and he is still driving the route'],
    ['you ordered a coat and just got an email saying it’s been cancelled'],
    // Put first, "a new one" stands for nothing before it (blind readers at stops 40 and 42: grammar).
    ['you reported the card lost on Friday and you still haven’t got a new one'],
  ])('%j is left to the agent', (clause) => {
    expect(clauseAfter('I’m sorry ', clause)).toBe('');
  });
  test('an act that is itself the trouble ("you waited…") is not turned', () => {
    expect(clauseAfter('I’m sorry ', 'you waited 40 minutes and then got cut off')).toBe('you waited 40 minutes and then got cut off');
  });
});

describe('idioms the agent would use', () => {
  test('"Stood for 3 hours" -> "you had to stand for 3 hours"', () => {
    expect(apology('Paid for a seat, none free. Stood for 3 hours to Carlisle.')).toContain('you had to stand for 3 hours');
  });
  test('"queued for an hour" -> "had to queue"; "stood in the rain" without a span is left', () => {
    expect(apology('I queued for an hour at your Leeds branch to return a kettle and then was told to come back tomorrow. Awful.')).toContain('you had to queue for an hour');
  });
  test('"cancelled my lesson 10 mins before" -> "at 10 minutes’ notice"', () => {
    expect(apology('Your instructor cancelled my driving lesson 10 mins before. I took the afternoon off for it.')).toContain('cancelled your driving lesson at 10 minutes’ notice');
  });
  test('"cancelled by you an hour before" loses its "by us"', () => {
    const said = apology('My table was cancelled by you an hour before we arrived, on my birthday.');
    expect(said).not.toContain('by us');
    expect(said).toContain('your table was cancelled');
  });
  test('"my bill is more £5" -> "£5 more"', () => {
    expect(issueInAgentWords('My bill is more £5 this month and I have the same plan.', 0)).toContain('your bill is £5 more this month');
  });
  test('"power cut on our street for 6 hours now" -> "the power has been off…"', () => {
    expect(apology('Power cut on our street for 6 hours now and the freezer is thawing.')).toContain('the power has been off on your street for 6 hours now');
  });
});

describe('what is not a trouble to be sorry for', () => {
  test.each([
    ['Why is my car insurance £900 this year?'],
    ['Why has my rent gone up by £50 a month?'],
    ['why my phone bill is more 4 pounds? I changed nothing.'],
  ])('a figure asked about: %j', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });
  test('a charge they report is still said', () => {
    expect(apology('Why was I charged twice for one haircut?')).toContain('charged twice for one haircut');
  });
  test.each([['I left my scarf in screen 4 at the cinema last night.'], ['I booked the same room twice by mistake yesterday.']])('their own slip alone: %j', (customer) => {
    expect(issueInAgentWords(customer, 0)).toBe('');
  });
  test('their slip with something of ours gone wrong after it is still said', () => {
    expect(issueInAgentWords('I left my car at your garage for a service and it came back with a dent.', 0)).toContain('it came back with a dent');
  });
  test('"it’s been 5 weeks since you made a complaint…" for a complaint made and unanswered', () => {
    expect(issueInAgentWords('I made a complaint about the noise 5 weeks ago.', 0)).toBe('it’s been 5 weeks since you made a complaint about the noise');
  });
});

describe('their own lapse given as the cause is left out', () => {
  test('"…deleted when my card expired for 2 days" -> "…deleted"', () => {
    expect(issueInAgentWords('My doorbell videos were deleted when my card expired for 3 days.', 0)).toBe('your doorbell videos were deleted');
  });
  test('a cause that is not their lapse stays', () => {
    expect(issueInAgentWords('My parcel was returned when the driver said nobody was in.', 0)).toBe('your parcel was returned when the driver said nobody was in');
  });
});

describe('canned-empathy’s Swap does not say sorry twice', () => {
  const swapOf = (reply: string) => {
    const f = score({ customer: 'My new fridge arrived with a dented door.', reply }).findings.find((x) => x.ruleId === 'canned-empathy' && x.swap);
    return f ? reply.slice(f.swapSpan?.start ?? f.start, f.swapSpan?.end ?? f.end) : undefined;
  };
  test('after a sentence that already apologised, the Swap takes the whole sentence', () => {
    const reply = 'Dear customer,\n\nWe are sorry that you had a bad delivery and we regret the inconvenience caused to you. A new door is on its way.';
    expect(swapOf(reply)).toMatch(/^We are sorry that you had a bad delivery and we regret the inconvenience/);
  });
  test('after a thank-you, only the stock words are swapped', () => {
    const reply = 'Dear customer,\n\nThank you for your email and we apologise for any inconvenience caused. A new door is on its way.';
    expect(swapOf(reply)).not.toMatch(/^Thank you/);
  });
});
