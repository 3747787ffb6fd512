// The suggestions of RULES.md's *Added rules*: they read the customer's side, so each needs a
// customer message; the reply owning the point keeps them quiet.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggested = (reply: string, customer?: string) =>
  scoreReply(customer === undefined ? { reply } : { reply, customer })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);

interface Case {
  customer?: string;
  reply: string;
}
const CASES: Record<string, { fires: Case[]; quiet: Case[] }> = {
  'acknowledge-repeat': {
    fires: [
      { customer: 'This is the third time I’m writing about my refund.', reply: 'Your refund was sent today.' },
      { customer: 'Still waiting for the engineer you promised.', reply: 'The engineer will visit on Friday.' },
      { customer: 'I already told you the parcel never arrived.', reply: 'I’ve sent a replacement today.' },
      { customer: 'I have asked twice now for paper statements.', reply: 'Paper statements are now switched on.' },
      { customer: 'Why do I keep having to chase you about this?', reply: 'I’ve booked the repair for Monday.' },
      { customer: 'Hello again, nobody has replied to my email.', reply: 'The order shipped yesterday.' },
      { customer: 'FOURTH time asking. Where is my parcel??', reply: 'Your parcel is at the depot.' },
      // The reply itself shows they wrote before, and holds it against them.
      { customer: 'Why am I still paying for the landline?', reply: 'As I said in my last email, the line carries your broadband.' },
    ],
    quiet: [
      { customer: 'This is the third time I’m writing about my refund.', reply: 'I’m sorry you’ve had to contact us again about this; I’ll see it through myself. Your refund was sent today.' },
      { customer: 'Still waiting for the engineer you promised.', reply: 'I know you’ve had to chase this, and I’m sorry. The engineer will visit on Friday.' },
      { customer: 'I already told you the parcel never arrived.', reply: 'I’m sorry you had to repeat yourself. I’ve sent a replacement today.' },
      { customer: 'I have now raised this three times.', reply: 'I’m sorry you’ve had to raise this three times; it’s fixed now.' },
      { customer: 'Hello again, nobody has replied to my email.', reply: 'Thank you for writing again, and I’m sorry your first email went unanswered.' },
      // Not a repeat: a problem that happened again, a first request.
      { customer: 'Second time your engineer hasn’t shown up.', reply: 'I’ve booked a senior engineer for tomorrow.' },
      { customer: 'Can you send the gift card again to the right email?', reply: 'Done: it’s on its way.' },
      { customer: 'I sent £2,000 to my sister yesterday and it hasn’t arrived.', reply: 'It reached her bank at 14:13.' },
      // No customer message: nothing to go on.
      { reply: 'Your refund was sent today.' },
    ],
  },
  'keep-the-customer': {
    fires: [
      { customer: 'I will cancel my account if this isn’t fixed.', reply: 'I’ve fixed the login problem.' },
      { customer: 'I’m moving to another provider.', reply: 'Your final bill will follow.' },
      { customer: 'Match the new-customer price or I’m leaving.', reply: 'Our prices are reviewed yearly.' },
      { customer: 'Honestly I’m done with you. Switching to Octopus.', reply: 'Your meter reading is logged.' },
      { customer: 'Refund me or I’ll take my business elsewhere.', reply: 'The refund is being processed.' },
      { customer: 'We are evaluating competitors as of today.', reply: 'The outage is resolved.' },
      { customer: 'Never flying with you again.', reply: 'Thank you for your feedback.' },
      { customer: 'i want to cancel. the club’s been dirty for months', reply: 'sad to see you go! you can cancel in the app 👋' },
    ],
    quiet: [
      { customer: 'I will cancel my account if this isn’t fixed.', reply: 'I’d hate to lose you over this; here is what I’ll do to put it right: I’ve fixed the login problem.' },
      { customer: 'I’m moving to another provider.', reply: 'Before you decide, I’d like to offer you our loyalty rate.' },
      { customer: 'Match the new-customer price or I’m leaving.', reply: 'I want to keep you as a customer, so I’ve matched it.' },
      // No threat to leave.
      { customer: 'Can I move my ISA from another provider to you?', reply: 'Yes, choose “transfer in”.' },
      { customer: 'Why is my order going to a different city?', reply: 'It’s routed through Denver.' },
      { customer: 'The app logs me out whenever I switch to another app.', reply: 'I’ve flagged it with the mobile team.' },
      { customer: 'Pay me back now or I’m going to my bank.', reply: 'The refund is with our payment partner.' },
      { customer: 'I’m leaving tomorrow, can it arrive before then?', reply: 'Yes, it arrives tonight.' },
      { customer: 'How can I delete my child’s account?', reply: 'I’ve deleted it.' },
      { reply: 'Your final bill will follow.' },
    ],
  },
};

describe.each(Object.keys(CASES))('%s', (ruleId) => {
  test.each(CASES[ruleId]!.fires)('is suggested for %j', ({ reply, customer }) => {
    expect(suggested(reply, customer)).toContain(ruleId);
  });
  test.each(CASES[ruleId]!.quiet)('stays quiet for %j', ({ reply, customer }) => {
    expect(suggested(reply, customer)).not.toContain(ruleId);
  });
});

describe('ready sentences', () => {
  test('each offers its template, as a suggestion that marks no span', () => {
    const { findings } = scoreReply({ customer: 'Third time I’m asking. If this isn’t fixed I’m switching to another bank.', reply: 'Your card is unblocked.' });
    const byId = Object.fromEntries(findings.filter((f) => f.kind === 'suggestion').map((f) => [f.ruleId, f]));
    expect(byId['acknowledge-repeat']).toMatchObject({ start: 0, end: 0, category: 'listening', severity: 'hint', replacement: 'You shouldn’t have had to contact us again about this; I’ll see it through myself.' });
    expect(byId['keep-the-customer']).toMatchObject({ start: 0, end: 0, category: 'ownership', severity: 'hint', replacement: 'I’d hate to lose you over this; here is what I’ll do to put it right: [what you will do].' });
  });

  test('the repeat is owned with one "I’m sorry" in the reply, not two', () => {
    const calm = 'Following up again on my refund request from last week, could you check it please?';
    const upset = 'This is the THIRD time I’ve contacted you about my refund. Still nothing!';
    const sentenceOf = (customer: string, reply: string, id: string) => scoreReply({ customer, reply }).findings.find((f) => f.ruleId === id)?.replacement;
    // Alone, the move is the apology RULES.md gives.
    expect(sentenceOf(calm, 'Your refund was sent today.', 'acknowledge-repeat')).toBe('I’m sorry you’ve had to contact us again about this; I’ll see it through myself.');
    // Beside the reply's own apology, or the one offered to an unhappy customer, it owns the repeat without one.
    expect(sentenceOf(calm, 'I’m sorry the refund is late. It was sent today.', 'acknowledge-repeat')).toBe('You shouldn’t have had to contact us again about this; I’ll see it through myself.');
    expect(sentenceOf(upset, 'Your refund was sent today.', 'acknowledge-repeat')).toBe('You shouldn’t have had to contact us again about this; I’ll see it through myself.');
    expect(sentenceOf(upset, 'Your refund was sent today.', 'sincere-apology')).toMatch(/^I’m sorry /);
    // A team's own wording of the move is theirs to keep.
    const team = createScorer({ templates: { 'acknowledge-repeat': 'So sorry you had to chase us; I’m on it.' } });
    expect(team({ customer: upset, reply: 'I’m sorry the refund is late. It was sent today.' }).findings.find((f) => f.ruleId === 'acknowledge-repeat')?.replacement).toBe('So sorry you had to chase us; I’m on it.');
  });

  test('inserting the ready sentence answers the point', () => {
    const customer = 'Third time I’m asking. If this isn’t fixed I’m switching to another bank.';
    const reply = 'I’m sorry you’ve had to contact us again about this; I’ll see it through myself. I’d hate to lose you over this; here is what I’ll do to put it right: your card is unblocked.';
    expect(suggested(reply, customer)).not.toContain('acknowledge-repeat');
    expect(suggested(reply, customer)).not.toContain('keep-the-customer');
  });
});
