// Stop 41: a redirect set off by a dash after the agent's own clause ("The screen is cracked —
// you'll need to contact the manufacturer about it") had only advice: the rewrite after a clause
// read only a comma before the redirect. A dash sets it off as well; the clause stays as written.
import { describe, test } from 'vitest';
import { expectSwap } from './swap-helpers';

describe('a redirect set off by a dash after the agent’s clause: the clause kept, the agent takes the step', () => {
  test.each([
    ['The screen is cracked — you’ll need to contact the manufacturer about it.', 'you’ll need to contact the manufacturer', 'The screen is cracked — I’ll contact the manufacturer about it for you and let you know what they say.'],
    ['That’s outside what our desk handles – you’ll need to contact the courier about it.', 'you’ll need to contact the courier', 'That’s outside what our desk handles – I’ll contact the courier about it for you and let you know what they say.'],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});
