// The signals that the suggestion rules read, as data: pattern lists (the rule language of
// ../pattern.ts), matched on the canonical text of the customer message or of the agent's own
// reply, and at the end the table `SIGNALS`, one entry per signal, which says what each reads.
// A new signal is one entry there (with its pattern list, where it has one of its own); the
// engine (../signals.ts) derives its name, memo slot and evaluation from the entry.
import type { SignalEntry } from './types';

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const NUMBER_WORD = '(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a few|a couple of|24|48|72)';
const UNIT = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';

/** The customer describes something that went wrong (or is plainly unhappy about it). */
export const CUSTOMER_PROBLEM = [
  // A decision against the customer: banned, fined, refused, turned away, mis-sold.
  '(?:banned|fined|penali[sz]ed|suspended|rejected|denied|refused|refusing|refuse|turned away|kicked out|thrown out|removed from|mis-?sold|misled|scammed|defrauded|hacked|ripped off|humiliated|accused|ignored|overlooked|patroni[sz]ed)',
  // A dispute: what the customer did, or never did, against what we hold.
  '(?:i|we) (?:did not|never|have never|had not|have not) (?:authori[sz]e|order|agree|ask|request|sign|cancel|withdraw|use|make|receive|get|see|recogni[sz]e|miss|owe|cheat|break|damage|drop|leave|opt)',
  '(?:i|we) (?:did|do|have|had|was|were) (?:renew|pay|paid|send|sent|return|returned|cancel|cancelled|declare|declared|submit|submitted|update|updated|home|in|there|at home)(?![a-z])[^.!?\\n]{0,40}(?:but|and (?:still|yet|now|nobody|no one)|yet)',
  '(?:can not|could not|does not|do not|did not) (?:be right|add up|match|make sense|tally)|(?:is|are|was|were) (?:not right|not correct|impossible|not possible|not what i (?:ordered|paid for|expected|was told))|(?:that|this|it) is wrong',
  '(?:supposed to|meant to|was promised|were promised|was guaranteed) [^.!?\\n]{0,40}(?:but|and|yet|not|never|still|only)|(?:was|were) supposed to',
  '(?:instead of|rather than) (?:the |a |an |my )?(?:\\d+|one|two|three|next|same|[a-z]+ (?:day|size|colou?r|item|room|seat))',
  '(?:only|just) (?:got|received|took|gave|added|credited|paid out|refunded|shows?|showed|\\d+|half|part)',
  '(?:doubled|tripled|gone up|went up|put up|increased|jumped) (?:by|from|to|\\d|[^.!?\\n]{0,20}(?:without|with no|notice))|(?:price|premium|bill|rate|fee)s? (?:has |have )?(?:gone|go|went) up',
  '(?:nobody|no one|noone|nobody has|no one has) (?:knock~|ring~|rang|came|come|turned up|showed up|told|answer~|called|rang|contacted|got back|was there|helped|cares|listens|fixed|replied|explained|responded|bothered|can tell|seems)',
  '(?:lost(?! (?:\\d+ ?(?:pounds|lbs|kg|kilos|stone)|weight|a stone|half a stone))|lose|losing|gone missing|went missing|disappeared|vanished|missing|stolen|snatched|left (?:out|outside|in the rain|on the doorstep))',
  '(?:threw|thrown|dropped|smashed|shattered|ruined|stained|dirty|filthy|mou?ldy|gross|stinks|infested|cold|soaked|flooded|leak~|torn|tear|scratched|dented|chipped|expired|out of order|out of stock|fell apart|falling apart)',
  '(?:cutting out|cuts out|drops|dropping|disconnect~|lag|lagging|laggy|freez~|timing out|times out|unplayable|unusable|buggy|glitchy|not loading|will not load|won\'t load|offline|unavailable|unreachable|slow|intermittent)',
  '(?:missed|skipped|forgot|forgotten|overlooked|ignored) (?:my|our|the|it|me|us|\\d|three|two|again)|(?:been|was|were|got) missed',
  '(?:why|how come) (?:is|was|has|have|did|does|do|am|are|were|would|my|i|you|your|the|this|it)',
  'what (?:is going on|happened|are you (?:lot )?(?:doing|playing)|is the point|do (?:i|we) pay)',
  '(?:since|after) (?:the|your|yesterday\'s|last (?:week\'s|night\'s)|monday\'s|the latest) (?:update|upgrade|patch|release|migration|change|fix|installation|install|visit|repair)',
  '(?:been|for) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many) (?:days|weeks|months|hours)[^.!?\\n]{0,30}(?:still|no |nothing|without|and|but)',
  '(?:no|without|never got|never received|have not had) (?:any )?(?:update|updates|reply|response|answer|explanation|notice|warning|apology|documents|confirmation|refund|compensation|landline|broadband|phone|wifi|service|signal|heating|hot water|pass|money)',
  '(?:told|said|promised) (?:me |us )?(?:it|they|he|she|you|i|we) (?:would|will|was|were|had|could|did)',
  'not (?:good enough|acceptable|ok|okay|cool|fair|right|what i (?:ordered|paid for|expected|asked for))',
  '(?:charged|overcharged|double[- ]charged|billed|debited|fee|fees|surcharge)',
  // A part that gave way: "the leg snapped after 3 weeks", "the shelf collapsed", "the handle came off".
  '(?:broken|broke|break|cracked|crushed|damaged|faulty|defective|ripped|torn|leaking|smashed|dented|snapped|collapsed|buckled|came apart|(?:came|fell) off)',
  '(?:not|never|no longer|stopped|has stopped) (?:working|arrived|came|received|delivered|turned up|showed up|got|heard)',
  '(?:does|do|did|will|would|can) not (?:even )?(?:work|heat|start|load|open|connect|arrive|turn up|show up|come|respond|let me|charge)',
  '(?:error|errors|bug|bugs|glitch|crash~|mistake|wrong|incorrect|missing|lost(?! (?:\\d+ ?(?:pounds|lbs|kg|kilos|stone)|weight|a stone|half a stone))|late(?![ -]check)|delayed|delay|outage|outages|(?<!(?:turn|turned|turning|put|write|wrote|jot|note|calm|sit|settle|slow|narrow|hand|pass|step|scale|count|upside|track|tracked|hunt|hunted|wind|cut|water|watered) )down(?! (?:to|payment|the (?:road|line|street|hall|corridor))))',
  'cancel(?:l)?ed',
  '(?:declined|rejected|refused|failed|failing|fails|bounced|blocked|frozen|stuck|overdue)',
  'never (?:arrived|came|received|got|turned up|showed up|agreed|used|ordered|called|asked|signed|shut)',
  '(?:have|has) not (?:arrived|come|been|heard|received|got|called|used|ordered|agreed|signed)',
  'still (?:have not|has not|not|waiting|no|nothing|broken|do not|does not|can not)',
  '(?:makes|made|make) no sense',
  '(?:waiting|on hold|locked out|no response|no reply|passed around|passed to|hung up|keep getting told)',
  '(?:can|could) not (?:log|sign|access|get (?:in|into|through)|use|believe)',
  '(?:deleted|wiped|erased|gone(?! through| out))',
  '(?:no one|nobody) (?:came|answered|is answering|called|replied|got back|helped)',
  '(?:rude|disappointed|unhappy|not happy|frustrat~|annoy~|angry|furious|ridiculous|unacceptable|useless|terrible|awful|appalling|worse|worst|downhill|disgusted|disgusting|shocking|unbelievable|fed up|sick of|complain~|upset)',
  'keeps? (?:[a-z]+ing)',
  '(?:been|was|were|got) (?:moved|downgraded|bumped|switched|changed|removed|cut off|shut off|disconnected|suspended|closed)',
  'without (?:my |our |any )?(?:permission|consent|warning|notice|asking)',
  '(?:promised|told me|was told|were told|said (?:it|they) would)',
  'why (?:has|have|is|are|was|were|did|does|do) not',
  '(?:disgrace|disgraceful|not impressed|poor service|treated (?:me|us)|the way [a-z ]{0,30}treated|had enough)',
  '(?:second|third|fourth|fifth|(?:two|three|four|five|several|multiple) (?:different )?)(?:time|times|day|days|answers|calls|emails|attempts)|twice|(?<!\\b(?:what|which|where|who)\\b[^.!?\\n]{0,60})again(?=[ \\n]*(?:[.!?,]|$| and| while| but))',
  '(?:misleading|false advertising|lied|not as (?:described|advertised)|means nothing|(?:put|putting|pushed) (?:my|the|our) (?:price|bill|premium)s? up|price (?:rise|hike|increase))',
  '(?:ran out|run out|no (?:heating|hot water|power|water|electricity|internet|signal|money|way to))',
  '(?:died|passed away|bereavement|funeral|hospital|emergency|stranded|desperate)',
  'never (?:comes|turns up|shows up|arrives|authori[sz]ed|requested|received)',
  '(?:returned to sender|sent back|wrong address|misdelivered|not delivered)',
  '(?:slowest|slower|slow|too long|taking forever|ages|(?:a|one|two|three|four|five|six) weeks? (?:ago|now))',
  // Harm and fear: "the cable machine snapped and I fell", "my back is killing me", "bailiffs will visit", "I'm panicking".
  '(?:injured|injury|hurt myself|i fell|killing (?:me|my)|in pain|panick~|scared|terrified|frightened|worried sick|bailiffs?|debt collectors?|shouted at|yelled at|unsafe|dangerous|not safe|safe to drink|embarrass~)',
  // A wait with nothing to show: "took 4 days", "it's the 20th, still 'processing'", "heard nothing", "the tracker hasn't moved".
  '(?:took|taken|taking) (?:over |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|hours|months)|(?:heard|had|got) nothing|and nothing(?=[ \\n]*(?:[.!,;]|$))|(?:has not|have not|had not) (?:moved|changed|updated|budged)|not ready (?:until|by|when)|still (?:processing|pending|in review|in progress|awaiting|at (?:the )?depot|showing)',
  // Paying more than others for the same: "new customers get the same plan for half what I pay".
  'new customers? (?:get|gets|pay|pays|are offered|are charged|can get)|(?:more|less) than (?:a )?new customers?|for (?:half|less than|\\W?\\d+ less)',
  // How long it has gone on: "it's been 6 weeks since", "'in transit' for 12 days", "pending since yesterday", "waited 14 weeks".
  '(?:it has been|been|waited|waiting|for|over) (?:over |nearly |almost |about |more than )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:days|weeks|months)(?! (?:ago|from|before|after|in advance|notice))|(?:pending|in transit|processing|stuck|down|off|out|dead) (?:since|for) ',
  // Stopped doing what it should: "has stopped heating", "stopped sending readings".
  'stopped [a-z]+ing',
  // Something taken away: "your store has removed all the seating", "you've scrapped the 7am bus".
  '(?:has|have|had) (?:now |just |suddenly |quietly )?(?:removed|taken away|scrapped|withdrawn|axed|dropped|discontinued)',
  // A defect in the thing: "a massive dent in the side", "a rip in the seam", "a dead pixel", "shrank after one wash".
  '(?:a|the) (?:[a-z]+ )?(?:dent|rip|hole|stain|crack|dead pixel|bright spot|burn mark) (?:in|on)|shrank|shrunk|out of sync|throttled|burnt|stole|fraudster|fraudulent',
  // A rise in the price, as a share: "renewal price up 60%", "increase my insurance 40%".
  '(?:up|increase~|rise|risen|raised|hike) (?:[a-z]+ ){0,3}(?:by )?\\d+ ?(?:%|percent)',
  // Crowding and noise: "so overcrowded I had to stand", "the music is SO loud".
  'overcrowded|over-?crowded|(?:too|so) (?:loud|noisy|packed|crowded|busy|hot|cold)(?![a-z])',
  // A supply or a service not there for them: "power cut since 6am", "no network in Dubai", "no seats, stood all the way".
  '(?:power|gas|water|electricity|phone|mobile|network) (?:cut|outage|failure)s?|no (?:network|seats?|slots?|appointments?|trolleys|staff|one there|stock)|stood (?:all the way|for)',
  // Something of theirs left with us: "I left a necklace in room 304".
  '(?:i|we) (?:left|lost) (?:a|an|my|our) [a-z]+ (?:[a-z]+ )?(?:in|at|on) (?:the|your|room|seat|carriage|coach|gate|table)(?![a-z])',
];

/** Phrases where the customer owns the slip ("I ordered the wrong size", "I forgot to pay"). */
const CUSTOMER_OWN_SLIP = [
  // Unless someone else did it: "your office used the wrong ID", "you sent me the wrong size" are our slips.
  '(?<!(?:you|they|he|she|it|who|which|was|were|been|being|got|get|(?:your|the|our|their|his|her) [a-z]+) )(?:i |we )?(?:buy|bought|book|booked|write|wrote|put|entered|typed|selected|chose|picked|ordered|paid|sent|used|gave|made|pressed|clicked|tapped) (?:the |a |an |my )?(?:[a-z]+ ){0,3}(?:wrong|by mistake|in error|by accident|accidentally)',
  '(?:i|we) (?:have )?(?:accidentally|mistakenly|forgot to|forgot|missed the deadline|missed my (?:payment|deadline|flight|train)|lost my|dropped my|broke my)',
  'i (?:ordered|bought|picked|chose|entered|typed|booked|selected|sent|spelled|spelt|put in|made|gave|used|paid) (?:the |a |an |my )?(?:[a-z]+ ){0,3}(?:wrong|mistake|incorrect|by mistake|in error)',
  'my (?:own )?(?:mistake|fault|bad)',
  '(?:i |we )?(?:overslept|slept through (?:my|the) alarm)',
];

/** A cause of ours named beside what they lost: "after the patch", "since your update", "during the outage". */
const OUR_CAUSE_NAMED = '(?:after|since|when|because of|due to|during) (?:the |your |an? |last |latest |new |recent )*(?:update|patch|upgrade|release|migration|outage|crash|glitch|bug)';

/** Phrases where the customer owns the slip, or nature or an accident did it: not our error. */
export const CUSTOMER_SELF_FAULT = [
  ...CUSTOMER_OWN_SLIP,
  // Nature's or an accident's, as an insurer hears of them: "storm-damaged fence", "tiles ripped off in the storm".
  '(?:storm|flood|hail|lightning|wind|fire|frost|subsidence|accident|crash|collision)[- ]?(?:damaged|damage)|(?:damaged|destroyed|ruined|flooded|blown (?:down|off|over)|ripped off|fell|came down) (?:[a-z]+ ){0,3}?(?:by|in|during|after) (?:the |a |an )?(?:storm|flood|hail|lightning|high winds?|gales?|winds?|fire|burst pipe|accident|crash|collision|fallen tree|tree)',
];

/** The customer reports an error, wrong charge, mistake or glitch: something that may be ours. */
export const CUSTOMER_ERROR_REPORT = [
  // A decision or act against the customer that they dispute.
  '(?:banned|fined|penali[sz]ed|suspended|rejected|denied|refused|refusing|refuse|turned away|kicked out|thrown out|removed from|mis-?sold|misled|accused|humiliated|closed (?:my|our)|in collections|reported (?:a|me|us)|gave away|given away|talked into)',
  '(?:i|we) (?:did not|never|have never|had not|have not) (?:authori[sz]e|order|agree|ask|request|sign|cancel|withdraw|use|make|receive|get|see|recogni[sz]e|miss|owe|cheat|break|damage|drop|opt)',
  '(?:i|we) (?:did|do|have|had|was|were) (?:renew|pay|paid|send|sent|return|returned|cancel|cancelled|declare|declared|submit|submitted|update|updated|home|in|there|at home)(?![a-z])[^.!?\\n]{0,40}(?:but|and (?:still|yet|now|nobody|no one)|yet)',
  '(?:can not|could not|does not|do not|did not) (?:be right|add up|match|make sense|tally)|(?:is|are|was|were) (?:not right|not correct|impossible|not what i (?:ordered|paid for|expected|was told))',
  '(?:supposed to|meant to|was promised|were promised|was guaranteed) [^.!?\\n]{0,40}(?:but|and|yet|not|never|still|only)|(?:was|were) supposed to',
  '(?:instead of|rather than) (?:the |a |an |my )?(?:\\d+|one|two|three|next|same|[a-z]+ (?:day|size|colou?r|item|room|seat))',
  '(?:only|just) (?:got|received|took|gave|added|credited|refunded|shows?|showed|half)',
  // Not what is better for growing: "speeds doubled", "my followers tripled".
  '(?<!(?:speed|speeds|download|upload|bandwidth|battery|range|storage|followers|sales|views|points|rewards|savings) (?:have |has |had |just |now |all |basically )?)(?:doubled|tripled)|(?:gone|went|go) up (?:from|by|to)',
  '(?:nobody|no one|noone) (?:knock~|ring~|rang|came|come|turned up|showed up|was there|was at)',
  '(?:lost(?! (?:\\d+ ?(?:pounds|lbs|kg|kilos|stone)|weight|a stone|half a stone))|gone missing|went missing|disappeared|vanished|stolen|threw|thrown|smashed|shattered|ruined|stained|dirty|filthy|torn|tear|scratched|dented|fell apart|broken|damaged|cracked|crushed|faulty)',
  '(?:lag|lagging|laggy|disconnect~|timing out|times out|unplayable|buggy|glitchy|cutting out|drops every|will not load|not loading|errors out|duplicate)',
  '(?:missed|skipped|forgot|forgotten) (?:my|our|the|it|me|us|\\d|three|two|again)|(?:been|was|were|got) missed',
  '(?:why|how come) (?:is|was|has|have|did|does|am|are|were|my|i|you|your|the)',
  '(?:since|after) (?:the|your|yesterday\'s|last (?:week\'s|night\'s)|the latest) (?:update|upgrade|patch|release|migration|change|fix|installation|install|visit|repair)',
  '(?:told|said|promised|agreed) (?:me |us )?(?:it|they|he|she|you|i|we) (?:would|will|was|were|had|could|did|owed|am|are)|(?:was|were) told',
  '(?:your|the) (?:engineer|driver|courier|staff|colleague|agent|adviser|advisor|surveyor|assessor|salesman|salesperson|associate|technician|conductor|housekeeper|cashier|receptionist|reception|front desk|shop|store|branch|bank|airline|app|website|site|system|bot|chatbot|game|update|patch|server|servers|outage|meter|invoice|bill|report|letter|clinic|pharmacy|security|team|department|planning|nurse|doctor|officer) (?:has |have |had )?(?:[a-z]+ed|cut|threw|broke|lost|let|took|told|said|says|sent|left|gave|put|made|kept|hit|ran|drove|sold|refused|refuses|did not|does not|will not|would not|can not|never|says)(?![a-z])',
  '(?:charged|overcharged|double[- ]charged|billed|debited|took (?:my )?(?:payment|money)|taken (?:my )?(?:payment|money))',
  '(?:fee|charge|charges|calls|payment) (?:on|to|from) my (?:bill|account|card|statement)',
  '(?:why is there|why was i|why am i)',
  '(?:error|bug|glitch|crash~|mistake|wrong|incorrect|deleted|wiped|erased)',
  '(?:not|never|stopped|has stopped) (?:working|arrived|came|turned up|showed up)',
  '(?:does|do|did|will) not (?:even )?(?:work|heat|start|load|open|connect|arrive|turn up|show up|come)',
  'never (?:used|agreed|ordered|called|asked|signed|received|arrived|shut|switched)',
  '(?:have|has) not (?:called|used|ordered|agreed|signed|arrived|been (?:refunded|credited|delivered))',
  'keeps? (?:on )?[a-z]+ing',
  '(?:bill|statement|invoice|app|website|tracking|meter|account) (?:says|shows|said|showed|claims)',
  // "My order says delivered but…": a status the customer disputes, not one they ask about ("my order shows dispatched, when…").
  '(?:order|parcel|package|delivery|status) (?:says|shows|said|showed|claims)(?= [^.!?\\n]{0,50}(?:delivered|cancel(?:l)?ed|returned|collected|signed|(?:[ ,]|^)but ))',
  '(?:times|much|way) (?:higher|more than|normal|usual|bigger)|higher than (?:usual|normal)',
  '(?:blocked|frozen|suspended|cut off|disconnected|locked)',
  'never (?:authori[sz]ed|requested|signed up|agreed)',
  '(?:returned to sender|sent back|wrong (?:address|item|size|colou?r|order))',
  'still (?:no|not|nothing|have not|has not) (?:refund|received|arrived|credited|seen|heard|money)',
  // What they say we did, not what they ask us to do: "can you put my direct debit on hold".
  '(?<!(?:can|could|would|will|please|did|to|if|when) )you (?:have )?(?:cancel|cancelled|canceled|lost|deleted|charged|blocked|sent|moved|took|debited|billed|marked|put)',
  'marked [^.!?\\n]{0,30}delivered',
  '(?:arrived|came) as (?:a|an|the)',
  'paid for [^.!?\\n]{1,40} (?:and|but) (?:was|were|got|received|only)',
  '(?:says|shows) [^.!?\\n]{0,20}\\d[^.!?\\n]{0,20} but',
  'without (?:my |our |any )?(?:permission|consent|asking)',
  '(?:says|said|shows|showed) (?:it|my|the|that)[^.!?\\n]{0,60}(?:delivered|paid|cancelled|used)',
  '(?:was|were) not (?:delivered|received|there|home)|but it was not|(?:no one|nobody) came',
  'promised',
  'cancel(?:l)?ed without',
  'why (?:has|have|is|are|was|were|did|does|do) not',
  // A fact of theirs set against our record, in the past tense: "I never made that payment", "I've never had an
  // accident", "I was never at your clinic", "I didn't set that", "never got my sticker".
  '(?:i|we) (?:have |had )?(?:never|did not|was never|were never) (?:made|had an?|touched|stayed|set|went|got|logged in|been to|at|in|there|near|drove|rode|used|clicked|opened|ordered|received|agreed|signed)(?![a-z])',
  // Money taken that should not have been: "taken twice", "you've still taken June's payment", "still billing his account".
  '(?:taken|took|debited|billed|charged|collected) (?:[a-z£$€0-9.,\']+ ){0,3}(?:twice|two times|double|again)|(?:you|you have|you are|still|you have still) (?:still )?(?:taken|taking|billing|charging|debiting)',
  // Sent where it should not go: "delivered to my old address", "to a locker I never chose", "to number 42 instead of 24".
  '(?:delivered|sent|gone|went|posted|redirected|left) to (?:my old|the old|an old|a (?:locker|neighbou?r|different|random|wrong)|the wrong|number \\d|someone else|another)',
  // A record the customer disputes: "marked withdrawn, but we never withdrew it", "recorded as absent but she sat it".
  '(?:says|shows|showing|said|showed|marked|recorded|listed|registered|logged)(?: (?:as|me as|her as|him as|us as))? [^.!?\\n]{0,50}(?:but|yet|even though|although) (?:i|we|my|our|she|he|they|it|the)(?![a-z])',
  // Paid for and not there: "the DLC never unlocked", "balance did not change", "not in my account", "2 of the 5 items missing".
  '(?:not|never|did not|does not|has not|have not|still not|still has not|still have not) (?:been )?(?:unlocked|unlock|added|appear|appeared|applied|credited|gone out|went out|go out|changed|change|in my (?:account|wallet|bank))|(?:items?|parts?|pieces?|doors?|\\d+ of (?:the|my) \\d+(?: [a-z]+)?) (?:were |was |are |is )?missing|only \\d+ [^.!?\\n]{0,20}(?:were|was) (?:added|credited|paid|refunded)',
  // Not what was ordered: "ordered a vegan burger, got a beef one", "booked a Golf, got a Panda".
  '(?:ordered|booked|asked for|paid for|bought|selected|chose) [^.!?\\n]{1,40}(?:,|and|but) (?:got|received|was given|were given|was sent|came)(?![a-z])',
  // A service down or failing: "servers were down", "dropped out every evening", "500 errors", "no signal for 3 days".
  '(?:has been|have been|had been|been|is|are|was|were|went) down(?! to)|down (?:since|for|again)|(?:dropped|drops|dropping) (?:out|to)|buffering|errors|no (?:signal|internet|connection|service)|(?:power|electricity|internet|broadband|wifi|signal)(?: has| is| was)? (?:been )?out',
  // Set against what it usually is: "my bill is $412, it's usually around $120", "normally £40 a month".
  '(?:usually|normally|typically|always been|never more than) (?:around |about |roughly |only |just |under )?[£$€]?\\d+',
  // A record that says they did not, or money gone where it failed: "the ticket says I didn't", "payment failed but the money's gone".
  '(?:says|said|shows|showed|claims) (?:that )?(?:i|we) (?:did not|have not|had not|never|owe|was not|were not)|(?:money|payment|amount|it)(?: has| is| was)? (?:gone|taken|left|come) (?:out )?(?:from|of|out of) (?:my|our) (?:account|card|bank)',
  // Should have worked and did not: "the promo code didn't apply", "my card didn't scan", "the credit didn't go through".
  '(?:did not|does not|will not|would not|has not|have not|is not|was not) (?:apply|scan|register|go through|sync|update|redeem|activate|validate|print|download)(?![a-z])',
  // Not where it should be: "I transferred $600 and it's not there", "still not showing", "never got the reset email".
  '(?:is|are|was|were) (?:still )?not (?:there|showing|in (?:my|our|the) (?:account|balance|wallet|inventory|library))|never (?:got|had|saw|came)(?![a-z])',
  // Still failing after someone said it was fine: "said the line's fine, left. Internet still dead", "still broken".
  '(?:said|says|told (?:me|us)) (?:it is |that is |the [a-z]+ is |everything is |all is )?(?:fine|ok|okay|working|sorted|fixed)|still (?:dead|broken|down|off|faulty|leaking|not working|the same)',
  // Given to someone else: "the seat I paid to reserve was given to someone else".
  '(?:given|sold|allocated|assigned|sent|went) to (?:someone|somebody|another (?:customer|person|guest|passenger|patient))',
  // Left uninformed: "nobody told me", "without telling us", "never told about any interview".
  'without (?:telling|asking|informing|notifying|warning|letting)|(?:nobody|no one|noone) (?:told|informed|warned|let)|(?:was|were) (?:never|not) (?:told|informed|warned|notified)',
  // Part of what they paid for absent: "half my order was missing", "4th order with a missing item".
  '(?:is|are|was|were|went|came|arrived|been|still|with (?:a|an|one|two|three|the)) missing|missing (?:from|items?|parts?|pieces?|doors?|screws?|a |an |the |my |our |two |three |\\d)',
  // What they got is not what was sold or chosen: "not what I paid for", "nothing like the description", "I ordered a large".
  'not what (?:i|we) (?:ordered|paid for|booked|asked for|chose|selected)|nothing like (?:the|its|what|it)|not (?:as |what (?:was|is) )?(?:described|advertised|pictured)|(?:(?<=[,;] )|(?:and|but|when|yet|though|although) )(?:i|we) (?:had )?(?:ordered|booked|asked for|paid for|chose|selected|requested) (?:a |an |the |my )?[a-z0-9]+',
  // A record or notice that disagrees with what happened: "the confirmation says 1 night", "your portal still says 'unpaid'".
  '(?:confirmation|letter|email|e-mail|receipt|quote|documents?|paperwork|portal|status page|screen|page|website|site|app|code|link|booking|system|records?|profile|dashboard|map|certificate|notification|text) (?:now |still )?(?:says|said|shows|showed|showing|stated|states|listed|lists|reads)',
  // No trace of what they arranged: "had no record of our reservation", "said there was no booking".
  '(?:no|not any) (?:record|trace|sign) of|there (?:was|is) no (?:booking|reservation|record|order|appointment|account)|double[- ]booked|overbooked|over-?billed',
  // Paid for and not had: "I didn't get the bonus skins", "I have not received it", "got nothing".
  '(?:did not|never|have not|has not|had not|still not|still have not) (?:get|got|receive|received|had|been given|been sent)(?![a-z])|(?:got|received|had) nothing|nothing (?:has )?(?:arrived|came|come|turned up)',
  // Charged or told one figure, then another: "I was quoted £240 and the invoice is £390".
  '(?:was|were) quoted|quoted (?:me|us)|estimated (?:bill|reading|at|usage)|(?:bill|reading|usage)s? (?:was |were |has been |have been |is |are )?estimated',
  // Something of theirs that fails or is spoiled: "won't turn on", "leaked on the first walk", "a hair in it".
  '(?:does|do|did|will|would|can) not (?:even )?(?:turn on|switch on|power on|fit|lock|scan|play|print|sync|boot|pair)|leak~|(?:a )?hairs? in|out of sync|bricked|(?:rank|account|progress|level|balance|settings) (?:has |was |got )?(?:reset|wiped)',
  // A visit that did not happen, a thing unlike what was shown: "the engineer didn't show", "a different colour to the website photo".
  '(?:did not|does not|never|failed to) show(?! (?:me|us|you|how|what|where|the|any|it|that|this|them|a|an|on|in|as))|no[- ]show|different (?:colou?r|size|shade|model|product|item|fit) (?:to|from|than)',
  // Kept out of what they hold: "your staff did not let me enter", "logged me out 6 times".
  '(?:did not|would not|will not|not) let (?:me|us) (?:in|enter|board|through|use|access)|logged (?:me|us) out|(?:can|could) not (?:log ?in|sign in|access|claim|redeem|download)',
];

/** The customer already says what outcome they want (or asks a question). */
export const CUSTOMER_WANT = [
  '(?:i|we) (?:want|need|would like|expect|demand|am asking|am requesting)',
  'please (?![a-z]+ (?:explain|help)\\b)[a-z]+',
  '(?:can|could|will|would) (?:you|someone|somebody|i)',
  '(?<=^|[.!?\\n]|[.!?\\n] |either |just )(?:fix|cancel|refund|replace|sort|remove|change|send|explain|help|stop|give|call|tell|get|deliver|reconnect|unblock|unlock|reverse)',
  'how (?:do|can|should) i',
  // An ultimatum names the fix: "if this isn't fixed today", "unless you honour my old rate".
  '(?:unless|if) (?:you |this |it |the [a-z]+ |that )?(?:is |are |do |does |will )?(?:not |no |do not |does not |is not |are not )?(?:fixed|sorted|resolved|refunded|removed|corrected|correct|fix|remove|reversed|restored|honou?r|reverse|restore|refund|discount|sort|back|done|hear back|get)',
  '(?:want|need|expect) (?:my|our|a|the|it|this|them|that|an|full|compensation|answers|someone|you)|(?:pay up|unban|reverse it|restore (?:my|it|them)|give (?:me|us) (?:my|our|back))',
  // Last: it may begin with any word, so it is searched across the text (see ../matcher.ts).
  '[a-z]+ (?:it|this|that|me|them) please',
];

/**
 * A question about what the customer can do or what something is, not a request that we do
 * something: "can I book online or do I need to call?", "how do I renew my photo?", "what's your
 * standing charge?". Read only where no problem is told: nothing is left for anyone to see through.
 */
export const CUSTOMER_INFO_QUESTION = [
  'how (?:do|can|should|would|does|long does|long do|much (?:is|are|does|do)|many) (?:i|we|you|one|it|the|a|an|my|our)',
  '(?<=^|[.!?,;:\\n] ?|hi |hey |hello |or |quick one |quick question |@[a-z0-9_]+ )(?:can|could|may|should|do|must|would) (?:i|we) (?:still |also |just |then )?[a-z]+',
  '(?:what|when|where|which) (?:is|are|time|day|days|date|do|does|should|can|would)(?![a-z])',
  'is (?:it|there) (?:possible|an?|any|somewhere|anywhere|anyone)',
  'do you (?:have|sell|offer|do|open|deliver|ship|accept|take|stock|support|cover|allow)',
];

/** What the customer asks us to do, beside a question: "could you…", "please…", "I want…". */
export const CUSTOMER_REQUEST = [
  '(?:can|could|will|would) (?:you|someone|somebody) (?!tell|let me know|confirm|explain|advise)[a-z]+',
  'please (?![a-z]+ (?:explain|help)\\b|(?:tell|let me know|confirm|advise|explain)\\b)[a-z]+',
  '(?<!do |should |must )(?:i|we) (?:want|need|would like|expect|demand|am asking|am requesting)',
];

/** A polite request: the customer asks calmly rather than complains. */
/** Distress that no polite wording makes calm. */
export const CUSTOMER_DISTRESS = [
  '(?:died|passed away|bereavement|funeral|hospital|emergency|stranded|desperate|baby|no (?:heating|hot water|power|water|electricity|money))',
];

/** Criticism and strong feeling: the customer vents rather than asks. */
export const CUSTOMER_CRITICISM = [
  '(?:worst|terrible|awful|useless|disgrace|disgraceful|misleading|appalling|downhill|ridiculous|a joke|incompetent|incapable|unacceptable|pathetic|shocking|disappointed|disappointing|not happy|unhappy|rubbish|means nothing|not good enough|fed up|sick of|let down|had enough)',
  '(?:broken|cracked|crushed|damaged|smashed|ruined|destroyed)',
];

/**
 * Venting about an experience, a person or the quality of what they got, where no single fix
 * follows from the complaint: "the cashier was rude", "not what I expected", "the update ruined it".
 */
const PERSON = '(?:staff|employee|cashier|receptionist|manager|assistant|associate|conductor|driver|engineer|doctor|nurse|officer|agent|adviser|advisor|crew|trainer|moderator|girl|guy|man|woman|lady|team|he|she|they)';
export const CUSTOMER_VENT = [
  // How they were treated.
  '(?:rude|unprofessional|dismissive|condescending|patroni[sz]~|humiliat~|embarrass~|accused|shouted|yelled|laughed|rolled (?:her|his|their) eyes|aggressive|ignor~|spoke to me|treated (?:me|us)|the way (?:i|we|my|our|he|she|they)|on (?:her|his|their) phone|did not even (?:say|look|greet|apologi[sz]e))',
  // The quality of what they got.
  '(?:disappoint~|not impressed|unimpressed|rubbish|not (?:what i|as) (?:expected|hoped|described|advertised)|nowhere near|fell short|not up to|(?:has )?gone downhill|ruined|pointless|meh|underwhelm~|mediocre|a joke|kick in the teeth|had (?:it|enough) with|something has to change|felt i had to|(?:writing|write) to (?:express|complain|raise|share)|my (?:concern|dissatisfaction|disappointment)|worst|filthy|disgusting|unusable|weird|(?:looks?|seems?|feels?|been) off|not (?:sure|happy) (?:about|with|this))',
  // How it left them feeling, not what would mend it: "I'm exhausted by this", "I feel taken advantage of", "nobody cares".
  '(?:i am|i feel|we are|we feel|i am really|i am so|i am very|i am just|feel|feels|felt) (?:so |really |very |completely |absolutely |just )?(?:exhausted|anxious|upset|tired of|drained|taken advantage of|let down|fobbed off|ignored|mugged off|humiliated|embarrassed|gutted|heartbroken|devastated|insulted|worn out)|(?:feels? like|it seems) (?:nobody|no one|you do not|you don\'t) (?:cares?|listens?|give a)',
  // Service as a whole: "your delivery service has gone downhill", "the experience was".
  '(?:the|your|my) (?:[a-z]+ )?(?:experience|service|customer service|onboarding|stay|visit|holiday|trip|flight|event|update|community|support) (?:was|has been|is|were|have been)',
  '(?:your|the) (?:[a-z]+ )?' + PERSON + ' (?:was|were|is|has been|kept|just) (?:[a-z]+ )?(?:rude|unhelpful|dismissive|aggressive|on|late|useless|laugh~|shout~|ignor~|accus~|patroni[sz]~)',
  // Something taken away on our side, with no undoing named: "you deleted the feature I use most".
  '(?:removed|deleted|scrapped|axed|discontinued|took away|taken away|got rid of) (?:the|my|our|a|your) [a-z]+',
  // What was sold turned out otherwise: "the priority boarding meant nothing", "a different colour to the photo".
  '(?:meant|means) nothing|(?:is|was|that is|it is) not (?:similar|the same|unlimited)|not similar|different (?:colou?r|size|shade|model|product|item) (?:to|from|than)',
  // How they were left: "the receptionist hung up on me", "left mud all over my carpet", "it keeps getting worse".
  'hung up|left (?:mud|mess|a mess|rubbish|dirt|muck|a hole)|(?:keeps?|kept) getting worse|(?:getting|got|gets) worse',
];

/** A message whose fix goes without saying: the money back, the missing thing, the service restored. */
export const CUSTOMER_IMPLIED_FIX = [
  '(?:where is|where are|where\'s) (?:my|our|the)|(?:refund|money back|reimburse~|compensation|repay|pay out|payout|replacement|replace it|redeliver~)',
  '(?:not|never|still not|has not|have not) (?:arrived|received|been (?:paid|refunded|credited|delivered|collected|fixed|reconnected)|collected|come|turned up|showed up)',
  '(?:cut off|disconnected|no (?:heating|hot water|power|electricity|water|internet|signal|landline)|locked out|banned|suspended|frozen|hacked|charged (?:me )?(?:twice|double)|double[- ]charged|overcharged|arrears|bailiff~|fee (?:is not|isn\'t) waived|waive (?:the|my|it))',
];

export const CUSTOMER_CALM_REQUEST = [
  '(?:can|could|would|will) you (?:please )?(?:check|tell|confirm|look|help|explain|let|advise|switch|change|move|send|add|update|refund|cover)',
  '(?:can|could|may) i (?:please )?(?:still |also )?(?:get|have|change|return|add|switch|ask|check)',
  'is it possible',
];

/** Anger words and threats that call for a live conversation. */
/**
 * "done with you / this": not "what have you done with the real…" (a joke) nor "once I'm done with
 * the form". Read as a threat to leave and as heat.
 */
const DONE_WITH_US = '(?<!(?:have|has|had) (?:you|they|we|he|she) |(?:once|when|after|until|if) (?:i am|we are) )done with (?:you|your|this|the|u)';

export const CUSTOMER_HEAT = [
  // Threats to leave, in any wording: "I'm done", "switching to another carrier", "going to ASOS".
  // Not "carried my shopping to the fourth floor": shopping goes elsewhere only in so many words.
  `(?:i am|im|we are|i will be|we will be|i am so|i am completely|i am totally) done(?! (?:now|already|it|that|this|paying|the))|${DONE_WITH_US}`,
  '(?:switch~|move|moving|go|going|take|taking|went) (?:[a-z]+ ){0,3}(?:to|with) (?:another|a different|other|your competitor|a competitor|competitors?|someone else|somewhere else|elsewhere)|(?:switching|registering|banking) (?:to|with|somewhere|elsewhere)|shopping (?:somewhere|elsewhere)',
  // Not "I'm moving from Portland to Denver": a house move is no threat; moving the account is.
  '(?:i am|we are|i will|we will|i shall) (?:now |seriously )?(?:cancelling|canceling|leaving|quitting|switching|uninstalling|closing|deleting|stop(?:ping)?) (?:my|our|the|this|it|every|all|tomorrow|today|now|to|from)?|(?:i am|we are|i will|we will|i shall) (?:now |seriously )?moving (?:my|our|all) (?:[a-z]+ ){0,2}(?:account|accounts|business|money|savings|custom|mortgage|pension|isa)',
  '(?:unless|if not|or else|otherwise|or) (?:you )?[^.!?\\n]{0,40}(?:i|we) (?:will|am|are|shall) (?:go|going|move|moving|cancel|cancelling|switch|switching|leave|leaving|close|closing|quit|take|taking|report|complain)|cancel~ unless',
  'never (?:again|coming back|come back|booking|book|recommend|returning|using|flying|shopping|ordering)|(?:will not|would not|won\'t) (?:be )?(?:booking|using|shopping|ordering|flying|coming back|recommend~|renew~|return~|book|use)',
  '(?:tell|telling|warn|warning) (?:everyone|all my friends|every|people|the world)|(?:going to|go to|contact~|contacting) (?:the press|my bank|the media|my credit card company|my mp)|(?:review|post) (?:on|about) (?:reddit|twitter|trustpilot|google)',
  '(?:wtf|theft|thieves|shambles|shambolic|daylight robbery|a disgrace|criminal|scandal|scandalous|insane|insulting|cruel|liars|lying to me|absolute joke|treated like)',
  '(?:furious|livid|outraged|outrageous|ridiculous|unacceptable|disgusting|disgraceful|useless|pathetic|appalling|incompetent|unbelievable|fuming|so angry|very angry|really angry|beyond angry|fed up|sick of|sick and tired|a joke|scam|rip-?off)',
  'can not believe (?:this|it|that|you)',
  '(?:or|otherwise|else|if [^.!?\\n]{0,60}) (?:i|we) (?:am |are |will |would )?(?:cancel|cancelling|canceling|leave|leaving|switch|switching|close|closing|report|reporting|sue|suing)',
  '(?:considering|thinking (?:of|about)|going to|about to|will be) (?:cancel|cancelling|canceling|switch|switching|leav|report|sue|take (?:my|our) business)',
  // A solicitor brought in is a threat; the one handling a house sale ("my solicitor hasn't received it") is not.
  '(?:report(?:ing)? you|legal action|ombudsman|trading standards|chargeback|small claims|bad review|1-star|one-star)|(?:get|getting|instruct~|contact~|speak~ to|consult~|involv~|take (?:this|it) to|hand~ (?:this|it) (?:over )?to|hear from) (?:a |my |our )?(?:lawyer|solicitor|attorney)s?|(?:lawyer|solicitor|attorney)s? (?:will|shall|are going to|is going to|will be) (?:be )?(?:in touch|contact~|writ~|hear~|deal~)',
  'never (?:use|fly|shop|buy|order|deal)[^.!?\\n]{0,30} again',
  'take (?:my|our) business elsewhere',
];

/** The reply refuses, declines or says no. */
export const REPLY_REFUSAL = [
  // Verdicts that hold against the customer: "the fee stands", "the bill is correct as issued".
  '(?:fee|fees|charge|charges|penalty|fine|ban|decision|price|bill|balance|arrears|payment|suspension|amount|valuation|rate|figure|excess|premium|cancellation|outcome|discount|entry|cost|line rental|position|answer) (?:[a-z£$€0-9.,]+ ){0,2}(?:stands|stays|remains|still applies|applies|will apply|is valid|are valid|is correct|is right|is final|is due|remains due|continues|will not (?:be )?(?:change|changed|amended|reviewed|removed|refunded|reversed|waived)|is a fair)',
  '(?:is|are|was|were|will be|will not be) (?:not |non-)?(?:correctly applied|irreversible|non-negotiable|not negotiable|not refundable|not reimbursed|not covered|not included|not offered|not provided|not eligible|not entitled|not valid|not possible|not available|not restored|not reviewed|not reversed|not amended|not accepted|not allowed|not permitted|not transferable|prohibited)',
  '(?:will|would|can|could|does|do) not (?:be )?(?:change|changed|amended|reviewed|reversed|refunded|reimbursed|restored|reinstated|reopened|recalled|removed|waived|entitle|provide|allow|cover|include|apply|accept|offer|honou?r|move|shift)',
  'nothing (?:further |else |more )?(?:[a-z]+ )?(?:i|we|[a-z]+) (?:can|could|am able to|are able to) (?:do|offer|change|add)|nothing (?:will|is going to) change',
  '(?:no|not any) (?:further |other )?(?:avenues|route|scope|flexibility|discretion|alternative|way around|going back|further discussion)|(?:there is|there are) no (?:other )?(?:way|route|option|options|scope|flexibility|discretion|alternative|exception)',
  '(?:(?:is|are|was|were) (?:therefore |also |all |simply )?(?:the correct|correctly (?:applied|charged|calculated)|not valid|invalid|not faulty|not (?:an )?accurate)|(?:therefore|so) (?:it |this |that |the [a-z]+ )?(?:is|are|was|will) (?:not )?(?:valid|correct|final|apply|applies|stand|stands|closed|irrelevant)|(?:records?|decision|assessment|valuation|figure|reading|readings|data) (?:[a-z]+ )?(?:is|are|was|were) (?:final|correct|accurate|conclusive))',
  '(?:your|the (?:customer|passenger|member|account holder|guest|patient|sender|policyholder)\'s) responsibility|the onus (?:was|is) on you|in your hands|(?:do|does) not support your|no record of|(?:is|are) only (?:for|available|valid|offered|given)',
  '(?:i|we) (?:must|have to|need to|are required to|am required to|are obliged to) (?:apply|charge|follow|go by|stand by|decline|refuse|enforce|leave it|uphold)|(?:i|we) stand by|(?:my|our) hands are tied|(?:i am|we are) bound by|where (?:i|we) have to leave it',
  '(?:not|is not) (?:something|anything) (?:i|we|the [a-z]+|[a-z]+) (?:can|could|have|has)|(?:is|are) (?:a matter|for them|up to them|outside (?:our|the [a-z]+\'s|my) control)|not (?:for|with) (?:us|me|the bank)',
  '(?:you|he|she|they) (?:will|would) (?:need|have) to (?:pay|raise|claim|contact|speak|pursue|take|chase|settle|arrange|go)|you\'ll need to (?:pay|raise|claim|pursue|chase|settle)',
  '(?:must|has to|have to) be (?:kept|submitted|booked|paid|reported|made|requested|received|sent|returned)',
  '(?:we|i) (?:do not|does not|can not) (?:do|offer|provide|make|give|accept|issue|cover|include|refund|reimburse|allow|admit|register|share|release)',
  '(?:decline~|refuse~|reject~|den(?:y|ied|ies)) (?:your|the|this|that|it)|(?:regret to (?:inform|say)|i am afraid not|afraid (?:i|we) (?:can|could) not)',
  '{we} (?:can not|(?:am|are) (?:(?:therefore|also|currently|sadly|regrettably|simply|still) )?unable to|am not able to|are not able to|will not be able to|will not|are not in a position to|am not in a position to|do not) (?!(?:wait|thank|stress|believe|imagine|apologi[sz]e|express|emphasi[sz]e|say enough|see why)\\b)(?:[a-z]+)',
  'can not be (?:[a-z]+ed|[a-z]+en)',
  '{we} (?:have|had) to (?:decline|refuse|reject)',
  '(?:has|have|was|were) been (?:declined|rejected|refused|denied)|(?:is|are|was|were) (?:declined|rejected|refused|denied)',
  '(?:is|are) (?:non-refundable|not refundable|not eligible|ineligible|not covered|not possible)',
  '(?:that|this|it) is not (?:something (?:i|we) can|possible)',
  'unfortunately',
  'not (?:allowed|permitted)',
  '(?:do|does) not permit',
  'there is no way',
  'the only (?:solution|option)',
  'nothing (?:can|could) be done|nothing (?:i|we) can do|(?:can not|unable to) do anything',
  '(?:no exceptions|is final|been confirmed)',
  '(?:the )?(?:fee|charge|fees|charges|price) (?:will |still )?(?:appl(?:y|ies)|stands|remains|will be added)',
  '(?:will|is going to|must) (?:stay|remain|stand) (?:on|in place|as it is)|remains? (?:declined|closed|on your)',
  // No in plain or slangy words: "so no refund is due", "that's above my pay grade", "the charges
  // are staying put", "my answer won't be any different". (Not "outside our control": a cause
  // owned as no one's, where nothing asked for is refused.)
  '(?:so|therefore|and) no (?:free [a-z]+|refund|compensation|credit|exception|discount|replacement)|no (?:refund|compensation|credit|payment|money) (?:is |will be )?(?:due|owed|payable|possible|available)|there is no (?:refund|compensation|credit) (?:due|owed|available)',
  'above my pay ?grade|(?:that|this|it) is (?:not|never) (?:on (?:us|me|our side|our end)|our (?:problem|fault|responsibility|call|doing))',
  '(?:charges?|fees?|bill|decision|ban|penalty|fine|price)(?: [a-z]+){0,3} (?:is|are) (?:staying|stays) put|(?:answer|decision|outcome|position) (?:will not|would not|does not|is not going to) (?:be any different|change|budge|move)|(?:my|our|the) (?:answer|decision|outcome|position|response) (?:has not|had not|is not going to|has never) (?:changed|change)|(?:my|our|the) (?:answer|decision|outcome|position) (?:is|remains|stays) (?:the same|unchanged)|the answer is (?:definitive|final|still no|no)|(?:i am|we are) not (?:going|able) to (?:argue|budge|change (?:that|this|it|the [a-z]+)|reverse|refund|back ?date|make an exception)',
  '(?:is|are) (?:a matter )?between you and|(?:is|are) not (?:responsible|liable) for|(?:it is|that is|this is) on you(?! to [a-z]+ (?:if|whenever))|(?:charges?|fees?|bill|cost|costs|debt|balance|loss) (?:is|are) (?:yours|yours to pay|not on (?:us|the [a-z]+))',
  '(?:is|are) for (?:[a-z0-9]+ ){1,4}only|only (?:applies|apply|covers|cover|works|work) (?:to|for|on|if|when)|you can stop (?:trying|asking|chasing|appealing)',
  // A no told as the terms' verdict: "it is therefore excluded under Section 3", "does not trigger a
  // service credit", "not the outcome you were hoping for".
  '(?:is|are|was|were) (?:therefore |also )?excluded (?:under|by|from)|(?:does|do|did) not (?:trigger|qualify for|meet the (?:criteria|threshold|conditions))|not the (?:outcome|answer|news|result|decision) you (?:were |had been )?(?:hoping|hoped|wanted|looking) for',
];

/**
 * The reply sends the customer to someone else to take it further: "claims need to go through
 * them directly", "please submit your complaint in writing to complaints@…", "you'll need to
 * contact your bank". "I'll take care of this personally" beside it promises what it hands away.
 */
export const REPLY_HANDS_OFF = [
  '(?:need|needs|will need|would need|have|has|must) to (?:go|be (?:sent|raised|made|submitted|directed|addressed|taken up|lodged|logged)) (?:directly )?(?:through|via|to|with) (?:them|the|your|their|an?)',
  '(?:please|you (?:will |would |may |might )?(?:need|have|want) to|you should|you must|kindly|you are (?:requested|asked|advised|invited) to|you can) (?:directly )?(?:contact|call|ring|phone|email|write to|speak (?:to|with)|get in touch with|reach out to|raise (?:it|this|that|the [a-z]+) with|take (?:it|this|that) up with|submit [^.!?\\n]{0,40} (?:to|via|through|at)|send [^.!?\\n]{0,30} to (?:the|our|their|your) [a-z]+ (?:team|department|office|address))(?! us| me)',
  '(?:is|are|was|were) (?:handled|dealt with|managed|processed|decided|looked after) (?:separately |directly )?by (?:a |an |the |our |their )?(?:third[- ]party|separate|different|another|partner|external|[a-z]+ (?:team|department|office|company|provider))',
  '(?:requested|asked|advised|invited) to (?:submit|send|contact|raise|write|email|call|ring|take)',
  // Pointed elsewhere as advice: "the best route is to contact the maker directly", "covered by the manufacturer rather than by us".
  '(?:best|quickest|fastest|right|only|easiest) (?:route|way|option|place|thing|step) (?:is|would be|will be) to (?:contact|call|ring|email|write to|speak (?:to|with)|get in touch with|reach out to|go (?:to|through)|raise (?:it|this|that) with)|(?:covered|handled|dealt with|looked after) by (?:the |their )?[a-z]+(?:\'s)?(?: [a-z]+)? rather than (?:by )?(?:us|our)',
];

/**
 * The reply asks the customer for what it needs to go on: "DM us your order number", "drop us a
 * DM?", "can you confirm the company name?", "which service are you on?". The next step is
 * theirs: "I'll see it through until it's sorted" or "I'm checking it now" beside it promises a
 * fix the reply has not begun.
 */
export const REPLY_ASKS_FOR_DETAILS = [
  '(?:dm|pm|message|inbox|email|send|give|share|tell) (?:us|me) (?:over |across )?(?:your|the|a|an|which|what|when|where|whether|more|some|those|these|a few|details)(?![a-z])',
  'drop (?:us|me) a (?:dm|message|line|note|pm)|(?:send|slide) (?:us|me|into) (?:a |our )?(?:dm|dms|pm)|(?:dm|pm) (?:us|me)(?![a-z])',
  '(?:can|could|would|will) you (?:please |just |quickly |kindly )?(?:confirm|send|tell|share|dm|pm|let (?:us|me) know|give|provide|drop|pop|forward)',
  'which (?:[a-z]+ ){0,2}(?:are|were|is|was|did|do) you|what (?:is|was) (?:your|the) (?:[a-z]+ )?(?:number|reference|name|address|email|postcode|username|order|booking|account)',
];

/**
 * Someone else on our side has it in hand already: "our tech team are on it", "the engineers are
 * aware", "a known outage". "I'll take care of this personally" or "I'm checking it now" beside it
 * is a second plan; the agent words their own part. (Not a case the agent passed on: "I've passed
 * it to the returns team" is where owning it and checking it read as help to blind readers.)
 */
export const REPLY_TEAM_ON_IT = [
  '(?:our|the) (?:[a-z]+ ){0,2}(?:team|teams|engineers|developers|devs|technicians|specialists|department) (?:is|are|have|has|will)(?: (?:already|now|currently|all|been))? (?:aware|on it|on this|looking|working|investigating|fixing|dealing|notified|told|made aware|alerted|revert|get back|be in touch)',
  '(?:we are|we have been) aware (?:of|that)|(?:a |the )?known (?:issue|problem|outage|fault|bug)',
  // Handed up to a team that will come back: "we have escalated your issue to the concerned team".
  '(?:escalated|referred|forwarded|passed) (?:it|this|that|your [a-z]+(?: [a-z]+)?|the [a-z]+(?: [a-z]+)?) (?:on )?to (?:the|our|a) (?:[a-z]+ ){0,2}(?:team|teams|engineers|specialists|department)',
];

/**
 * The reply gives a decision of ours and stands by it: "it was a tough call", "we decided to end
 * the series", "the decision was made to close the branch". "That shouldn't have happened" beside
 * it takes the decision back.
 */
export const REPLY_DECISION = [
  '(?:tough|difficult|hard|big|painful) (?:call|decision|choice)|(?:we|i) (?:have |had )?(?:decided|made the decision|taken the decision|took the decision|chose) to|the decision (?:to|was made|was taken|has been made)',
  // A practice kept to, told as how things are done: "private events are booked in advance".
  '(?:events?|bookings?|closures?|hires?|functions?) (?:are|is) (?:usually |always |normally )?(?:booked|scheduled|planned|arranged) (?:well )?(?:in advance|ahead)',
];

/**
 * The reply has checked already and says what it found: "I checked: the bundle was added on the
 * 5th", "I've looked into it and the parcel was…". "So I'm checking it now" after it is stale.
 */
export const REPLY_CHECKED = ['i (?:have |had )?(?:just |already |now )?(?:checked|double-checked|looked into|looked at|reviewed|investigated|gone through)(?! (?:with|whether|if|how|why)\\b)'];

/** The reply offers an alternative, exception, credit, waiver or option. */
export const REPLY_ALTERNATIVE = [
  // Another way, for the customer or someone else: "you can appeal", "he can add you", "is welcome to call".
  '(?:you|he|she|they|your [a-z]+) (?:can|could|are welcome to|is welcome to|may|might like to|might want to) (?:also |still |always |easily )?(?!not\\b|see\\b|find\\b|read\\b|refer\\b|view\\b|be\\b)(?:[a-z]+)',
  '(?:is|are) welcome to|worth (?:trying|checking|a try|a look|doing)|one (?:thing|option) (?:worth|you|that)|in the meantime|until then|for now,? you',
  '(?:if|once|when) (?:you|he|she|they) (?:send|sends|give|gives|tell|let|forward|reply|upload|confirm|choose|prefer|would like|want|are able|is able|hold|have)[^.!?\\n]{0,60}(?:i|we) (?:will|can|could|would|shall)',
  '(?:i|we) (?:have |had )?(?:just |now |also |already )?(?:approved|removed|requested|extended|reopened|restored|refunded|cancel(?:l)?ed|unfrozen|unlocked|reinstated|added|booked|rebooked|set up|paused|granted|matched|corrected|fixed|updated|changed)',
  '(?<!(?:not|never|unable|no|nothing|further|else|more|can not|do not|does not|will not|am not|are not|is not) (?:able )?(?:to )?)(?:i|we) (?:can|could|will|would be happy to|\'ll) (?:also |still |instead )?(?!\\w+ only)(?:add|register|lock|book|set up|put|move|send|arrange|switch|turn|extend|offer|refund|waive|credit|reissue|escalate|look|ask|appeal|review|check|take|get|call|make)',
  'return (?:it|them|the [a-z]+) (?:[a-z]+ ){0,2}for a (?:full )?(?:refund|replacement|exchange)|(?:appeal|review|escalat~|complain~) (?:through|via|at|to|on)|(?:can|may) (?:appeal|ask for a review|request a review)',
  'what (?:i|we) (?:can|could) do',
  "here is what (?:i|we) (?:can|could)",
  '(?:but|however|instead|though|although),? (?:i|we) (?:can|could|will|would be happy to|would be glad to|have)',
  '(?<!(?:not|never|unable|no|nothing|further|else|more|can not|do not|does not|will not|am not|are not|is not) (?:able )?(?:to )?){we} (?:can|could|would be happy to|would be glad to|will|have) (?:offer|transfer|move|waive|change|put|give|send|refund|rebook|pause|switch|book|arrange|credit|upgrade|extend|hold|swap|exchange|reduce|discount|cover|make an exception|speak to|ask|order|replace|reship|resend|reissue|upgrade)',
  '(?<!(?:not|never|unable|no|nothing|further|else|more|can not|do not|does not|will not|am not|are not|is not) (?:able )?(?:to )?)(?:instead|alternatively|as an alternative|another option|other options?|as a one-off|as a gesture|goodwill|make an exception|made an exception|partial refund|pro rata)',
  '{we} (?:have|had) (?:also |just |now |already |gone ahead and )?(?:offered|added|applied|credited|waived|refunded|booked|arranged|sent|issued|upgraded|moved|rebooked|extended|reduced|discounted|switched|swapped|exchanged|ordered|reissued|reinstated|held|put|logged|escalated|raised|opened|referred)',
  '(?<!(?:not|never|unable|no|nothing|further|else|more|can not|do not|does not|will not|am not|are not|is not) (?:able )?(?:to )?)(?:offer|give|send|apply|add|issue|arrange|provide)(?: (?!any )[a-z£$€0-9.,]+){0,4} (?:voucher|credit|discount|refund|replacement|upgrade|waiver|compensation)',
  '(?:if you would like|if you would prefer|if you prefer|would you like|would you prefer),? (?:i|we) (?:can|could|will)',
  'you (?:can|could) (?:return|cancel and rebook|rebook|exchange|swap|choose|pick|transfer|use|still|keep|claim)',
  '\\bor (?:i|we) (?:can|could)',
  'you (?:can|could) (?!not\\b)(?:upgrade|switch|move|change|book|rebook|use|choose|pick|keep|get|have|still)',
  '(?:which|what) would you (?:prefer|like)|would you (?:rather|prefer)',
];

/** The agent commits to an action: "I'll", "let me", "I've refunded". */
export const REPLY_COMMITMENT = [
  // Not a way of speaking: "I'll say it again", "I'm going to be blunt".
  'i (?:will|shall|am going to) (?!not\\b|be happy to help|be in touch if|say\\b|repeat|reiterate|point out|remind|be (?:blunt|honest|frank|clear|straight|direct)\\b)[a-z]+',
  '(?<!not |never )let (?:me|us) (?!know\\b|reiterate|repeat|be (?:very )?clear|remind|point out|stress|explain again|assure|say)[a-z]+',
  // Any action the agent has taken: "I've used it", "I've entered", "I restored", "I have stopped".
  // Not a look-up or a hand-off: "I've checked and the reading is correct", "I've passed it on to
  // the team", "I have set out our position" own nothing that is still to be done.
  'i (?:have |had )?(?:just |now |already |personally |also |manually |then |since |gone ahead and |directly |immediately |myself )?(?!(?:checked|double-checked|rechecked|re-checked|passed|forwarded|pulled|discussed|addressed|answered|verified|investigated|referred|set out|run a|run the|wanted|hoped|noticed|understood|appreciated|apologi[sz]ed|explained|mentioned|stated|believed|assumed|expected|needed|tried|liked|loved|feared|realised|realized|guessed|supposed|listened|reviewed|looked|considered|confirmed|read|heard|seen|said|told|been|had|got to|gone over|attached|included|noted)(?![a-z]))(?:[a-z]+ed|sent|set|put|made|got|done|given|taken|found|spoken|written|rung|run|built|paid|held|kept|left|brought|bought|sorted|reset|cut|shipped|unfrozen|frozen|withdrawn|rebuilt|re-sent|resent|chosen|granted|moved)(?![a-z])',
  // Not what is ruled out: "nothing I can change", "no other option I can give you".
  '(?<!(?:nothing|anything|else|more|further|option|options|openings|alternatives) )i (?:can|could) (?:also |still |easily )?(?!not\\b|only\\b|see\\b|understand|imagine|assure|confirm|appreciate|tell you|say|promise|guarantee|certainly|hear|only|be\\b)(?:turn|lock|add|register|switch|set|send|call|book|arrange|move|give|put|refund|cancel|change|credit|waive|extend|reopen|restore|fix|sort|order|upgrade|issue|reissue|raise|escalate|chase|check|look|pause|transfer|offer|replace|rebook|email|text|ring|get|make|take|have)',
  '(?:i am|i\'m) (?:the one |the manager who is )?(?:responsible for|going to|taking|handling|on it|dealing with|personally)',
  '(?:is|are) ours to (?:do|fix|sort|put right|pay)|(?:leave|give) (?:this|it) (?:with|to) me',
  'i (?:have|had) (?:just |now |already |personally |also |gone ahead and |then )?(?:refunded|booked|arranged|cancel(?:l)?ed|removed|fixed|escalated|sent|resent|re-sent|processed|applied|credited|put|placed|opened|raised|logged|made|switched|reversed|rebooked|unlocked|reset|corrected|bumped|tracked down|found|spoken|flagged|waived|issued|added|moved|changed|updated|ordered|scheduled|emailed|texted|asked|reported|created|set up|restored|replaced|upgraded|extended|released|approved|authori[sz]ed|contacted|called|chased|filed|submitted|organi[sz]ed|reinstated|paused|cleared|reopened|requested|dispatched|shipped|posted|initiated|started|taken|given|got|secured|held|blocked|closed|deleted|refunded)',
  'i am (?:looking into|checking|writing (?!to (?:inform|let you know|confirm|advise|explain)|in response)|sending|refunding|arranging|escalating|taking|chasing|fixing|sorting|going to|on it|personally)',
  'i (?:would like|want) to (?:call|talk|offer|make|fix|sort|help|take)',
  '(?<!(?:nothing|anything|else|more|further|option|options|openings|alternatives) )i can (?:call|send|put|move|transfer|waive|offer|rebook|refund|pause|change|book|arrange|give|set up|switch)',
  'i (?:will|am going to) (?:personally )?(?:make sure|take (?:care|responsibility|ownership))',
  '(?:leave|give) it (?:with|to) me',
];

/** Responsibility hidden in the passive: "mistakes were made", "an error occurred". */
export const REPLY_HIDDEN_OWNERSHIP = [
  '(?:mistakes|errors) (?:were|have been|had been) made',
  '(?:an?|the) (?:error|mistake|issue|problem|glitch|oversight) (?:has |had )?(?:occurred|happened|arose|was made)',
];

/** The reply allows that the error may be ours. */
/** Not in a clause of "if … still": "let us know if they're still missing". */
const NOT_IF_STILL = "(?<!\\bif (?:[a-z']+ ){1,3}(?:still |not )?)";
/**
 * What went wrong, in the reply's own words: the trouble itself, not only its topic. "Sorry about
 * that! Express delivery times are estimates" takes up "express delivery" and says nothing of it
 * arriving late; "the parcel went to the wrong address", "your card was charged twice", "the app
 * keeps crashing" say what went wrong. Read by canned-empathy (`reply.namesTrouble`).
 */
export const REPLY_NAMES_FAULT = [
  // (Each after NOT_IF_STILL: "let us know if they're still missing" names nothing that went wrong.)
  // Late or not there: "arrived late", "a delay", "never turned up", "went missing".
  `${NOT_IF_STILL}(?:(?<!(?:no|without|any) )(?:late(?![ -]?(?:check|night|fee|payment))|delayed|delays?|overdue|slower|slow(?= (?:to|in|service|response|delivery|connection|speeds?))|missing|went missing|lost|(?:never|not|has not|have not|did not|had not) (?:yet )?(?:arrived?|turned up|shown up|showed up|come|came|been (?:delivered|sent|paid|received|processed|applied|credited|refunded|fixed))|not (?:been )?delivered|no[- ]show))`,
  // Broken or not right: "damaged in transit", "faulty", "the wrong size", "stopped working".
  `${NOT_IF_STILL}(?:(?:broken|broke|damaged|faulty|defective|cracked|smashed|leak(?:ing|ed|s)?|torn|stained|dirty|filthy|wrong|incorrect(?:ly)?|mistakes?|errors?|glitch(?:es)?|bugs?|faults?|outages?|crash(?:ed|es|ing)?|freez(?:e|es|ing)|froze|(?:not|stopped|stop|has stopped) working|(?:does|did|do|would|will) not (?:work|load|open|connect|charge|start|turn on|log in|sign in|arrive|show)|failed|failing|failures?|unusable|unavailable|down(?= (?:for|since|again|this|today|at the moment|right now))|off(?= (?:for|since))|cut off|disconnected))`,
  // Money taken wrongly: "charged twice", "double charged", "overcharged", "a duplicate payment".
  `${NOT_IF_STILL}(?:(?:charged|billed|debited|taken) (?:you )?(?:twice|two times|double|again|in error|more than once|for (?:something|a [a-z]+ you did not))|double[- ]?(?:charged|charge|billed|payment)|overcharged|duplicate)`,
  // Turned away or shut out: "cancelled without notice", "your card was declined", "locked out".
  `${NOT_IF_STILL}(?:(?:cancell?ed|cancell?ing|declined|declining|rejected|rejecting|refused|refusing|locked out|logged (?:you )?out|blocked|suspended|frozen|stuck|removed|deleted|rude|unhelpful|ignored))`,
  // Not what they paid for: "not as described", "not what you ordered", "fell short".
  `${NOT_IF_STILL}(?:not (?:as (?:described|advertised|expected)|what you (?:ordered|paid for|expected|asked for))|fell short|(?:kept|keep|keeps) you waiting|still waiting|(?:took|taken|taking) (?:so |too )?long)`,
];

/** A step the team takes on it, said as "we" ("we'll sort your permit", "we have raised it with the depot"); "I" is `REPLY_COMMITMENT`. */
export const REPLY_WE_ACT = [
  "we (?:will|are going to|have|had|are) (?:now |just |already |also |gone ahead and |personally |happily |quickly )?(?:sort|sorted|sorting|fix|fixed|fixing|refund|refunded|refunding|send|sent|sending|re-?send|re-?sent|replace|replaced|rebook|rebooked|book|booked|arrange|arranged|raise|raised|escalate|escalated|chase|chased|chasing|credit|credited|cancel(?:l)?ed|reset|reverse|reversed|restore|restored|unlock|unlocked|reissue|reissued|redeliver|update|updated|correct|corrected|investigate|investigating|issue|issued|waive|waived|get (?:this|that|it|your|a|the) [a-z]+)(?![a-z])",
  // A fix the team has lined up, said of the fix: "a balance patch is scheduled for 18 July", "a repair has been booked".
  '(?:fix|patch|update|repair|replacement|engineer visit|visit|collection|redelivery) (?:is|has been|was|are|have been) (?:now |already )?(?:scheduled|booked|planned|arranged|lined up)(?![a-z])',
];

export const REPLY_ADMISSION = [
  // Our handling told in the passive, as long replies explain it: "it was not scanned to your claim at
  // the time", "her calls weren't redirected", "it was missed", "I didn't spot that", "not delivered
  // the way we sold it".
  '(?:was|were|had|has|have) (?:not|never) (?:been )?(?:scanned|logged|recorded|passed on|redirected|forwarded|actioned|picked up|linked|matched|added to|entered|keyed in|set up|updated|carried over|copied)(?![a-z])',
  '(?:it|this|that|they|the [a-z]+) (?:was|were|got) (?:missed|overlooked|lost)(?! (?:by you|on your))(?![a-z])|(?:i|we) (?:did not|did not manage to|failed to) (?:spot|notice|catch|realise|realize|pick up on)',
  '(?:the way|what|as) (?:we|i) (?:sold|promised|described|advertised) (?:it|them|this)',
  // Fault owned: "that is on us", "our failures", "it was his mistake", "our kit failing".
  '(?<!not |no |nothing |never |not an? |any )(?:our|my|his|her) (?:own )?(?:[a-z]+ )?(?:mistake|mistakes|error|errors|fault|faults|failure|failures|failing|oversight|mix-?up|slip|bad)(?! (?:is|was) not)',
  '(?:is|was|are|were) (?:well |easily |definitely |clearly |probably |likely |certainly |very likely |quite |entirely )?(?:on|down to|because of) (?:us|me|our (?:side|end|part|team|system|software|kit|staff|driver|engineer))',
  '(?:should|ought to) (?:never |not |always |really )?(?:have|\'ve)(?: been| had| happened| got| received| applied| accepted| moved| sent| called| told| done| caught| checked| noticed| warned| updated| processed| picked| arrived| worked| come)',
  // "should never have gone out", "should not have been sent": any act, said as one that ought not to have happened.
  'should (?:never|not) (?:have )?(?:happened|been|happen|apply|be|need|have to)|(?:never|not) should have|(?<!you )should (?:never|not) have (?:[a-z]+ed|gone|sent|done|taken|made|left|let|put|given|got|come)(?![a-z])',
  '(?:you are|you were|you\'re) (?:quite |absolutely |completely |totally )?(?:right|correct)|you may (?:well )?be right|(?:fair|good|valid) (?:point|question|catch)|good catch',
  '(?:clearly|obviously|definitely|plainly|certainly) (?:wrong|incorrect|a mistake|an error|not right|not okay)|(?:text|scan|message|status|tag|register|label|listing|price|display|page|counter|figure|email|letter|notice|reminder|estimate|quote) (?:was|is|were|are) (?:wrong|incorrect|inaccurate|a mistake|an error|not right|not correct)',
  '(?:quite |very |entirely |perfectly )possible (?:that )?(?:we|our|your (?:call|reading|form|payment|request|email|letter|message|cancellation)|it|this|something)|possible (?:that )?(?:we|our) ',
  '(?:we|i|our [a-z]+|the [a-z]+) (?:failed|forgot|neglected|missed|did not manage|did not|never|have not|had not|were not able|was not able|could not) (?:to )?(?:pick up|log|record|process|apply|activate|update|send|call|tell|notify|let|register|catch|follow|honou?r|pass|action|submit|deliver|collect|arrive|turn up|show up|check|listen|see|get|meet|keep|do|add|include|refund|change|warn|reply|respond|answer|knock)',
  '(?:wrongly|incorrectly|mistakenly|accidentally|erroneously|wrong(?:ly)?) (?:[a-z]+ed|sent|set|made|taken|given|put|charged|applied|logged|marked|billed|ordered|closed|cancel(?:l)?ed|flagged|banned|declined|entered|recorded)',
  '(?:known|display|reward|billing|pricing|sync|software|system|server|technical|data|payment|app|formatting) (?:bug|glitch|issue|problem|error|fault|failure|outage)',
  '(?:bug|glitch|fault|failure|problem|issue|error|outage|delay|mix-?up) (?:on|at|in|with|from) (?:our|one of our)|(?:caused by|due to|because of|down to) (?:a |an |the )?(?:[a-z]+ )?(?:bug|glitch|fault|failure|error|outage|mistake|oversight) (?:on|at|in|with|from) (?:our|one of our)',
  '(?:our|the (?=[a-z]+ (?:failed|broke|crashed|went down|was down|got stuck|was stuck|has been)))(?:[a-z]+ ){0,2}(?:system|software|tool|kit|handset|van|app|site|website|page|platform|server|servers|scanner|counter|form|update|release|patch|process|team|job|file|database|engine|feed|queue|bot) (?:failed|broke|broke down|crashed|went down|was down|has been (?:down|struggling|failing|broken)|did not|does not|has not|had not|was not|is not|wasn\'t|stopped|got stuck|was stuck|mixed|sent|logged|missed|counted|changed|had a|has a|threw|is broken|was broken|was wrong|is wrong|failing|struggling)',
  '(?:not|is not|was not|is hardly|was hardly) (?:the help you needed|the service you|the experience you|what you should|how (?:it|this|we) should|anything (?:you did|on your (?:side|end)))|not (?:anything|something) you did|(?:not|nothing) (?:on|at) your (?:side|end)',
  '(?:let you down|dropped the ball|f(?:a|e)ll~ (?:well |far |way )?short|got (?:it|this|that) wrong|got wrong|messed up|slipped through|took too long|far too long|far longer than|longer than it should|more than you should|than you should (?:have|be))',
  '(?<!not |nothing |no )(?:our|my) (?:mistake|error|fault|failure|bad|oversight|bug|glitch)',
  '(?:it|this|that) (?:was|is) (?:our|my) job',
  '(?<!not |not an |not a |no )(?:glitch|bug|fault|error|failure|problem|issue|mistake|outage|mix-?up|slip|oversight|hiccup|delay)(?: [a-z]+)? (?:on|at|from) (?:our|my) (?:side|end|part)',
  '(?:it|this|that|the (?:problem|issue|fault|error)) (?:is|was) (?:on|at) (?:our|my) (?:end|side)',
  '(?:that|this|which|it) (?:is|was) on (?:us|me)',
  '(?:we|i) (?:made|have made) (?:a|an) (?:mistake|error)',
  '(?:we|i) (?:messed|mixed|screwed) up|(?:we|i) (?:let you down|botched|dropped the ball|got (?:this|it|that) wrong)',
  '(?:we|i) should (?:have|not have)',
  '(?<!you )should not (?:have )?(?:happened|been|break|broken|have|charged|taken|happen)',
  '(?:may|might|could|can) (?:well |easily |definitely |clearly |probably |likely |certainly |very likely |quite |entirely )?(?:be|have been) (?:wrong|mistaken|incorrect|an error|our|a mistake)|(?:may|might|could) have (?:got|made|missed)',
  '(?:it is |it\'s )?possible (?:that )?(?:our|the|we|there)',
  // "It's possible it was entered against the wrong account", "possible something went wrong".
  'possible (?:that )?(?:it|this|that|something|someone) (?:was|is|has|had|got|went|may|might)(?![a-z])',
  // Their word taken over the record: "you were at home and I believe you".
  '(?<!(?:not|never|hard to|can not|do not) )(?:i|we) (?:believe|trust) you(?=[ \n]*(?:[.,;!—–-]|$| and| so| but))',
  // A record allowed to lag: "their portal often lags behind", "I called rather than relying on it".
  '(?:portals?|systems?|records?|trackers?|tracking|statuses|status|apps?|data|dashboards?) (?:often |sometimes |can |may |does |do |is |are )?(?:lag~|run~ behind|be behind|slow to update|out of date)|(?:instead of|rather than) (?:relying|rely) on (?:it|that|this|the [a-z]+|their [a-z]+|our [a-z]+)',
  '(?:in|by) error|by mistake',
  '(?:was|were|is) (?:a|an|our|my) (?:mistake|error|oversight)',
  '(?:glitch|bug|fault|error|failure|problem|issue|outage) (?:on|in|with) our',
  '(?:a|the) (?:[a-z]+ )?(?:bug|glitch|system error|technical (?:error|issue|fault)|payment glitch)|(?:a|the) (?:fault|failure)',
  '(?:our|the) (?:[a-z]+ )?(?:system|gateway|load balancer|update|deploy|app|website|site) (?:failed|broke|crashed|did not|went down|made|got)',
  'you (?:are|were) right',
  '(?:that|this|it) (?:is|was) (?:a|our) (?:failure|fault|error|mistake)|(?<!think |say |feel |believe |if )(?:that|this|it) (?:is|was) (?:the )?wrong',
  'we (?:have not|did not|were not|had not) (?:been|send|sent|stop|do|follow|meet|get|catch|match|process|update)',
  'we (?:charged|took|billed|kept charging|deleted|lost|cancel(?:l)?ed|sent|missed)',
  '(?:was|were|got) (?:mis(?!sed)-?[a-z]+ed|sent to the wrong|lost by)',
  '(?:that is|that was|is|was) not (?:okay|ok|acceptable|right|fair|good enough|how you should)',
  '(?:haven\'t|have not) been (?:reliable|good enough)',
  // Fault laid at our door by cause: "caused by our update", "it came from us", "a mistake by our driver".
  '(?:caused|came|coming|resulted) (?:by|from) (?:us|our|one of our|me)|(?:mistake|error|fault|slip|oversight) (?:by|of|from|on the part of) (?:our|my|one of our)',
  '(?:our|the) (?:[a-z]+ )?(?:update|release|change|migration|patch|deploy|deployment|autofill|form|letter|template|system|software|app|site|website|checker|scanner) (?:caused|causes|created|broke|introduced)',
  '(?:caused by|related to|due to|because of|down to|after) (?:the |our |a |an |yesterday\'s |last week\'s )?(?:[a-z0-9.]+ ){0,2}(?:update|release|change|migration|patch|deploy|deployment|upgrade|server move)(?! you)',
  // The record or the system allowed to be wrong: "our record looks wrong", "may not have been fully entered".
  '(?:record|records|file|system|data|billing|letter|reading|readings|register|details|notes) (?:looks?|seems?|appears?|must be|may be|might be|could be) (?:to be )?(?:wrong|incorrect|out of date|mistaken|off)',
  '(?:may|might|could) (?:not )?have been (?:[a-z]+ing (?:them|it|this|that|you) )?(?:wrongly|incorrectly|in error|fully|properly|correctly)? ?(?:[a-z]+ed)? ?(?:wrongly|incorrectly|in error)|(?:may|might|could) not have been (?:fully |properly |correctly )?[a-z]+(?:ed|en)',
  '(?:far |much )?more likely (?:that )?(?:we|our|you were never|it was never|the [a-z]+ (?:was|were|did))|you are (?:probably|likely|quite|absolutely|completely) right|(?:thanks|thank you) for (?:catching|spotting|flagging)|good (?:spot|catch)',
  'looks like (?:your|the|our) (?:[a-z]+ ){1,2}(?:was never|never|was not|were not|did not|had not|has not|was missed|got lost)',
  // Records allowed to fail in general: "scans are sometimes wrong", "calls don't always get logged",
  // "I'd rather trust the shop than a scan", "I'm not taking that as the final word".
  '(?:scans?|records?|logs?|systems?|data|tracking|readings?|meters?|notes|statuses|updates?|[a-z]+ cancellations|calls) (?:are|is|can be|can get|get|do get) (?:sometimes |occasionally |often |not always )?(?:wrong|mistaken|inaccurate|incorrect|out of date|missed)|(?:do not|does not|can not) always (?:get )?(?:logged|recorded|updated|register|update|show|scan|record)|rather (?:trust|believe|go by|take) (?:you|them|the [a-z]+|your [a-z]+) (?:than|over) (?:a|the|our) |not (?:taking|treating|accepting) (?:that|this|it|the [a-z]+) as (?:the )?(?:final|last) (?:word|answer)|(?:likely|probably|definitely|certainly) not (?:your|you|anything you|something you)',
  // Something that went wrong, placed with us: "the unlock got stuck on our end", "it failed on our side".
  '(?:got|get|gets|was|were|is|are) (?:stuck|lost|missed|dropped|held up|delayed|corrupted|duplicated|mixed up) (?:on|at|in) (?:our|my) (?:end|side|system|systems)',
  // A known fault owned: "we know about the problem", "the IT team are aware", "had a delay this weekend".
  '(?:we|i) (?:know|knew|are aware|were aware|am aware) (?:about |of )?(?:the|this|that|a) (?:[a-z]+ )?(?:problem|issue|bug|fault|outage|glitch)|known (?:issue|problem|bug|fault)|(?:team|developers|engineers|team are|team is) (?:are |is |were |have been )?(?:aware|informed)',
  '(?:been|was|were|is|are) struggling|(?<!you )had (?:a|an|some) (?:delay|outage|fault|glitch|bug|hiccup)',
  '(?:sorry|apologies|apologi[sz]e~) (?:for|about) (?:the|this|our|that|any) (?:confusing|wrong|incorrect|mistaken|misleading)',
];

/** A concrete next step with a time, or an immediate action. */
export const REPLY_TIME = [
  // Not "soon", "shortly", "ASAP", "as soon as possible": a time no one can hold the reply to (the
  // vague-time flag's words) leaves the customer as unsure as no time at all.
  '(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|(?:right|straight) away|immediately|now|the same day|same-day|overnight)',
  '(?:by|on|before|until|from|after|next|this|first thing) ' + WEEKDAY,
  WEEKDAY,
  '(?:by|before|until|at|around) (?:\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)|noon|midday|midnight|close of business|the end of|end of (?:the )?(?:day|week|business|month))',
  '\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)\\b|\\d{1,2}[:.]\\d\\d',
  '(?:within|in) (?:the next )?' + NUMBER_WORD + '(?:[-–]\\d+)? ?(?:working |business |banking |calendar |clear )?' + UNIT + '|(?:within|in) the (?:next )?(?:hour|day|week)',
  'next (?:statement|bill|invoice|billing|week|month|cycle|payment|van|delivery)',
  '(?:on|by) (?:the )?\\d{1,2}(?:st|nd|rd|th)',
  '\\d{1,2}(?:st|nd|rd|th)? (?:of )?' + MONTH + '|' + MONTH + ' \\d{1,2}(?:st|nd|rd|th)?',
  '(?:in|by|from|until|next|this) ' + MONTH,
  MONTH + '(?:\'s)? (?:invoice|bill|statement|payment)',
  '\\d+(?:[-–]\\d+)? (?:working |business )?(?:days?|hours?|weeks?|minutes?)',
];

export const REPLY_FUTURE = [
  '(?:will|shall|going to|let me|let us|expect~|aim to|plan to|(?:would like|wants?|intends?|hopes?) to|scheduled|on (?:its|the|their) way)',
  '(?:is|are|has been|have been) (?:booked|scheduled|set|due|planned|arranged) (?:for|on|to)|(?:arrives|arriving|goes out|comes|is due)',
  '(?:takes?|taking|usually take) (?:up to |about |around |between )?\\d',
  // Done, by the agent: "I've rebooked you for Thursday", "I've unfrozen it just now" (not a look-up: "I've checked today").
  '{we} (?:have|had) (?:just |now |already |also |gone ahead and )?(?:re-?)?(?!(?:checked|double-checked|looked|reviewed|investigated|verified|noticed|passed|forwarded|asked|requested|raised|escalated|noted|tried|explained|mentioned|confirmed|attached|included|listened|considered|wanted|hoped|needed|received|seen|heard|read|had|been)(?![a-z]))(?:[a-z]+ed|sent|set|put|made|done|given|taken|unfrozen|frozen|paid|cut|shipped|resent)(?![a-z])',
  'should (?:arrive|reach|be|show|land|clear|appear|see|get|have)',
  'i am (?:[a-z]+ing)',
];

/**
 * Someone on our side owns the step the time is given for: "we'll reset it by 5pm", "I'm going to
 * post a new pack this afternoon". Read with REPLY_TIME in one sentence; "your card is due to
 * arrive on Friday" times something, but no one has taken the fix on.
 */
export const REPLY_OWNED_STEP = ['{we} (?:will|shall|am going to|are going to) (?!not\\b|be (?:in touch|happy)\\b)[a-z]+'];

export const REPLY_THANKS = [
  'thank(?:s| you)',
  'appreciate (?:you|it|that|your|the|this)',
  'grateful',
  'right to (?:flag|raise|point|mention|tell|chase|let us know|bring)',
];

/**
 * The reply is glad at what the customer told: "love to hear it", "great to hear", "this made our
 * morning", "glad it turned up on time". Not "glad you got in touch" (an opener to any complaint),
 * nor "good to hear from you".
 */
export const REPLY_GLAD = [
  '(?:love|lovely|great|good|so good|glad|so glad|happy|so happy|pleased|delighted|thrilled|wonderful|fantastic|brilliant|amazing|awesome) to hear(?! from)(?! (?:about|of) (?:the|your|this|that) (?:problem|issue|trouble|fault|error|delay))',
  '(?:made|make|makes|has made|really made|absolutely made|just made) (?:our|my|the team\'s|everyone\'s) (?:day|morning|afternoon|week|month|year)',
  '(?:so |really |very )?glad (?:it|they|everything|all|the [a-z]+|your [a-z]+) (?:turned up|arrived|came|worked|went|got|landed|is|are|was|were|kept|helped|saved|made|did|sorted|paid off)',
  // "Love hearing this!", "Congrats on the plat", "congratulations on the new home".
  '(?:love|loved|loving|great|good|so good|lovely) hearing (?:this|that|it|about|how|you)|congrat(?:s|ulations)(?![a-z])',
  // "What a lovely message", "such a kind review".
  '(?:what|such) (?:a |an )?(?:lovely|kind|wonderful|great|nice|brilliant|fantastic|generous|thoughtful|amazing) (?:message|note|review|comment|email|thing to (?:hear|read|say))',
];

export const REPLY_APOLOGY = ['sorry', 'apologi[sz]e~', 'apolog(?:y|ies)', '(?:we|i) regret', 'my bad'];

const TROUBLE = '(?:inconvenience|inconveniences|trouble|hassle|bother|disruption|frustration|confusion|disappointment|annoyance|upset|difficulty|difficulties|stress|distress|discomfort|issues?|problems?|worry|that|this)';
const OUR_WAIT = '(?:(?:the |my |our |this )?(?:late|slow|belated|delayed|long) (?:response|reply|answer)|(?:the |my |our )?(?:delay|wait|length of time|time (?:it )?(?:has )?(?:taken|took))(?: (?:it has taken|taken|in|to|getting|before))? ?(?:me |us )?(?:respond|responding|reply|replying|get(?:ting)? back|answer|answering|attending)|(?:the |my |our )?radio silence|keeping you waiting|the long wait for (?:a|our) (?:response|reply))';

/**
 * Apologies that name nothing the customer went through: for "any" trouble, for how they feel,
 * or for our own slow answer. Each begins with the apology word (see ../signals.ts).
 */
export const REPLY_GENERIC_APOLOGY = [
  `(?:sorry|apologi[sz]e~|apolog(?:y|ies)) (?:for|about|if) (?:any|all the|the|this|that) ${TROUBLE}(?: (?:this|that|it) (?:has |may have |might have )?(?:caused|causes))?(?! (?:with|of|to|on|in|over|about|from|when|while|at|that) )`,
  `(?:sorry|apologi[sz]e~|apolog(?:y|ies)) (?:for|about) ${OUR_WAIT}`,
  '(?:sorry|apologi[sz]e~) (?:if|that) you (?:feel|felt|are|were|have been|had been) (?:let down|unhappy|upset|disappointed|frustrated|dissatisfied|that way|this way)',
  // Not once it names what let them down: "sorry you've been let down twice", "…let down by our engineer".
  '(?:sorry|apologi[sz]e~) you (?:feel|felt|are|were|have been|had) (?:let down|unhappy|upset|disappointed|frustrated|dissatisfied|that way|this way|a (?:bad|negative|poor) experience)(?! (?:twice|again|(?:two|three|four|\\d+) times|so many times|by (?:us|our|me|my|the)|over (?:the|your|this)))',
  '(?:sorry|apologi[sz]e~) (?:to hear (?:about )?(?:that|this|your (?:recent )?experience|you are (?:unhappy|having issues|having problems|disappointed)))(?! (?:with|of|about) )',
  '(?:sorry|apologi[sz]e~|apolog(?:y|ies)) (?:for|about) (?:any|the) (?:upset|distress|discomfort|issues|problems)(?: caused)?',
];

export const REPLY_CALL_OFFER = [
  '(?:call|ring|phone) (?:you|me|us)',
  '(?:give you|have|give me|give us|drop me|drop us) a (?:call|ring|bell)',
  '(?:hop|jump|get) on a (?:call|phone)',
  '(?:speak|talk) (?:to|with) (?:you|someone|me|us)',
  'talk (?:this|it|things) (?:through|over)',
  '(?:live chat|on (?:this |the )?chat|video call|phone call|quick call|a call|callback|call back)',
  '(?:phone|mobile|contact) number',
];

export const REPLY_RESTATES = [
  'let me (?:make sure|check) (?:that )?i (?:understand|have (?:this|that|it) right|got (?:this|that|it) right)',
  'to make sure i (?:understand|have (?:this|that|it) right)',
  'if i (?:understand|have understood|am understanding|understood|read) (?:you |this |that |it |your message )?(?:correctly|right)',
  'you (?:mentioned|said|wrote|told (?:us|me)|explained|described|reported|noted|asked)',
  'so you are (?:saying|telling me)',
  '(?:did|have) i (?:get|got|understand|understood|capture|captured) (?:that|this|it|everything) (?:right|correctly)',
  'from what you (?:have )?(?:said|described|wrote|mentioned)',
  'it sounds like',
  'as i understand it',
  'you are (?:finding|saying|seeing|experiencing|telling me|right that)',
  'you were (?:told|charged|billed|promised|left|passed|given|asked|kept|moved|cut off)',
  'you (?:paid|asked|ordered|booked|cancel(?:l)?ed|tried|have been|had to)',
];

// The customer's side of a conversation that has gone on too long, and of a relationship at stake
// (RULES.md, *Added rules*): word classes, then frames that combine them.
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|hundredth|2nd|3rd|4th|5th|6th|7th|\\d+th)';
const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless|so many|various|\\d+)';
const COUNTED = `(?:${COUNT} (?:times|emails|calls|messages|tickets|letters|chats|occasions|attempts|phone calls|different people)|more than once|over and over|again and again|repeatedly)`;
const TIMES = `(?:twice|${COUNTED}|once again|yet again|again)`;
/** Ways of getting in touch, past and present, as a customer says them. */
const CONTACTED = '(?:asked|asking|ask|written|writing|write|wrote|emailed|emailing|email|e-mailed|called|calling|call|rang|rung|ringing|ring|phoned|phoning|contacted|contacting|contact|messaged|messaging|chased|chasing|chase|told|telling|tell|explained|explaining|explain|reported|reporting|report|requested|raised|sent|send|complained|complaining|spoke|spoken|mentioned|followed up|following up|submitted|provided|given|gave|tried (?:to )?(?:call|ring|contact|reach|email|get through|get hold)|been (?:in touch|on (?:the phone|hold|chat)))';
/** Getting in touch itself, not what was sent: "asking again", not "send it again". */
const CONTACT_ACT = '(?:asked|asking|ask|written|writing|write|wrote|emailed|emailing|email|called|calling|call|rang|rung|ringing|ring|phoned|phoning|contacted|contacting|contact|messaged|messaging|chased|chasing|chase|told|telling|tell|explained|explaining|explain|raised|raising|raise|reported|reporting|report|repeat|repeating|complained|complaining)';
const MANY_TIMES = `(?:twice|${COUNTED})`;
/** Who the customer dealt with before. */
const STAFF = '(?:you|your (?:[a-z]+ )?(?:team|colleague|colleagues|staff|agent|agents|support|office|department|advisor|adviser|rep|representative|manager|people|engineer|driver|branch|reception|receptionist|nurse|doctor|bot|chatbot|call centre|helpline)|the (?:man|woman|lady|guy|person|agent|advisor|adviser|girl|chap) (?:on the phone|at the desk|in the (?:shop|store|branch))|someone|somebody|us)';

/** "keep asking" said by the customer of themselves, not by a thing ("the app keeps asking me to log in"). */
const BY_THEM = '(?<=(?:^|[.!?\\n,;:] ?|\\b(?:i|we|just|still|and|also|then|have|had|to) ))';

/** The customer has been in touch before about this: "third time I'm writing", "still waiting", "I already told you". */
export const CUSTOMER_REPEAT = [
  // "this is my third email", "3rd ticket", "third time I'm writing", "FOURTH time asking"; not "second time your engineer missed".
  `${ORDINAL} (?:[a-z]+ )?(?:email|e-mail|emails|message|ticket|call|chat|letter|request|complaint|attempt|follow-up|contact)`,
  `${ORDINAL} time (?:that |now )?(?:(?:i|we) (?:have |am |had |was |are )?(?:now |had to |have to )?)?${CONTACTED}|(?<=^|[.!?:;,\\n] ?)for the ${ORDINAL} time|${ORDINAL} time of (?:asking|writing|telling)`,
  // "I've called 6 times", "I have asked twice now", "I sent the certificate twice"; not "I called a premium number 40 times".
  `(?:i|we) (?:have |had )?(?:now |already |just |also )?${CONTACTED}(?: (?!a |an )[^.!?\\n]{0,40}?)? ${MANY_TIMES}`,
  `(?:i|we) (?:have |had |am |are )?(?:now |just )?${CONTACT_ACT}(?: (?!a |an )[^.!?\\n]{0,30}?)? (?:again|once again|yet again|once more)`,
  `(?:i|we) (?:have |had )?(?:already|previously|before) ${CONTACTED}|${CONTACTED} (?:you |your [a-z]+ |this |it |that )?(?:already|before|previously)`,
  // "I TOLD you last week", "I spoke to someone yesterday", "I rang yesterday" (a letter sent once and unanswered is not a repeat yet).
  `(?:i|we) (?:called|rang|phoned|chatted|messaged|came in|went in|popped in)(?: (?:you|in|to|with) [^.!?\\n]{0,25})? (?:yesterday|last (?:week|night)|this morning|earlier (?:today|this week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
  `(?:i|we) (?:have |had )?(?:already |now |also )?(?:chased|followed up)|back and forth|round in circles|pillar to post|from one (?:person|department|team|agent) to (?:another|the next)|lost count`,
  `(?:i|we) (?:spoke|talked|chatted|told|informed|notified|reminded)(?: (?:to|with))? (?:${STAFF} )?[^.!?\\n]{0,30}(?:yesterday|last (?:week|month|time|night)|on (?:the )?\\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))`,
  `(?:${BY_THEM}(?:keep|kept) (?:having to |on )?|(?:having|have had|had|have) to (?:keep )?)(?:chase|chases|chased|chasing|asking|ringing|calling|writing|emailing|repeat~|explain~|follow~ up|contact~|telling you)`,
  `(?:been|${BY_THEM}(?:keep|kept)) (?:chasing|asking|calling|ringing|emailing|writing|phoning|trying to (?:get|reach|cancel|sort|contact)|passed (?:between|around|from)|waiting for (?:a |an |any )?(?:reply|response|answer|call back|callback))|(?:am|are) (?:still )?chasing`,
  `${CONTACT_ACT} (?:you |us |it |this )?(?:again|once more)|(?:hello|hi|hey) again|(?:still|${BY_THEM}keep) (?:waiting|chasing|asking|getting (?:the same|no|told))|still (?:do not|can not|did not) (?:understand|know) why|last time (?:i|we) (?:${CONTACTED}|checked)`,
  `(?:no|never|not) (?:got|received|had|get) (?:a |any )?(?:reply|response|answer|call back|callback)|(?:nobody|no one|noone) (?:has |ever |even |has ever )?(?:bothered to (?:reply|answer|respond|call)|answered|replied|responded|got back|gets back|answers|replies|responds|picks up|called back)|(?:have not|did not|never) (?:heard|hear) back|closed my (?:ticket|case|complaint)`,
  `(?:my|the) (?:first|last|previous|earlier|original) (?:email|message|ticket|call|complaint|request|letter|chat)|follow~ up (?:on|about|again|regarding)|yet another (?:email|message|ticket|call|chat|complaint)|not (?:for )?the first time|how many (?:more )?times|on (?:several|many|numerous|multiple) occasions`,
  // Contacts counted without the verb: "3 tickets, 0 replies", "4 calls. Still broken.", "reported it 3 times"
  // (a count that opens its clause: "I got 3 emails from you" is mail received, not sent).
  `(?<=^|[.!?:;,\\n] ?|@[a-z0-9_]+ )(?:${COUNT}) (?:emails|e-mails|calls|phone calls|tickets|messages|chats|complaints|letters)(?=[ \\n]*(?:[.!?,;]|$| and| now| later| in| so far))|${CONTACTED} (?:it|this|that|them) ${MANY_TIMES}`,
  `you (?:never|have not|did not|have never|still have not) (?:replied|answered|responded|got back|called back|rang back|came back|followed up|reply|answer|respond|get back|call back|ring back)`,
  `(?:as|like) i (?:said|mentioned|explained|told you|have (?:said|explained|told you))|(?:the )?same (?:automated |auto |generic |non-|copy-paste )?(?:reply|answer|response|non-answer|story)|(?:every|each) time (?:i|we) (?:call|ring|email|ask|contact|chat|write|phone|get through)|repeat my (?:details|story|self)`,
];

/**
 * The customer complains of waiting on US, in words that count no contacts: how long they have
 * waited with no answer ("three weeks ago and have not heard a thing", "still no reply"), held in
 * our queue ("on hold for 40 minutes"), or doubt we read them at all. Only a wait for an answer,
 * a call or a person: "still waiting for my parcel" is the thing's delay, not our reply's.
 */
const HEARD_NOTHING = '(?:a thing|anything|a word|a peep|a squeak|a dicky bird|a sausage|back|from (?:you|anyone|anybody|your [a-z]+)|zilch)';
const LONG_WAIT = '(?:over |more than |nearly |almost |about |around |a good |well over )?(?:an?|one|two|three|four|five|ten|twenty|thirty|forty|fifty|ninety|several|a few|\\d+) (?:minutes?|mins?|hours?|hrs?|days?|weeks?)';
export const CUSTOMER_WAITED_ON_US = [
  // Heard, not received: "have not received anything" is the parcel.
  `(?:have not|has not|had not|did not|never|not) (?:heard|hear) ${HEARD_NOTHING}|heard (?:absolutely )?nothing(?: back)?(?! (?:wrong|else|against|bad))|(?:have not|has not|did not|never) (?:had|got|gotten|received) (?:a |any )?(?:reply|response|answer|word|call ?back|acknowledg(?:e)?ment)`,
  `still (?:no|not had (?:a|any)|not heard(?: (?:a|any))?|have not had (?:a|any)|have not heard(?: (?:a|any))?) (?:reply|response|answer|word|update|call ?back|news)|no (?:reply|response|answer|call ?back) (?:to (?:my|the|any of my|either)|from (?:you|anyone|anybody|your)|yet|since|for ${LONG_WAIT})`,
  `(?:on hold|holding|in (?:a|the|your) queue) (?:for )?${LONG_WAIT}|${LONG_WAIT} on hold|(?:been|waited|waiting) ${LONG_WAIT} (?:for (?:a |an |any |your )?(?:reply|response|answer|call ?back|someone to (?:reply|answer|call|get back|pick up))|to (?:hear back|get through|speak to someone))`,
  `(?:does|do) (?:anyone|anybody|you|your staff|your team) (?:even |actually |ever )?(?:read|check|answer|reply to|look at) (?:these|this|your emails|emails|messages|your inbox|complaints)`,
];

const WHEN_EARLIER = '(?:\\d+|a|an|one|two|three|four|five|six|several|a few|many) (?:days?|weeks?|months?|years?) ago|last (?:week|month|year|time)|(?:in|since|back in) (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+)|months ago|weeks ago';
/**
 * The same thing gone wrong before, or raised before in words that count no contacts: "cancelled
 * AGAIN", "third time this month", "every time I call I am told something different", "told three
 * different things by three people", "I reported it on Monday". Labellers hear a customer who
 * has been here before in each.
 */
/** The trouble itself gone wrong again: "cancelled AGAIN", "third week running", "every time I go". */
const CUSTOMER_TROUBLE_AGAIN = [
  `${ORDINAL} (?:time|times|week|month|day) (?:in a row|running|this (?:week|month|year)|now|that|this has|it has)|${ORDINAL} (?:[a-z]+ ){1,2}(?:in a row|running|this (?:week|month|year|season))|${ORDINAL} (?:replacement|engineer|technician|visit|missed|cancell?ed)`,
  `(?<!\\b(?:what|which|where|who|it|them|this|that|one|send|try|ask|do|book|order|check|never|you|there|here|back)\\b[^.!?\\n]{0,30})(?:again|once again|yet again)(?=[ \\n]*(?:[.!?,;]|$))`,
  `(?:every|each) time (?:i|we)|(?:keeps?|kept) (?:on )?(?:happening|sending|rejecting|cancell?ing|breaking|missing|receiving)|(?:i|we) (?:keep|kept) (?:getting|receiving|being)`,
];

/** Raised or chased before in words that count no contacts: "told three different things", "I reported it on Monday", "keeps closing my ticket". */
const CUSTOMER_CHASED_BEFORE = [
  `(?:keeps?|kept) (?:on )?(?:closing|passing|telling)`,
  `(?:two|three|four|five|\\d+|several|different) (?:different )?(?:things|answers|stories|people|agents|advisors|advisers|departments|offices|technicians|engineers) (?:later|told|said|have|and|by|from)|(?:transferred|passed|bounced|sent) (?:me )?(?:from|between|around|to) (?:department|team|office|person|agent|three|two|\\d+|several|different)|sends? me somewhere else`,
  `(?:i|we) (?:have |had )?(?:reported|raised|asked for|applied|requested|filed|disputed|complained|emailed|submitted|uploaded) [^.!?\\n]{0,40}(?:${WHEN_EARLIER})`,
];

export const CUSTOMER_BEEN_HERE_BEFORE = [...CUSTOMER_TROUBLE_AGAIN, ...CUSTOMER_CHASED_BEFORE];

/**
 * The reply shows the customer has been in touch before and holds it against them: "as I said
 * in my email on Tuesday", "I've gone over this with you twice", "if you had read my earlier reply".
 */
export const REPLY_CITES_EARLIER = [
  `as (?:i|we) (?:have )?(?:already |previously )?(?:said|mentioned|explained|stated|advised|informed you|told you|noted|pointed out)(?! (?:above|below|on (?:our|the)|in (?:our|the) (?!(?:last|previous|earlier)\\b)))`,
  `(?:mentioned|explained|stated|advised|noted|said) (?:in|on) (?:my|our) (?:previous|earlier|last|prior|first) `,
  `(?:my|our) (?:previous|earlier|last|prior) (?:email|emails|reply|replies|message|messages|response|responses|letter|letters|conversation|chat)`,
  `(?:i|we) (?:have )?(?:already )?(?:explained|told|gone over|been over|went over|answered)(?: this| that| it)?(?: to| with)?(?: you)? (?:already|before|twice|previously|more than once|several times|on the phone|yesterday|last)`,
  `let me reiterate|to reiterate|in my (?:email|reply|message|letter) (?:on|of|from|dated|last|yesterday)`,
];

/**
 * The reply tells the customer what they should have done: "please ensure you are logged in before
 * arriving", "make sure you're on the latest version", "double-check the format next time", "as per
 * the guidance". A correction it keeps, whatever the flags make of the rest: a ready sentence that
 * owns the trouble beside it takes the correction back.
 */
export const REPLY_CORRECTS_THEM = [
  `(?<=(?:^|[.!?\\n:]|, ?|^[a-z]{2,5},?) ?)(?:please )?(?:ensure|make sure) (?:that )?(?:you|your)\\b(?! (?:do not|will not|never) (?:have|need))`,
  `(?:double-check|double check|check|remember|make sure)[^.!?\\n]{0,40} next time|next time,? (?:please |make sure|double|check|remember|try)`,
  `as per (?:the |our )?(?:guidance|instructions)`,
];

/** The reply owns that they had to come back: "sorry you've had to contact us again", "I know you've had to chase this". */
export const REPLY_OWNS_REPEAT = [
  `(?:sorry|apologi[sz]e~|apologies|regret) (?:that |for |about )?(?:you (?:have |had |have had |needed |were )?(?:had |having |needing |made )?to |making you |having to |the need to |you being made to )(?:keep (?:on )?[a-z]+ing|come back|get back in touch|get in touch again|${CONTACTED})`,
  `you (?:have |had )?(?:had|needed|have had|been made|were made) to (?:keep (?:on )?[a-z]+ing|come back|get back in touch|${CONTACTED}|${CONTACT_ACT})`,
  // What went wrong with the earlier contact, said back: "you were promised a call three times", "nobody called you back".
  `you (?:were|have been|had been) (?:promised|told|asked|passed|sent|given|bounced)[^.!?\\n]{0,50}${MANY_TIMES}|(?:nobody|no one) (?:has )?(?:called|rang|got back|replied|answered|responded|came back|followed up)|(?:sorry|apologi[sz]e~|apologies) (?:that |for |about )?(?:my|our|the) (?:last|previous|earlier|first) (?:email|reply|message|answer|response|letter)`,
  `you (?:have )?(?:had|got|received|heard) (?:no|nothing)(?: back)?(?: (?:reply|response|answer|word))?|(?:went|gone|was left|were left|has gone|have gone) unanswered|(?:thank you|thanks) for (?:following up|chasing|coming back to (?:us|me)|getting back to (?:us|me)|your follow-up)`,
  `(?:i|we) (?:know|can see|see|realise|realize|understand|appreciate|note|am aware|are aware|recogni[sz]e)(?: [^.!?\\n]{0,30}?)? (?:that )?(?:you (?:have |had )?(?:had to |been )?(?:${CONTACTED}|chasing|waiting)|this is (?:your|the) ${ORDINAL})`,
  `(?:this|that|it) (?:is|was) (?:your|the) ${ORDINAL}|${ORDINAL} (?:time|email|message|call|ticket) (?:you|of yours)`,
  `you (?:should not|should never|should not have|did not|do not|will not) (?:have )?(?:need|needed|had|have) to (?:keep (?:on )?[a-z]+ing|come back|${CONTACTED})`,
  `(?:without|no) (?:you )?(?:need|needing|having) (?:for you )?to (?:${CONTACTED}|come back|get in touch)(?: us)? again|(?:will not|do not|will never) (?:need|have) to (?:${CONTACTED}|come back|get in touch|chase)(?: us| this| it)? again`,
  `you (?:have |had )?(?:already |now )?${CONTACTED} (?:us |me )?(?:this |it |that |about (?:this|it) )?(?:${TIMES}|before|already|more than once)`,
  `(?:sorry|apologi[sz]e~|apologies)[^.!?\\n]{0,50}(?:${ORDINAL} time|twice|more than once|again|repeat)`,
  // The earlier contact named and owned: "your first email went unanswered", "thank you for writing again".
  `your (?:first|previous|earlier|last|original|other) (?:email|emails|message|messages|call|calls|ticket|letter|complaint|request|chat|contact|visit)|(?:closing|closed) your (?:ticket|case|complaint)|(?:thank you|thanks) for (?:${CONTACTED}|getting in touch|following up|coming back|bearing with us|your patience) (?:us )?again`,
  `(?:i|we) (?:should|ought to) have (?:[a-z]+ )?(?:[a-z]+ )?(?:the first time|straight away|first time|when you first|the last time)|when you first (?:${CONTACTED}|got in touch)|how (?:that|the|your) (?:last |earlier |previous )?(?:conversation|call|chat) went`,
  `you (?:have )?been (?:passed|bounced|pushed|sent) (?:around|between|from|back and forth)|(?:the )?last time you (?:need|have|will need) to`,
  `(?:make sure|ensure) you (?:do not|will not|never) (?:have|need) to|(?:is|was) not the first time you|(?:taken|took) (?:you )?(?:${COUNT}|so many) (?:emails|calls|messages|attempts|tries|contacts|chats)`,
  // "Sorry you've had to go round in circles with us", "…to get in touch three times", "…after you'd
  // already sent the certificate twice": the repeat owned in words that name no apology for it.
  `(?:had|needed|have had) to (?:go (?:a)?round in circles|go back and forth|get in touch (?:${TIMES}|more than once))|(?:after|when|even though|though) you (?:had |have )?(?:already )?${CONTACTED}[^.!?\\n]{0,40}? (?:${MANY_TIMES}|already|before)`,
  `(?:thank you|thanks) for (?:your persistence|persisting|sticking with (?:it|us|this)|persevering|keeping at it|chasing)|(?:read|looked|gone|been) (?:back )?(?:through|over) (?:your|our|the) (?:previous |earlier |past |whole )?(?:messages|emails|history|conversation|thread|calls|contacts)`,
];

/** The customer threatens to leave: cancel, close the account, switch to a competitor, take their business elsewhere. */
const QUIT = '(?:cancel|cancell?ing|close|closing|quit|quitting|terminate|terminating|end|ending|uninstall|uninstalling|delete|deleting|stop|stopping)';
const MOVE = '(?:switch|switching|change|changing|move|moving|go|going|take|taking|register|registering|bank|banking|shop|shopping|look|looking)';
/** Whoever the customer could take their business to. */
const PROVIDER = '(?:provider|supplier|company|bank|courier|carrier|network|airline|store|shop|service|insurer|insurance|vendor|tool|platform|gym|club|retailer|firm|broker|energy company|operator|host|agency|brand|lender|building society|seller|marketplace|isp|telco)s?';
const ELSEWHERE = `(?:elsewhere|somewhere else|someone else|(?:your |a |the )?competitors?|(?:a |your )?rivals?|(?:another|a different|a new|other|some other|a better|a cheaper) (?:[a-z]+ )?${PROVIDER})`;
/** What a customer holds with us and can end. */
const RELATIONSHIP = '(?:account|accounts|membership|subscription|sub|contract|policy|policies|plan|business|custom|service|services|order|everything|insurance|broadband|card|loan|mortgage|booking|tenancy|agreement|direct debit|cover|line|game|app|tool|software|platform)';
const HELD = `(?:(?:my|our|the|this|your|every|all (?:my|our)|all the) (?:[a-z&]+ ){0,3}${RELATIONSHIP}|it|everything)`;
const FIRMLY = '(?:(?:now|seriously|honestly|actually|definitely|just|probably|then|really|going to|gonna|have to|be|simply|immediately|like to|forced to|be forced to|no choice but to|no option but to|left with no (?:choice|option) but to|need to|will have to) )*';

/**
 * What went wrong is a thing harmed, not a record or a charge: "the mirror arrived smashed", "your
 * engineer broke my fence". "Our system may have got this wrong" does not fit it.
 */
export const CUSTOMER_DAMAGE = [
  '(?:smashed|shattered|cracked|crushed|dented|scratched|chipped|snapped|torn|ripped(?! off)|stained|soaked|waterlogged|mouldy|moldy|rotten|spoilt|spoiled|melted|leaking|leaked|fell apart|falling apart|in pieces|missing parts)',
  '(?:arrived|came|turned up|was delivered|were delivered|got here) (?:broken|damaged|bent|smashed|open|opened|wet|crushed|defrosted|off)',
  '(?:broke|broken|damaged|scratched|dented|smashed|cracked|stained|flooded) (?:my|our|the) (?!(?:promise|word|rules|trust|heart|contract|agreement)\\b)[a-z]+',
];

/**
 * What went wrong is something a record or a system holds: a charge, a bill, an account, points,
 * a booking, an app. "It's possible our system got this wrong" fits it; it does not fit an engineer
 * who never came, a parcel thrown over a fence or a train held outside a station.
 */
export const CUSTOMER_RECORD_MATTER = [
  '(?:charge~|charging|overcharg~|bill|bills|billed|billing|invoice~|fee|fees|payment~|paid|pay|debit~|refund~|price|prices|pricing|premium|premiums|tariff|balance|statement|interest|account|accounts|points|credits|coins|score|rank|record|records|status|tracking|app|website|site|online|portal|system|login|log in|sign in|password|pin|code|error|errors|bug|glitch|crash~|booking|reservation|email|emails|notification|reading|readings|meter|subscription|plan|contract|discount|voucher|reward|rewards|receipt|claim|application|form|certificate|licence|license|policy|fine|penalty|data|details|address|settings|update|upgrade|api|server|servers|sync|download|reminder)',
];

/** A decision the customer disputes ("my claim for the cracked screen was rejected"): the harm is not what went wrong. */
export const CUSTOMER_DECISION = ['(?:rejected|refused|refusing|refuse|denied|declined|turned down|written off|wrote off|write off|deducted|withheld)'];

/** The customer thanks or praises (read together with the absence of a problem). */
const GOOD = '(?:great|brilliant|amazing|awesome|fantastic|excellent|perfect|superb|outstanding|wonderful|lovely|fab|fabulous|stellar|top[- ]notch|first[- ]class|spot on|smooth|seamless|painless|quick|fast|speedy|friendly|helpful|kind|patient)';
export const CUSTOMER_PRAISE = [
  // A thing praised: "the new oat milk is amazing", "your new router is great tbf".
  '(?:is|are|was|were|has been|have been) (?:so |really |very |truly |absolutely |just |honestly |actually |seriously )?(?:great|brilliant|amazing|awesome|fantastic|excellent|superb|outstanding|wonderful|fabulous|stellar|a game[- ]changer|a lifesaver)(?! (?:but|except|apart|until|when))',
  '(?:thank you|thanks|thank u|thx|ty|cheers|many thanks|much appreciated|appreciate (?:it|that|this|you|your|the)|grateful|kudos|props|shout ?out|well done|nice one|good job|great job)',
  // A name may follow the role: "your driver Tomasz was brilliant".
  `(?:you|you guys|you all|y'all|your (?:team|staff|agent|driver|crew|service|app|support)(?: [a-z]+)?|the (?:team|staff|agent|driver|crew|service|app|support)(?: [a-z]+)?) (?:are|were|was|is|have been|has been|did) (?:so |really |very |truly |absolutely |just )?${GOOD}`,
  `(?:what|such) (?:a |an )?${GOOD} (?:service|job|experience|team|support|help|flight|stay|delivery)`,
  '(?:love|loved|loving|lovin|adore) (?:the|your|this|my|it|you|how)',
  '(?:five|5) stars?|highly recommend|(?:lifesaver|life saver)|(?:made|make) my day|keep (?:it )?up|(?:so|very|really) (?:happy|pleased|impressed) (?:with|by)|impressed',
  '(?<=^|[.!?\\n,] ?|what an? |such an? |absolute |total |proper |real )(?:legend|hero|star|gem|diamond|superstar)(?= ?[.!,]| ?$| ?\\n)',
  // "Best console I've owned", "best hotel we have ever stayed in"; "respect." closing a story of good service.
  'best (?:[a-z]+ ){1,2}(?:i|we) (?:have |had )?(?:ever )?(?:owned|had|used|bought|tried|seen|stayed|eaten|watched|played|flown|read)|(?<=^|[.!?\\n,] ?|big |massive |huge |much |total )respect(?= ?[.!,🙏👏🙌]| ?$| ?\\n)',
];

/**
 * Praise that stands on its own, whatever else the message tells: a compliment to someone ("the
 * driver was brilliant"), thanks to pass on, a rating. A message that carries it is read as praise
 * by moves that would treat it as a complaint ("That shouldn't have happened" after "the driver
 * waited an hour when our flight was late"), even where a problem word sits in the story it tells.
 * Not bare thanks: "thanks, but you charged me twice" is a complaint.
 */
export const CUSTOMER_COMPLIMENT = [
  `(?:you|you guys|you all|your (?:[a-z]+ )?(?:team|staff|agent|driver|crew|service|support|engineer|nurse|doctor|technician|rep|assistant|colleague|host|guide|pilot|captain|waiter|waitress|instructor|trainer)(?: [a-z]+)?|the (?:[a-z]+ )?(?:team|staff|agent|driver|crew|engineer|nurse|doctor|technician|rep|assistant|host|guide|pilot|captain|waiter|waitress|instructor|trainer|lady|man|guy|woman|girl)(?: [a-z]+)?|(?:he|she|they)) (?:are|were|was|is|have been|has been) (?:so |really |very |truly |absolutely |just )?${GOOD}`,
  // A word of praise standing alone ("Legend.", "What a star!"), or thanks to pass on ("Please tell him!").
  '(?<=^|[.!?\\n,] ?|what an? |such an? |absolute |total |proper |real )(?:legend|hero|star|gem|diamond|superstar)(?= ?[.!,]| ?$| ?\\n)|(?:please )?(?:tell|thank) (?:him|her|them)(?: (?:for me|from me|from us))?(?= ?[.!]| ?$| ?\\n)',
  '(?:pass|passing|give|send) (?:on )?(?:my|our) (?:thanks|thank you|gratitude|compliments|appreciation)|(?:say|said) (?:a )?(?:big )?(?:thank you|thanks) to|(?:five|5) stars?|highly recommend|(?:lifesaver|life saver)|(?:made|make) my day|kudos to|shout ?out to|(?:deserves|deserve) (?:a )?(?:raise|medal|promotion|praise|recognition)',
];

export const CUSTOMER_LEAVING = [
  // "I'm cancelling my contract", "we will cancel", "I'd like to close my account", "I'm cancelling tomorrow".
  `(?:i|we) (?:am|are|will|shall|would|have decided to|want to|wish to|intend to|plan to|am about to|are about to|may|might) ${FIRMLY}${QUIT}(?: ${HELD}| and| unless| if| tomorrow| today| now| immediately|(?=[ \\n]*(?:[.!,;]|$)))`,
  // "I'm leaving Kestrel.", "or we leave", "I'm leaving you"; not "I'm leaving tomorrow" (travel).
  `(?:i|we) (?:am|are|will|shall|will be|would) (?:${FIRMLY})leav(?:e|ing)(?: (?:you|your [a-z]+|this [a-z]+|the (?:company|bank|network|club|gym|service))| (?!(?:tomorrow|today|tonight|soon|now|early|home|work|town|on|for|at|in)\\b)[a-z]+)?(?=[ \\n]*(?:[.!,;]|$))`,
  // "switching to another carrier", "moving all my accounts elsewhere", "go to other bank", "we'll go with your competitor".
  `${MOVE} (?:${HELD} )?(?:(?:to|with|at|over to) ${ELSEWHERE}|elsewhere|somewhere else)`,
  `(?:use|using|try|trying|find|finding|look~ for|get|getting|join|joining) (?:a different|another|a new|other|some other|a better|a cheaper) (?:[a-z]+ )?${PROVIDER}`,
  // "switching to Octopus the second this is sorted": a name, not a plan ("switch to monthly billing").
  `switch~ (?:(?:(?:my|our) [a-z]+ )?(?:to|with) (?!(?:your|our|the|a|an|my|monthly|annual|annually|yearly|weekly|quarterly|paperless|online|email|direct|card|digital|paper|standard|premium|basic|pro|another app)\\b)[a-z]+(?= (?:the second|after|instead|if|unless|when|then|and)|[ \\n]*(?:[.!?,;]|$))|${PROVIDER})`,
  // Ultimatums: "match it or I'm leaving", "unblock now or we leave", "cancelling unless you honour my rate".
  `(?:or|otherwise|else|unless|if not|if no [a-z]+) (?:i|we) (?:am |are |will |shall )?(?:${QUIT}|leave|leaving|walk|walking|done)`,
  `${QUIT}(?: ${HELD})? (?:unless|if (?:you|this|it|that|the|nothing|no))|(?<=^|[.!?\\n] ?|[.!?\\n]  )(?:cancelling|closing|leaving|quitting|switching) (?:my|our|now|today|tomorrow)`,
  `(?:i am|we are|i am so|i am completely|i am totally|i am officially) done(?: with (?:you|your|this|the|u))?(?=[ \\n]*(?:[.!,;]|$)| with)|${DONE_WITH_US}`,
  `never (?:shopping|shop|flying|fly|booking|book|using|use|ordering|order|buying|buy|banking|coming back|come back|returning|staying|dealing)|never again(?![ \\n]*[a-z0-9])|(?:will not|would not|am not) (?:be )?(?:booking|book|using|use|shopping|shop|ordering|order|flying|fly|renewing|renew|coming back|returning|staying)`,
  `last time i (?:use|shop|book|order|fly|buy|bank|deal)|last chance before|you (?:have )?lost (?:me|us|a customer|a loyal customer|my business|our business|my custom)|take (?:my|our) (?:business|custom|money) (?:elsewhere|somewhere)|(?:consider this|this is) (?:my|our) (?:notice|cancellation)|want out of (?:my|our|this|the)|(?:reason|why should (?:i|we)) (?:to )?stay`,
  `(?:thinking|think|considering|consider|evaluating|looking at|weighing up|reviewing) (?:of |about )?(?:${QUIT}|leaving|switching|moving (?:${HELD}|elsewhere|to)|competitors|alternatives|other (?:providers|options|suppliers|banks|companies))`,
  // Without the verb "leave": "I will no longer use you", "I don't want to be your customer", "I've found a cheaper deal".
  `(?:no longer|not any ?more|stop|stop using|stop to use) (?:use|using|be using|shop|shopping|bank|banking|book|booking|order|ordering|fly|flying|want|need) (?:your|you|this|with you|the|from you)|(?:not|no longer) (?:want to )?(?:be|stay|remain) (?:a|your) (?:customer|member|client)`,
  `(?:take|taking|move|moving) (?:my|our) (?:business|custom|money|account|accounts|policy|policies|savings|mortgage|contract) (?:to|elsewhere|somewhere)|(?:plenty|lots) of other (?:[a-z]+ )?${PROVIDER}|(?:found|got|seen|been offered) (?:a )?(?:much )?(?:better|cheaper) (?:deal|offer|price|quote|rate)|vote with (?:my|our) feet`,
  `(?:review~|reconsider~|rethink~) (?:our|my) (?:contract|relationship|membership|subscription|account|business|partnership|custom)`,
  // A request to end it is leaving too: "please cancel my contract", "CANCEL MY CONTRACT NOW", "I want to leave without the exit fee".
  `(?:please |just |so )?cancel (?:my|our) (?:[a-z&]+ ){0,2}${RELATIONSHIP}(?= now| today| immediately| please|[ \\n]*(?:[.!,;]|$))|(?<=^|[.!?\\n] ?)cancel (?:my|our) (?:[a-z&]+ ){0,2}${RELATIONSHIP}`,
  `leave (?:without (?:paying )?(?:a |the |any |an )?(?:penalty|exit fee|fee|charge|termination fee)|penalty[- ]free)|leav(?:e|ing) (?:you )?(?:when|once|as soon as|at the end of) (?:my|our|the) (?:contract|term|plan|subscription|membership|deal)`,
  `(?:change|changing|changed) (?:(?:my|our) )?${PROVIDER}|(?:ready to|about to|going to|will) walk(?: away)?(?=[ \\n]*(?:[.!,;]|$))|(?:cancelling|leaving|quitting|switching) and (?:telling|going|moving|switching|taking)`,
  `(?:switch~|moving (?:over )?) to (?!(?:your|our|the|a|an|my|another|monthly|annual|paperless|online|direct)\\b)[a-z]+ (?:for good|tomorrow|today|instead|next (?:week|month)|if|unless|when)`,
  // Leaving in what they do rather than the word: "deleting the app", "we will take both children
  // out", "making me want to stop giving", "cancelling by letter", "going to a proper garage".
  `(?:deleting|delete|deleted|uninstall~|removing|remove) (?:the|your|this) app|(?:will|going to|shall|or (?:i|we) will) (?:take|pull) (?:both |my |our |the )?(?:children|kids|son|daughter|child|him|her|them) out|stop (?:giving|donating|supporting|paying you)|(?:cancelling|cancel|cancel~) (?:by (?:letter|phone|email|post)|in writing|online)(?=[ \\n]*(?:[.!,;]|$))|switch~ (?:over )?to (?:another|a different|some other) (?:supermarket|shop|store|bank|provider|supplier|network|company|firm|airline|courier|gym|insurer|retailer|brand|garage)|(?:going|go|take (?:it|my [a-z]+)) to (?:a proper|a real|a decent|a better|a different|another) [a-z]+(?=[ \\n]*(?:[.!,;]|$)| instead)`,
  // Going somewhere named, or just going: "I'm moving everything to Nationwide", "porting my number out",
  // "going back to Vodafone", "I'm leaving for Orbis", "or I'm off to Three", "moving banks", "pulling all my money out".
  `(?:moving|taking|porting|transferring) (?:everything|it all|all (?:my|our) [a-z]+|(?:my|our) (?:number|money|savings|accounts?|business|custom|policies|data)) (?:to|over to|out)|porting (?:my number |our numbers )?(?:out|to)|going back to (?!(?:the|a|an|my|our|your|bed|work|sleep|school|normal|square)\\b)[a-z]+|(?:i am|we are|i will be|we will be) leaving for [a-z]+|(?:i am|we are|or i am|or we are|or i will be) off(?: to (?!(?:the|a|an|my|our|your|work|bed|hospital)\\b)[a-z]+)?(?=[ \\n]*(?:[.!,;]|$))|(?:moving|switching|changing) (?:banks|networks|providers|suppliers|insurers)|pulling (?:all )?(?:my|our) (?:money|savings|business|accounts?|custom) out|(?:go|going) with (?:the |a |an )?[a-z]+(?: [a-z]+)? instead`,
  // An ultimatum that ends in going: "if this isn't fixed by Friday I'm cancelling all three policies", "…I'm moving to Octopus".
  `(?:if|unless) [^.!?\\n]{0,60}(?:i am|we are|i will|we will|i will be|we will be|i shall) (?:${FIRMLY})(?:${QUIT}|leaving|moving|porting|switching|pulling)(?![a-z])`,
  // The way out asked for or announced: "send me my PAC code", "the last straw", "we are not renewing", "a former customer".
  `(?:pac|stac|porting) code|(?:last|final) straw|(?:are|is|am) not (?:going to )?(?:renew~|stay~|continu~)|(?:do not|will not|would not|not going to) (?:be )?(?:renew~|continu~ (?:with|my|our))|(?:former|ex-) ?customer|cancel everything|(?:cheaper|better) (?:deal|offer|price|quote|rate)s? (?:elsewhere|with (?!you|your|us)[a-z]+|from (?!you|your|us)[a-z]+)`,
  // Going, said bare: "cancelling.", "Deleting the app tonight.", "Might cancel.", "bye 👋".
  `(?<=^|[.!?\\n] ?|[.!?\\n]  )(?:(?:might|may|probably|about to) )?(?:cancel|cancelling|deleting (?:the|your|this) app|uninstalling|bye)(?=[^a-z]*$|[ \\n]*[.!,;]| tonight| today| now)|(?:evaluating|looking at|considering|weighing up|trialling|trialing) other (?:vendors|networks|platforms|tools|insurers|airlines|gyms|apps|lenders|retailers|shops|stores)`,
];

/** The reply answers the threat to leave: "I'd hate to lose you", "before you decide", a reason to stay. */
export const REPLY_ANSWERS_LEAVING = [
  // Wanting to keep them, not a farewell ("sad to see you go").
  `(?:hate|not want|do not want|would not want|never want|last thing (?:i|we) (?:want|would want) is|not like|would not like|not ready|not wish) (?:is )?to (?:lose|see you (?:go|leave))`,
  `(?:keep|keeping|retain|retaining) (?:you|your (?:custom|business|account|membership|loyalty))`,
  `(?:you|your (?:custom|business)) as (?:a|our) (?:valued |loyal )?(?:customer|member|client)`,
  `before you (?:decide|make (?:a|any|your|that|the|a final) decision|cancel|leave|switch|go|close|move|take|commit|do that|walk)`,
  `(?:stay|staying|remain|remaining) (?:with us|on board|a customer|a member|with [a-z]+)|(?:like|want|hope|love|persuade|convince) (?:you )?to stay|reason to stay`,
  `reconsider|(?:another|a second|one more|one last) (?:chance|try|go)|(?:give|let) (?:us|me) (?:the|a) chance to|(?:no|not|do not) need to (?:${QUIT}|leave|switch|move|go elsewhere)|(?:no|without|waive~|waiving) (?:any )?(?:exit|cancellation|early termination|termination) (?:fee|fees|charge|charges|penalty)`,
  `(?:hope|like|love|want) (?:you (?:will|would|can|decide to|might|choose to) )?(?:stay|remain|give us)|(?:\\d+|many|so many|all those|all these) years (?:with us|as (?:a|our) (?:customer|member|client))`,
  `(?:earn|win|regain|rebuild|restore) (?:back )?(?:your trust|you back|your confidence|your business|your custom)`,
  `(?:value|valued|appreciate) (?:your|you as a) (?:custom|business|loyalty|membership|years)|(?:loyalty|retention|loyal customer|existing customer) (?:offer|discount|credit|rate|deal|team|price|bonus|reward)|loyal (?:customer|member|client)`,
  `(?:understand|respect|know|see|hear) (?:if |that |why )?you (?:want|wish|would|might|are thinking|decide|choose|are considering|are planning|are|have decided|feel like)(?: (?:of|about))? (?:to )?(?:(?:${QUIT}|leave|leaving)|switch|go|move|take|look)`,
  `if you (?:still )?(?:want|wish|decide|choose|would (?:still )?like|prefer|do decide) to (?:(?:${QUIT}|leave|leaving)|switch|move|go)`,
  `(?:i|we) (?:have |had )?(?:cancel(?:l)?ed|closed|terminated|ended) (?:your|the) (?:${RELATIONSHIP})`,
];

/**
 * The reply says why it happened: "prices went up because of the price cap", "that was due to a
 * stuck job", "your account was locked after three failed logins". Beside a cause given, "it's
 * possible our system got this wrong, so I'm checking" takes back what the reply has just said.
 */
export const REPLY_EXPLAINS_CAUSE = [
  // Not "due to arrive": a date, not a cause.
  'because|owing to|caused by|as a result of|the result of|(?:is|was|are|were) down to|due to(?! (?:arrive|be|go|start|reach|land|ship|finish|open|close|come|run|end|expire|renew|leave|depart|take)(?![a-z]))',
  '(?:the|that is the|this is the) reason (?:is|was|for|why|being)|(?:that|this|which) is (?:why|what (?:caused|happened))|(?:happens|happened|can happen) (?:when|if|after|because)',
  '(?:is|are|was|were) (?:calculated|set|worked out|charged|billed|priced) (?:on|from|by|using|according to)|(?:is|are|was|were) based on|(?:undergoing|under|for) (?:scheduled|planned|routine) maintenance',
  '(?:locked|frozen|suspended|blocked|closed|declined|flagged|held|stopped|cancel(?:l)?ed|moved|rerouted|routed|delayed) (?:after|following) (?:the|a|an|your|several|three|two|\\d+)',
  // How a price moves: "fares go up as seats sell", "prices vary with demand".
  '(?:fares|prices|rates|premiums|costs|fees) (?:do |does |can |will |often |usually |naturally |tend to )?(?:go|goes|went|rise|rises|rose|change|changes|vary|varies|move|moves) (?:up |down )?(?:as|when|with|depending on|according to)(?![a-z])',
  // A fault named where it is: "there's a signalling fault at Three Bridges", "there was a power failure in the depot".
  'there (?:is|was|has been|had been) (?:a|an) (?:[a-z-]+ ){0,2}(?:fault|failure|breakdown|incident|outage|power cut) (?:at|on|in|near|between|affecting)(?![a-z])',
];

/**
 * The reply already answers or resolves: what was done ("it has been refunded", "the contract is
 * attached"), what the customer asked for ("your account number is…", "yes, we have chargers"),
 * how to do it ("you can book one in the app", "tap Settings"). "I'll take care of this
 * personally and see it through until it's sorted" then promises to sort what is sorted.
 */
export const REPLY_ANSWERS = [
  // Done, in the passive: what "I've refunded" says with the agent left out.
  '(?:has|have) (?:now |already |just |also )?been (?:approved|paid|sent|re-?sent|refunded|credited|fixed|resolved|restored|assigned|processed|issued|dispatched|reconnected|removed|reset|unlocked|unblocked|unfrozen|corrected|added|booked|rebooked|extended|waived|reversed|replaced|reinstated|posted|delivered to you|settled|switched|activated)',
  '(?:is|are) (?:now )?(?:back (?:up|on|online|to normal)|fixed|resolved|restored|refunded|credited|unlocked|unblocked|reconnected|reactivated|working again|live again|on (?:its|their) way|in the post)|(?:we|i) have (?:now |already |just |also )?(?:issued|refunded|credited|fixed|resolved|restored|unlocked|unblocked|reversed|waived|corrected|rebooked)|(?:it is|it has been|they have been) (?:restarted|rerun|re-run|reprocessed)',
  // Sent with the reply: "please find your contract attached", "I've attached the label".
  '(?:have|has) (?:also )?(?:attached|enclosed)|(?:find|see) (?:it |them |this |the [a-z]+ |your [a-z]+ )?(?:attached|enclosed)|(?:is|are) (?:attached|enclosed)|attached (?:is|are)',
  // What they asked, told: "your account number is…", "it's 0800 783 4444", "yes, four chargers".
  'your (?:[a-z]+ ){0,2}(?:number|code|reference|pin|balance|ticket|login|username|postcode|address|date) is(?! (?:not|still|wrong|incorrect|missing|invalid|blocked|locked|suspended|overdue|negative|in arrears)(?![a-z]))|(?:your|the) (?:[a-z]+ ){0,3}(?:is|was) #?[a-z]*\\d[a-z0-9-]{3,}',
  '(?:it is|the number is|call us on|ring us on|dial) (?:0|\\+)\\d+',
  '(?<=^|[.!?,:;\\n] ?)(?:yes|yep|yeah|yup|good news)(?=[ ]?[,!.:;—–-])',
  '(?:open|opens|runs|staffed) (?:from|between|until|24 hours|every day|daily|7 days)',
  // How: "you can book one in the app", "you'll get it within a minute", "tap Settings".
  'you (?:can|could|will be able to|are able to) (?:now |also |still |easily )?(?:find|see|view|book|reserve|collect|download|access|manage|change|update|reset|choose|select|use|track|turn|switch|pick|log in|sign in|pay|claim|keep|return|get it|get them|get one)',
  'you will (?:get|receive|see|find) (?:it|them|this|that|your|the new|a text|an email|a code)',
  '(?<=^|[.!?;:\\n] ?|please |just |simply |kindly )(?:go to|head to|head over to|tap|click|select|press|text|dial|restart|reboot|reset|clear|log out|sign out|try|reinstall|install|visit|choose|switch|turn)(?= (?!(?:us|me|our [a-z]+ team)(?![a-z])))',
  '(?:in|under|from|via|through) (?:the |your )?(?:app|settings|account settings|my account|manage booking|menu|online account|home >|profile)|can be (?:claimed|booked|found|done|changed|updated|managed|requested|downloaded|viewed|paid|tracked|collected) (?:via|in|on|through|online|at|from)',
  // A fix with its time: "the fix goes live on Thursday", "engineers expect to restore it by 7pm".
  '(?:goes|go|is going|will go) live (?:on|at|by|tomorrow|today|tonight)|(?:back|restored|fixed|reconnected|repaired|done|finished|completed) by (?:\\d{1,2}(?:[:.]\\d\\d)?(?: ?(?:am|pm))?|' + WEEKDAY + '|tomorrow|tonight)|expect~ to (?:restore|fix|resolve|reconnect|have (?:it|this|you|the [a-z]+) (?:back|fixed|running))',
];

/**
 * The reply has already put it right: money back, the thing replaced, the fault fixed ("your £40
 * has been refunded", "I've issued a full refund", "a replacement is on its way"). Asking "what
 * would make this right for you?" after it asks what the reply has just done.
 */
/** A remedy the agent has already made, in the first person (see `reply.fixedIt`). */
export const REPLY_FIXED_IT = [
  '(?:i|we) have (?:now |just |already |also |gone ahead and )?(?:refunded|restored|fixed|reset|credited|reversed|removed|cancel(?:l)?ed|switched|applied|added|reissued|re-issued|unlocked|unblocked|reinstated|updated|corrected|matched|waived|replaced|changed|released|reactivated|activated|upgraded|extended|lifted|unfrozen)(?![a-z])',
];

export const REPLY_RESOLVED = [
  // A charge taken back: "I've reversed the £35", "we have waived the late fee", "I've refunded both payments".
  '(?:i|we) have (?:now |already |just |also |gone ahead and )?(?:reversed|waived|refunded|removed|cancel(?:l)?ed|written off|wiped|taken off) (?:the|your|that|this|those|these|both) (?:[a-z0-9£$€.,-]+ ){0,3}?(?:charges?|fees?|payments?|amounts?|fine|penalty|debit|deduction|transactions?|[£$€]\\d[\\d.,]*)',
  '(?:has|have) (?:now |already |just |also )?been (?:fully )?(?:refunded|credited|fixed|resolved|restored|reversed|waived|replaced|reinstated|removed|corrected|reimbursed|paid back|cancel(?:l)?ed and refunded)',
  '(?:i|we) (?:have |had )?(?:now |already |just |also |gone ahead and |today )?(?:issued|processed|arranged|sent|put through|approved|applied|added|credited|refunded|booked|ordered) (?:you )?(?:a |an |the |your )?(?:full |partial |[£$€]?\\d+[.,\\d]* )?(?:refund|credit|replacement|reimbursement|compensation|goodwill|voucher)',
  '(?:refund|credit|replacement|reimbursement|compensation)(?: of [^.!?\\n]{1,20})? (?:is|are|will be|has been|have been) (?:now )?(?:on (?:its|the|their) way|processed|issued|sent|applied|added|in the post|approved)',
  // Working again, or the job done at a time: "trading is back as of 14:20", "it finished at 14:12 today" (not "once it is back").
  '(?<!(?:once|when|until|if|before|after|as soon as) (?:it|this|that|the [a-z]+|your [a-z]+) )(?:is|are) (?:now |all |fully )?(?:back (?:up|online|working|to normal|as of)|working (?:again|normally|as normal))|(?:it|this|that) (?:finished|completed|went through) (?:at|on|earlier|this morning|this afternoon|today|yesterday)',
];

/**
 * The reply disputes what the customer says happened: "your connection has been stable all week",
 * "the line test came back green", "that's not what happened". "I can see it keeps dropping"
 * above it concedes what the reply denies.
 */
export const REPLY_DISPUTES = [
  // A correction by contrast: "the parcel was placed, not thrown", "it was delayed, not lost".
  '(?:was|were|is|are|has been|had been) (?:[a-z]+ed|[a-z]+en|put|left|set|sent|paid|made|held|kept|shut|cut), not (?:[a-z]+ed|[a-z]+en|thrown|lost|stolen|broken|dumped|cut|shut)(?![a-z])',
  '(?:working|performing|running|operating) (?:perfectly|fine|normally|correctly|as (?:expected|it should|normal|intended))',
  // Said in the past: "the sensor was functioning correctly throughout", "the device performed as intended".
  '(?:performed|functioned|functioning|behaved|worked|operated) (?:perfectly|correctly|normally|as (?:expected|it should|normal|intended|designed))',
  // What they called it named otherwise: "classified as a partial degradation rather than an outage".
  '(?:classified|categori[sz]ed|recorded|logged|treated|counted|graded|assessed) as (?:a |an )?(?:[a-z-]+ ){1,3}rather than (?:a |an )?[a-z]+',
  '(?:has been|have been|was|were|is|are|looks|looked|seems|seemed|appears) (?:completely |perfectly |totally )?(?:stable|fine from|fine on|normal on|healthy)|came back (?:green|clear|fine|normal|ok|okay|clean)|(?:all|everything) (?:looks|looked|is|was|seems) (?:fine|normal|good|ok|okay|green)',
  'no (?:faults?|outages?|issues?|problems?|errors?|drops?|congestion|disruption|evidence|trace|sign) (?:on (?:our|the|your)|found|in (?:your|the) (?:area|postcode|account|line|logs|records|exchange)|reported|detected|showing|recorded|of (?:failure|a fault|any|an? (?:issue|problem|fault|error)))',
  // A correction of what they called it: "the $6 isn't interest — it's the late fee"; a record held right: "our logs are not wrong".
  '(?:is|are|was|were) not (?:a |an |the )?[a-z]+(?: [a-z]+)? ?(?:—|–|-|,|;) ?(?:it is|they are|it was|they were|that is)(?![a-z])|(?:logs?|records?|data|system|systems|figures?|readings?|notes|tracking) (?:[a-z]+ )?(?:is|are|was|were) (?:not|never) (?:wrong|mistaken|incorrect|inaccurate)',
  '(?:you are|you were|you have been) (?:mistaken|wrong|incorrect)|(?:that|this) is not (?:what happened|true|correct|accurate|the case)|(?:did|does) not happen (?:that way|like that)|you (?:are|were) (?:not|never) (?:charged|billed) (?:twice|double)',
  // What went wrong put on the customer's side: "it was cancelled on your end", "the issue is with your router".
  '(?:done|made|cancel(?:l)?ed|deleted|changed|set|entered|turned off|switched off|caused|happened|started|originated) (?:on|at|from) your (?:end|side)|(?:issue|problem|fault) (?:is|was|lies|lay) (?:with|on|in) your (?:own )?(?:end|side|equipment|device|wiring|router|network|connection|browser|phone|settings|bank)',
  // What happened called routine: "the charge was applied on the 1st as scheduled", "it was sent as normal".
  '(?:applied|charged|taken|collected|sent|processed|billed|debited|delivered|renewed|issued) (?:[a-z0-9]+ ){0,4}as (?:scheduled|normal|usual|expected|agreed|planned|standard|per (?:the|your|our) [a-z]+)',
  '(?:definitely|clearly|correctly|successfully) (?:delivered|received|sent|made|used|ordered|authori[sz]ed|activated|redeemed)|(?:was|were) (?:definitely|clearly|correctly|successfully|already) (?:delivered|received|sent|made|used|ordered|authori[sz]ed|activated|redeemed)',
];

/**
 * The reply holds the charge or decision right on its facts, or puts what happened on the
 * customer: "the March bill of £412 is correct", "the payment was taken correctly", "the fee
 * stands", "that's what triggers the fee", "which you agreed to at checkout", "it may be that this
 * step was missed". An apology in the customer's words above it ("I'm sorry you were charged a $15
 * fee") says sorry for what the reply maintains; blind readers called it a contradiction. Not a
 * polite no ("class packs can't be extended"), under which sympathy for their hardship still reads.
 */
export const REPLY_UPHOLDS = [
  // A verdict on the charge or the decision: "the March bill of £412 is correct", "the fee is final", "the decision is the right one".
  '(?:charges?|fees?|bills?|amounts?|payments?|invoices?|prices?|rates?|readings?|figures?|calculations?|decision|ban|suspension|rejection|balance|totals?|premiums?|fines?|penalty|penalties)(?: [a-z0-9£$€.,]+){0,3}? (?:is|are|was|were|has been|have been|remains?) (?:also |still |entirely |completely |always |therefore |thus )?(?:correct|accurate|valid|legitimate|the right one|final|payable|owed|applicable)(?![a-z])',
  '[£$€]\\d[\\d.,]* (?:is|are|remains?) (?:still )?(?:payable|owed|correct)|(?:is|are) always (?:correct|accurate|right)(?![a-z])',
  '(?:charged|applied|issued|taken|billed|calculated|rejected|declined|refused|raised|triggered|debited|collected|processed|delivered|deducted|assessed) correctly|correctly (?:charged|applied|issued|taken|billed|calculated|rejected|declined|triggered|deducted|assessed)',
  '(?:fee|charge|fine|penalty|bill|decision|ban|rejection|suspension|amount|price|invoice) (?:still )?(?:stands|will stand|must stand|remains in place)',
  '(?:that|this|which)(?:\'s| is)? what (?:triggers|triggered) (?:the|a) (?:[a-z-]+ )?(?:fee|charge|fine|penalty)',
  // What happened put on the customer: "which you agreed to at checkout", "found that you requested cancellation".
  '(?:that|which|as|because|since) you (?:had )?(?:requested|agreed to|accepted|authori[sz]ed|approved|chose|selected|opted)(?![a-z])',
  "(?:policyholder|customer|member|guest|patient|account holder|cardholder)'s responsibility|(?:it is|it's|it was) your responsibility",
  '(?:this|that|the) step was (?:missed|skipped|not followed)|(?:weren\'t|were not|wasn\'t|was not) (?:looked after|cared for|maintained|treated|stored) (?:as|according to|in line with)',
  'had (?:your|you|the) (?:[a-z]+ ){0,3}been (?:added|registered|booked|submitted|cancel(?:l)?ed|reported) (?:in advance|beforehand|on time)|should have been (?:raised|reported|registered|notified) (?:during|before|within|at the time)',
  'please be more careful|(?:so )?technically it (?:arrived|was delivered) on time|no duplicate (?:was|has been) (?:taken|charged|made)',
];

/**
 * Sympathy the reply has already given for what the customer is going through: "I hope your mum
 * is recovering", "hope you're feeling better". "I'm sorry your mum was in hospital" after it
 * says the same again.
 */
export const REPLY_SYMPATHY = [
  'hope (?:you|your [a-z]+|she|he|they|the [a-z]+)(?: are| is| have| has| will| had|(?:\'| i)s)? (?:[a-z]+ )?(?:recover~|feeling better|feel better|better soon|getting better|on the mend|ok|okay|alright|all right|going well|goes well|went well|doing better)',
  '(?:get well soon|speedy recovery|wishing (?:you|her|him|them) (?:well|a speedy|a quick|all the best))',
];

/**
 * The reply meets what the customer feels in its own words: thanks them for catching it ("thanks
 * for spotting that"; not "thanks for letting us know", said to anyone about anything), grants that
 * it looks wrong ("it does seem odd to pay a foreign fee"), or takes in how it hit them ("I
 * completely get that a jump like that is a shock").
 */
export const REPLY_MEETS_FEELING = [
  'thank(?:s| you)(?: so much| very much)? for (?:spotting|catching|noticing|flagging|pointing (?:this|that|it) out)',
  '(?:it|that|this) (?:does |must |can |will |would )?(?:seem|seems|look|looks|sound|sounds) (?:really |very |a bit |so )?(?:odd|strange|wrong|unfair|confusing|steep)',
  '(?:i|we) (?:completely |totally |fully |absolutely |really |do )?(?:get|understand|see) (?:that|why|how) (?!you (?:are|feel|felt|were) (?:frustrated|upset|unhappy|annoyed|disappointed))',
  '(?:is|was|must be|must have been|would be|comes as|came as) (?:a |such a |quite a |a real |a big |an unwelcome )?(?:shock|blow|worry)',
  'you are (?:quite |absolutely |completely )?right (?:that|to)(?![a-z])|understandabl[ey]',
];

/** The reply thanks for what the customer said, apologises for nothing, and the customer is not heated. */
const THANKED_FOR_IT = ['reply.thanks', '!reply.apologises', '!customer.heated'] as const;

/**
 * The signals, one entry each: its name (what suggestion rules, flag patterns' conditions and
 * rewrites read; ./types.ts derives `Signal` from these keys), the text it reads and how (see
 * `SignalEntry` in ./types.ts). In short: `reads` (`'customer'`: never holds without a customer
 * message, unless `withoutCustomer`), `patterns` (one of them matches), `unless` (none of these
 * does), `text` (the customer's text with their own slips blanked), `contains`, `inOneSentence`,
 * `onlyIf` (every term holds), `unlessAll` (not all of these hold), `ways` (or: every term of one
 * of these holds; an entry that reads no text holds only so), `orFlagged`, `readsFlags`. A term
 * is a signal, `!` and a signal, or a condition computed in ../signals.ts (`Condition` in
 * ./types.ts) for what patterns cannot say. ../signals.ts compiles each entry once, checks every
 * name against the table, and that an entry says `readsFlags` exactly where it reads the flags.
 *
 * To add a signal: its pattern list above (or one already there), and an entry here; nothing
 * else changes, and a rule that names it, or an entry that names one not here, fails the
 * typecheck. Only where no pattern, `unless` or term can say it, a new condition: a name in
 * `Condition` (./types.ts) and its function in ../signals.ts (`conditions`).
 */
export const SIGNALS = {
  /** There is a customer message to read. */
  'customer.present': { reads: 'customer' },
  /** The customer tells of something that went wrong, not their own slip; an error report is a problem too ("my meter says 1480 but the bill says 1840"). */
  'customer.problem': { reads: 'customer', text: 'ownSlipsBlanked', patterns: CUSTOMER_PROBLEM, ways: [['customer.errorReport']], onlyIf: ['!customer.goodNews'] },
  /** Heated, or a problem told other than as a calm, polite request: "Could you check why…?" is not a complaint. */
  'customer.unhappy': { reads: 'customer', ways: [['customer.heated'], ['customer.problem', '!calmRequest']] },
  /** The customer reports an error of ours, outside the clauses of their own slips. */
  'customer.errorReport': { reads: 'customer', text: 'ownSlipClausesBlanked', patterns: CUSTOMER_ERROR_REPORT, onlyIf: ['!customer.goodNews'] },
  /**
   * Good news, as the reply read it: the customer thanks or praises, and the reply is glad at it
   * ("so glad the downloads kept the peace", "congrats on the plat") with no apology, with no anger
   * words, and the message does not turn to a complaint. A problem word in the story ("the
   * offline mode saved my train ride", "just got my first trophy") is no problem then: every move
   * that answers one (an apology, "that shouldn't have happened", "I'll see it through") misreads it.
   */
  // (Exclamation marks and capitals are joy here, "thanks devs!! 🙌": only anger words count against it.)
  'customer.goodNews': { reads: 'customer', patterns: CUSTOMER_PRAISE, unless: CUSTOMER_HEAT, onlyIf: ['reply.glad', '!reply.apologises', '!praiseTurns'] },
  /**
   * Shouting, or anger words and threats; going, said in a calm question with nothing wrong ("could
   * you send my switching code? I'm moving to another network"), is a request, not a threat.
   */
  'customer.heated': { reads: 'customer', ways: [['shouts', '!customer.goodNews']], patterns: CUSTOMER_HEAT, onlyIf: ['!calmQuestion'] },
  /** Venting about how it went, with no ask and no fix that goes without saying (money back, the missing thing, the service restored). */
  'customer.wantUnclear': { reads: 'customer', patterns: [CUSTOMER_CRITICISM, CUSTOMER_VENT], unless: [CUSTOMER_WANT, CUSTOMER_IMPLIED_FIX], onlyIf: ['!asksGenuinely'] },
  /**
   * The reply answers a problem to own. Without the customer's words, a support reply is taken to
   * answer a problem. A request is a problem to own too: "can you unlock my phone early?", "I'd like
   * my records emailed" leave the customer waiting on someone until it is done. Not thanks or
   * praise, nor a question the answer ends ("how do I renew my photo?"); one answered no ("can I
   * pause my membership?" → "pauses aren't possible") leaves them with a need someone must own.
   */
  'reply.problemContext': {
    reads: 'customer',
    withoutCustomer: true,
    readsFlags: true,
    ways: [['customer.problem'], ['customer.heated']],
    patterns: CUSTOMER_WANT,
    onlyIf: ['!customer.praise', '!calmRequest'],
    unlessAll: ['infoQuestion', '!reply.refusal'],
  },
  /** The reply refuses, in its cue's words or as a refusal rule flagged it. */
  'reply.refusal': { reads: 'reply', readsFlags: true, orFlagged: 'refusal', patterns: REPLY_REFUSAL },
  'reply.alternative': { reads: 'reply', patterns: REPLY_ALTERNATIVE },
  /** Passive "an error occurred" with no admission hides who is responsible, even beside "I'll". */
  'reply.commitment': { reads: 'reply', patterns: REPLY_COMMITMENT, unlessAll: ['reply.hiddenOwnership', '!reply.admission'] },
  'reply.hiddenOwnership': { reads: 'reply', patterns: REPLY_HIDDEN_OWNERSHIP },
  'reply.admission': { reads: 'reply', patterns: REPLY_ADMISSION },
  /** An apology that is not a canned phrase, nor one that names nothing. */
  'reply.sincereApology': { reads: 'reply', readsFlags: true, onlyIf: ['ownApology'] },
  /** A time and a future or done step in one sentence. */
  'reply.nextStep': { reads: 'reply', inOneSentence: [REPLY_TIME, REPLY_FUTURE] },
  'reply.question': { reads: 'reply', contains: '?' },
  'reply.thanks': { reads: 'reply', patterns: REPLY_THANKS },
  'reply.callOffer': { reads: 'reply', patterns: REPLY_CALL_OFFER },
  'reply.restates': { reads: 'reply', patterns: REPLY_RESTATES },
  /** The reply takes up something specific the customer raised (`sharesContent`). */
  'reply.namesIssue': { reads: 'customer', onlyIf: ['sharesContent'] },
  'customer.repeat': { reads: 'customer', patterns: CUSTOMER_REPEAT },
  /**
   * The customer owns the slip ("I forgot to pay… got a letter saying the policy is cancelled", "I
   * missed my appointment, sorry! overslept"): what followed is not ours to be sorry for in their words.
   */
  // (Not where they name a cause of ours beside it: "I lost my whole save after the patch".)
  'customer.ownSlip': { reads: 'customer', patterns: CUSTOMER_OWN_SLIP, unless: [OUR_CAUSE_NAMED] },
  /** The customer complains of waiting on us: a repeat, or a wait for an answer said without one. */
  'customer.waitedOnUs': { reads: 'customer', ways: [['customer.repeat']], patterns: CUSTOMER_WAITED_ON_US },
  'customer.beenHereBefore': { reads: 'customer', ways: [['customer.repeat']], patterns: CUSTOMER_BEEN_HERE_BEFORE },
  /**
   * What recurs is the trouble, not their contact ("late AGAIN", "price went up again", "3rd week
   * running"): nothing says they wrote or called before, in their words or the reply's.
   */
  /**
   * Heat with nothing in it to sort: praise in capitals, an opinion of a price ("£120 for 10
   * minutes is robbery"). No problem or error told, no contact chased, no threat to leave.
   */
  'customer.nothingToSort': { ways: [['customer.present', '!customer.problem', '!customer.errorReport', '!customer.repeat', '!customer.leaving']] },
  'customer.troubleRecurs': { reads: 'customer', patterns: CUSTOMER_TROUBLE_AGAIN, unless: CUSTOMER_CHASED_BEFORE, onlyIf: ['!customer.repeat', '!reply.citesEarlier'] },
  /**
   * Nothing for "I'll see it through until it's sorted" to see through: heat over nothing to sort
   * (praise in capitals, "£120 for 10 minutes is robbery" answered with the bill) or a question
   * the reply has answered ("does it come in petite?" → "it does: sizes 0P-14P").
   */
  'reply.nothingToSeeThrough': {
    ways: [
      ['customer.nothingToSort', 'customer.heated'],
      ['customer.nothingToSort', 'reply.answersTheirQuestion'],
    ],
  },
  'customer.leaving': { reads: 'customer', patterns: CUSTOMER_LEAVING },
  'reply.ownsRepeat': { reads: 'reply', patterns: REPLY_OWNS_REPEAT },
  'reply.correctsThem': { reads: 'reply', patterns: REPLY_CORRECTS_THEM },
  'reply.answersLeaving': { reads: 'reply', patterns: REPLY_ANSWERS_LEAVING },
  'reply.citesEarlier': { reads: 'reply', patterns: REPLY_CITES_EARLIER },
  /** Thanks or praise with no problem in it: nothing to restate, apologise or thank for. */
  'customer.praise': { reads: 'customer', patterns: CUSTOMER_PRAISE, onlyIf: ['!customer.problem', '!customer.heated'] },
  'reply.apologises': { reads: 'reply', patterns: REPLY_APOLOGY },
  /** The reply is glad at what the customer told ("great to hear", "made our day"): it read good news. */
  'reply.glad': { reads: 'reply', patterns: REPLY_GLAD },
  'customer.damage': { reads: 'customer', patterns: CUSTOMER_DAMAGE, unless: CUSTOMER_DECISION },
  'reply.explainsCause': { reads: 'reply', patterns: REPLY_EXPLAINS_CAUSE },
  /** A cause given is an answer too: "prices went up because of the price cap" leaves nothing to sort. */
  'reply.answers': { reads: 'reply', ways: [['reply.explainsCause']], patterns: REPLY_ANSWERS },
  /**
   * The reply holds that the customer's account is not so: in its own words (`reply.denies`), or a
   * no to someone reporting that we got something wrong ("as it was signed for, we can't refund").
   */
  'reply.disputes': { readsFlags: true, ways: [['reply.denies'], ['reply.refusal', 'customer.errorReport']] },
  'reply.sympathises': { reads: 'reply', patterns: REPLY_SYMPATHY },
  /**
   * The reply says sorry for what happened in its own words ("I'm really sorry, that's not how our
   * team should leave your home"); beside a no ("non-refundable, sorry") the sorry is for the no.
   */
  'reply.sorryForIt': { readsFlags: true, ways: [['reply.sincereApology', '!reply.refusal']] },
  'reply.meetsFeeling': { reads: 'reply', patterns: REPLY_MEETS_FEELING },
  /**
   * The reply has met how they feel in its own words and dealt with it: put it right or explained
   * it ("thanks for spotting that… I've refunded £9.50"). Not "thanks for flagging it" alone with an
   * admission: the thanks is read as one (REPLY_ADMISSION), and nothing is done yet.
   */
  'reply.feelingMet': {
    ways: [
      ['reply.meetsFeeling', 'reply.resolved'],
      ['reply.meetsFeeling', 'reply.answers'],
    ],
  },
  'reply.handsOff': { reads: 'reply', patterns: REPLY_HANDS_OFF },
  'customer.recordMatter': { reads: 'customer', patterns: CUSTOMER_RECORD_MATTER },
  'reply.resolved': { reads: 'reply', patterns: REPLY_RESOLVED },
  /** The reply holds the charge or decision right, or puts what happened on the customer (filled apologies step aside). */
  'reply.upholds': { reads: 'reply', patterns: REPLY_UPHOLDS },
  /** The reply says their account is not so, in its own words (`reply.disputes` less a bare refusal). */
  'reply.denies': { reads: 'reply', patterns: REPLY_DISPUTES },
  /**
   * The customer praises someone, even beside a problem word in their story, and the reply thanks
   * them for it without an apology. "The driver was brilliant and waited an hour when our flight
   * was late": the agent who thanks for it and apologises for nothing has read it as praise; a
   * reply that apologises has found a complaint in it.
   */
  'reply.thanksForPraise': {
    reads: 'customer',
    // Or glad at it, with no apology, to someone not heated: "Love to hear it 🚀", "this made our morning".
    ways: [[...THANKED_FOR_IT, 'customer.praise'], ['reply.glad', '!reply.apologises', '!customer.heated']],
    patterns: CUSTOMER_COMPLIMENT,
    onlyIf: [...THANKED_FOR_IT, '!praiseTurns'],
  },
  /** A time given for a step someone on our side takes on, in one sentence ("we'll reset it by 5pm"). */
  'reply.promisesByTime': { reads: 'reply', inOneSentence: [REPLY_TIME, REPLY_OWNED_STEP], onlyIf: ['reply.nextStep'] },
  /**
   * The reply says what the customer's trouble was: what went wrong (late, missing, broken,
   * charged twice, not working…), restated, its cause, a fault owned, or what it has done about
   * it ("I've refunded the order"); a topic taken up from their message ("your express
   * delivery", "the skins") counts only where the reply acts on it or answers what they asked.
   * Without their message only the reply can say what it was, so a step of its own ("I'll
   * re-send it today") is taken to. Not so: "Sorry about this! DM us your order number.", nor
   * "Sorry about that! Express delivery times are estimates." (canned-empathy reads it).
   */
  'reply.namesTrouble': {
    reads: 'reply',
    patterns: REPLY_NAMES_FAULT,
    ways: [
      ['reply.restates'],
      ['reply.admission'],
      ['reply.explainsCause'],
      ['reply.answers'],
      ['reply.resolved'],
      ['reply.namesIssue', 'reply.actsOnIt'],
      ['reply.answersTheirQuestion'],
      ['!customer.present', 'reply.commitment'],
    ],
  },
  /** The reply takes a step on it, the agent's or the team's: "I'll re-send it", "we'll sort your permit today", "we've raised it with the depot". */
  'reply.actsOnIt': { reads: 'reply', patterns: REPLY_WE_ACT, ways: [['reply.commitment']] },
  'reply.asksForDetails': { reads: 'reply', patterns: REPLY_ASKS_FOR_DETAILS },
  /**
   * The agent has already put it right in their own act ("I've refunded the £8.10", "I've restored
   * your workspace", "we've switched you to Free"): there is no step left to time. Not a step that
   * starts something still to come ("I've rebooked the engineer", "I've sent it"): its when is the next step.
   */
  'reply.fixedIt': { reads: 'reply', patterns: REPLY_FIXED_IT },
  /**
   * The reply takes their report on as its own to put right: a first-person step on it ("I'll
   * check with the depot", "I've booked a new delivery"), with nothing said against their account
   * (no dispute, no charge upheld, no refusal, no earlier answer cited, no record quoted as proof,
   * no blame put on them, no arguing). Labellers read that as
   * allowing it may be ours, whatever words the admission would have come in.
   */
  'reply.takesItOn': {
    reads: 'reply',
    readsFlags: true,
    onlyIf: ['reply.commitment', '!reply.disputes', '!reply.upholds', '!reply.refusal', '!reply.citesEarlier', '!rebutsFlagged'],
  },
  'reply.teamOnIt': { reads: 'reply', patterns: REPLY_TEAM_ON_IT },
  'reply.decision': { reads: 'reply', patterns: REPLY_DECISION },
  'reply.checked': { reads: 'reply', patterns: REPLY_CHECKED },
  /** The customer asked a genuine question and the reply takes up what they raised: "what's the hotel's name?" → "your package includes…". */
  'reply.answersTheirQuestion': { reads: 'customer', onlyIf: ['asksGenuinely', 'sharesContent'] },
} as const satisfies Readonly<Record<string, SignalEntry>>;
