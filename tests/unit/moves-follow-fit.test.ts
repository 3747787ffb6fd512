// Following the coach should make a reply better. Blind readers found revisions worse where a
// ready sentence did not fit the situation: a call offered on a calm request to leave, "I'll take
// care of this personally" beside a reply that hands the matter to someone else, "our system got
// this wrong" for a visit that never happened, "what would make this right?" after a refund, an
// apology above a reply that corrects the customer. Each table pairs what changes with a near miss.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';

const scoreReply = createScorer();
const sentence = (customer: string, reply: string, ruleId: string): string | undefined =>
  scoreReply({ reply, customer }).findings.find((f: Finding) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
/** own-it alone of the ownership moves: admit-error's and acknowledge-repeat's sentences above it would make the commitment first. */
const ownItOnly = createScorer({ rules: { 'admit-error': { severity: 'off' }, 'acknowledge-repeat': { severity: 'off' } } });
const ownIt = (customer: string, reply: string): string | undefined =>
  ownItOnly({ reply, customer }).findings.find((f: Finding) => f.ruleId === 'own-it')?.replacement;
const fires = (customer: string, reply: string, ruleId: string): boolean => sentence(customer, reply, ruleId) !== undefined;
/** A sentence the agent must complete is never inserted as it stands. */
const needsCompleting = /\[[^\]]+\]/;

describe('acknowledge-repeat', () => {
  test('"sorry you’ve had to keep chasing" already owns the repeat', () => {
    const customer = 'I have been chasing my refund for five weeks now.';
    expect(fires(customer, 'I’m sorry you’ve had to keep chasing us about this. The refund went out this morning.', 'acknowledge-repeat')).toBe(false);
    expect(fires(customer, 'You shouldn’t have had to keep asking. The refund went out this morning.', 'acknowledge-repeat')).toBe(false);
    expect(fires(customer, 'The refund went out this morning.', 'acknowledge-repeat')).toBe(true);
  });
});

describe('offer-call on the way out', () => {
  const reply = 'Hi, your switching code is LX77120 and it is valid for 30 days.';
  test('a calm question about leaving is not heat', () => {
    expect(fires('Could you send me my switching code? I am moving to another network next month.', reply, 'offer-call')).toBe(false);
    expect(fires('How do I get my switching code? I am moving to another network.', reply, 'offer-call')).toBe(false);
  });
  test('leaving with a grievance, or announced, still is', () => {
    expect(fires('The signal has been useless for weeks. I am moving to another network.', reply, 'offer-call')).toBe(true);
    expect(fires('Your coverage is the slowest I have ever had. Cancelling.', reply, 'offer-call')).toBe(true);
  });
});

describe('own-it and next-steps on a question the answer ends', () => {
  test('a how-to or what-is question answered leaves nothing to own', () => {
    const reply = 'You can do it in the app under Profile, and it takes a couple of minutes.';
    for (const customer of ['how do I change the email on my account?', 'hi can I add a second driver online or do I need to phone?', 'do I need to do anything before my plan renews?']) {
      expect(fires(customer, reply, 'own-it')).toBe(false);
      expect(fires(customer, reply, 'next-steps')).toBe(false);
    }
  });
  test('a question answered no still does', () => {
    expect(fires('can I freeze my gym plan while my leg heals?', 'Hi, freezes are not possible on the flexible plan.', 'own-it')).toBe(true);
  });
});

describe('"I’ll take care of this personally" beside a hand-off', () => {
  const customer = 'Your fitter cracked my kitchen tile and nobody answers my emails.';
  test.each([
    'Hi, fitters are hired through a partner firm, so any damage claims need to go through them directly.',
    'Dear Sir, you are kindly requested to submit the complaint in writing to claims@example.org.',
    'Repairs are handled by a third-party contractor, whose number is on your job sheet.',
  ])('the agent names the step they will own: %s', (reply) => {
    expect(ownIt(customer, reply)).toMatch(needsCompleting);
  });
  test('a reply that keeps the matter gets the ready promise', () => {
    expect(ownIt(customer, 'Thanks for the photos of the tile.')).toBe('I’ll take care of this personally and see it through until it’s sorted.');
  });
  test('"we are therefore unable to…" is a refusal', () => {
    expect(fires(customer, 'Having looked at the photos, we are therefore unable to accept the claim.', 'offer-alternative')).toBe(true);
  });
});

describe('admit-error says what kind of thing went wrong', () => {
  const reply = 'Thanks for letting us know.';
  test('a visit missed or a parcel mishandled is owned as it is, not as a system error', () => {
    for (const customer of ['The technician never showed up yesterday and I took the day off for it.', 'Your courier threw my parcel over the hedge.']) {
      expect(sentence(customer, reply, 'admit-error')).toBe('That shouldn’t have happened, and it’s on us to put it right.');
    }
  });
  test('a charge or an account still may be the system’s', () => {
    for (const customer of ['You billed me twice for the same month.', 'My loyalty points vanished from my account overnight.']) {
      expect(sentence(customer, reply, 'admit-error')).toBe('It’s possible our system got this wrong, so I’m checking it now and I’ll put it right if so.');
    }
  });
});

describe('ask-what-they-want', () => {
  const customer = 'Honestly the way the installer spoke to my wife was unacceptable.';
  test('not after the reply has already put it right', () => {
    expect(fires(customer, 'I’m sorry about how he spoke to her. Your £50 installation fee has been refunded in full.', 'ask-what-they-want')).toBe(false);
    expect(fires(customer, 'I’m sorry about how he spoke to her. I will raise it with his manager.', 'ask-what-they-want')).toBe(true);
  });
  test('after a door shut, the agent offers what they can instead of an open question', () => {
    // The dead end's Swap asks for that offer itself; the move does not ask for it a second time.
    const reply = 'The installer followed procedure and I see no reason to discuss it further.';
    const findings = scoreReply({ reply, customer }).findings;
    expect(findings.some((f) => f.ruleId === 'dead-end' && f.swap === true && /\[what you can offer\]/.test(f.replacement))).toBe(true);
    expect(sentence(customer, reply, 'ask-what-they-want')).toBe('');
    // Without the Swap (the dead end turned off), the move's own sentence makes that offer.
    const noDeadEnd = createScorer({ rules: { 'dead-end': { severity: 'off' } } });
    expect(noDeadEnd({ reply, customer }).findings.find((f) => f.ruleId === 'ask-what-they-want')?.replacement).toMatch(needsCompleting);
  });
});

describe('sincere-apology', () => {
  test('not in the customer’s words above a reply that corrects them', () => {
    const customer = 'Why are you charging me interest on a plan sold as interest free??';
    expect(sentence(customer, 'The £4 is not interest, it is the missed-payment fee from May. I have waived it today.', 'sincere-apology')).toMatch(needsCompleting);
  });
  test('"sorry you’ve been let down twice" names what happened', () => {
    const customer = 'Two engineers have now failed to fix my boiler. I have no heating!';
    expect(fires(customer, 'Sorry you’ve been let down twice. I have booked our senior engineer for 8am tomorrow.', 'sincere-apology')).toBe(false);
    expect(fires(customer, 'Sorry you feel let down. I have booked our senior engineer for 8am tomorrow.', 'sincere-apology')).toBe(true);
  });
  test('good news and a turned-down offer are no problem; something taken away is', () => {
    const reply = 'That is lovely to hear, thank you for telling us.';
    expect(fires('I lost 2 stone on your plan this year and feel amazing. Thank you!', reply, 'sincere-apology')).toBe(false);
    expect(fires('Can I move my start date to spring? I have an offer I cannot turn down.', reply, 'sincere-apology')).toBe(false);
    expect(fires('The library has removed all the benches by the entrance. Older readers need to rest.', reply, 'sincere-apology')).toBe(true);
  });
});

// A blind judge of followed replies (stop 34, tune) found these worse: "I'll see it through myself"
// above "my answer hasn't changed", "what would make this right?" after a charge taken back, "that
// shouldn't have happened, it's on us" above a reply that corrects the customer's account.
describe('a ready sentence that the rest of the reply takes back', () => {
  test('no "I’ll see it through myself" above an answer that has not changed', () => {
    const customer = 'This is my third email. Show me the evidence for the ban.';
    for (const reply of [
      'I have answered this in my previous emails and my answer hasn’t changed.',
      'We have reviewed it again and our decision remains the same.',
    ]) expect(sentence(customer, reply, 'acknowledge-repeat'), reply).toMatch(needsCompleting);
    expect(sentence(customer, 'I have asked the team to send you the evidence by Friday.', 'acknowledge-repeat')).not.toMatch(needsCompleting);
  });

  test('no "what would make this right?" after a charge taken back', () => {
    const customer = 'I got charged a cleaning fee for the car. It was filthy when I picked it up, awful.';
    expect(fires(customer, 'You’re right, I can see your report from before the trip. I’ve reversed the £35 and you’ll get an email within the hour.', 'ask-what-they-want')).toBe(false);
    expect(fires(customer, 'We have waived the cleaning fee on your account.', 'ask-what-they-want')).toBe(false);
    expect(fires(customer, 'You’re right, I can see your report from before the trip. I’ve passed it to the fleet team.', 'ask-what-they-want')).toBe(true);
  });

  test('no "that shouldn’t have happened" above a correction of what the customer says happened', () => {
    const customer = 'Your driver threw my parcel over the fence.';
    expect(sentence(customer, 'The photo shows the parcel was placed, not thrown, behind the side gate.', 'admit-error')).toMatch(needsCompleting);
    expect(sentence(customer, 'The photo shows the parcel was left behind the side gate.', 'admit-error')).toBe('That shouldn’t have happened, and it’s on us to put it right.');
  });
});

describe('praise told in a name or a word', () => {
  const reply = 'Thanks, I’ve passed your message to him and added a note to his profile.';
  test('"your driver Tomasz was brilliant", "Legend. Please tell him!" are praise: nothing to see through', () => {
    expect(fires('Your driver Tomasz was brilliant, please tell him.', reply, 'own-it')).toBe(false);
    expect(fires('Your driver just handed back my wallet with every penny in it. Legend. Please tell him!', reply, 'own-it')).toBe(false);
    // A complaint about a named driver is still a problem.
    expect(fires('Your driver Tomasz was rude and threw my parcel.', 'Thanks, I’ve passed your message to his manager.', 'own-it')).toBe(true);
  });
});
