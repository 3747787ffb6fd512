// More `system-says` and `argue-defend` flags with a Swap (issue 11): a record said to prove the
// customer wrong ("the log proves otherwise") turned into what our records show, allowing they
// may be wrong; "On our end it's showing…" read out as the records'; a record given as the reason
// in a clause of its own ("…because the tracking shows…") doubted where it stands; a claim of
// accuracy that leads by a colon into the facts dropped; a date in May no longer read as "may";
// "we did nothing wrong" dropped where it leads into the facts by a comma.
// Each case is a reply as an agent would write it and the reply after the Swap, exactly.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

/** A customer who says the record is wrong. */
const DISPUTES = 'The parcel never came and you still charged me. Your records are wrong.';

/** The reply after the Swap of the rule's flag on `words`. */
function swapped(reply: string, ruleId: string, words: string, customer = DISPUTES): string {
  const hits = flagsOf(reply, customer).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits.map((f) => f.text)).toEqual([words]);
  expect(hits[0]!.swap).toBe(true);
  return applySwap(reply, hits[0]!);
}

describe('a record said to prove the customer wrong: what our records show, allowing they may be wrong', () => {
  const doubted = 'Our records show something different, but they may be wrong, so I’m checking.';
  test.each([
    ['The account log proves otherwise.', 'system-says', 'The account log proves'],
    ['The account log proves otherwise.', 'argue-defend', 'log proves otherwise'],
    // A lead that only sets up the contradiction goes with it.
    ['If you believe the charge is wrong, our billing data shows otherwise.', 'system-says', 'our billing data shows'],
    ['If you believe the charge is wrong, our billing data shows otherwise.', 'argue-defend', 'data shows otherwise'],
  ])('%s (%s)', (reply, ruleId, words) => {
    expect(swapped(reply, ruleId, words)).toBe(doubted);
  });
});

describe('“On our end it’s showing…”: the records’ reading, said as theirs', () => {
  test.each([
    ['On our end it’s showing a refund of £22 issued on Friday.', 'Our records show a refund of £22 issued on Friday, but they may be wrong, so I’m checking.'],
    ['On our side it’s showing as paid in full.', 'Our records show it as paid in full, but they may be wrong, so I’m checking.'],
    ['On our end it’s showing that the payment bounced.', 'Our records show the payment bounced, but they may be wrong, so I’m checking.'],
  ])('disputed: %s', (reply, after) => {
    const words = reply.slice(0, reply.indexOf('showing') + 'showing'.length);
    expect(swapped(reply, 'system-says', words)).toBe(after);
  });

  test('nothing disputed: what the agent sees, and what they draw from it, stay', () => {
    const reply = 'On our end it’s showing a balance of £18, so your next bill will be smaller.';
    expect(swapped(reply, 'system-says', 'On our end it’s showing', 'Could you tell me when my next bill is due, please?')).toBe(
      'I can see a balance of £18, so your next bill will be smaller.',
    );
  });
});

describe('a record given as the reason, in a clause of its own: doubted where it stands', () => {
  test('after “because”', () => {
    expect(swapped('We chased the courier because the tracking shows the parcel left the depot on 3 June.', 'system-says', 'the tracking shows')).toBe(
      'We chased the courier because the tracking shows the parcel left the depot on 3 June, though that may be wrong, so I’m checking.',
    );
  });
});

describe('a claim of accuracy before a colon that leads into the facts', () => {
  test('the claim goes, the facts open the sentence', () => {
    expect(swapped('Hi, the usage ledger is unambiguous here: £40 left your account on 3 June.', 'system-says', 'the usage ledger is unambiguous')).toBe(
      'Hi, £40 left your account on 3 June.',
    );
  });
});

describe('a date in May is not the word “may”', () => {
  test('a claim joined after the record goes, the record is doubted', () => {
    expect(swapped('Our scanner logged your parcel at the depot on 14 May and its scans are always accurate.', 'system-says', 'Our scanner logged')).toBe(
      'Our scanner logged your parcel at the depot on 14 May, but that may be wrong, so I’m checking.',
    );
  });
});

describe('argue-defend: “we did nothing wrong” goes where it only leads into the facts', () => {
  const complains = 'The engineer never came and you charged me the callout fee!';
  test.each([
    ['We did nothing wrong here, the engineer arrived at 9:05 and waited ten minutes.', 'We did nothing wrong', 'The engineer arrived at 9:05 and waited ten minutes.'],
    ['There was no fault on our side, the line tested clean on Tuesday.', 'There was no fault on our side', 'The line tested clean on Tuesday.'],
  ])('%s', (reply, words, after) => {
    expect(swapped(reply, 'argue-defend', words, complains)).toBe(after);
  });

  test('not before a clause that needs the denial', () => {
    const hits = flagsOf('We did nothing wrong, and the fee stays.', complains).filter((f) => f.ruleId === 'argue-defend');
    expect(hits.map((f) => f.text)).toEqual(['We did nothing wrong']);
    expect(hits[0]!.swap).toBeFalsy();
  });
});
