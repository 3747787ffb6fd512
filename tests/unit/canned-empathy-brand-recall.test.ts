// canned-empathy recall in more of the short formulas brand accounts write on social media and in
// chat: sorry that they had trouble, in any tense and verb ("you've experienced difficulties",
// "you may have run into issues"); sorry for "the issues you've been having"; sorry it happened or
// that it "has been your experience"; sorry to hear about a thing of theirs named only as what it is
// ("your parcel"); sorry they are "not a fan"; sorry "for the issue" or that "it wasn't a great
// experience"; and a bare apology that runs on after a comma into a
// request ("So sorry about that, pop us a DM"). An apology that names the trouble stays quiet.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: brand formulas with nothing named', () => {
  test.each([
    ['We’re sorry to hear you’re encountering problems. Which version of the game are you on?', 'We’re sorry to hear you’re encountering problems'],
    ['We regret that you may have run into some technical difficulties. Please contact the help desk.', 'We regret that you may have run into some technical difficulties'],
    ['Sorry you’ve faced trouble with us! Drop us a DM.', 'Sorry you’ve faced trouble with us'],
    ['We apologise for the problems you have been facing. Could you DM us your postcode?', 'We apologise for the problems you have been facing'],
    ['So sorry that this has happened! Send us a DM and we’ll take a look.', 'So sorry that this has happened'],
    ['We’re sorry to hear this has been your experience. Pop us a message.', 'We’re sorry to hear this has been your experience'],
    ['Sorry to hear about your parcel! Could you DM us the tracking number?', 'Sorry to hear about your parcel'],
    ['@moss_and_fern Sorry you’re not a fan, Bea! Tell us more in a DM.', 'Sorry you’re not a fan'],
    ['I’m so sorry you’ve gone through all this. Please DM me.', 'I’m so sorry you’ve gone through all this'],
    ['Really sorry about that, can you DM us your booking reference?', 'Really sorry about that'],
    ['We’re sorry it wasn’t a great experience. Could you DM us your booking reference?', 'We’re sorry it wasn’t a great experience'],
    ['So sorry things haven’t been great! Pop us a DM.', 'So sorry things haven’t been great'],
    ['Sorry for the issue! Can you DM us your username?', 'Sorry for the issue'],
    ['We apologise for the problem you’ve experienced. Please DM us.', 'We apologise for the problem you’ve experienced'],
    ['We’re sorry for the experience you’ve had. Please DM us.', 'We’re sorry for the experience you’ve had'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Sorry you’ve faced trouble with the card reader since Monday. I’ve sent a new one by post.',
    'We apologise for the problems you have been facing: the router firmware was faulty and I’ve pushed a fix.',
    'So sorry that this has happened to your bike, the recovery van is on its way.',
    'Sorry to hear about your parcel turning up soaked. I’ve refunded you in full.',
    'Sorry about that, the courier scanned it at the wrong depot and I’ve booked a redelivery.',
    'Sorry you’re not a fan of the dark theme: you can switch back under Settings.',
    'Sorry to hear about your uncle. I’ve moved your deadline to Thursday.',
    'Sorry it wasn’t a great experience: the driver went to the wrong entrance, and I’ve refunded the delivery fee.',
    'Sorry for the issue with the meter reading; it was keyed in wrong and I’ve corrected your bill.',
  ])('an apology for what the reply names stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});
