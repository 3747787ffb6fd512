// issueInAgentWords: the customer's problem in the agent's words. The expected strings were
// taken from the implementation before it was rewritten for speed, so the table pins its
// behaviour, quirks included. Sentences are our own.
import { describe, expect, test } from 'vitest';
import { issueInAgentWords } from '../../src/engine/issue';

const LONG =
  'we waited at the gate for three hours and nobody from the airline came to tell us anything about the delay or the new departure time at all';
const LONG_LATE_COMMA =
  'we waited at the gate for three hours and nobody from the airline came to tell us anything about the delay, or the new departure time at all';
const LONG_EARLY_COMMA =
  'we waited at the gate, for three hours and nobody from the airline came to tell us anything about the delay or the new departure time at all';
const PROBLEM = 'Hi. The plane was late. I lost my bag!';

type Case = [text: string, problemAt: number, expected: string];
const CASES: Record<string, Case[]> = {
  greetings: [
    ['Hi team, I was charged twice for October!!', -1, 'you were charged twice for October'],
    ['Hello there, my bag never arrived.', -1, 'your bag never arrived'],
    ['Good morning, we were told the flight was cancelled.', -1, 'you were told the flight was cancelled'],
    ['Dear Sir, I’ve waited three hours for a reply.', -1, 'you’ve waited three hours for a reply'],
    ['Hey, you lost my luggage', -1, 'we lost your luggage'],
    ['  Hi there, the app keeps crashing', -1, 'the app keeps crashing'],
    ['Hi team,\nmy card was charged twice', -1, 'your card was charged twice'],
    ['Highly annoyed, my bag is lost', -1, 'highly annoyed, your bag is lost'],
    ['Hi team, my bag is lost', 9, 'your bag is lost'],
    // A greeting without a comma is the sentence.
    ['Hi! My seat was given away.', -1, 'hi'],
    ['Hi!', -1, 'hi'],
  ],
  'greeting-only first sentence': [
    ['Hi, 123. My refund is missing', -1, 'your refund is missing'],
    ['Hi, ...', -1, ''],
  ],
  pronouns: [
    ['I am stuck at the gate', -1, 'you are stuck at the gate'],
    ['We was told to wait', -1, 'you were told to wait'],
    ['It was late again', -1, 'it was late again'],
    ['You charged me twice', -1, 'we charged you twice'],
    ['They told you nothing', -1, 'they told us nothing'],
    ['I emailed you yesterday', -1, 'you emailed us yesterday'],
    ['Thank you for nothing', -1, 'thank us for nothing'],
    ['I will never let you charge me again', -1, 'you will never let us charge you again'],
    ['My wife and I missed our connection', -1, 'your wife and you missed your connection'],
    ['I myself booked it for us', -1, 'you yourself booked it for you'],
    ['Your app charged me for ours', -1, 'our app charged you for yours'],
    ['The seats were yours, not mine', -1, 'the seats were ours, not yours'],
    ['(my bag) is lost', -1, '(your bag) is lost'],
    ['Why did you cancel my flight? I was never told!', -1, 'why did we cancel your flight'],
  ],
  contractions: [
    ['I’m still waiting for my refund', -1, 'you’re still waiting for your refund'],
    ["I'm still waiting", -1, 'you’re still waiting'],
    ['I’ve been on hold for an hour', -1, 'you’ve been on hold for an hour'],
    ["I'd like my money back", -1, 'you’d like your money back'],
    ["I'll cancel my booking", -1, 'you’ll cancel your booking'],
    ["We're stuck in Denver", -1, 'you’re stuck in Denver'],
    ['You’re not listening to us', -1, 'we’re not listening to you'],
    ["You've lost our bags", -1, 'we’ve lost your bags'],
  ],
  shouting: [
    ['I AM SO ANGRY', -1, 'you are so angry'],
    ['YOU LOST MY BAG AGAIN', -1, 'we lost your bag again'],
    ["I'M DONE WITH THIS", -1, 'you’re done with this'],
    ["I'M tired", -1, 'you’re tired'],
    // Two capitals anywhere count as shouting, so a short name is lowered too.
    ['My flight to the UK was cancelled', -1, 'your flight to the UK was cancelled'],
    ['My flight from LAX to JFK was cancelled', -1, 'your flight from LAX to JFK was cancelled'],
    ['My flight DL4047 to CLE was delayed', -1, 'your flight DL4047 to CLE was delayed'],
    ['I AM SO MAD', -1, 'you are so mad'],
    ['YOU LOST MY BAG AT LAX', -1, 'we lost your bag at lax'],
    ['OK so my bag is gone', -1, 'OK so your bag is gone'],
  ],
  'clipping at 22 words': [
    [LONG, -1, 'you waited at the gate for three hours and nobody from the airline came to tell you anything about the delay or …'],
    [LONG_LATE_COMMA, -1, 'you waited at the gate for three hours and nobody from the airline came to tell you anything about the delay'],
    [LONG_EARLY_COMMA, -1, 'you waited at the gate, for three hours and nobody from the airline came to tell you anything about the delay or …'],
  ],
  'white space': [
    ['my  bag\tis   lost', -1, 'your bag is lost'],
    ['  my bag is lost  ', -1, 'your bag is lost'],
  ],
  'first letter': [
    ['October was a disaster for my family', -1, 'october was a disaster for your family'],
    ['UK flights are always late', -1, 'UK flights are always late'],
    ['A refund is all I want', -1, 'a refund is all you want'],
    ['X-ray machines broke my laptop', -1, 'X-ray machines broke your laptop'],
  ],
  'problem offset': [
    [PROBLEM, PROBLEM.indexOf('I lost'), 'you lost your bag'],
    [PROBLEM, PROBLEM.indexOf('plane'), 'the plane was late'],
    [PROBLEM, 0, 'hi'],
    [PROBLEM, 500, ''],
  ],
  'nothing to work from': [
    ['', -1, ''],
    ['!!! ???', -1, ''],
    ['😡😡😡', -1, ''],
    ['my flight ✈️ was cancelled 😡', -1, 'your flight ✈️ was cancelled 😡'],
  ],
};

describe('issueInAgentWords', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    test.each(cases)(`${group}: %j at %i`, (text, problemAt, expected) => {
      expect(issueInAgentWords(text, problemAt)).toBe(expected);
    });
  }

  test('every pronoun is swapped after any character that is not part of a word', () => {
    for (const before of [' ', '(', '"', '“', '#', '2', '-', '/', '😡']) {
      expect(issueInAgentWords(`so${before}my bag`, -1)).toBe(`so${before}your bag`);
      expect(issueInAgentWords(`so${before}I’m sad`, -1)).toBe(`so${before}you’re sad`);
      expect(issueInAgentWords(`so${before}ourselves`, -1)).toBe(`so${before}yourselves`);
    }
    // Not inside a word, nor joined to one by an apostrophe.
    expect(issueInAgentWords('so ami myriad wasp', -1)).toBe('so ami myriad wasp');
    expect(issueInAgentWords("so 'my", -1)).toBe("so 'my");
  });
});
