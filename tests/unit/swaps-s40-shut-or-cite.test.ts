// Stop 40, round 3: where the reply offers or says what happens next just after a dead end or a
// policy citation, the Swap that added an offer had been withdrawn whole. The shutting words
// alone ("[ and there is nothing we can do from our side]", "[, full stop]") or the citing clause
// alone (", as stated on the back of your key card") can still go: what is left says every fact
// and any refusal. A closing clause with a fact of its own (no speed-up, gone for good) stays,
// and so does the Swap's absence (round-2 read, n3 and n6: dropping such facts read worse).
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsWith } from './swap-helpers';

describe('beside the reply’s own offer, only the shutting or citing words go', () => {
  test.each([
    ['dead-end', 'Noise between neighbours is a private matter and management can not do anything about it. You can call the police if needed.', 'can not do anything about it', 'Noise between neighbours is a private matter. You can call the police if needed.'],
    ['policy-shield', 'Lost property is not the responsibility of the hotel, as stated on the back of your key card. We will check with housekeeping when possible.', 'as stated on the back of your key card', 'Lost property is not the responsibility of the hotel. We will check with housekeeping when possible.'],
    ['policy-shield', 'Your bill went up by £12 because your discount ended on 3 March, which is in the contract terms. I can move you to our 30GB plan at £28 if that helps.', 'is in the contract terms', 'Your bill went up by £12 because your discount ended on 3 March. I can move you to our 30GB plan at £28 if that helps.'],
    ['policy-shield', "I can't release the deposit yet; that is a requirement set by our compliance team. What I can do is ask them to call you at 11am today to finish the checks.", 'a requirement set by', "I can't release the deposit yet. What I can do is ask them to call you at 11am today to finish the checks."],
  ])('%s: %j', (rule, reply, words, expected) => expectSwap(rule, reply, words, expected));
});

describe('a closing clause that says a fact stays, and a Swap clears its rule: no Swap', () => {
  test.each([
    // What is left is a bare refusal, which dead-end flags on its own: the Swap would not clear it.
    ['dead-end', 'This process can not be sped up and there is nothing we can do from our side. We will let you know once the review is finished.', 'there is nothing we can do'],
    ['dead-end', "Once the gate has closed, the ticket can't be used for another flight, full stop. Fares on the 18:40 start at £89 if you'd like to book a new seat.", 'full stop'],
    // The sentence keeps another policy-shield flag ('I am not allowed to') outside the citation.
    ['policy-shield', 'I am not allowed to grant access outside your home club without the all-access add-on, as this is company rule. You can buy a day pass at reception.', 'this is company rule'],
    ['dead-end', 'Investigations can take up to 28 days and unfortunately there is no way to speed this up. We will contact you once the investigation has concluded.', 'there is no way to'],
    ['dead-end', "Archived projects get purged on a downgrade, and once that happens they're gone for good, no getting them back. You can re-upgrade to Pro anytime from Settings.", "they're gone for good"],
    ['policy-shield', "Refunds are issued in line with our returns procedures, which need the parcel back at the warehouse first. We'll send the refund once the parcel is scanned in.", 'in line with our returns procedures'],
  ])('%s: %j', (rule, reply, words) => {
    const f = flagsWith(reply).find((x) => x.ruleId === rule && x.text === words);
    expect(f, `flagged: ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});
