// A sentence a Swap leaves out must leave the reply reading well (issue 11 §2, the product
// lead's decision 1): no empty paragraph where it stood alone on its line, no "So" or "Also"
// carrying on from nothing, and no removal where the next sentence points back at it.
import { describe, expect, test } from 'vitest';
import { expectSwap, ruleFlagsOf } from './swap-helpers';

describe('a sentence that only argues, left out', () => {
  test('alone in its paragraph: the paragraph goes, with no empty one left', () => {
    const reply = 'Hello Mr Okafor,\n\nYou are wrong on that point.\n\nThe parking permit was posted on 2 June and I have asked the office to send a copy by email today.\n\nBest wishes,\nRuth';
    expectSwap('argue-defend', reply, 'You are wrong', 'Hello Mr Okafor,\n\nThe parking permit was posted on 2 June and I have asked the office to send a copy by email today.\n\nBest wishes,\nRuth');
  });

  test('a "So" or "Also" that carried on from it goes with it', () => {
    expectSwap(
      'argue-defend',
      'I have explained this twice already. So the permit was posted on 2 June, and a copy is on its way by email.',
      'I have explained this twice',
      'The permit was posted on 2 June, and a copy is on its way by email.',
    );
    expectSwap(
      'argue-defend',
      'I have explained this twice already. Also, the permit was posted on 2 June, and a copy is on its way by email.',
      'I have explained this twice',
      'The permit was posted on 2 June, and a copy is on its way by email.',
    );
  });

  test('the "So" of "So sorry…" is not a word that carried on: it stays', () => {
    expectSwap(
      'argue-defend',
      'I have explained this twice already. So sorry you have had this trouble with the permit; a new one was posted today.',
      'I have explained this twice',
      'So sorry you have had this trouble with the permit; a new one was posted today.',
    );
  });

  test('not where the next sentence points back at it', () => {
    const [flag] = ruleFlagsOf('argue-defend', 'I have explained this twice already. That is why the permit was posted on 2 June. A copy is on its way by email.');
    expect(flag?.text).toBe('I have explained this twice');
    expect(flag?.swap).toBeUndefined();
  });
});
