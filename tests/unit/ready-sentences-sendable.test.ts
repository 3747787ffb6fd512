// Ready sentences an agent would send as they are (issue 16 §3): the apology and the restatement
// filled from the customer's words, read as the agent inserts them. Each family failed before:
// a fault of ours no one has checked said in the company's voice, the customer's circumstances or
// evidence said as the problem, and the customer's grammar carried into the agent's sentence.
// Customer messages are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { clauseAfter, issueInAgentWords } from '../../src/engine/issue';
import { polished } from '../../src/engine/issue-confidence';

const scoreReply = createScorer();
const REPLY = 'Hi, I will look at this today.';
const apology = (customer: string) => scoreReply({ customer, reply: REPLY }).findings.find((f) => f.ruleId === 'sincere-apology')?.replacement;
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';

describe('concedes: their account of our fault is heard, not stated as settled', () => {
  test.each([
    ['The servers have been down every weekend for a month and I pay for the season pass.', 'I’m sorry to hear the servers have been down every weekend for a month.'],
    ['Our cloud service went down for 3 hours yesterday and I’m paying for premium.', 'I’m sorry to hear your cloud service went down for 3 hours yesterday.'],
    ['my gym fee went out twice this month, fix it', 'I’m sorry to hear your gym fee went out twice this month.'],
    ['The new update deleted all my saved drafts. I’m furious.', 'I’m sorry to hear the new update deleted all your saved drafts.'],
    // What they say it should have cost is their case: the bill is heard without it (a blind reader).
    ['I was billed $250 for a check-up that should have been free under my plan.', 'I’m sorry to hear you were billed $250 for a check-up.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });

  test('"I can see" leaves a failure of ours they report to the agent; a trouble of their own is said as before; a failure they report is heard', () => {
    expect(clauseAfter('I can see ', 'the app has been down for 3 hours')).toBe('');
    expect(clauseAfter('I can see ', 'your parcel never arrived')).toBe('your parcel never arrived');
    expect(clauseAfter('I’m sorry ', 'your parcel is late again')).toBe('your parcel is late again');
    expect(clauseAfter('I’m sorry ', 'the app keeps crashing when you pay')).toBe('to hear the app keeps crashing when you pay');
  });

  test('what one of our things did is said with its name, not "it"', () => {
    expect(apology('The app wiped my playlists when it updated. I’m livid.')).toBe('I’m sorry your playlists were wiped when the app updated.');
  });

  test('"cancelled by you" said back is the cancellation, not "by us"', () => {
    expect(apology('My flight was cancelled by you, I want refund in money, not voucher.')).toBe('I’m sorry your flight was cancelled.');
  });
});

describe('focus: their circumstances and evidence are not the problem', () => {
  test.each([
    // A cause of ours they give for a fine (a blind reader would not send it said as fact).
    'I got a penalty fare because the card reader at the gate was broken.',
    'I’ll be away for 3 months, can I pause my direct debit?',
    'I’m abroad for six weeks. Could you post the card to my hotel?',
    'Your app says we used more water in May but we were away for two weeks. Something is wrong.',
    'My heater switched itself on at 4am. I didn’t set that.',
    'I was never at your gym on that day, I was in Paris. Please cancel the fee.',
    'I paid the parking fine late, can you drop the surcharge?',
    'My bottle of vitamins only had 40 capsules instead of 60. I checked twice.',
  ])('%j', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });

  test('their own lateness gives way to what went wrong', () => {
    expect(apology('I’m 5 minutes late for my class, the train was slow. Can I still join?')).toBe('I’m sorry the train was slow.');
  });

  test('what they hold and whom they do not know are not restated as the problem', () => {
    const restate = (customer: string) => scoreReply({ customer, reply: REPLY }).findings.find((f) => f.ruleId === 'restate-problem')?.replacement;
    expect(restate('I have photos of the damage and the receipt. Can you refund me?')).toBe('I can see [their problem in your words].');
  });
});

describe('grammar: the customer’s wording made the agent’s', () => {
  test.each([
    // A thing that arrived broken is not the customer arriving.
    ['Ordered a blender, arrived with a cracked jug. Want a new one.', PLACEHOLDER],
    // "…asked for 3 weeks ago" is when they asked, not how long they have waited.
    ['Hi, still waiting on the refund I asked for 3 weeks ago.', 'I’m sorry you’re still waiting on the refund you asked for 3 weeks ago.'],
    // In a question, "so we don't…" is its purpose.
    ['We’re moving house in 2 weeks. What should we do so we don’t lose the slot?', PLACEHOLDER],
    // "why do I need a deposit" asks what is required; it reports no trouble.
    ['Why do I need 20% deposit? My friend paid 10%.', PLACEHOLDER],
    // A second clause that opens with its own time cannot be put before the act, and "sorry to hear
    // you booked…" apologises for the booking (blind readers, stop 40: grammar): the placeholder.
    ['We booked a cottage in Wales and two days before we left you told us it was double booked.', PLACEHOLDER],
    // A status in quotes keeps them.
    ['My job export has been stuck at ‘queued’ for three days.', 'I’m sorry your job export has been stuck at ‘queued’ for three days.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });

  test.each([
    ['then you get charged a cancellation fee', 'then you were charged a cancellation fee'],
    ['the tracking was not updated for 6 days', 'the tracking hasn’t been updated for 6 days'],
    ['your order status says ‘on hold’ for 8 days', 'your order status has said ‘on hold’ for 8 days'],
    ['the tracking was not updated 6 days ago', 'the tracking was not updated 6 days ago'],
  ])('polished(%j)', (clause, expected) => {
    expect(polished(clause)).toBe(expected);
  });
});

describe('focus: what it cost them, their verdict, their doctor’s advice and their “here”', () => {
  test.each([
    // What it cost them is the consequence; the apology names what went wrong, or leaves it to the agent.
    'My shop page has shown my products as ‘sold out’ since Monday even though I have stock. I’ve lost a week of sales.',
    // Their verdict on us said back as fact.
    'Your web hosting is the slowest I’ve ever used. Cancelling.',
    // Their doctor's advice is why they ask.
    'I’m pregnant and my doctor has told me to stop running. I want to pause my plan but your staff said I must cancel and pay a £50 fee.',
  ])('%j', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });

  test('the time off is named with its cause, not alone', () => {
    expect(apology('The plumber didn’t come, twice. I’ve taken 2 days off work for nothing.')).toBe('I’m sorry to hear the plumber didn’t come.');
  });

  test('their "here" is not the agent’s', () => {
    expect(issueInAgentWords('I moved to Porto for work and there is no gym of yours here, only a partner gym.', -1)).toBe('');
  });

  test('a guest "only here for a meeting" is where the agent is too: still said', () => {
    expect(apology('I was charged $40 for a guest pass but my guest was only here for a 20-minute chat. Not happy.')).toBe('I’m sorry to hear you were charged $40 for a guest pass.');
  });
});

describe('concedes: a charge against their case is heard', () => {
  test.each([
    ['@CabCo why was I charged a £6 cancellation fee when the driver cancelled on ME', 'I’m sorry to hear you were charged a £6 cancellation fee when the driver cancelled on you.'],
    ['I’m being charged for a parking permit I cancelled in March. Sort it out.', 'I’m sorry to hear you’re being charged for a parking permit you cancelled in March.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });
});

describe('focus: what they received, and a count without its point', () => {
  test('a bill they received is not the trouble; a wrong thing received is heard', () => {
    expect(issueInAgentWords('I’ve received an invoice for £300 from the clinic for a scan. Can you check it?', -1)).toBe('');
    expect(clauseAfter('I’m sorry ', 'you received a parcel full of broken glass')).toBe('to hear you received a parcel full of broken glass');
  });

  test('"billed for 40 seats on the renewal" says nothing wrong without the count beside it', () => {
    expect(issueInAgentWords('We were billed for 25 seats on the annual renewal. Please fix the invoice.', -1)).toBe('');
  });
});

describe('concedes: a charge, a failure of ours, a record, a promise, their reason and our staff are heard', () => {
  test.each([
    // A charge said back in the company's voice is settled; heard, it is their account.
    ['I was charged £12 for a parking session I never started. Explain.', 'I’m sorry to hear you were charged £12 for a parking session you never started.'],
    ['Why have I been fined £30 for the late return?', 'I’m sorry to hear you have been fined £30 for the late return.'],
    // Something of ours that they say is broken, down or wrong.
    ['The booking page keeps crashing on my laptop and I can’t reserve a court.', 'I’m sorry to hear the booking page keeps crashing on your laptop.'],
    ['My smart meter has stopped working since the engineer visit.', 'I’m sorry to hear your smart meter has stopped working since the engineer visit.'],
    // What a record or a screen says.
    ['The parcel tracker says returned to sender but I was home all day!', 'I’m sorry to hear the parcel tracker shows returned to sender.'],
    // A promise they report.
    ['My upgrade was supposed to go live on Monday and it still hasn’t.', 'I’m sorry to hear your upgrade was supposed to go live on Monday and it still hasn’t.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });

  test('a trouble of their own, or one that is plainly so, is still said as before', () => {
    expect(clauseAfter('I’m sorry ', 'your parcel is late again')).toBe('your parcel is late again');
    expect(clauseAfter('I’m sorry ', 'your flight was cancelled')).toBe('your flight was cancelled');
    expect(clauseAfter('I’m sorry ', 'you’ve been waiting 3 weeks for your refund')).toBe('you’ve been waiting 3 weeks for your refund');
  });

  test('a wrong calculation and a charge that is there are heard', () => {
    expect(clauseAfter('I’m sorry ', 'your holiday pay was calculated on the wrong rate')).toBe('to hear your holiday pay was calculated on the wrong rate');
    expect(clauseAfter('I’m sorry ', 'there’s a £7 charge called ‘service upkeep’ on your bill')).toBe('to hear there’s a £7 charge called ‘service upkeep’ on your bill');
    expect(clauseAfter('I’m sorry ', 'there’s no bus stop near you')).toBe('there’s no bus stop near you');
  });

  test('what one of our people did is heard', () => {
    expect(clauseAfter('I’m sorry ', 'the engineer never turned up today')).toBe('to hear the engineer never turned up today');
    expect(clauseAfter('I’m sorry ', 'the courier left your shopping in the rain')).toBe('to hear the courier left your shopping in the rain');
  });

  test('"I can see" leaves a failure of ours to the agent (not "I can see from your message that…")', () => {
    expect(clauseAfter('I can see ', 'the login page won’t let you in')).toBe('');
  });
});

describe('focus: what they did first is the setting, what went wrong after it is the problem', () => {
  test.each([
    ['I bought a toaster 3 weeks ago and it’s stopped working. Can I swap it?', 'the toaster you bought 3 weeks ago has stopped working'],
    ['I paid in a cheque on Monday and it’s still not in my account', 'the cheque you paid in on Monday is still not in your account'],
    ['I transferred £300 to my savings last night and it’s not there.', 'the £300 you transferred to your savings last night is not there'],
    ['I bought 3 shirts online and they’re all the wrong size.', 'the 3 shirts you bought online are all the wrong size'],
    ['I bought a 5-session pass that expired yesterday with 2 sessions left.', 'the 5-session pass you bought expired yesterday with 2 sessions left'],
    ['I bought a pack of 20 coins and it hasn’t shown up.', 'the pack of 20 coins you bought hasn’t shown up'],
  ])('%j', (customer, expected) => {
    expect(issueInAgentWords(customer, -1)).toBe(expected);
  });

  test.each([
    ['checked in at 3pm, room wasn’t ready until 5. kids were shattered.', 'I’m sorry the room wasn’t ready until 5.'],
    ['I sent my passport form to your office two weeks ago but my application still says ‘documents missing’. What is going on?', 'I’m sorry to hear your application still says ‘documents missing’.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });

  test('an act that the rest leans on, a "they" that is someone else, and having to ask again stay as they were', () => {
    expect(issueInAgentWords('I sent a letter to my bank and they never replied.', -1)).not.toMatch(/^the letter/);
    expect(issueInAgentWords('I ordered a cake and the courier dropped it on the step.', -1)).not.toBe('the courier dropped it on the step');
    expect(issueInAgentWords('I emailed twice and my refund is still missing.', -1)).toBe('you emailed twice and your refund is still missing');
  });
});

describe('concedes: their case against a charge is not said in the apology', () => {
  test.each([
    ['I was charged £5 for a card payment abroad but my account is supposed to be free abroad.', 'I’m sorry to hear you were charged £5 for a card payment abroad.'],
    ['I was charged $30 for a day pass but my friend was only in the building for ten minutes.', 'I’m sorry to hear you were charged $30 for a day pass.'],
    // Asked how the figure came about: not said back as a trouble at all (stop 40, focus 6 of 6).
    ['Why is my water bill £120 a quarter when I live on my own?', 'I’m sorry [name what went wrong for them].'],
    ['Why is my phone bill £60 a month when I have the cheapest plan?', 'I’m sorry [name what went wrong for them].'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });

  test('"I’ve never" is their defence like "I never"', () => {
    expect(issueInAgentWords('My account shows a late fee for May, but I’ve never paid late.', 0)).not.toMatch(/never paid late/);
  });
});

describe('tone: no apology for a charge everyone pays, nor to someone who says they only ask', () => {
  test.each([
    'Why is there a $30 resort fee on my room bill?',
    'Why do I have to pay a £20 admin fee to update my name?',
    'Why is there a £10 a day young driver surcharge on my hire?',
    'Why I must pay full council tax when I live on my own??',
    'not a complaint exactly, but the new menu keeps hiding the settings button. is that on purpose?',
    'The delivery tracker hasn’t moved since Monday. no big deal, just curious.',
  ])('%j', (customer) => {
    expect(apology(customer)).toBe(PLACEHOLDER);
  });

  test('a set charge that went wrong, one billed against their case, and a fee for what does not work, are still said', () => {
    expect(apology('I’m a full-time student and you’ve billed me for council tax.')).toBe('I’m sorry to hear you’ve been billed for council tax.');
    expect(apology('I was charged the resort fee twice.')).toBe('I’m sorry to hear you were charged the resort fee twice.');
    expect(apology('I’m paying a monthly fee for broadband that doesn’t work.')).toBe('I’m sorry you’re paying a monthly fee for broadband that doesn’t work.');
  });
});

describe('grammar and concedes: an idiom kept whole, a state with its span, their word for whose fault', () => {
  test.each([
    ['I’ve sent 4 emails about my missing bundle and got nothing but automated replies. I paid £30 for this.', 'I’m sorry to hear you’ve sent 4 emails about your missing bundle and got nothing but automated replies.'],
    ['My parcel is stuck at the depot since Monday.', 'I’m sorry your parcel has been stuck at the depot since Monday.'],
    ['Again I write: the car park outside my flat is flooded from your broken drain since 4 days!!! Nobody come.', 'I’m sorry the car park outside your flat has been flooded from the broken drain for 4 days.'],
  ])('%j', (customer, expected) => {
    expect(apology(customer)).toBe(expected);
  });
});
