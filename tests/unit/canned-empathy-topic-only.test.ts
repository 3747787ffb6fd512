// canned-empathy (issue 16): a bare "Sorry about that!" is canned in a reply that takes up only the
// topic of the customer's message ("the tram", "your voucher") and says nothing of what went
// wrong with it (`reply.namesTrouble`). A reply that says what went wrong (late, missing,
// broken, charged twice…), gives its cause, acts on it or answers the question they asked keeps
// its bare apology.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string, customer: string) => ruleFlagsOf('canned-empathy', reply, customer).map((f) => f.text);

describe('canned-empathy: a bare apology over a topic only', () => {
  test.each([
    ['Sorry about that! Tram times on the blue line are a guide and can vary on the day.', 'the blue line tram was 40 minutes late this morning'],
    ['Oh no, sorry about that! Gift vouchers are valid for twelve months from purchase.', 'the shop refused my gift voucher at the till'],
    ['So sorry about that. Sofa deliveries are booked by the furniture partner.', 'my sofa delivery never turned up on Saturday'],
    ['Sorry about that! Let us know if the sofa is still missing on Monday.', 'my sofa delivery never turned up'],
  ])('%j is flagged', (reply, customer) => {
    expect(cannedIn(reply, customer)).not.toEqual([]);
  });

  test.each([
    ['Sorry about that! The blue line tram was late because of a signal fault near the depot.', 'the blue line tram was 40 minutes late this morning'],
    ['Sorry about that! The till rejected your gift voucher after last week’s update, and I’ve re-issued it.', 'the shop refused my gift voucher at the till'],
    ['Sorry about that! We’ll rebook your sofa delivery for Tuesday morning.', 'my sofa delivery never turned up on Saturday'],
    ['Sorry about that! Your gift voucher code is printed on the back of the card.', 'where is the code on my gift voucher? the card looks blank'],
  ])('a reply that names what went wrong, acts on it or answers keeps it: %j', (reply, customer) => {
    expect(cannedIn(reply, customer)).toEqual([]);
  });
});

describe('canned-empathy: a stock trouble or feeling over a topic only', () => {
  test.each([
    ['Sorry to hear you’re having problems with your subscription. Our help centre has guides for most questions.', 'my subscription page shows nothing since Monday'],
    ['We understand your frustration with the booking and have noted your comments.', 'the booking page lost my seats twice'],
  ])('%j is flagged', (reply, customer) => {
    expect(cannedIn(reply, customer)).not.toEqual([]);
  });

  test.each([
    ['Sorry to hear you’re having problems with your subscription: the renewal failed after our card processor timed out.', 'my subscription page shows nothing since Monday'],
    ['We understand your frustration with the booking; the page dropped seats after Tuesday’s update, and I’ve rebooked yours.', 'the booking page lost my seats twice'],
  ])('where the reply says what went wrong it stays quiet: %j', (reply, customer) => {
    expect(cannedIn(reply, customer)).toEqual([]);
  });
});
