// Following the coach, read blind on tune half a at stop 37: moves offered where the customer was
// not upset (a merchant's name in capitals read as shouting, good news read as a complaint), and
// ready sentences that said what the reply then took back. Each table pairs what changes with a
// near miss that keeps the move. The texts are written for these tests.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';

const scoreReply = createScorer();
const findingsOf = (customer: string, reply: string): Finding[] => scoreReply({ reply, customer }).findings;
const sentence = (customer: string, reply: string, ruleId: string): string | undefined =>
  findingsOf(customer, reply).find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const fires = (customer: string, reply: string, ruleId: string): boolean => sentence(customer, reply, ruleId) !== undefined;
/** What a naive follower inserts: a ready sentence with nothing left to fill in. */
const ready = (customer: string, reply: string, ruleId: string): boolean => {
  const s = sentence(customer, reply, ruleId);
  return s !== undefined && s !== '' && !/\[[^\]]*\]/.test(s);
};

describe('capitals the customer copies are not shouting', () => {
  test('a merchant name in quotation marks', () => {
    const reply = 'Thanks for telling us quickly. I have blocked the card and opened a dispute for the payment.';
    expect(fires("My statement lists a £42 payment to 'QXT MEDIA' that I never made.", reply, 'offer-call')).toBe(false);
    expect(fires('My statement lists a £42 payment to “QXT MEDIA” that I never made.', reply, 'offer-call')).toBe(false);
    // The same capitals unquoted are a raised voice.
    expect(fires('My statement lists a £42 payment I NEVER MADE and nobody will help.', reply, 'offer-call')).toBe(true);
  });
});

describe('good news with a problem word in the story', () => {
  test('a reply glad at the thanks has read it as good news', () => {
    const customer = 'the offline playlists got me through a 5 hour flight with no wifi. thank you!';
    const reply = 'So glad the playlists helped on the flight – thanks for telling us! ^Jo';
    for (const rule of ['own-it', 'sincere-apology', 'next-steps', 'admit-error']) expect(fires(customer, reply, rule)).toBe(false);
    // Told the same with an apology, the reply found a complaint in it.
    expect(fires('the offline playlists keep disappearing before my flights. thank you very much', 'Sorry about the playlists! Try re-downloading them.', 'own-it')).toBe(true);
  });

  test('"just got" a milestone, congratulated, is no complaint', () => {
    const customer = 'just got my 100th win after 300 hours. best game I have played';
    const reply = 'Congrats on the 100th win! Which mode was it? ^AL';
    expect(fires(customer, reply, 'admit-error')).toBe(false);
    expect(fires(customer, reply, 'sincere-apology')).toBe(false);
    // "Only got" a part of what was paid for is one, whatever the reply says.
    expect(fires('I only got 2 of the 4 tickets I paid for.', 'Congrats on getting tickets! Which two are missing?', 'admit-error')).toBe(true);
  });

  test('thanks with exclamation marks, and a reply glad it is fixed or moved by the message, is good news', () => {
    const fixed = '@Gridline the last update fixed the freezing on my laptop, thank you devs!! 🙌';
    for (const rule of ['admit-error', 'offer-call', 'sincere-apology']) expect(fires(fixed, 'So glad it is fixed! Thanks for telling us. ^GL', rule)).toBe(false);
    const praised = 'Our driver Femi was brilliant and waited two hours when our ferry was late. Please thank him!';
    expect(fires(praised, 'What a lovely message, thank you! I have passed it to Femi and his manager.', 'admit-error')).toBe(false);
    // Anger words are no joy: "thanks for nothing!!" still answers a complaint.
    expect(fires('the last update broke my laptop again, thanks for nothing!! useless', 'So glad you wrote in! Which laptop is it?', 'offer-call')).toBe(true);
  });

  test('a story of good service closed with "respect" is not restated as a problem', () => {
    const customer = 'the lady at your Leeds branch stayed 20 minutes after closing to sort my passport photos. respect';
    expect(fires(customer, 'Love hearing this! Do you know her name? I would like to tell her manager.', 'restate-problem')).toBe(false);
  });
});

describe('no apology in their words where the reply holds their account is not so', () => {
  test('beside a record quoted as proof, the apology leaves what they are sorry for to the agent', () => {
    const customer = 'I was charged a £30 late fee but I paid on the 1st like always!';
    const record = 'Hi Sam, our payment system shows the money arrived on the 9th, after the due date, so the late fee applies.';
    expect(sentence(customer, record, 'sincere-apology')).toMatch(/\[/);
    // The same fee explained without a record held up against them keeps the filled apology.
    const answer = 'Hi Sam, thanks for flagging this. I will look at when the payment landed and come back to you by Friday.';
    expect(ready(customer, answer, 'sincere-apology')).toBe(true);
  });

  test('a reply that has said their account back is not named again in an apology', () => {
    const customer = 'My new bike arrived with a cracked front wheel.';
    expect(ready(customer, 'Hi Ana, it sounds like the wheel was damaged in transit. I have ordered a new wheel for you today.', 'sincere-apology')).toBe(false);
    expect(ready(customer, 'Hi Ana, I have ordered a new wheel for you today.', 'sincere-apology')).toBe(true);
  });
});

describe('no second plan beside the step the reply leaves with the customer or the team', () => {
  const customer = '@TrainCo so cold on the 07:10 from Leeds today, not happy';
  test('"I\'ll see it through" waits while the reply asks them for details', () => {
    // The move stays; its sentence leaves the step to the agent.
    expect(fires(customer, '@kim_r Brr, sorry Kim! Which coach were you in? ^TC', 'own-it')).toBe(true);
    expect(ready(customer, '@kim_r Brr, sorry Kim! Which coach were you in? ^TC', 'own-it')).toBe(false);
    expect(ready(customer, '@kim_r Brr, sorry Kim! Drop us a DM with your ticket number. ^TC', 'own-it')).toBe(false);
    expect(ready(customer, '@kim_r Brr, sorry Kim, that is a miserable start to the day. ^TC', 'own-it')).toBe(true);
  });

  test('"I\'m checking it now" waits for the details, and is not a second check beside the team\'s or one done', () => {
    const charged = 'You charged me twice for my May bill.';
    expect(ready(charged, 'Sorry about that! Can you confirm the last four digits of the card?', 'admit-error')).toBe(false);
    expect(ready(charged, 'Sorry about that. Our billing team are aware of a duplicate run on 3 May and are reversing it.', 'admit-error')).toBe(false);
    expect(ready(charged, 'Hello, I checked: the second payment was for June, taken early at your request.', 'admit-error')).toBe(false);
    expect(ready(charged, 'Sorry about that, Dana.', 'admit-error')).toBe(true);
  });

  test('a decision the reply keeps is not a fault to put right', () => {
    const ended = '@BoxTV why did you axe Night Harbour?? it was brilliant';
    const reply = '@lee_b We loved it too 😢 It was a tough call, but there will not be a third series. Both series stay on BoxTV. ^MJ';
    expect(ready(ended, reply, 'admit-error')).toBe(false);
    expect(ready(ended, reply, 'own-it')).toBe(false);
  });
});

describe('the door left open only where something went wrong', () => {
  // Without the admission move, whose sentence would own the step first.
  const ownItAlone = createScorer({ rules: { 'admit-error': { severity: 'off' } } });
  const ownIt = (customer: string, reply: string) => ownItAlone({ customer, reply }).findings.find((f) => f.ruleId === 'own-it')?.replacement;
  test('a plain answer to a plain question gets no "if anything still isn\'t right"', () => {
    // Nothing a follower could insert as it stands: a placeholder, or (s41: a question answered, nothing to see through) no sentence.
    expect(ownIt("can someone else sign for my parcel if I'm not in? my partner works from home", 'Yes, anyone at your address can sign for it.')).toMatch(/^$|\[/);
    // After a problem put right, it is the door left open.
    expect(ownIt('my parcel never arrived and I was in all day', 'Sorry about that. A new parcel goes out today and arrives by 1pm tomorrow.')).toMatch(/^If anything about this still isn/);
  });
});

describe('their case against a record they quote is not the problem', () => {
  test('after "the tracking says…", what they say back is evidence, not what to apologise for', () => {
    const reply = 'Hi Tom, I have asked the courier for the photo from the drop and I will update you by 5pm.';
    expect(sentence("The tracking says my order was left 'in the garage'. I don't have a garage, I live on the 4th floor.", reply, 'sincere-apology')).toMatch(/\[/);
    // Told as what went wrong, it is named.
    expect(sentence("My order never arrived. I don't have a garage, I live on the 4th floor.", reply, 'sincere-apology')).toBe('I’m sorry your order never arrived.');
  });
});
