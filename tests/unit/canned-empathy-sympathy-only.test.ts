// canned-empathy, brand formulas round 3 (issue 16, batch xj): sympathy said without an apology's
// words, as the opening line of a reply that only asks for a DM or a detail — feeling for them,
// their feeling shared ("we'd be fed up too"), a verdict on how hard it is ("that sounds
// exhausting") — and an apology "again", for "the runaround", or before a request. Quiet where the
// line runs on into the agent's own reaction or the reply names the trouble.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: sympathy without an apology, nothing named', () => {
  test.each([
    ['@kez_b We truly feel for you. Send us a DM with your postcode. ^TR', 'We truly feel for you'],
    ['I feel you 😩 Could you tell us which store it was?', 'I feel you'],
    ['Hi Omar, we would be fed up too. Please DM us your account number.', 'we would be fed up too'],
    ['I would feel exactly the same in your shoes! Which branch was it?', 'I would feel exactly the same in your shoes'],
    ['@nina_l That sounds really stressful, Nina. Follow us and drop us a DM. ^AB', 'That sounds really stressful'],
    ['Oh no, that must have been frightening 😟 Can you DM us your booking reference?', 'Oh no, that must have been frightening'],
    ['Hi Rob, it is such a rough experience. Please send us your order number.', 'it is such a rough experience'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Hi Anil, that sounds really scary and I am glad you are safe. Please DM us a photo of the charger.',
    'That sounds exhausting: the courier took your parcel back to the depot twice, so I have booked a named-day delivery for Friday.',
    'We would be happy to help. Please DM us your order number.',
    'I would be disappointed if we could not sort this for you before Friday.',
    'If that is worrying for you, we can call you instead. Please DM us a good time.',
  ])('quiet where it runs on, names the trouble, or is no sympathy: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});

describe('canned-empathy: stock apologies of brand accounts', () => {
  test.each([
    ['Hi Jo, sorry again for all the bother! Please DM us.', 'sorry again for all the bother'],
    ['@li_q Apologies for the runaround, Li. Please contact the seller directly. ^OW', 'Apologies for the runaround'],
    ['@sam_t Our sincere apologies, Sam. Please check your inbox for an update. ^NS', 'Our sincere apologies'],
    ['My apologies. Could you send us a screenshot of the page?', 'My apologies'],
    ['We are sorry for hearing about this experience. The team will review it.', 'We are sorry for hearing about this experience'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Sorry for the muddle over your address: I typed 12 instead of 21, and the new card goes out to the right address today.',
    'I am so sorry. Please accept our condolences on the loss of your father.',
    'My apologies. The second charge on your card was our payment glitch, and I have refunded it.',
  ])('quiet where the apology is made specific, or is a condolence: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});
