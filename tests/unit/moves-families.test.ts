// Families of conversations where a missing move went unnoticed or was suggested wrongly (issue
// 16): each family fires on its own wording and stays quiet where the move is made or not needed.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggested = (reply: string, customer?: string) =>
  scoreReply(customer === undefined ? { reply } : { reply, customer })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);

interface Family {
  rule: string;
  fires: { customer: string; reply: string }[];
  quiet: { customer: string; reply: string }[];
}

const FAMILIES: Record<string, Family[]> = {
  // A request that leaves the customer waiting on someone is a problem to own and to time.
  'a request for action is a problem to own': [
    {
      rule: 'own-it',
      fires: [
        { customer: 'I need to transfer my mobile contract to my son’s name, I’m moving into a care home.', reply: 'Transfers of ownership need both account holders to sign the form on our website.' },
        { customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'Adding a second holder needs ID from both of you.' },
      ],
      quiet: [
        { customer: 'I need to transfer my mobile contract to my son’s name, I’m moving into a care home.', reply: 'I’ll send you the transfer form today and process it as soon as it comes back.' },
        { customer: 'Does my mobile plan include EU roaming?', reply: 'Yes, your plan includes roaming in the EU at no extra cost.' },
      ],
    },
    {
      rule: 'next-steps',
      fires: [{ customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'Adding a second holder needs ID from both of you.' }],
      quiet: [{ customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'I’ll add her today once the branch has scanned her ID.' }],
    },
  ],
};

describe.each(Object.entries(FAMILIES))('%s', (_name, families) => {
  for (const { rule, fires, quiet } of families) {
    test.each(fires)(`${rule} fires: $customer / $reply`, ({ customer, reply }) => {
      expect(suggested(reply, customer)).toContain(rule);
    });
    test.each(quiet)(`${rule} stays quiet: $customer / $reply`, ({ customer, reply }) => {
      expect(suggested(reply, customer)).not.toContain(rule);
    });
  }
});
