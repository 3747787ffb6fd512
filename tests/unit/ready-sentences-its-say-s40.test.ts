// Ready sentences (issue 16 §3), stop 40 round 2: the reply's own say on the thing the fill names.
// Where a sentence of the reply about the same thing holds it right, is still checking it, or has
// said sorry for it already, "I'm sorry <their words>" above it contradicts, concedes or repeats
// the reply: the sentence waits with its placeholder. Both ways; messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { replyHasItsSay } from '../../src/engine/issue-confidence';

const score = createScorer();
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';
const apology = (customer: string, reply: string) =>
  score({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === 'sincere-apology')?.replacement?.replace(/'/g, '’');

const PARKING = 'I got a £60 parking fine at your retail park even though I was only 5 minutes over.';

describe('the reply holds the thing right', () => {
  test('a fine the reply says stands: the apology waits', () => {
    expect(apology(PARKING, 'Hi Sam. I have reviewed the photos from the car park, and the £60 charge stands under the signed terms. You can appeal to POPLA within 28 days.')).toBe(PLACEHOLDER);
  });
  test('a part the reply says fits correctly: the apology waits', () => {
    expect(
      apology('The replacement filter doesn’t fit my Aquaflow jug at all, very annoyed.', 'Hello. The replacement filter is made for the Aquaflow jug and fits correctly once the seal is pressed down. Here is a short video showing how.'),
    ).toBe(PLACEHOLDER);
  });
  test('the same fine beside a reply that refunds it keeps the filled apology', () => {
    expect(apology(PARKING, 'Hi Sam. I have cancelled the fine and you will get an email confirming it today.')).toMatch(/^I’m sorry .*parking fine/);
  });
});

describe('the reply is still checking the thing', () => {
  test('charges the reply is checking with the team: the apology waits', () => {
    expect(
      apology(
        'You charged me £14 for roaming in France but I never left the UK.',
        'Hi. Our usage log lists the roaming sessions on 3 May, but logs can be wrong, so I’m checking the £14 with our network team and will reply by Friday.',
      ),
    ).toBe(PLACEHOLDER);
  });
});

describe('the reply says it will look into the thing', () => {
  test('a missing voucher the reply will look into: the apology waits', () => {
    expect(
      apology('My birthday voucher code never arrived and it expires on Sunday.', 'Hi Priya. We will look into your birthday voucher code and get back to you within 3 working days.'),
    ).toBe(PLACEHOLDER);
  });
});

describe('what does not count as the reply’s say on it', () => {
  test('a refusal of what they ask, in plain "no", is not a denial of the trouble', () => {
    expect(replyHasItsSay('Class passes expire on the date shown and there are no extensions.', 'your class pass expired with 3 classes left')).toBe(false);
  });
  test('a sentence about something else is not about the same thing', () => {
    expect(replyHasItsSay('I’m sorry for the wait on the phone line.', 'your parcel was left in the rain')).toBe(false);
  });
  test('their words quoted back (">") are not the reply’s', () => {
    expect(replyHasItsSay('> I did not authorise the £89 payment, sorry to shout.\nI have frozen the card.', 'there’s a £89 payment you didn’t authorise')).toBe(false);
  });
  test('one shared figure is enough, one shared word is not', () => {
    expect(replyHasItsSay('The £60 is correct.', 'you got a £60 parking fine')).toBe(true);
    expect(replyHasItsSay('Our parking terms are final.', 'you got a £60 fine')).toBe(false);
  });
});

describe('the reply says sorry for its slow answer already', () => {
  const customer = 'I emailed about my faulty kettle two weeks ago and still haven’t had a reply.';
  test('a fill about our not replying waits beside "sorry for the slow reply"', () => {
    expect(replyHasItsSay('Hi Jo, sorry for the slow reply. I’ve sent a new kettle today.', 'you still haven’t had a reply about your faulty kettle')).toBe(true);
    expect(apology(customer, 'Hi Jo, sorry for the slow reply. I’ve sent a new kettle today and it should arrive on Thursday.')).toBe(PLACEHOLDER);
  });
  test('a wait for the thing itself is not our answer', () => {
    expect(replyHasItsSay('Apologies for the delay. The payout is approved.', 'you’re still waiting on the payout for your stolen bike')).toBe(false);
  });
});

test('words any sentence may use ("come back", "today") do not make two sentences about the same thing', () => {
  expect(replyHasItsSay('I’ll look into this today and come back to you by 5pm.', 'you had to queue for an hour and were told to come back tomorrow')).toBe(false);
});
