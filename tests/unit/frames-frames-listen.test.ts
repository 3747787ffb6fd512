// Frames added from the wu/wv batches (tune) for canned-empathy, system-says, policy-shield and
// dead-end: each catches wordings no tune case has, and stays quiet on the near misses beside it.
// The replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (ruleId: string, reply: string, customer?: string) =>
  score({ reply, customer }).findings.some((f) => f.kind === 'flag' && f.ruleId === ruleId);

type Case = [reply: string, customer?: string];
const FIRES: Record<string, Case[]> = {
  'dead-end': [
    // The only way left, for any subject.
    ['The online form is the only channel for refunds.', 'Can I get my refund by phone?'],
    // A decision upheld; a charge not moving; a date set in stone.
    ['Your appeal was considered and the decision to close the account has been upheld.', 'Please reopen my account.'],
    ['The late fees on your account are not going anywhere.', 'Please remove the late fees.'],
    ['The delivery slot is set in stone.', 'Can you come on Friday instead?'],
    // The agent's part declared over; nothing possible at all.
    ['The claims team’s role in this is finished.', 'Who is dealing with my claim?'],
    ['This department has no further involvement in the matter.', 'I still have not been paid.'],
    ['No other action is available from our side.', 'What can you do?'],
    ['The direct debit cannot be stopped.', 'Stop the direct debit.'],
    ['We are unable to offer anything further.', 'Is there anything else?'],
  ],
  'policy-shield': [
    // Going around the rule, refused as "not something I can".
    ['I am afraid that is not anything I am permitted to deviate from.', 'Can you release my exam paper?'],
    ['It isn’t something our team is able to go outside of.', 'Please let me pay by cheque.'],
    // A book named by a requirement, a term of a deal, or an abbreviation.
    ['We cannot take card numbers over chat due to compliance requirements.', 'Can I just give you my card?'],
    ['Items go back to the original store; that is a strict condition of our franchise agreement.', 'Can I return this in Leeds?'],
    ['Privacy regs are really strict about this.', 'Can you tell me who booked it?'],
  ],
  'system-says': [
    // A record that "has X down as": the record read out as the verdict.
    ['Our booking log has the table down as a no-show, so the deposit is kept.', 'I never missed my booking!'],
    ['The claims portal has the leak listed as gradual damage.', 'My ceiling collapsed overnight, this was sudden.'],
    // Evidence verbs of a formal letter.
    ['The payment ledger evidences that you approved the transfer.', 'I did not make this payment.'],
    ['Our access log clearly demonstrates that you signed in from a new phone.', 'Someone hacked my account.'],
    // The customer's word for an error, waved away, is no hedge; nor is a point pressed with "but".
    ['Our audit trail shows you removed the user at 09:14. Please stop saying it was a glitch.', 'Your app deleted my colleague.'],
    ['Our system has no record of your call. I note you say you rang, but I would point out that no call was logged.', 'I rang to cancel in May.'],
    // What may have happened to the goods after the scan is no doubt about the scan.
    ['The driver’s scanner logged the parcel at your door at 10:12. It may have been taken in by a neighbour.', 'My parcel never arrived.'],
    // A report of the company's own systems or staff still is.
    ['Our engineer’s report states no fault was found on the line.', 'My broadband keeps dropping.'],
  ],
  'canned-empathy': [
    // Stock understanding in any verb of grasping.
    ['Honestly get your frustration! Have you tried logging out and back in?'],
    ['We completely hear your concerns. The team will look into it.'],
    ['I totally get where you are coming from. Prices are reviewed every year.'],
    ['Completely understand! Please try the app again later.'],
    ['I can really see how upsetting this is. Our depot will call you.'],
    ['We know how worrying it can be when things go quiet. The case is with the team.'],
    ['I hear how strongly you feel about this. The decision was reviewed.'],
    // Their hardship, said only in general terms.
    ['We appreciate that this must be an unsettling time for you. Your case is open.'],
    ['We are understanding that delays are challenging. Applications go in order.'],
    ['We are sorry to hear of your situation. Please see the attached form.'],
    ['I regret the ordeal faced by you. The file has been passed on.'],
    ['So sorry to have let you down! We will pass this on.'],
    ['Please do accept my sincerest apologies. Our team will be in touch.'],
    // Sorry after an exclamation that says nothing of what happened.
    ['Oh dear, what a nightmare, so sorry! Try restarting the router.'],
    ['Argh, that sounds rubbish! Sorry. You can book online.'],
    // It fell short, or they had a poor time of it, said in general terms; sorry "to learn" or "to read" as "to hear".
    ['I am sorry to read that your visit did not live up to your expectations.'],
    ['We regret that your booking has fallen short of our standards.'],
    ['We are sorry to learn you did not have a pleasant stay with us.'],
    ['Very sorry to see that you have been impacted by this.'],
    ['We are sorry you have had reason to contact us.'],
    ['We greatly value your relationship with us.'],
    ['Sorry, we know price rises are never fun. Your new rate starts in May.'],
    // Understanding said as a progressive, or sympathy with the person.
    ['Dear customer, we are understanding your concerns and will reply shortly.'],
    ['I can definitely understand your frustration. The fee is standard.'],
  ],
};
const QUIET: Record<string, Case[]> = {
  'dead-end': [
    // A fee that does not exist is good news, not a closed door.
    ['Your contract ends on 14 August, so there is no early exit charge to pay.', 'Can I leave?'],
    // A decision upheld in a condition, with what happens then.
    ['I will review it by Friday. If the ban is upheld, I will tell you why and how to appeal.', 'Why was I banned?'],
    // Something staying put that is no charge or decision; a price locked in for them.
    ['It is selling really well, so it is staying put on the menu!', 'Please keep the pumpkin loaf!'],
    ['Good news: your new price is locked in until next March.', 'Will my price go up?'],
    // Action possible later.
    ['No action is possible until the bank replies, and I will chase them on Monday.', 'Where is my refund?'],
    // A way named after the refusal, or a limit on one term only.
    ['The payment cannot be stopped by us without a request from the merchant, so I have written to them today.', 'Stop this payment!'],
    ['We cannot offer anything cheaper than the basic plan, which is £12 a month.', 'This is too expensive.'],
  ],
  'policy-shield': [
    // The bypass refused, but with what the agent can do in the same breath.
    ['That is not something I can override, but I can book a second valuation for Monday.', 'Why was my mortgage refused?'],
    // "wrong" names a mistake, not a rule book.
    ['Your request was filed under the wrong practice code, so I have moved it to the records team today.', 'I asked for my records a month ago.'],
    // Requirements that are no rule book of the company's.
    ['Entry requirements are set by the country you are flying to, so it is worth checking them before you travel.', 'Do I need a visa?'],
    ['Our rules are strict, but I have made an exception and refunded the £20 today.', 'I missed the deadline by a day.'],
    // The book disowned.
    ['It is not a hard rule, just how the booking form is set up.', 'Why can I only book a week ahead?'],
  ],
  'system-says': [
    // The record owned as possibly wrong, in the same or the next sentence.
    ['The fraud alert stopped your transfer this morning. Looking at it again, the alert was wrong, and I have unfrozen your card.', 'My card was frozen for no reason!'],
    ['Our log shows the job closed at 3pm, but that may have been a glitch on our side, so I am checking it today.', 'The engineer never came.'],
    ['Our records show no cancellation call. You told me you rang on the 3rd, so I have asked the call centre to pull that day’s recordings.', 'I cancelled by phone in March!'],
    // A person's finding is argued with elsewhere; it is not a system quoted as infallible.
    ['However, the surveyor’s report shows that the tiles had slipped over a long period.', 'The storm broke my roof!'],
    ['The medical report states the injury was there before the fall.', 'You refused my claim!'],
    // Filed under the wrong thing, or the machine had a fault: the record owned as wrong.
    ['I checked the work order and it was logged against the wrong pole number, which is why nobody came.', 'The streetlight is still broken!'],
    ['Our returns record doesn’t show your coat, but the store’s till system had a fault that week.', 'Where is my refund?'],
  ],
  'canned-empathy': [
    // The trouble named after "how": their problem, not a stock line.
    ['I know how stressful it is to be locked out the night before payroll. I have reset your access and sent a code to your phone.'],
    ['I can see how annoying it is having to reset the router every morning, so I have booked an engineer for Tuesday at 9am.'],
    // A concession before the agent's point.
    ['Whilst I appreciate that the renewal terms can be confusing, the price was set out in your letter in May.'],
    // A specific apology or a bare sorry with a specific reason after it.
    ['Ugh, sorry! That shouldn’t happen after one week. I’ve sent a replacement kettle today by tracked post.'],
    ['I’m sorry about the situation with the missing bags at Leeds. I have refunded the £30 delivery fee.'],
    ['Sorry to have let you down on the delivery date for the party. I have refunded the £12 delivery charge.'],
    // What fell short, or went badly, named after it.
    ['We are sorry your order fell short of expectations when the lid arrived cracked; a new one ships today.'],
    ['Sorry to hear you did not have a good stay after the boiler broke. I have refunded the second night.'],
    ['We value your trust in us to keep your card details safe, so I have blocked the card and ordered a new one.'],
    // Getting and hearing as actions, not sympathy.
    ['I will get your concern to the store manager today and call you back by 5pm.'],
    ['We hear the concerns about the Leeds store from several customers, and I have asked the manager to call you today.'],
    ['I know this will be hard news. I have kept the booking open until Friday in case you want it.'],
  ],
};

describe('frames-listen: flags fire on wordings beyond tune', () => {
  for (const [ruleId, cases] of Object.entries(FIRES))
    test.each(cases)(`${ruleId}: %s`, (reply, customer) => expect(fires(ruleId, reply, customer)).toBe(true));
});

describe('frames-listen: near misses stay quiet', () => {
  for (const [ruleId, cases] of Object.entries(QUIET))
    test.each(cases)(`${ruleId}: %s`, (reply, customer) => expect(fires(ruleId, reply, customer)).toBe(false));
});
