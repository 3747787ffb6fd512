// Frames added to `blame-shift` and `argue-defend` from the wu/wv batches (tune), each written over
// word classes rather than the phrase seen. Every reply here is our own wording, not a tune case:
// each family catches wordings it was not built on, and stays quiet on the near misses beside it.
// Scored without the learned model, so what is tested is the frames alone.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer({}, undefined, null);
const fires = (rule: string, reply: string) =>
  score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [family: string, reply: string];

const BLAME_FIRES: Case[] = [
  ['fault traced to their kit by a verb of origin', 'The lag is coming from your router, not our servers.'],
  ['fault traced to their kit by a verb of origin', 'The timeouts come from your firewall blocking port 443.'],
  ['fault at another party’s side', 'The hold-up is from the supplier’s side.'],
  ['ours denied after the cause', 'Your card issuer declined the payment, not anything at our end.'],
  ['down to how they did it', 'This is down to the way your spreadsheet was formatted.'],
  ['their submission lacked it, with the consequence', 'The form you sent didn’t include a signature, so it couldn’t be processed.'],
  ['their submission lacked it, with the consequence', 'Your claim didn’t mention the second item, which is why only one was refunded.'],
  ['their submission lacked it, with the consequence', 'The card you provided didn’t have sufficient funds on the day.'],
  ['misuse named as the cause', 'The door closer failed because of misuse by guests.'],
  ['misuse named as the cause', 'The charger was damaged by someone forcing it into the port.'],
  ['duty put on them by role', 'Gutter clearing is a maintenance job for the homeowner.'],
  ['duty put on them by role', 'It’s on the tenant to report leaks straight away.'],
  ['duty put on them by role', 'Renewing the certificate is on the account holder.'],
  ['duty put on them by role', 'It’s down to you to book the follow-up appointment.'],
  ['hindsight with their act as subject', 'Had your claim form reached us by the 5th, you would have been paid this month.'],
  ['not done as the instructions said', 'The seal wasn’t fitted flush like the manual shows.'],
  ['not done as the instructions said', 'Did you read the setup guide we emailed?'],
  ['looking at the wrong thing', 'You may have been using an older version of the timetable.'],
  ['a conditional that pins it on them', 'That would explain why you never got the texts.'],
  ['we did just what they chose', 'We delivered exactly the colour you ordered.'],
  ['their choice cited', 'The upgrade was your own decision.'],
  ['their choice cited', 'You ordered the 2-metre cable, not the 3-metre one.'],
  ['their choice cited', 'The dates don’t match, so you must have typed it in wrong.'],
  ['their choice cited', 'You’ve scanned the wrong barcode.'],
  ['ours denied by who handles it', 'Refunds for gift cards aren’t handled by us.'],
  ['ours denied by who handles it', 'Transfers are handled by a separate team, so we can’t see them.'],
  ['a third party named, then disowned', 'The closure was decided by the council and is out of our hands.'],
  ['a third party named, then disowned', 'The outage was caused by the network operator, over which we have no control.'],
  ['a slip named as theirs', 'It looks like a mis-click on your part.'],
  ['a lecture to take care', 'You’ll need to be more careful with your login details.'],
  ['a lecture to take care', 'Please read the terms carefully before booking.'],
  ['a lecture to take care', 'Best to measure the alcove first in future.'],
  ['someone on their side as the cause', 'Someone in your office changed the admin password on Monday.'],
  ['their omission with its consequence', 'You never sent the meter reading, so we estimated it.'],
  ['their omission with its consequence', 'You didn’t return the router within 30 days, which is why the fee applied.'],
  ['the fault named as their kit', 'The problem is your Wi-Fi, not our service.'],
  ['the fault named as their kit', 'The culprit is most likely your router.'],
  ['the fault named as their kit', 'Your phone’s settings are blocking our notifications.'],
  ['a step they missed', 'You missed the delivery slot twice.'],
  ['a step they missed', 'You ignored both reminders we sent.'],
  ['how the thing was kept, as the cause', 'This usually happens when the filter isn’t cleaned regularly.'],
  ['the cause traced to what they gave', 'The error came from the details you entered.'],
  ['set up wrong on their side', 'Your own plumber fitted it incorrectly.'],
  ['another party’s matter, as theirs', 'That’s a question for your bank.'],
];

const BLAME_QUIET: Case[] = [
  ['fault on our side', 'The lag was coming from our server in Frankfurt, and it’s fixed now.'],
  ['"on" that places nothing', 'It’s on its way to you now.'],
  ['a choice offered, not blamed', 'It’s your call which option you’d like.'],
  ['a choice offered, not blamed', 'It’s down to you to decide which plan suits you.'],
  ['"not" inside what they did', 'You paid for something you didn’t receive, so I’ve refunded it.'],
  ['someone there as a helper', 'Someone at your address can sign for it.'],
  ['someone there in a condition', 'If someone on your team has access, they can approve it too.'],
  ['reading as an invitation', 'Please read the attached guide when you have a moment.'],
  ['a submission that was fine', 'The form you sent is all we need, thanks.'],
  ['what befell them, with its consequence', 'You never received the code, so I’ve sent a new one.'],
  ['blameless, with its consequence', 'You didn’t do anything wrong, so there’s nothing to pay.'],
  ['a missed slot in sympathy', 'I’m sorry you missed the concert because of the delay.'],
  ['our side named', 'The problem is our Wi-Fi at the venue.'],
  ['a cause explained that is ours', 'That would explain why the page looked odd — we had an outage at 3pm.'],
];

const ARGUE_FIRES: Case[] = [
  ['correcting the record', 'Just to correct the record, your plan was never cancelled.'],
  ['correcting the record', 'For the record, the engineer arrived at 9:02.'],
  ['correcting the record', 'Just so we’re clear, you signed the quote on 4 May.'],
  ['their own words quoted back', 'I’d point you back to your own message of 12 June.'],
  ['their own words quoted back', 'Your own email says you were happy to wait.'],
  ['their word called unfair', 'It’s not really fair to say we ignored you.'],
  ['their word called unfair', 'It’s a little misleading to say the app deleted your files.'],
  ['their word called unfair', '‘Filthy’ isn’t the word I’d use for the room.'],
  ['proof turned on them', 'The dashcam footage supports our version.'],
  ['proof turned on them', 'Your photos back up what we said about the packaging.'],
  ['their belief set aside', 'The ball landed in, not where you think it did.'],
  ['repeating, announced', 'Let me say this once more: the fee is fixed.'],
  ['repeating, announced', 'Like I wrote to you twice before, the limit is 50.'],
  ['repeating, announced', 'I refer again to our letter of 3 March.'],
  ['repeating, announced', 'As you will no doubt recall, the offer ended in May.'],
  ['repeating, announced', 'The answer hasn’t changed.'],
  ['nothing promised', 'Nothing was ever guaranteed about the delivery date.'],
  ['nothing promised', 'No firm date was ever promised.'],
  ['"actually" and what we did', 'We did in fact reply to you on Monday.'],
  ['"actually" and what we did', 'I actually emailed you the form twice.'],
  ['"actually" and what we did', 'You did accept the terms, though.'],
  ['the record plain', 'The listing clearly stated the size.'],
  ['the record plain', 'It’s perfectly clear in the contract.'],
  ['the record plain', 'We’ve been very clear about that since the start.'],
  ['the record plain', 'The cut-off is written clearly on the booking page.'],
  ['the record plain', 'I’ve explained it clearly enough.'],
  ['the wrong thing', 'You’re probably looking at an old invoice.'],
  ['the wrong thing', 'You might be thinking of another provider.'],
  ['not while we had it', 'The glass couldn’t have cracked while it was in our care.'],
  ['not while we had it', 'The bike was in perfect working order when it left our workshop.'],
  ['it did what it should', 'The system behaved exactly as it should.'],
  ['it did what it should', 'The kitchen cooked your meal exactly as ordered.'],
  ['rejecting their account by name', 'I must reject your claim that the driver was rude.'],
  ['certainty against them', 'I’m 100% sure the parcel was scanned.'],
  ['certainty against them', 'We’ve never had this issue with other customers.'],
  ['staff vouched for', 'Our driver was quite right to refuse entry.'],
  ['staff vouched for', 'Our nurse acted entirely appropriately.'],
  ['staff vouched for', 'Our cabin crew are trained to treat every passenger with respect.'],
  ['staff vouched for', 'To be fair to our engineers, the part was on back order.'],
  ['staff vouched for', 'The driver followed the map and did nothing wrong.'],
  ['staff vouched for', 'No one on our side changed your booking.'],
  ['staff vouched for', 'I stand by what the agent told you.'],
  ['tone', 'Please stop saying we lost it.'],
  ['tone', 'To put it bluntly, that model was never waterproof.'],
  ['not seeing their point', 'I don’t see what the problem is.'],
  ['not seeing their point', 'I’m not sure why you think the order was cancelled.'],
  ['the complaint judged', 'Frankly, this complaint is unjustified.'],
  ['the complaint judged', 'Your story doesn’t add up.'],
  ['the complaint judged', 'That is not a fair comparison.'],
  ['asking them to agree', 'I think you’ll agree that’s reasonable.'],
  ['asking them to agree', 'You can’t expect us to refund a sofa you used for a year.'],
  ['told before, by where', 'You were told this on the phone.'],
  ['the document that settles it', 'It’s all in the email we sent you.'],
  ['the document that settles it', 'The contract is very clear on this.'],
  ['the document that settles it', 'As you can see from the attached photo, the box was intact.'],
];

const ARGUE_QUIET: Case[] = [
  ['the customer’s own record backs them', 'Your confirmation clearly shows a sea view, so I’ve moved you.'],
  ['correcting records for them', 'I’ll correct your account details today.'],
  ['plain about our own mistake', 'It’s perfectly clear that we got this wrong, and I’m sorry.'],
  ['their own address, not their words', 'Your own email address is the login.'],
  ['fair, conceded', 'It’s fair to say we let you down here.'],
  ['staff trained to help', 'Our staff are trained to help with exactly this, so I’ve passed it on.'],
  ['the customer cleared', 'You did nothing wrong here.'],
  ['"stop" as an invitation', 'Stop by the desk and we’ll swap it.'],
  ['seeing their point', 'I can see why you think the order was cancelled.'],
  ['our own explanation sense-checked', 'I’ll check the figures add up before I send them.'],
  ['an agreement asked for plainly', 'Would you agree to a call tomorrow?'],
  ['the document as a pointer', 'The tracking link is in the email we sent you.'],
  ['noted, not a lead-in', 'I’ve noted it for the record and passed it on.'],
];

describe('blame-shift frames from wu/wv', () => {
  test.each(BLAME_FIRES)('%s: %s', (_family, reply) => expect(fires('blame-shift', reply)).toBe(true));
  test.each(BLAME_QUIET)('quiet, %s: %s', (_family, reply) => expect(fires('blame-shift', reply)).toBe(false));
});

describe('argue-defend frames from wu/wv', () => {
  test.each(ARGUE_FIRES)('%s: %s', (_family, reply) => expect(fires('argue-defend', reply)).toBe(true));
  test.each(ARGUE_QUIET)('quiet, %s: %s', (_family, reply) => expect(fires('argue-defend', reply)).toBe(false));
});
