// Puts the customer's problem into the agent's words for ready sentences:
// "I was charged twice for October!!" -> "you were charged twice for October", which the
// templates turn into "I’m sorry you were charged twice for October." The agent inserts the
// sentence with one click, so a clause is only returned when it can be sent as is; otherwise ''
// (and the template's fallback, with a bracketed placeholder, is used).
//
// The clause is one statement of the problem:
// - taken from the sentence where the customer states it (`problemAt`, from the problem cues),
//   or else the first sentence that reads as a problem; praise, thanks and chatter give none;
// - cut to the part that is about the problem ("I've been a member for 20 years and you've
//   closed my branch" -> "we’ve closed your branch"), never mid-word or with "…";
// - a question said as a statement ("Why was I charged twice?" -> "you were charged twice");
//   demands ("Refund me now"), threats, insults and profanity are never said back;
// - first and second person swapped, with the verb agreeing ("I was" -> "you were");
// - amounts, codes and names kept whole ("£19.99", "DL4047", "Sarah"); links, e-mail addresses,
//   phone numbers and long digit strings never carried; at most MAX_CLAUSE characters.
//
// It runs once per customer message (the scorer keeps the result while the agent types).

import { doubt, polished } from './issue-confidence';
import { primed, PrimedOnTest, PrimedOnUse } from './regex';

// The larger patterns below are compiled to native code as the module loads (see regex.ts):
// otherwise their bytecode is made on a worker's first check, while the agent waits.

const MAX_CLAUSE = 150;
/** A longer "word" is not language (a pasted token, a run of characters): the clause is dropped. */
const MAX_WORD = 40;
/** Sentences looked at besides the one the problem cue points at. */
const MAX_SENTENCES = 12;
/** Characters of the message read for sentences (besides the problem sentence). */
const MAX_SCAN = 20_000;

// ---------------------------------------------------------------------------------------------
// Sentences

interface Span {
  start: number;
  end: number;
}
interface Sentence extends Span {
  /** Ended by a question mark. */
  question: boolean;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'eg', 'ie', 'no', 'approx', 'jr', 'sr', 'inc', 'ltd', 'co', 'dept', 'tel', 'ref', 'nr', 'ave', 'rd', 'prof', 'mt', 'ft', 'apt', 'e.g', 'i.e', 'a.m', 'p.m']);

const PICTOGRAPH_AT = new PrimedOnTest(/^\p{Extended_Pictographic}/u);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A '?' or '!' inside a link ("…/track?id=99"): a letter, digit or '=' right after it. */
const isInWord = (text: string, i: number) => /[A-Za-z\d=&_/]/.test(text[i + 1] ?? '') && /[A-Za-z\d/_]/.test(text[i - 1] ?? '');

/** Whether the '.' at `i` ends a sentence: not inside a number, a code or a link, nor after "Mr". */
function endsSentence(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (isLetter(next) || isDigit(next)) return false; // "19.99", "site.com", "e.g."
  let s = i;
  while (s > 0 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  const word = text.slice(s, i).toLowerCase();
  if (ABBREVIATIONS.has(word) && !isDigit(text.charCodeAt(s - 1))) return false;
  // "J. Smith", but not the end of "A&E." or "P&O."
  if (word.length === 1 && text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90 && word !== 'i' && (s === 0 || /[\s("'‘“]/.test(text[s - 1]!))) return false;
  return true;
}

/** The sentences of text[from, to): ended by '.', '!', '?', '…' or a line break. */
function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const end = c === 10 || c === 8230 || ((c === 33 || c === 63) && !isInWord(text, i)) || (c === 46 && endsSentence(text, i)) || (c >= 0xd800 && c <= 0xdbff && PICTOGRAPH_AT.test(text.slice(i, i + 2)));
    if (!end) continue;
    let question = c === 63;
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text[j]!)) {
      if (text.charCodeAt(j) === 63) question = true;
      j++;
    }
    if (i > start) out.push({ start, end: i, question });
    start = j;
    i = j - 1;
  }
  if (to > start) out.push({ start, end: to, question: false });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word lists (lower case, straight apostrophes)

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const PRONOUN_SUBJECTS = words("i we you u they he she it there this that i'm im i've ive i'd i'll we're we've we'd you've you're they're they've it's its there's nobody noone someone somebody everyone everything nothing");
const DETERMINERS = words('my our your ur his her their the this that these those a an its every each some any no all both another one two three four five six seven eight nine ten');
const AUXILIARIES = words("am is are was were has have had do does did can could will would shall should may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't cannot couldn't won't wouldn't shouldn't isnt arent wasnt werent hasnt havent hadnt doesnt dont didnt cant couldnt wont wouldnt");
const ADVERBS = words('still not never always so being been only now already even just suddenly again too also really actually apparently repeatedly constantly auto automatically randomly');
const PREPOSITIONS = words('in on at from to for with by under over into onto about after before since during through without within between against near off out up down');
const IRREGULAR_PAST = new Map(Object.entries({
  be: 'was', have: 'had', do: 'did', get: 'got', give: 'gave', take: 'took', send: 'sent', make: 'made', say: 'said', tell: 'told', pay: 'paid', buy: 'bought',
  bring: 'brought', leave: 'left', lose: 'lost', keep: 'kept', put: 'put', cut: 'cut', set: 'set', let: 'let', shut: 'shut', hit: 'hit', come: 'came', go: 'went',
  see: 'saw', know: 'knew', think: 'thought', find: 'found', break: 'broke', choose: 'chose', drive: 'drove', write: 'wrote', fly: 'flew', throw: 'threw',
  steal: 'stole', hold: 'held', stand: 'stood', sell: 'sold', spend: 'spent', build: 'built', feel: 'felt', hear: 'heard', mean: 'meant', meet: 'met', read: 'read',
  run: 'ran', sit: 'sat', speak: 'spoke', wear: 'wore', win: 'won', forget: 'forgot', begin: 'began', fall: 'fell', freeze: 'froze', ring: 'rang', hang: 'hung',
  shake: 'shook', swing: 'swung', tear: 'tore', wake: 'woke', lend: 'lent', bend: 'bent', teach: 'taught', catch: 'caught', fight: 'fought', seek: 'sought',
  sleep: 'slept', sweep: 'swept', deal: 'dealt', lead: 'led', feed: 'fed', hide: 'hid', bite: 'bit', ride: 'rode', rise: 'rose', shoot: 'shot', show: 'showed',
  quit: 'quit', spread: 'spread', cost: 'cost', hurt: 'hurt', split: 'split', upset: 'upset', forbid: 'forbade', overcharge: 'overcharged', mislead: 'misled',
  withdraw: 'withdrew', undo: 'undid', redo: 'redid', resend: 'resent', rebuild: 'rebuilt',
}));
const FINITE_PAST = new Set([...IRREGULAR_PAST.values(), 'stuck', 'hung']);
const PAST_FORMS = new Set([...IRREGULAR_PAST.values(), 'been', 'gone', 'done', 'given', 'taken', 'broken', 'stolen', 'known', 'seen', 'written', 'chosen', 'forgotten', 'frozen', 'fallen', 'shown', 'thrown', 'driven', 'flown', 'spoken', 'worn', 'torn', 'begun', 'rung', 'hidden', 'ridden', 'risen', 'shaken', 'woken', 'stuck', 'hung', 'gotten']);
// Base forms after "why did/does/do …" that are turned into a statement.
const REGULAR_VERBS = words(
  'charge bill cancel close block lock freeze change move add remove delete stop start refuse deny reject decline ignore miss skip forget delay lose send ship deliver return refund credit debit raise increase double triple reduce cut switch transfer open need want ask tell call email text ring contact reply respond answer promise agree sign order book reserve pay receive arrive happen work load crash fail break keep show say take give make put let leave sell buy use install update reset restart suspend ban kick fine penalise penalize overcharge mark flag list count treat handle process approve accept allow cost drop end expire disconnect downgrade upgrade replace repair fix sort check confirm verify post publish leak stain scratch damage tear hurt bump overbook lie mislead waste wait hang quit take keep get',
);
for (const base of IRREGULAR_PAST.keys()) REGULAR_VERBS.add(base);
const DOUBLE_FINAL = words('stop drop ship plan ban bar cancel refer admit permit submit transfer prefer rob grab swap tap top chat slip trip jam log tag scan skip flag bug rub nab');
// Verbs that, opening a clause with no subject, are passive ("charged twice" -> "I was charged twice").
// Past verbs whose left-out subject is the customer ("waited in all day" -> "I waited in all day").
const HUMAN_PAST = words('waited ordered booked paid bought received called emailed rang phoned tried checked sent got had returned asked applied moved signed paused requested contacted spoke went stayed arrived missed lost made placed submitted reported registered renewed upgraded switched cancelled canceled changed used followed filled completed uploaded installed topped transferred deposited left visited travelled traveled flew drove took gave told redeemed purchased subscribed joined opened closed logged chatted wrote texted messaged complained queued stood sat slept found saw heard noticed');
const OBJECTS = words('me us you him her them it my our your his their the a an this that');
/** A word after a verb that is what the verb acted on, not a place or a time: a count, a name, people. */
const ACTED_ON = new PrimedOnTest(/^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|hundreds|customers|clients|people|everyone|everybody|someone|somebody|\p{Lu}\p{Ll}+)$/u);
const PASSIVE_OPENERS = words('stuck charged billed overcharged fined banned refused denied told promised asked transferred disconnected kicked locked blocked cancelled canceled rejected declined penalised penalized suspended ignored stranded misinformed misled bumped downgraded overbooked scammed hacked');

// Clause openers that make it something else than a statement of the problem.
const DEMAND = primed(new RegExp(
  String.raw`^(?:please|pls|plz|kindly|can (?:you|u|i|we|someone)|could (?:you|u|i|we|someone)|would (?:you|u)|will (?:you|u)|may i|i (?:just |really |urgently )?(?:want|wanted|need|demand|expect|request|insist)|i(?:'d| would) (?:like|love|appreciate|prefer)|i(?:'m| am) (?:asking|requesting|writing to|contacting you)|(?:i|we)(?:'m| am|'re| are) not (?:paying|going to|accepting|putting up)|let me know|tell me|give me|get me|send me|show me|just (?:refund|fix|sort|send|give|tell|cancel|stop)|(?:refund|fix|sort|stop|cancel|remove|change|reverse|update|check|explain|escalate|unblock|unlock|reset|reinstate|restore|correct|waive|match|process|credit|replace|call|email|contact|help|confirm|advise|investigate|look into|get back)\b)`,
));
const THREAT = primed(new RegExp(
  String.raw`\b(?:(?:i|we)(?:'ll| will| shall|'m| am|'re| are|m) (?:\w+ )?(?:going to |gonna |be )?(?:cancel|cancelling|canceling|leave|leaving|switch|switching|uninstall|uninstalling|delete|deleting|quit|quitting|registering|unsubscribing|move|moving|close|closing|take|taking|report|reporting|sue|suing|complain|complaining|post|posting|write|writing|go|going|contact|contacting|escalate|escalating|dispute|disputing|review|reviewing|done|finished|never)\b|ombudsman|lawyer|solicitor|attorney|legal action|court|small claims|trading standards|bbb|better business|chargeback|charge back|the press|social media|trustpilot|(?:one|1)[- ]star|never (?:again|using|shopping|buying|flying|booking|coming|ordering|staying|recommend)|or (?:else|i(?:'m| am| will|'ll))|unless you|if (?:this|it|that|you|not)\b[^.]*\b(?:not|n't|no)\b|somewhere else|elsewhere|competitor)`,
));
const INSULT = primed(new RegExp(
  String.raw`\b(?:idiot\w*|moron\w*|stupid|dumb|useless|incompetent\w*|pathetic|clowns?|clueless|amateur\w*|liars?|lying|thie(?:f|ves)|thieving|crooks?|scam\w*|con artists?|fraudsters?|cowboys|joke|garbage|trash\w*|crap\w*|shit\w*|bullshit|bs|fuck\w*|f\*+\w*|wtf|ffs|stfu|damn\w*|hell|piss\w*|bastards?|arse\w*|ass|asshole\w*|disgrace\w*|disgust\w*|appalling|atrocious|abysmal|shambolic|shambles|outrageous|unacceptable|ridiculous|ludicrous|absurd|insane|shocking|terrible|horrible|horrendous|awful|dreadful|worst|sucks?|sucked|lousy|nonsense|robbery|criminal|greedy|rip-?off|ripp(?:ed|ing) (?:me |us )?off|unbelievable|laughable|shameful|diabolical|rubbish|useless|lol|lmao|smh|cash ?grabs?|money ?grabs?|daylight robbery|extortion\w*|racket)\b`,
));
const PROFANE_INTENSIFIER = primed(/\b(?:fucking|fkn|fking|f\*+ing|effing|freaking|frickin'?|bloody|damn|damned|goddamn|bleeding|sodding|flipping)\s+/gi);
const FEELING = primed(/^(?:i|we)(?:'m| am|'re| are| feel| felt| was| were|m)\s+(?:(?:so|very|really|absolutely|beyond|extremely|completely|totally|just|honestly|quite|now|getting|bit|a|little)\s+)*(?:angry|furious|livid|fuming|upset|annoyed|frustrated|disappointed|sick|fed up|done|tired|gutted|devastated|terrified|worried|panicking|stressed|shocked|disgusted|appalled|speechless|not happy|unhappy|pissed|mad|confused|confusing|scared|anxious|distraught|heartbroken|worry|worried)\b/);
// "I think I was overcharged": said back ("I’m sorry you think…") it sounds like doubting them.
// "I thought that was included": their belief, not what went wrong ("I'm sorry you thought…" patronises).
// "I understand landlords must…", "I know there are delays": their reasoning, which "I'm sorry you understand…" mangles.
const HEDGE = new PrimedOnTest(/^(?:i|we) (?:think|believe|feel|guess|suppose|suspect|reckon|thought|assumed|presumed|(?:fully |completely |totally )?(?:understand|appreciate|realise|realize|accept)|know (?:that|why|there|you|it)|(?:am|'m) (?:fully )?aware|(?:was|were) under the impression|(?:just |still )?(?:can't|cannot|can not|cant|couldn't|don't|do not) (?:believe|understand|see why|get why|get how))\b/);
// "the new patch fixed the crash": a problem word that was put right is good news, not a problem.
const RESOLVED = new PrimedOnTest(/\b(?:fixed(?![ -](?:rate|term|price|fee|income|address|line|date|amount|plan|deal|tariff|penalty|charge))|solved|resolved|sorted(?: out)?|works? (?:now|again|perfectly|fine|great))\b/);
// Praise inside a clause makes it something other than the problem.
const PRAISE_WORD = primed(/\b(?:brilliant|amazing|excellent|fantastic|wonderful|awesome|superb|lovely|helpful|thank(?:s| you)|kudos|well done|great (?:job|service)|friendly)\b/);
// "my skin has never looked this good": praise, though "never" reads as a problem cue.
const NEVER_BETTER = new PrimedOnTest(/\bnever (?:looked|felt|been|tasted|sounded|worked|run|ran|slept|smelled|smelt) (?:this|so|as|any) (?:good|great|well|better|happy|smooth|fast|soft|nice|clean|fresh)\b/);
const PRAISE = primed(/\b(?:thank(?:s| you)|thx|love|loved|great|amazing|brilliant|excellent|fantastic|wonderful|awesome|perfect|lovely|helpful|kind|appreciate[ds]?|well done|kudos|shout ?out|happy|pleased|delighted|impressed|best|superb|smooth|quick|friendly)\b/);
const NEGATIVE = new PrimedOnTest(/\b(?:not|never|no|nothing|nobody|noone|none|without|still|yet|cannot|can't|won't|didn't|doesn't|don't|isn't|wasn't|weren't|haven't|hasn't|hadn't|couldn't|wouldn't|aren't|ain't|cant|wont|didnt|doesnt|dont|isnt|wasnt|werent|havent|hasnt|hadnt|couldnt|wouldnt|arent)\b/);
const PROBLEM = primed(new RegExp(
  String.raw`\b(?:wrong\w*|twice|double[ d]|overcharg\w*|charg\w*|bill(?:ed|ing)|fees?|fined?|penalt\w*|late|delay\w*|missing|lost|broken|broke|damag\w*|cancel\w*|declin\w*|reject\w*|refus\w*|denied|error\w*|fail\w*|crash\w*|stuck|down|gone|outage|leak\w*|fault\w*|problem\w*|issue\w*|bug\w*|glitch\w*|locked|blocked|frozen|froze|suspended|banned|wait\w*|on hold|disconnect\w*|cut off|cutting out|drop\w*|stopped|disappear\w*|vanish\w*|stolen|rude|ignor\w*|increas\w*|gone up|went up|up by|put (?:\w+ ){0,3}up|raised|doubled|crack\w*|shatter\w*|torn|stain\w*|dirty|filthy|mou?ld\w*|cold|expired|bounc\w*|delet\w*|wiped|kicked|penalis\w*|penaliz\w*|refund\w*|injur\w*|hurt|fell|sick|flood\w*|miss\w*|skipp\w*|forg[eo]t\w*|overdue|estimated|reschedul\w*|debt|collections?|bailiffs?|arrears|duplicate\w*|unable|impossible|keeps?|lag\w*|slow|unpaid|unauthori[sz]ed|fraud\w*|hack\w*|compromised|mistake\w*|incorrect\w*|inaccurate|confus\w*|chas\w*|given away|turned away|overbooked|bumped|stranded|bull(?:y|ied|ying)|harass\w*|short|only|instead|supposed to|promised|smash\w*|dent\w*|scratch\w*|snapp\w*|burst|collapsed|fell apart|came apart|came off|peeling|rust(?:ed|ing|y)|ripped|jammed|overheat\w*|infest\w*|useless|empty|closed|lock(?:ed)? out|expir\w*|dead|died|dies|faulty|defective|spoil\w*|rotten|melted|soaked|ruin\w*|never|nobody|no one)\b`,
));

// First words that lose their capital ("The app…" -> "the app…"); others may be names.
const FUNCTION_OPENERS = words(
  "the a an this that these those there it its it's my our your his her their nobody no nothing none someone somebody everyone everything all every each some any both one two three four five six seven eight nine ten after since when while last yesterday today tonight now still again also just only even never already apparently unfortunately sadly so and but then because if although though despite instead half most many several another other same new old first second third fourth fifth next they he she i we you",
);
// Common nouns: these open a sentence without being names, and "engineer never came" lacks its "the".
const COMMON_NOUNS = words(
  'hacker hackers scammer scammers order orders parcel parcels package packages delivery deliveries refund refunds payment payments app website site account card bill bills invoice invoices flight flights booking bookings room rooms item items product products driver drivers engineer service staff broadband internet wifi phone router meter box courier ticket tickets train trains bus seat seats bag bags luggage suitcase hotel reservation subscription plan price prices fee fees charge charges money balance statement letter email emails text message messages call calls agent manager page link login password game server servers update screen battery laptop tv machine fridge heater boiler heating water gas electricity power signal connection network data kids children husband wife son daughter mum mom dad mother father family neighbour neighbor tracking shipping shipment replacement repair technician plumber appointment doctor nurse prescription results claim policy insurance premium cover excess mortgage loan transfer cheque deposit overdraft bin bins collection car van bike platform station gate pool gym class session trainer instructor membership locker coupon voucher discount code gift points reward rewards credit debt rate contract upgrade device sim number line landline mobile software system dashboard export report file files form application download downloads installation installer shop store branch counter receptionist cashier crew guard security sofa couch chair table bed mattress desk jacket shoes shirt dress food meal pizza coffee cake milk',
);

// What only the customer does: "@ShopMart ordered a sofa" left out its "I", it does not name who ordered.
const CUSTOMER_ACTS = words('ordered booked paid bought purchased waited tried applied subscribed joined visited travelled traveled flew received queued stayed arrived rang phoned called emailed messaged texted');

// People: "driver cancelled on me" is something the driver did, not something done to them.
const PEOPLE = words(
  'driver drivers engineer engineers staff courier agent agents manager technician plumber doctor nurse trainer instructor receptionist cashier crew guard security hacker hackers scammer scammers husband wife son daughter mum mom dad mother father family neighbour neighbor kids children client clients customer customers guest guests friend friends landlord tenant host seller buyer',
);

// ---------------------------------------------------------------------------------------------
// Clause cleaning

/** Lower case with straight apostrophes (most clauses have no curly one: no copy then). */
const lower = (s: string) => {
  const l = s.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
};

/** Whether a text may hold a PICTOGRAPH, all of which lie past U+00A8 ("©" is the first): a cheap test first, as most clauses are plain. */
const PAST_LATIN1 = new PrimedOnTest(/[^\0-\xa8]/);
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200B-\u200D\u2060]/gu;
const EMOTICON = new PrimedOnUse(/(?:^|\s)(?:[:;=]-?[()/\\|DPpOo3]|<3|\^\^|xD)(?=\s|$)/g);
const LEAD_IN = primed(/^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|yo|hiya)\b[^,.!?:]{0,30}[,:-]\s*|(?:hi|hello|hey)\s+(?=[a-z]))/i);
const FILLER = new PrimedOnUse(/^(?:(?:so|now|ok|okay|well|um+|uh+|erm|ugh+|honestly|frankly|quite frankly|literally|seriously|basically|genuinely|also|and|but|plus|then|again|yet again|once again|right|look|listen|sorry|anyway|btw|fyi|ps|hello\??|hi)\b[,\s]+)+/i);
// "For the third time:", "Update:", "Ticket 44120 -": a short label before a colon.
const LABEL = new PrimedOnUse(/^[^:;]{1,40}:\s+/);
// "…got rejected and I don't know why": the tail says nothing once "why" is gone.
const TRAILING_WORDS = String.raw`why|how|what|huh|seriously|ok|okay|lol|lmao|tbh|smh|ugh|whatever|anyway|pls|please|thanks|thank you|thx|haha|hello|wow|any chance|any ideas?|any help`;
const TRAILING = new RegExp(String.raw`(?:,?\s+(?:and|but)\s+(?:i|we)\s+(?:don['’]?t|do not|didn['’]?t|did not)\s+(?:know|understand|see)(?:\s+why)?|(?<!\b(?:tell|tells|told|telling|explain|explained|say|said|know|ask|asked|understand|see)(?: me| us| you| him| her| them)?)[,\s]+(?:${TRAILING_WORDS})\b|[\s,;:\-–—]+)+$`, 'i');
// Where TRAILING can match at all: the end is a mark, a space or one of its words. Anchored at the end
// only, TRAILING is still tried from each space before it, in most clauses for nothing.
const TRAILING_END = new PrimedOnTest(new RegExp(String.raw`(?:[\s,;:\-–—]|know|understand|see|${TRAILING_WORDS})$`, 'i'));
const LONGEST_TRAILING_WORD = 'understand'.length;
const withoutTrailing = (s: string) => (TRAILING_END.test(s.slice(-LONGEST_TRAILING_WORD)) ? s.replace(TRAILING, '') : s);

const URL = /\b(?:https?:\/\/|www\.)\S*|\b[\w.-]+\.(?:com|net|org|io|co\.uk|co|uk|us|info|biz|app|ly|me|de|fr|ie|au|ca|gov|edu)\b(?:\/\S*)?/gi;
const EMAIL = /[^\s@]*@[^\s@]+/g;
const DIGIT_RUN = /\+?\(?\d(?:[\d()\- ]*\d)?\)?/g;
const GLUE_BEFORE = new PrimedOnUse(/(?:\s+(?:at|on|to|via|from|is|was|:|#|no\.?|number|num|ref|reference|code|id|tel|phone|mobile|ending|ending in|in))*\s*$/i);

/** Removes links, e-mail addresses and runs of 7+ digits, with the word that introduced them. */
function withoutPrivate(clause: string): string {
  let out = clause.replace(URL, '\u0000').replace(EMAIL, '\u0000');
  out = out.replace(DIGIT_RUN, (m) => (m.replace(/\D/g, '').length >= 7 ? '\u0000' : m));
  if (!out.includes('\u0000')) return clause;
  // "(police ref 0119-0325)": the bracket that held it goes with it.
  out = out.replace(/\s*\([^()\u0000]*\u0000[^()]*\)?/g, '');
  if (!out.includes('\u0000')) return out.replace(/\s{2,}/g, ' ').trim();
  // "I emailed you at bob@x.com about it" -> "I emailed you about it"
  const pieces = out.split('\u0000');
  // "…never came, see <link> for the tracking": what follows a pointer to the link goes with it.
  const pointer = /(?:^|[\s,;:(])(?:see|visit|check|click|open|go to|at|via|here|link)\s*:?\s*$/i;
  const cut = pieces.findIndex((piece, i) => i < pieces.length - 1 && pointer.test(piece));
  if (cut >= 0) {
    const kept = pieces[cut]!.replace(pointer, '').trim();
    // "…never came, tracking at <link>": a short verbless tail before the link goes too.
    const tail = /,\s*([^,]*)$/.exec(kept);
    return tail && tail[1]!.split(' ').length <= 2 ? kept.slice(0, tail.index) : kept;
  }
  let joined = '';
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i]!;
    if (i < pieces.length - 1) piece = piece.replace(GLUE_BEFORE, '');
    joined += (i > 0 ? ' ' : '') + piece;
  }
  return joined.replace(/[#(]\s*\)?/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

function tidy(clause: string): string {
  // "@CoverAll rejected my claim": the company named as the one who did it; else ("@ShopMart
  // ordered a sofa…", the customer's own act with its subject left out) the handle goes.
  clause = clause.replace(/^\s*@\w+\s+(?=(\w+))/, (m, next: string) => (/^[a-z]+ed$/.test(next) && !PASSIVE_OPENERS.has(next) && !CUSTOMER_ACTS.has(next) ? 'you ' : '')).replace(/(?:^|\s)@\w+/g, ' ');
  let s = (PAST_LATIN1.test(clause) ? clause.replace(PICTOGRAPH, ' ') : clause).replace(EMOTICON, ' ').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(LEAD_IN, '').replace(FILLER, '');
    s = withoutTrailing(s).trim();
    const label = LABEL.exec(s);
    if (label && label[0].split(' ').length <= 7) s = s.slice(label[0].length).trim();
    s = s.replace(/^[\s,;:\-–—.…"“”'‘’]+/, (m) => (/['‘"“]/.test(m) && /['’"”]/.test(s.slice(m.length)) ? m : ''));
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Questions into statements (in the customer's voice, before the person is swapped)

function past(verb: string): string | undefined {
  const irregular = IRREGULAR_PAST.get(verb);
  if (irregular) return irregular;
  if (!REGULAR_VERBS.has(verb)) return undefined;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (DOUBLE_FINAL.has(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

function thirdPerson(verb: string): string | undefined {
  if (verb === 'have') return 'has';
  if (verb === 'be') return 'is';
  if (!REGULAR_VERBS.has(verb)) return undefined;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const isVerbLike = (w: string) => AUXILIARIES.has(w) || PAST_FORMS.has(w) || /^[a-z]{2,}(?:ed|ing)$/.test(w) || w === 'keep' || w === 'keeps';
const CONJUNCTIONS = words('when because if after since while but and as though although so or than until before unless whereas');

/** How many words open the subject in `ws`: a pronoun, or a determiner and up to four words. */
function subjectLength(ws: string[]): number {
  const first = ws[0];
  if (first === undefined) return 0;
  if (PRONOUN_SUBJECTS.has(first)) return 1;
  if (!DETERMINERS.has(first)) return 0;
  let n = 1;
  while (n < ws.length && n <= 4) {
    const w = ws[n]!;
    // "my renewal say I have…": a pronoun starts a clause, so the word before it was the verb.
    if (PRONOUN_SUBJECTS.has(w) && !DETERMINERS.has(w)) return n > 2 ? n - 1 : 0;
    if (isVerbLike(w) || ADVERBS.has(w) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || AUXILIARIES.has(w) || CONJUNCTIONS.has(w) || !/^[a-z][a-z'-]*$/.test(w)) break;
    n++;
  }
  return n > 1 && n < ws.length ? n : 0;
}

const WAIT_FOR = primed(/^(?:(?:when|where)(?:'s| is| are| will)|what(?:'s| is) (?:happening|going on) with|what happened (?:to|with))\s+((?:my|our|the|this|your|ur)\s[^,]+?)(?:\s+(?:coming|arriving|going to (?:arrive|come|be (?:here|delivered|ready|back|fixed|processed))|be (?:here|delivered|ready|back|fixed|sorted|processed|refunded)|(?:show|turn) up|arrive|come|get here|reach me|land|ship|go through))?$/);

// "Why is my water bill £90?", "why has my council tax gone up by £30", "why my bill is more 3.50
// pounds": they ask how an amount came about. "I'm sorry your bill is £90" is sorry for a figure the
// reply usually explains as right (blind readers: focus or contradicts, 6 of 6).
const ASKS_ABOUT_AMOUNT = new PrimedOnTest(/^(?:why|how come) (?:(?:is|are|was|were|has|have|had|did|does|do) )?(?:my|our|the|this) (?:[\w'-]+ ){0,3}?(?:bill|bills|charge|charges|price|prices|premium|insurance|cover|tax|rent|deductible|excess|fee|fees|rate|tariff|payment|direct debit|subscription|renewal|invoice|quote|balance|cost|plan)(?: (?:is|are|was|were|has|have|had|been|now|suddenly|gone|go|went|so))* (?:up|increased?|risen|rise|doubled|tripled|higher|more|much|high|expensive|[£$€\d])/);

const asksAboutAmount = (sentence: string): boolean => ASKS_ABOUT_AMOUNT.test(lower(sentence.replace(/^\W*(?:@\w+\s+)?/, '')));

/** The question `clause` as a statement, the clause if it is not a question, or undefined. */
function asStatement(clause: string): string | undefined {
  const l = lower(clause);
  const update = /^any (?:update|news|word|progress)s? (?:on|about|with|regarding|for) ((?:my|our|the|this) .+)$/.exec(l);
  if (update) return `I’m still waiting for an update on ${clause.slice(clause.length - update[1]!.length)}`;
  const wait = WAIT_FOR.exec(l);
  if (wait) {
    const start = l.indexOf(wait[1]!);
    return `I’m still waiting for ${clause.slice(start, start + wait[1]!.length)}`;
  }
  const ws = l.split(' ');
  const opener = ws[0]!;
  if (opener === 'why' || (opener === 'how' && ws[1] === 'come')) {
    if (ASKS_ABOUT_AMOUNT.test(l)) return undefined;
    const rest = ws.slice(opener === 'why' ? 1 : 2);
    const restText = clause.split(' ').slice(opener === 'why' ? 1 : 2);
    const aux = rest[0];
    if (aux !== undefined && AUXILIARIES.has(aux)) {
      // "Why should I pay for your leak?", "why would you do that": a reproach, not a report.
      if (/^(?:should|would|must|shall|may|might|can|could|will)$/.test(aux)) return undefined;
      // "why is there a £12 charge on my account?": they ask what it is. "I'm sorry there is a £12
      // charge" is sorry that it exists, before anyone knows it is wrong (blind readers sent 1 of 4);
      // "why is there no hot water?" states the trouble and is said.
      if ((aux === 'is' || aux === 'are') && rest[1] === 'there' && !/\b(?:no|not|nothing|none|never)\b|n['’]t\b/.test(rest.slice(2).join(' '))) return undefined;
      let n = subjectLength(rest.slice(1));
      if (n === 0) return undefined;
      // "why did the price go up": the base verb the subject ran into is the verb, not a noun.
      const isBase = (w: string | undefined) => w !== undefined && (IRREGULAR_PAST.has(w) || REGULAR_VERBS.has(w));
      const opensComplement = (w: string | undefined) => w !== undefined && (PREPOSITIONS.has(w) || ADVERBS.has(w) || DETERMINERS.has(w) || OBJECTS.has(w));
      if (/^(?:do|does|did)$/.test(aux) && n > 1 && isBase(rest[n]) && opensComplement(rest[n + 1])) n--;
      const subject = restText.slice(1, 1 + n);
      let tail = restText.slice(1 + n);
      const tailLower = rest.slice(1 + n);
      if (tail.length === 0) return undefined;
      let auxWord = restText[0]!;
      if (aux === 'do' || aux === 'does' || aux === 'did') {
        // "why did you cancel it" -> "you cancelled it"; adverbs stay before the verb.
        let k = 0;
        while (k < tailLower.length && ADVERBS.has(tailLower[k]!) && tailLower[k] !== 'not') k++;
        if (tailLower[k] === 'not') return [...subject, auxWord.toLowerCase(), ...tail].join(' ');
        const verb = tailLower[k];
        if (verb === undefined) return undefined;
        // "why do I need a 10% deposit?": a question about what is asked of them, not a trouble they report.
        if (verb === 'need' && tailLower[k + 1] !== 'to') return undefined;
        // "the battle pass" is one: a final "ss" or "us" is not a plural.
        const singular = !['i', 'you', 'we', 'they', 'u'].includes(rest[1]!) && !(n > 1 && /[^su]s$/.test(rest[n]!));
        const form = aux === 'did' ? past(verb) : aux === 'does' && singular ? thirdPerson(verb) : REGULAR_VERBS.has(verb) ? verb : undefined;
        if (form === undefined) return undefined;
        tail = [...tail.slice(0, k), form, ...tail.slice(k + 1)];
        return [...subject, ...tail].join(' ');
      }
      if (/^(?:i|you|we|they|u)$/.test(rest[1]!) === false && n === 1 && !PRONOUN_SUBJECTS.has(rest[1]!)) return undefined;
      auxWord = auxWord.toLowerCase();
      // "why was my review on your page deleted": the verb comes after the phrase that ends the subject.
      // The last participle: "for the cracked windscreen" holds an adjective in -ed before it.
      const verbAt = PREPOSITIONS.has(tailLower[0]!) ? tailLower.findLastIndex((w) => PAST_FORMS.has(w) || /^[a-z]{3,}ed$/.test(w)) : -1;
      if (verbAt > 0) {
        // "why has my referral to the clinic been rejected": "has" goes before "been", not after it.
        const at = tailLower[verbAt - 1] === 'been' || tailLower[verbAt - 1] === 'being' ? verbAt - 1 : verbAt;
        if (tailLower.slice(0, at).some((w) => AUXILIARIES.has(w) || CONJUNCTIONS.has(w))) return undefined;
        return [...subject, ...tail.slice(0, at), auxWord, ...tail.slice(at)].join(' ');
      }
      // "why has my council tax single person discount been removed": a subject longer than the
      // words read for it runs on to "been"; "has" goes there.
      const beenAt = tailLower.indexOf('been');
      if (/^(?:has|have|had)$/.test(auxWord) && beenAt > 0 && beenAt <= 3 && tailLower.slice(0, beenAt).every((w) => /^[a-z'-]+$/.test(w) && !AUXILIARIES.has(w) && !PREPOSITIONS.has(w) && !CONJUNCTIONS.has(w) && !ADVERBS.has(w))) {
        return [...subject, ...tail.slice(0, beenAt), auxWord, ...tail.slice(beenAt)].join(' ');
      }
      return [...subject, auxWord, ...tail].join(' ');
    }
    // "why my subscription is cancelled", "how come my refund hasn't arrived"
    const n = subjectLength(rest);
    if (n > 0 && rest[n] !== undefined && (AUXILIARIES.has(rest[n]!) || PAST_FORMS.has(rest[n]!) || /^[a-z]{3,}ed$/.test(rest[n]!) || ADVERBS.has(rest[n]!))) {
      return restText.join(' ');
    }
    return undefined;
  }
  // Any other question: yes/no ("did you get my photos"), "how do I…", "what is…"; not "when I called…".
  if (/^(?:is|are|am|was|were|do|does|did|can|could|will|would|shall|should|may|might|has|have|had|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|any|anyone|anybody)$/.test(opener)) {
    return undefined;
  }
  const second = ws[1] ?? '';
  if (/^(?:what|how|which|who|whom|whose|when|where)$/.test(opener) && (AUXILIARIES.has(second) || /^(?:what|how)'s$/.test(opener + second) || /'s$/.test(opener) || /^(?:come|long|much|many|about|else|the|on|happened|exactly)$/.test(second))) {
    return undefined;
  }
  if (/^(?:what|how|which|who|whom|whose|where)(?:'s|'re)?$/.test(opener) && (opener.includes("'") || opener === 'what' || opener === 'which' || opener === 'who')) return undefined;
  return clause;
}

// ---------------------------------------------------------------------------------------------
// Fragments ("waited in all day", "no signal since Sunday", "engineer never came")

const FINITE_SECOND = words("was wasn't wasnt is isn't isnt has hasn't hasnt had hadn't never keeps kept won't wont doesn't doesnt didn't didnt can't cant still arrived came broke stopped failed crashed went got turned showed left were weren't are aren't have haven't");

function completed(clause: string): string {
  const done = completedAs(clause);
  if (done === clause || !done.endsWith(clause)) return done;
  // "No signal since Sunday" -> "I’ve had no signal since Sunday".
  const at = done.length - clause.length;
  const first = clause.slice(0, clause.search(/\s|$/));
  // A word in capitals ("ORDER never arrived") is left whole: the shouting is said in lower case
  // later, and "the oRDER" would not be.
  if (/^[A-Z][A-Z’']+$/.test(first)) return done;
  return FUNCTION_OPENERS.has(lower(first)) || COMMON_NOUNS.has(lower(first)) || PAST_FORMS.has(lower(first)) || /^[A-Z][a-z]+(?:ed|ing)$/.test(first) || /^keeps?$/i.test(first)
    ? done.slice(0, at) + clause[0]!.toLowerCase() + clause.slice(1)
    : done;
}

// What is done to a thing, with its "was" left out: "Flight delayed 5 hours", "parcel lost in transit".
const THING_PASSIVE = words('delayed diverted damaged stolen postponed rescheduled misdelivered lost');

const THING_ARRIVED = new PrimedOnTest(/^(?:with|without|damaged|broken|cracked|smashed|dented|scratched|torn|ripped|stained|wet|soaked|open|opened|empty|missing|incomplete|faulty|defective|late|cold|melted|leaking|crushed|bent|in pieces)\b/);

// Words that end in "ing" without being a verb's: "nothing since 2pm" is not "I'm nothing since 2pm".
const NOT_GERUND = words('nothing something anything everything thing morning evening ceiling building wedding parking wiring heating housing clothing booking meeting pudding string ring king spring sibling');
const isGerund = (w: string) => /^[a-z]+ing$/.test(w) && !NOT_GERUND.has(w);

// "stuck outside Peterborough for an hour", no tense written: they are still there, so "you’ve been stuck", not "you were".
const STILL_FOR_SPAN = new PrimedOnTest(/\b(?:for (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|over|almost|nearly) (?:\w+ )?(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)|since)\b(?!.*\bago\b)/i);

const SUPPLY_CUT = new PrimedOnUse(/^(power|water|gas|electricity|heating) cut(?= (?:on|in|at|for|since|again|all|this|last|today|yesterday)\b)/i);
const SERVICE_STATE = words('down offline online unavailable unreachable dead broken crashing lagging glitching buggy');

function completedAs(clause: string): string {
  const ws = clause.split(' ');
  const w0 = lower(ws[0]!);
  // "SSO", "iPhone": as written; but a common noun in capitals ("TV stuck on the logo") lacks its "the" like any other.
  if (/^[A-Z][a-z]+$/.test(ws[0]!) === false && ws[0] !== w0 && !(/^[A-Z]+$/.test(ws[0]!) && COMMON_NOUNS.has(w0))) return clause;
  const w1 = ws[1] === undefined ? '' : lower(ws[1]);
  if (w0 === 'still' && isGerund(w1)) return `I’m ${clause}`;
  if (isGerund(w0) && (w1 === 'for' || w1 === 'on' || w1 === 'since')) return `I’m ${clause}`;
  // "been down 3 hours now", "been offline since noon": a service's state, its subject left out; it is not the customer's.
  if (w0 === 'been' && SERVICE_STATE.has(w1)) return clause;
  if (w0 === 'been' && !/^(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|over|almost|nearly|more)$/.test(w1)) return `I’ve ${clause}`;
  if (w0 === 'still' && w1 === 'no') return `there’s ${clause}`;
  if (w0 === 'no' && ws.length > 1 && !/^(?:one|body|way|longer|idea|matter|reply|response|answer|word|thanks|problem|issue|worries|need)$/.test(w1)) {
    return /\b(?:since|for)\b/i.test(clause) ? `I’ve had ${clause}` : `I have ${clause}`;
  }
  // "Asked for no nuts": their own request, not something asked of them.
  if (w0 === 'asked' && w1 === 'for') return `I ${clause}`;
  // Not "Cancelled within the cooling-off period": with nothing cancelled named, that is their own act.
  if (PASSIVE_OPENERS.has(w0) && !/^cancell?ed$/.test(w0) && !DETERMINERS.has(w1) && !PRONOUN_SUBJECTS.has(w1) && !OBJECTS.has(w1)) return `${STILL_FOR_SPAN.test(clause) && w0 === 'stuck' ? 'I’ve been' : 'I was'} ${clause}`;
  if (w0 === 'turned' && w1 === 'away') return `I was ${clause}`;
  // "got charged twice", "just got an email": a past verb with its subject left out.
  const verb = /^(?:just|already|also|then|finally|recently|only|never)$/.test(w0) ? w1 : w0;
  // "…, arrived with a cracked jug": the thing arrived so, not the customer.
  if (verb === 'arrived' && THING_ARRIVED.test(lower(ws.slice(verb === w0 ? 1 : 2).join(' ')))) return clause;
  if (HUMAN_PAST.has(verb)) return `I ${clause}`;
  if (w0 === 'keep' && /ing$/.test(w1)) return `I ${clause}`;
  if (w0 === 'been' && /^(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|over|almost|nearly|more)$/.test(w1)) return `it’s ${clause}`;
  // "my account banned for…" -> "my account was banned for…"
  if (DETERMINERS.has(w0) && w0 !== 'no') {
    for (let k = 2; k <= 3 && k < ws.length; k++) {
      const w = lower(ws[k]!);
      // Not "the assistant refused to…": a verb with "to" after it is the subject's own act.
      const next = lower(ws[k + 1] ?? '');
      // Nor "our POS app charged 3 customers twice": a count or a name after the verb is what it acted on.
      if ((PASSIVE_OPENERS.has(w) || THING_PASSIVE.has(w) || w === 'rejected' || w === 'suspended' || w === 'cancelled') && !OBJECTS.has(next) && !DETERMINERS.has(next) && next !== 'to' && !ACTED_ON.test(ws[k + 1] ?? '')) {
        const between = ws.slice(1, k).map(lower);
        if (PEOPLE.has(between.at(-1)!)) break;
        if (between.every((b) => /^[a-z'-]+$/.test(b) && !AUXILIARIES.has(b) && !ADVERBS.has(b) && !PRONOUN_SUBJECTS.has(b) && !isVerbLike(b) && !/^(?:get|gets|got|getting)$/.test(b))) {
          return [...ws.slice(0, k), 'was', ...ws.slice(k)].join(' ');
        }
      }
      if (!/^[a-z'-]+$/.test(w)) break;
    }
  }
  // "power cut on Ash Grove for 5 hours now": a noun ("a power cut"), not "the power cut…" as a verb.
  const outage = SUPPLY_CUT.exec(clause);
  if (outage) return STILL_FOR_SPAN.test(clause) ? `the ${lower(outage[1]!)} has been off${clause.slice(outage[0].length)}` : `there’s been a ${lower(outage[1]!)} cut${clause.slice(outage[0].length)}`;
  // A bare noun before its verb: "engineer never showed up" -> "the engineer never showed up".
  // A capital that is only the sentence's ("Driver left my groceries…") goes with the article.
  const sentenceCase = ws[0] === w0.charAt(0).toUpperCase() + w0.slice(1);
  if (ws.length > 2 && (ws[0] === w0 || sentenceCase || /^[A-Z]+$/.test(ws[0]!)) && COMMON_NOUNS.has(w0)) {
    const noun = sentenceCase ? w0 : ws[0]!;
    if (w1 === 'been') return `the ${w0} ${/[^s]s$/.test(w0) ? 'have' : 'has'} ${ws.slice(1).join(' ')}`;
    const w2 = lower(ws[2] ?? '');
    // "bins not collected" -> "the bins were not collected": the verb agrees with a plural noun.
    const be = /[^s]s$/.test(w0) ? 'were' : 'was';
    if ((PASSIVE_OPENERS.has(w1) || THING_PASSIVE.has(w1)) && !OBJECTS.has(w2) && !DETERMINERS.has(w2) && !PEOPLE.has(w0)) return `the ${noun} ${be} ${ws.slice(1).join(' ')}`;
    if (w1 === 'not' && /^[a-z]{3,}ed$/.test(w2)) return `the ${w0} ${be} ${ws.slice(1).join(' ')}`;
    if (FINITE_SECOND.has(w1) || PAST_FORMS.has(w1) || /^[a-z]{3,}ed$/.test(w1)) return `the ${noun}${clause.slice(ws[0]!.length)}`;
  }
  return clause;
}

/** A verb that makes the clause a sentence, near its start (after a short subject). */
function hasFiniteVerb(clause: string): boolean {
  const ws = lower(clause).split(/[\s,;:]+/);
  for (let i = 0; i < ws.length && i < 8; i++) {
    const w = ws[i]!.replace(/^['"“‘(]+|['"”’).]+$/g, '');
    if (AUXILIARIES.has(w) || /^[a-z]+'(?:s|re|ve|d|ll|m)$/.test(w) || FINITE_PAST.has(w) || /^[a-z]{2,}ed$/.test(w) || w === 'keeps' || w === 'says' || w === 'shows') return true;
    // "your app crashes every time", "it says": a verb in -s after its subject, with more after it.
    if (i > 0 && /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w)) {
      const before = ws.slice(Math.max(0, i - 3), i);
      const then = ws[i + 1] ?? '';
      const follows = DETERMINERS.has(then) || PREPOSITIONS.has(then) || ADVERBS.has(then) || PRONOUN_SUBJECTS.has(then) || OBJECTS.has(then) || /^\d/.test(then);
      if (follows && before.some((b) => b === 'it' || b === 'he' || b === 'she' || b === 'this' || b === 'that' || DETERMINERS.has(b)) && !DETERMINERS.has(ws[i - 1]!)) return true;
    }
  }
  return false;
}

const DANGLING_END = words('see visit call ring email contact here link number ref reference to for and but or the a an my your our of with at on in because that which so if when than from by is are was were has have had about as into onto who whose their his her its this these those via not');
const SUBORDINATE = /,?\s+(?:because|cause|when|after|since|as|while|which|who|so that|even though|although|though|until|before|whereas|despite|as well as|including|and|but|so|then)\b/gi;

function balanced(s: string): boolean {
  // One pass, counting: called several times per clause.
  let round = 0;
  let square = 0;
  let curly = 0;
  let quotes = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) round++;
    else if (c === 41) round--;
    else if (c === 91) square++;
    else if (c === 93) square--;
    else if (c === 123) curly++;
    else if (c === 125) curly--;
    else if (c === 0x201c) quotes++;
    else if (c === 0x201d) quotes--;
    else if (c === 34) straight++;
  }
  return round === 0 && square === 0 && curly === 0 && quotes === 0 && straight % 2 === 0;
}

/** The clause cut to at most MAX_CLAUSE characters at a clause boundary, or undefined. */
function shortened(clause: string): string | undefined {
  if (clause.length <= MAX_CLAUSE) return clause;
  let best: string | undefined;
  SUBORDINATE.lastIndex = 0;
  for (let m = SUBORDINATE.exec(clause); m; m = SUBORDINATE.exec(clause)) {
    if (m.index > MAX_CLAUSE) break;
    const head = clause.slice(0, m.index);
    if (head.split(' ').length >= 3) best = head;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// The agent's voice

const SWAP: ReadonlyMap<string, string> = new Map(
  Object.entries({
    i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', im: 'you’re', ive: 'you’ve',
    "i'm": 'you’re', "i've": 'you’ve', "i'd": 'you’d', "i'll": 'you’ll',
    we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
    "we're": 'you’re', "we've": 'you’ve', "we'd": 'you’d', "we'll": 'you’ll',
    your: 'our', ur: 'our', yours: 'ours', yourself: 'ourselves', yourselves: 'ourselves',
    "you're": 'we’re', youre: 'we’re', "you've": 'we’ve', "you'd": 'we’d', "you'll": 'we’ll',
  }),
);
// After these words "you" is an object ("charged you") and becomes "us".
const OBJECT_BEFORE = primed(/^(?:i|we|to|for|with|at|from|of|by|on|in|about|than|like|against|through|into|onto|towards?|without|behind|after|before|around|near|beside|past|via|per|unlike|despite|upon|between|among|told|asked|sent|gave|called|paid|emailed|contacted|informed|rang|phoned|let|tell|ask|give|send|pay|call|email|contact|charge|help|trust|believe|thank|thanks|make|made|keep|kept|left|leave|owe|owed|[a-z]+ed|[a-z]+ing)$/);
const SUBJECT_AFTER = new PrimedOnTest(/^(?:am|is|are|was|were|have|has|had|do|does|did|can|could|will|would|should|shall|may|might|must|never|still|just|always|also|even|only|already|keep|kept|told|said|sent|gave|took|made|lost|left|sold|wrote|rang|put|[a-z]+ed|[a-z]+'(?:ve|re|d|ll)|can't|won't|didn't|don't|haven't|hadn't|couldn't|wouldn't|weren't|wasn't|aren't|isn't|cant|wont|didnt|dont|havent)$/);

// Shouting: a word of four capitals or more that can be said as a word ("AGAIN", not "HMRC"), or
// three words in capitals of three letters or more; codes ("DL4047", "RT-55821") aside.
const CAPS = /(?<![A-Za-z’'\d-])[A-Z][A-Z’']+(?![A-Za-z’'\d]|-[A-Za-z\d])/g;
const TWO_CAPITALS = new PrimedOnTest(/[A-Z][A-Z’']/);
const SAYABLE_CAPS = new PrimedOnTest(/^[B-DF-HJ-NP-TV-Z]{0,3}[AEIOUY]/);
// Three consonants running ("EHCP", "USDC") mark an acronym, but for the endings words have ("FIRST", "NIGHT").
const CONSONANT_RUN = /[B-DF-HJ-NP-TV-Z]{3,}/g;
// …and for the cluster "THREE" and "THROUGH" open with (brands open with "STR", "SCR"…: those stay).
const WORD_OPENING_RUN = new PrimedOnTest(/^THR$/);
const WORD_ENDING_RUN = new PrimedOnTest(/^(?:RST|NGS|NTS|NDS|RDS|RTH|NCH|TCH|GHT|STS|LLS|RLD|NKS|LTS|RTS|NTHS|GHTS|RTHS|NGTHS)$/);
function isSayable(capitals: string): boolean {
  // A final Y is said as a vowel: "BLURRY", "EMPTY".
  const word = capitals.length > 3 ? capitals.replace(/Y$/, 'I') : capitals;
  if (!SAYABLE_CAPS.test(word)) return false;
  for (const m of word.matchAll(CONSONANT_RUN)) if (!(m.index + m[0].length === word.length && WORD_ENDING_RUN.test(m[0])) && !(m.index === 0 && WORD_OPENING_RUN.test(m[0]))) return false;
  return true;
}
function isShouting(clause: string): boolean {
  // Most clauses have no two capitals in a row, which every CAPS match starts with: skip matchAll's set-up.
  if (!TWO_CAPITALS.test(clause)) return false;
  let n = 0;
  for (const m of clause.matchAll(CAPS)) {
    const word = m[0].replace(/[’']/g, '');
    if ((word.length >= 4 && isSayable(word)) || (word.length >= 3 && ++n >= 3)) return true;
  }
  return false;
}

const WORD = /[A-Za-z][A-Za-z’']*/g;
const QUOTED = /(?<![A-Za-z])['‘"“][^'‘’"“”]{1,60}['’"”](?![A-Za-z])/g;
const OPENING_QUOTE = new PrimedOnTest(/['‘"“]/);

const CALENDAR = words('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter');

// The regexes isCommonOpener builds from a word, kept: the same openers come up message after message.
const NAME_USE = new Map<string, RegExp>();
const WORD_USE = new Map<string, RegExp>();
function wordRegex(cache: Map<string, RegExp>, word: string, source: () => string): RegExp {
  let regex = cache.get(word);
  if (regex === undefined) {
    if (cache.size >= 1000) cache.clear(); // bounded: customers' words are open-ended
    regex = new RegExp(source());
    cache.set(word, regex);
  }
  return regex;
}

/** Whether the customer writes `word` with its capital after another word, not opening a sentence: a name ("Raj"). */
const writtenAsName = (word: string, customer: string): boolean =>
  wordRegex(NAME_USE, word, () => `[^.!?\\n\\s]\\s+${word.replace(/[’']/g, "['’]")}(?![A-Za-z’'])`).test(customer);

/** Whether a capitalised first word is an ordinary word rather than a name. */
function isCommonOpener(word: string, low: string, nextWord: string, customer: string): boolean {
  const stem = low.replace(/'(?:s|re|ve|d|ll)$/, '');
  if (FUNCTION_OPENERS.has(stem) || COMMON_NOUNS.has(stem) || /^(?:he|she|what|who|here)$/.test(stem)) return true;
  if (CALENDAR.has(low) || /^[A-Z]/.test(nextWord)) return false; // "October", "Black Friday"
  if (writtenAsName(word, customer)) return false;
  if (wordRegex(WORD_USE, low, () => `(?:^|[^A-Za-z’'])${low.replace(/'/g, "['’]")}(?![A-Za-z’'])`).test(customer)) return true;
  return /(?:ing|ed|tion|sion|ment|ness|ity|ance|ence|ly|ies|ers)$/.test(low);
}

/** The clause's own first-person subject, contracted or not ("I", "I've", "we're"). */
const FIRST_PERSON_SUBJECT = new PrimedOnTest(/^(?:i|we)(?:'(?:ve|m|re|d|ll))?$/);

/** Letters written against digits ("BS5", "HC-44812", "5G"): a code. */
const gluedToDigits = (clause: string, from: number, to: number): boolean =>
  isDigit(clause.charCodeAt(to)) || (clause[to] === '-' && isDigit(clause.charCodeAt(to + 1))) || isDigit(clause.charCodeAt(from - 1));

function inAgentVoice(clause: string, customer: string): string {
  const shouting = isShouting(clause);
  // Words the customer quotes ("a 'sorry we missed you' card") are theirs, as written.
  // (Tested for a quote mark first: most clauses have none, and matchAll's set-up costs more than the test.)
  const quoted: Span[] = OPENING_QUOTE.test(clause) ? [...clause.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const tokens = [...clause.matchAll(WORD)]
    .filter((m) => !quoted.some((q) => m.index > q.start && m.index < q.end))
    .map((m) => ({ text: m[0], at: m.index, low: lower(m[0]) }));
  const subject = tokens[0]?.low ?? '';
  let out = '';
  let copied = 0;
  const put = (from: number, to: number, word: string) => {
    out += clause.slice(copied, from) + word;
    copied = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = i > 0 && clause.slice(tokens[i - 1]!.at + tokens[i - 1]!.text.length, t.at).trim() === '' ? tokens[i - 1]!.low : '';
    const next = tokens[i + 1];
    const after = next && clause.slice(t.at + t.text.length, next.at).trim() === '' ? next.low : '';
    const end = t.at + t.text.length;
    if (t.low === 'you' || t.low === 'u' || t.low === "y'all" || t.low === 'yall') {
      const group = /^(?:guys|people|lot|all|lads|folks)$/.test(after) && next ? next : undefined;
      const follow = group ? (tokens[i + 2]?.low ?? '') : after;
      const object = OBJECT_BEFORE.test(before) && !SUBJECT_AFTER.test(follow);
      put(t.at, group ? group.at + group.text.length : end, object ? 'us' : 'we');
      if (group) i++;
      continue;
    }
    if (t.low === 'am' && before === 'i') {
      put(t.at, end, 'are');
      continue;
    }
    // "I was", "we wasn't", and "I ordered it and was told…", "I've been a member for years and was
    // told…" (its subject left out).
    if ((t.low === 'was' || t.low === "wasn't") && (/^(?:i|we|you|u)$/.test(before) || (/^(?:and|but|then)$/.test(before) && FIRST_PERSON_SUBJECT.test(subject)))) {
      put(t.at, end, t.low === 'was' ? 'were' : 'weren’t');
      continue;
    }
    if (t.low === 'am' && /^(?:and|but)$/.test(before) && /^i(?:'(?:ve|m|d|ll))?$/.test(subject)) {
      put(t.at, end, 'are');
      continue;
    }
    // A code written with a hyphen ("my I-20", "form I-9") is a name, not a pronoun.
    const swapped = clause[end] === '-' && /[\w]/.test(clause[end + 1] ?? '') ? undefined : SWAP.get(t.low);
    // "there is no your gym there" said back is "there is no gym there", not "no our gym".
    if (swapped === 'our' && before === 'no') {
      put(t.at, next ? next.at : end, '');
      continue;
    }
    if (swapped !== undefined && !(t.low === 'us' && t.text === 'US')) {
      put(t.at, end, swapped);
      continue;
    }
    // "BS5", "A320": letters glued to digits are a code, whatever else is shouted.
    if (shouting && /^[A-Z][A-Z’']+$/.test(t.text) && !gluedToDigits(clause, t.at, end)) {
      put(t.at, end, t.text.toLowerCase());
      continue;
    }
    if (i === 0 && t.at === 0 && /^[A-Z](?:[a-z’']|$)/.test(t.text)) {
      // "The app…" -> "the app…"; a name or a month keeps its capital.
      if (isCommonOpener(t.text, t.low, next && after ? next.text : '', customer)) put(t.at, end, t.text[0]!.toLowerCase() + t.text.slice(1));
    }
  }
  return out + clause.slice(copied);
}

// ---------------------------------------------------------------------------------------------
// Choosing the clause

// Where a sentence splits into parts that can stand alone.
const SUBJECT_AHEAD = String.raw`(?=(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|im|ive|we|we['’]re|we['’]ve|you|you['’]ve|you['’]re|u|he|she|it|it['’]s|its|they|they['’]re|they['’]ve|my|our|your|ur|his|her|their|the|this|that|these|those|there|there['’]s|nobody|no one|nothing|someone|somebody|everyone|everything|now|still|no)\b)`;
const PART_BREAK = primed(new RegExp(String.raw`\s*[;:]\s+|\s+[—–-]+\s+|\s*—\s*|(?<!\b(?:nothing|anything|all)),?\s+(?:but|however|although|(?<!even )though|whereas)\s+|,\s+(?:yet|plus|also)\s+|,\s+(?=[a-z]+ed\b)|,\s*(?=(?:please|pls|call|email|contact|text|ring|refund|fix|send|let me|can you|could you)\b)|\s+(?=(?:please|pls)\b)|,\s+(?=(?:any|why|what|how|where|when|who|which|is|are|was|were|can|could|will|would|do|does|did|got|had|have|been|then|was|were)\b)|,?\s+(?:and|so|then|now|and now|and then|and still)\s+${SUBJECT_AHEAD}|,\s+${SUBJECT_AHEAD}|,\s+(?=(?:still|now|and|but)\b)`, 'gi'));

interface Part extends Span {
  evidence: boolean;
}

const isProblem = (text: string) => {
  const l = lower(text);
  const problem = PROBLEM.test(l);
  if (!problem && !NEGATIVE.test(l)) return false;
  return problem || !PRAISE.test(l);
};

// "Where is my settlement?", "any update on my claim?": asked after a thing owed to them, the
// question is the trouble (they are still waiting), though no problem word is in it.
// "…and it came in 6 days": how long it took to come, beside what they paid for, is the trouble.
const TOOK_DAYS = new PrimedOnTest(/\b(?:came|arrived|took|turned up|showed up)(?: in| after)? (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:working )?(?:days|weeks)\b/i);
const AWAITED = new PrimedOnTest(/\b(?:any (?:update|news|word|progress)s? (?:on|about|with|regarding|for)|(?:where|when)(?:['’]s| is| are| will)) (?:my|our|the) (?:[\w-]+ ){0,2}?(?:claim|settlement|payout|compensation|passport|licence|license|visa|certificate|decision|documents?|results?|payment|money|deposit|reimbursement)\b/i);

/**
 * "the wrong date of birth": a noun phrase with something wrong in it, no verb, and no second
 * determiner but after a preposition ("the hacker sell all my skins" is a clause, its verb misspelt).
 */
function isSecondThing(part: string): boolean {
  const ws = lower(part).split(/\s+/);
  if (!/^(?:the|a|an|my|our|your)$/.test(ws[0]!) || ws.length > 7 || hasFiniteVerb(part) || !PROBLEM.test(lower(part))) return false;
  return ws.every((w, i) => i === 0 || !DETERMINERS.has(w) || PREPOSITIONS.has(ws[i - 1]!));
}

function partsOf(text: string, s: Sentence, cueAt: number): Part[] {
  const raw = text.slice(s.start, s.end);
  const parts: Part[] = [];
  let from = 0;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(raw); m; m = PART_BREAK.exec(raw)) {
    if (m[0].length === 0) {
      PART_BREAK.lastIndex++;
      continue;
    }
    // "What should we do so we don't miss the date?": in a question, "so" opens its purpose, not a statement.
    if (s.question && /^,?\s+so\s+$/i.test(m[0])) continue;
    if (m.index > from) parts.push({ start: s.start + from, end: s.start + m.index, evidence: false });
    from = m.index + m[0].length;
  }
  if (raw.length > from) parts.push({ start: s.start + from, end: s.end, evidence: false });
  // "My wife and I missed…": a part with no verb before "and" is a subject, not a clause.
  for (let i = 0; i + 1 < parts.length; i++) {
    const gap = text.slice(parts[i]!.end, parts[i + 1]!.start);
    // "…has his name spelled wrong and the wrong date of birth": a part with no verb after "and" is a
    // second thing the clause before names, cut off from it only because "the" can open a clause.
    const nounAfter = /^\s*(?:and|or)\s*$/i.test(gap) && isSecondThing(text.slice(parts[i + 1]!.start, parts[i + 1]!.end));
    if (nounAfter || (/^\s*,?\s*(?:and|or)\s*$/i.test(gap) && !hasFiniteVerb(text.slice(parts[i]!.start, parts[i]!.end)))) {
      parts.splice(i, 2, { start: parts[i]!.start, end: parts[i + 1]!.end, evidence: false });
      i--;
    }
  }
  for (const p of parts) p.evidence = (cueAt >= p.start && cueAt < p.end) || isProblem(withoutQuotations(text.slice(p.start, p.end))) || AWAITED.test(text.slice(p.start, p.end)) || TOOK_DAYS.test(text.slice(p.start, p.end));
  return parts;
}

// "Fined £80.", "Charged $40!": two words, but a whole complaint once its "I was" is put back.
const CHARGED_SHORT = new PrimedOnTest(/^(?:fined|charged|billed|overcharged|debited) [£$€]\d[\d,.]*$/i);

/** The clause text[span] in the agent's words, if it can be said back as is. */
function sayable(text: string, span: Span): string | undefined {
  const original = tidy(text.slice(span.start, span.end));
  if (!original) return undefined;
  let clause = tidy(withoutPrivate(original).replace(PROFANE_INTENSIFIER, ''));
  let changed = clause !== original;
  if (clause.split(' ').length < 3 && !CHARGED_SHORT.test(clause)) return undefined;
  if (clause.split(/\s+/).some((w) => w.length > MAX_WORD)) return undefined;
  const l = lower(clause);
  if (DEMAND.test(l) || THREAT.test(l) || INSULT.test(l) || FEELING.test(l) || HEDGE.test(l) || PRAISE_WORD.test(l) || NEVER_BETTER.test(l)) return undefined;
  if (RESOLVED.test(l) && !NEGATIVE.test(l)) return undefined;
  const statement = asStatement(clause);
  if (statement === undefined) return undefined;
  clause = completed(statement);
  const trimmed = withoutTrailingAside(clause);
  if (trimmed !== clause) {
    clause = trimmed;
    changed = true;
  }
  const first = lower(clause.slice(0, clause.indexOf(' ')));
  // Still no subject ("was promised…", "not what I expected", "if you don't…"): not a statement to say back.
  if (AUXILIARIES.has(first) || PREPOSITIONS.has(first) || /^(?:not|still|never|also|just|only|already|even|if|unless|happened|keep|keeps)$/.test(first)) return undefined;
  // A verdict with nothing in it: "that is impossible", "it's a joke".
  if (/^(?:that|this)(?:'s|’s| is| was)(?: \S+)?(?: \S+)?$/i.test(clause)) return undefined;
  if (/[?!]/.test(clause) || !hasFiniteVerb(clause)) return undefined;
  // Paired marks: quotes around a word ("'in transit'") stay; a stray one goes.
  if (!balanced(clause)) {
    clause = clause.replace(/["“”]/g, '');
    changed = true;
    if (!balanced(clause)) return undefined;
  }
  const cut = shortened(clause);
  if (cut === undefined) return undefined;
  if (cut !== clause) changed = true;
  clause = cut.replace(/[\s,;:\-–—]+$/, '');
  // Cut or cleaned: it must not end on a word that leads somewhere ("…charged at").
  if (changed) {
    for (let last = lower(clause.slice(clause.lastIndexOf(' ') + 1)); DANGLING_END.has(last); last = lower(clause.slice(clause.lastIndexOf(' ') + 1))) {
      if (!/^(?:and|but|or|so|then)$/.test(last)) return undefined;
      clause = clause.slice(0, clause.lastIndexOf(' ')).replace(/[\s,;:]+$/, '');
    }
  }
  if (clause.split(' ').length < 3 || !balanced(clause) || !hasFiniteVerb(clause)) return undefined;
  const said = withoutScareQuotes(inAgentVoice(idiomatic(clause), text));
  return isSafe(said) ? said : undefined;
}

// Two slips of English as a second language that would read as the agent's own: "waiting my
// licence since 5 months" -> "waiting for my licence for 5 months".
const SINCE_SPAN = new PrimedOnUse(/\bsince ((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:minutes?|hours?|days?|weeks?|months?|years?))\b/gi);
const WAITING_OBJECT = new PrimedOnUse(/\b(waiting) (my|our|the|your|his|her|their)\b/gi);
// (Not "…the refund I asked for 3 weeks ago": a span before "ago" is when they asked, not how long they waited.)
const WAITING_NOW = new PrimedOnUse(/\b(i|we)(?: am| are|['’]m|['’]re) (still )?waiting\b(?=[^.;]*\bfor (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:minutes?|hours?|days?|weeks?|months?|years?)\b(?! ago\b))/gi);
// "…broken 5 days", "no internet 6 days": a bare stretch of time after a state takes "for".
const BARE_SPAN = new PrimedOnUse(/\b((?:broken|down|off|out|offline|dead|stuck|closed|cut off|without \w+|no \w+(?: (?!for\b|since\b|in\b|of\b|to\b|on\b|at\b|from\b|after\b)\w+)?)) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:minutes?|mins|hours?|hrs|days?|weeks?|months?|years?))\b(?! (?:ago|late|early|later|old|before|after))/gi);
const HAVE_NO_SPAN = new PrimedOnUse(/\b(i|we) have no\b(?=[^.;]*\bfor (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:minutes?|mins|hours?|hrs|days?|weeks?|months?|years?)\b)/gi);
// "I am charged for calls", "my flight is cancel", "my account is hacked": said as what has happened.
const STATE_PASSIVE = new PrimedOnUse(/\b(i|we)(?: am| are|['’]m|['’]re) (charged|billed|overcharged|fined|banned|blocked|suspended|locked out|double charged|refused|denied|rejected|declined)\b/gi);
const DONE_TO = new PrimedOnUse(/\b((?:my|our|the) (?:[a-z'’-]+ ){0,3}?[a-z'’-]+) is (?:(hacked|cancel)\b|(cancell?ed|blocked|suspended|deleted|closed|locked|frozen|disconnected|down|broken|flooded|stuck|missing|offline)\b(?=(?: (?!and\b|but\b|or\b|so\b)[a-z’'-]+){0,6} since\b| for (?:\d|a |an |two|three|four|five|six|several|weeks|days|months)))/gi);
const PARTICIPLE_OF = new Map(Object.entries({ cancel: 'cancelled' }));
// "…at 4pm, room wasn't ready", "…and hacker sold all my items": a second clause whose noun lost
// its article; after a bare comma it is joined with "and", as a sentence joins two clauses.
const BARE_SUBJECT = new PrimedOnUse(/(,| and| but) ([a-z]+) ([a-z]+(?:['’]t)?)\b(?=[ ,])/g);

function withArticles(clause: string): string {
  return clause.replace(BARE_SUBJECT, (all, join: string, noun: string, verb: string) => {
    const v = lower(verb);
    if (!COMMON_NOUNS.has(noun)) return all;
    const and = join === ',' ? ' and' : join;
    // "…, delivery cancelled again": done to it, unless it is someone who did it ("driver cancelled").
    if ((PASSIVE_OPENERS.has(v) || v === 'rejected' || v === 'suspended') && !PEOPLE.has(noun)) return `${and} the ${noun} was ${verb}`;
    return FINITE_SECOND.has(v) || FINITE_PAST.has(v) || /^[a-z]{3,}ed$/.test(v) ? `${and} the ${noun} ${verb}` : all;
  });
}

// "(£14.99 x2 on 3 May)", "(no pool, building site next door)": a note of amounts or a list in
// brackets is pasted, not said (a reference in brackets, "(order RT-55821)", is kept whole).
const BRACKETED = new PrimedOnUse(/\s*\((?=[^()]*(?:[£$€]|\bx\d|\d ?x\b|,))[^()]{1,60}\)/g);
// "charged £45 cancellation fee" lacks its "a".
const BARE_AMOUNT = new PrimedOnUse(/\b(charged|billed|fined|paid|charging) ([£$€]\d[\d,.]*)(?= (?:[a-z-]+ ){0,2}(?:fee|charge|penalty|fine|deposit|surcharge)\b)/gi);

// "hasn't even been yet": their indignation; said back by the agent it sounds like mockery, and plain "hasn't been" says it all.
const NOT_EVEN = new PrimedOnUse(/\b((?:has|have|had|did|does|do|is|was|were|are)n['’]t|(?:has|have|had|did|does|is|was) not|never) even (?=[a-z]+(?:ed|en)?\b)(?!(?:once|a|an|one|the|my|your)\b)/gi);

// "a payment says completed", "my order says delivered": a record read out in the customer's shorthand;
// said by the agent, what the record shows ("shows as completed"). Quoted statuses are left as quoted.
const SAYS_STATUS = new PrimedOnUse(/\b(?:(says|is saying|shows|is showing)|(said|showed|was showing|was saying))(?! as\b) (?=(?:delivered|completed|complete|paid|pending|processing|cancell?ed|dispatched|shipped|refunded|approved|active|closed|resolved|returned|collected)\b)/gi);
// "A £250 payment to my landlord…", "An engineer came…": the customer brings the thing in; the agent,
// answering, names it as known ("the £250 payment"): after "I'm sorry", "a payment" reads clumsy.
// Not a stretch of time or a quantity ("A week ago…", "A lot of my photos…").
// Only a thing named by its amount or by where it went ("a parcel from your shop"): "a refund is all I want" stays.
const OPENING_INDEFINITE = new PrimedOnUse(/^(?:a|an) (?=[£$€]?\d[^ ]* [a-z]|[a-z-]+ (?:to|from|for) (?:my|our|your|the)\b)(?!(?:lot|few|couple|bit|little|number|total|while|week|month|day|year|fortnight|minute|hour|second|moment|friend|family|neighbour|neighbor|colleague|member|customer|client|relative)s?\b)/i);

// "I stood for 2 hours", "queued for 40 minutes": what they had to bear, not what they chose ("I'm sorry you stood…" reads wrong).
const ENDURED = new Map(Object.entries({ stood: 'stand', queued: 'queue', sat: 'sit', walked: 'walk' }));
const ENDURED_FOR = new PrimedOnUse(/\b(i|we) (stood|queued|sat|walked) for\b/gi);
// "my bill is more 3.50 pounds": "is 3.50 pounds more".
const MORE_AMOUNT = new PrimedOnUse(/\b(is|are|was|were) more ((?:[£$€]\s?)?\d[\d,.]*(?:\s?(?:pounds|dollars|euros|quid|p|k))?)(?=$|[ ,.])/gi);
// "cancelled the class 5 mins before": before what is left out; said by the agent, at what notice.
const NOTICE_BEFORE = new PrimedOnUse(/\b(cancell?ed\b.*?) ((?:\d+|an?|one|two|three|four|five|ten|twenty|thirty) (?:mins?|minutes?|hours?|hrs?|days?)) before$/i);

/** "5 mins" -> "5 minutes'", "an hour" -> "an hour's". */
function noticeOf(span: string): string {
  const whole = span.replace(/\bmins?\b/i, 'minutes').replace(/\bhrs?\b/i, 'hours').replace(/^one (?=hour)/i, 'an ').replace(/^(?:a|one) /i, 'a ').replace(/^a (?=hour)/i, 'an ');
  return /s$/.test(whole) ? `${whole}’` : `${whole}’s`;
}

// A record shows a status ("the tracker shows returned to sender"); a thing shows as one ("your order shows as delivered").
const RECORD_BEFORE = new PrimedOnTest(/\b(?:tracker|tracking|app|status|system|website|site|page|portal|account|screen|email|text|message|letter|notification|dashboard)(?: (?:still|now|just))? $/i);
function recordShows(_m: string, now: string | undefined, _then: string | undefined, at: number, clause: string): string {
  const verb = now ? 'shows' : 'showed';
  return RECORD_BEFORE.test(clause.slice(Math.max(0, at - 40), at)) ? `${verb} ` : `${verb} as `;
}

function idiomatic(clause: string): string {
  return withArticles(clause.replace(OPENING_INDEFINITE, 'the ').replace(SAYS_STATUS, recordShows).replace(BRACKETED, '').replace(BARE_AMOUNT, '$1 a $2').replace(NOT_EVEN, '$1 '))
    .replace(STATE_PASSIVE, (_m, who: string, what: string) => `${who}’ve been ${what}`)
    .replace(DONE_TO, (_m, thing: string, now: string | undefined, since: string | undefined) => `${thing} has been ${PARTICIPLE_OF.get((now ?? since)!.toLowerCase()) ?? now ?? since}`)
    .replace(ENDURED_FOR, (_m, who: string, verb: string) => `${who} had to ${ENDURED.get(verb.toLowerCase())} for`)
    .replace(MORE_AMOUNT, '$1 $2 more')
    .replace(NOTICE_BEFORE, (_m, act: string, span: string) => `${act} at ${noticeOf(span)} notice`)
    .replace(SINCE_SPAN, 'for $1')
    .replace(BARE_SPAN, '$1 for $2')
    .replace(HAVE_NO_SPAN, (_m, who: string) => `${who}’ve had no`)
    .replace(WAITING_OBJECT, '$1 for $2')
    .replace(WAITING_NOW, (_m, who: string, still: string | undefined) => `${who}’ve ${still ?? ''}been waiting`)
    // "can not" written apart reads as a slip in the agent's sentence.
    .replace(/\b(c)an not\b/gi, '$1annot');
}

// "…but I have never used any cheats", "…when I literally wasn't": the customer's case, said
// beside the problem; the coach says the problem back, not their defence as fact.
const DEFENCE_TAIL = new PrimedOnUse(/,?\s+(?:but|when|though|although|even though|as|since|and)\s+(?:i|we)(?:['’](?:ve|d))?\s+(?:\w+\s+)?(?:never|only|wasn['’]?t|was not|weren['’]?t|am not|['’]m not|haven['’]?t|have not|hadn['’]?t|didn['’]?t|did not)\b(?!.*\b(?:receive|received|get|got|hear|heard|arrive|arrived|come|came|reply|replied|answer|answered|back)\b).*$/i);
// "…at the petrol station, £60 and £60", "…no hot water, boiler fine": a tail after a comma with no
// verb of its own reads as a note, not part of the clause.
// "bought the deluxe edition, didn't get the skins": a second verb after a bare comma, its subject
// left out, is joined as English joins it ("…but didn't get…", "…and lost…").
const SUBJECTLESS_TAIL = new PrimedOnUse(/, (?=(?:(?:still |just |then )?(?:didn['’]?t|did not|hasn['’]?t|has not|haven['’]?t|have not|wasn['’]?t|was not|weren['’]?t|never|can['’]?t|won['’]?t|couldn['’]?t)\s)|(?:just )?(?:lost|got|paid|waited|missed|ended up|had to)\s)/);
function joinedSubjectless(clause: string): string {
  const m = SUBJECTLESS_TAIL.exec(clause);
  if (!m || clause.indexOf(', ', m.index + 2) >= 0 || !hasFiniteVerb(clause.slice(0, m.index))) return clause;
  const tail = clause.slice(m.index + 2);
  return `${clause.slice(0, m.index)} ${/^(?:still |just |then )?(?:didn|did not|hasn|has not|haven|have not|wasn|was not|weren|never|can|won|couldn)/.test(tail) ? 'but' : 'and'} ${tail}`;
}

// "…charged for May, but I rang to cancel in April": what they did, said against the error, after
// "I'm sorry … but" reads as sorry for their doing it: "even though", which `withoutFault` then
// leaves out (their case is for the agent to check, not to concede).
const OWN_CASE_TAIL = new PrimedOnUse(/,?\s+but\s+(?=(?:i|we)(?:['’]d| had| have|['’]ve)?\s+(?:already\s+|definitely\s+|clearly\s+)?(?:rang|called|phoned|cancell?ed|canceled|paid|returned|sent|submitted|told|emailed|asked|booked|renewed|updated|registered|gave|showed|provided|followed)\b)/i);

// "…but my account is meant to be free abroad", "…but my guest was only here an hour": what their
// thing should be or only was, their case against the charge; said after "I'm sorry" it reads as
// the company granting it (or as sorry for it).
const THEIR_THING_CASE = new PrimedOnUse(/,?\s+but\s+(?:my|our)\s+(?:[\w'’-]+\s+){1,3}(?:is|was|are|were)\s+(?:(?:meant|supposed)\s+to|only|never|not even)\b.*$/i);
// "Why is my bill £90 when I live alone?", "…a standing charge when I use no gas", "…when I have the
// add-on", "…when I pay for 4 screens": the state they set against what they were asked to pay.
const WHEN_THEIR_STATE = new PrimedOnUse(/,?\s+when\s+(?:i|we)(?:['’]m| am| are|['’]re)?\s+(?:only\s+|already\s+|just\s+|still\s+)?(?:live|lives|living|pay(?:ing)? for|use (?:no|only|hardly|barely|very little|less|nothing)|have (?:a|an|the|my|our|no|only)|own|a student|a pensioner|retired|under|over|not)\b.*$/i);

// "…£400 when the website said £250", "…but the listing says free parking": what our own page or
// letter told them, set against what happened, is their case; said by the agent it concedes it.
const OUR_WORD_AGAINST = new PrimedOnUse(/,?\s+(?:when|but|though|although|even though|whereas|while)\s+(?:the|your|our)\s+(?:[\w'’-]+\s+)?(?:website|site|advert|ad|listing|contract|quote|brochure|deck|terms|policy|description|offer|sign|shelf|label)\s+(?:clearly\s+)?(?:said|says|showed|shows|stated|states|promised|promises|listed|lists|advertised)\b.*$/i);

// "…a dent in the bumper that you only noticed when you got home": when they found it is their
// account of the finding (often their case that it came so), not the trouble.
const THEIR_FINDING = new PrimedOnUse(/,? (?:that|which) (?:i|we) (?:only |just |first |then )?(?:noticed|found|saw|spotted|discovered|realised|realized)\b.*$/i);

// "…deleted when my card expired for 2 days": their own lapse given as the cause; said back, "your card
// expired for 2 days" reads wrong (blind readers: grammar) and the apology takes in their lapse.
const THEIR_LAPSE = new PrimedOnUse(/,?\s+(?:when|after|because|as|since)\s+(?:my|our|i|we)\b[^,]*?\b(?:expired|lapsed|ran out|bounced)\b.*$/i);

function withoutTrailingAside(clause: string): string {
  let out = joinedSubjectless(clause).replace(THEIR_FINDING, '').replace(OUR_WORD_AGAINST, '').replace(DEFENCE_TAIL, '').replace(THEIR_THING_CASE, '').replace(WHEN_THEIR_STATE, '').replace(THEIR_LAPSE, '').replace(OWN_CASE_TAIL, ' even though ');
  for (let comma = out.lastIndexOf(', '); comma > 0; comma = out.lastIndexOf(', ')) {
    const tail = out.slice(comma + 2);
    const head = out.slice(0, comma);
    // "…arrived yesterday, too late to post abroad": a note that holds the only trouble stays.
    if (PROBLEM.test(lower(tail)) && !PROBLEM.test(lower(head)) && !NEGATIVE.test(lower(head))) break;
    if (/[()[\]'‘’"“”]/.test(tail) || hasFiniteVerb(tail) || /^(?:and|but|or|so|then|because|which|who|when|while|if|not|never|only|even)\b/i.test(tail) || head.split(' ').length < 3 || !hasFiniteVerb(head)) break;
    out = head;
  }
  return out.split(' ').length >= 3 ? out : clause;
}

// A word or two the customer put in quotes ("the 'waterproof' boots", "banned for 'cheating'") is
// their sarcasm or their dispute; said back by the agent it mocks. A status the system showed
// ("it says 'delivered'") is quoted as it read.
const SHORT_QUOTE = new PrimedOnUse(/(?<![A-Za-z\d])['‘"“]([^'‘’"“”]{1,30})['’"”](?![A-Za-z\d])/g);
const STATUS = new PrimedOnTest(/^(?:delivered|in transit|dispatched|shipped|pending|processing|cancell?ed|canceled|completed?|resolved|closed|out for delivery|on hold|active|inactive|paid|unpaid|failed|declined|expired|suspended|under review|awaiting [a-z]+|not eligible|ineligible|attempted|returned|refunded|approved|rejected|in progress|open|unavailable|out of stock|sold out|no show|no-show|queued|scheduled|in review|awaiting collection|ready for collection)$/i);
// Words as they were said or shown ("told it'll be 'next week'", "a charge called 'admin'") keep their quotes.
const REPORTED = new PrimedOnTest(/\b(?:say|says|said|saying|tell|tells|told|telling|called|named|marked|labell?ed|reads?|reading|shows?|showed|showing|status|message|error|stuck (?:at|on|in)|set to)\b(?:\s+\S+){0,2}\s*$/i);
// …and so is a state held for a stretch of time ("has been 'under process' for 9 months"): a status as shown.
const HELD_FOR = new PrimedOnTest(/^ (?:for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|over|almost|nearly) (?:\w+ )?(?:hours?|days?|weeks?|months?|years?)\b|since )/i);
function withoutScareQuotes(clause: string): string {
  return clause
    .replace(QUOTED_CLAIM, '')
    .replace(SHORT_QUOTE, (m, inner: string, at: number) =>
      inner.split(' ').length <= 3 && !STATUS.test(inner.trim()) && !REPORTED.test(clause.slice(Math.max(0, at - 40), at)) && !HELD_FOR.test(clause.slice(at + m.length, at + m.length + 30)) ? inner : m,
    );
}

// "your 'unlimited' data", "the 'waterproof' boots": one word of our claim, quoted to mock it. Said
// back bare ("the unlimited data stopped…") it grants the claim; quoted, it mocks: the thing is named without it.
// Not after "a" ("3 days for a 'one-day' service"): there the word is the point, and "for a service" loses it.
const QUOTED_CLAIM = new PrimedOnUse(/(?<=\b(?:your|the|my|our|this|these) )['‘"“][a-z-]+['’"”] (?=[a-z]+\b(?!['’]))(?!(?:is|are|was|were|has|have|had|for|on|in|at|to|from|with|by|of|and|but|or|not|never|still|[a-z]+ed)\b)/gi);

/** No link, e-mail address, phone number or long digit string; not too long; one clause. */
// "4 days nobody answer", "the hacker sell all my skins": a verb that does not agree with its
// subject is the customer's second-language English, which would read as the agent's own.
const SINGULAR_SUBJECT = words('nobody noone someone somebody everyone everybody he she it');
const NOT_AFTER = words('did does do will would can could should must may might to let make made help helped');

// "my payment is stop", "the card was block": a base verb after "is" (not one that is also an adjective, "is open").
const BASE_AFTER_BE = words('stop miss cancel block charge send deliver refund delete take give come go lose break steal ban suspend reject decline refuse arrive work happen');
// "the papers are not arrive", "the staff not let you in": a base verb after "not" where no "do" or modal stands before it.
const NOT_BASE = words('let arrive come work give send allow accept answer reply refund open pay help');
const BEFORE_NOT = words('to why or whether and but if so please just i you we they it this that');
const BE = words('is are was were');
const NO_PASSIVE = words('arrived happened worked');

function disagrees(clause: string): boolean {
  const ws = lower(clause).split(/[\s,;:]+/);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (BE.has(ws[i]!) && BASE_AFTER_BE.has(ws[i + 1] === 'not' || ws[i + 1] === 'still' ? (ws[i + 2] ?? '') : ws[i + 1]!)) return true;
    if (ws[i + 1] === 'not' && NOT_BASE.has(ws[i + 2] ?? '') && i > 0 && !AUXILIARIES.has(ws[i]!) && !BEFORE_NOT.has(ws[i]!) && !NOT_AFTER.has(ws[i]!)) return true;
    // "it is not arrived": a verb that takes no object has no passive.
    if (BE.has(ws[i]!) && NO_PASSIVE.has(ws[ws[i + 1] === 'not' ? i + 2 : i + 1] ?? '')) return true;
    const subject = ws[i] === 'one' && ws[i - 1] === 'no' ? 'noone' : ws[i]!;
    if (!SINGULAR_SUBJECT.has(subject) || NOT_AFTER.has(ws[i - 1] ?? '') || (subject === 'noone' && NOT_AFTER.has(ws[i - 2] ?? ''))) continue;
    if (REGULAR_VERBS.has(ws[i + 1]!)) return true;
  }
  return false;
}

function isSafe(clause: string): boolean {
  if (disagrees(clause)) return false;
  URL.lastIndex = 0;
  EMAIL.lastIndex = 0;
  if (URL.test(clause) || EMAIL.test(clause)) return false;
  for (const m of clause.matchAll(DIGIT_RUN)) if (m[0].replace(/\D/g, '').length >= 7) return false;
  return clause.length <= MAX_CLAUSE && !/[\n?!]/.test(clause) && balanced(clause) && !clause.split(/\s+/).some((w) => w.length > MAX_WORD);
}

const JOINING = new PrimedOnTest(/^\s*,?\s*(?:and|but|so|then|now|and then|and now|and still|yet|because)\s+$/i);
const SUBJECT_START = new PrimedOnTest(new RegExp(`^\\s*${SUBJECT_AHEAD}`, 'i'));
// A clause about "it" or "they" leans on what came before it: kept only if nothing better is found.
const LEANS_BACK = new PrimedOnTest(/^(?:it|it’s|it's|its|they|they’re|they're|them|this|that|he|she|yours|ours|mine)\b/);

// "you’ve called twice" -> "you’ve had to call twice": sorry for what they had to do, not for their doing it.
const CONTACT_BASE = new Map(Object.entries({
  called: 'call', emailed: 'email', rung: 'ring', phoned: 'phone', written: 'write', asked: 'ask', chased: 'chase', contacted: 'contact', raised: 'raise',
  reported: 'report', sent: 'send', posted: 'post', messaged: 'message', texted: 'text', complained: 'complain', applied: 'apply', explained: 'explain',
  submitted: 'submit', provided: 'provide', uploaded: 'upload', requested: 'request', chatted: 'chat', visited: 'visit',
}));
const CONTACTED = new PrimedOnUse(/^you(’ve| have)( now| already)? ([a-z]+)\b(.*)$/);
const REPEATED = new PrimedOnUse(/\b(?:twice|again|repeatedly|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous) (?:times|tickets|emails|e-mails|calls|messages|letters))\b/);

// "you didn't authorise the £89 payment to X" -> "there’s a £89 payment to X you didn’t authorise":
// sorry that it is there, not that they did not make it.
const DISOWNED = new PrimedOnUse(/^you (?:did not|didn['’]t|never) (make|made|authori[sz]e|authori[sz]ed|recogni[sz]e|order|ordered|request|requested|agree to) (?:the|this|that|a|an) ((?:[^ ]+ ){0,5}?(?:payment|transaction|purchase|order|charge|debit|withdrawal|transfer|subscription))\b(.*)$/i);
// …with the verb they used where it is about their own act: "you didn't authorise" said as "you don't
// recognise" is not their claim (a blind reader). (What they never ordered or asked for stays "don't
// recognise": "you didn't order" is a claim that we sold it, which is ours to check.)
const DISOWNED_AS = new Map(Object.entries({ make: 'didn’t make', made: 'didn’t make', authorise: 'didn’t authorise', authorised: 'didn’t authorise', authorize: 'didn’t authorize', authorized: 'didn’t authorize' }));
// "you were promised a call-back" -> "…, and that hasn't happened": sorry the promise was not kept.
const PROMISED = new PrimedOnTest(/^(?:you were promised|(?:our|the|we|they|he|she)\b[^,]{0,60}?\bpromised)\b(?!.*\b(?:but|and|yet|if|when|would|will)\b)/);

// "Your bank blocked my card" said back is "our bank blocked your card": the company speaking of
// itself says "we" ("we blocked your card").
const OUR_COMPANY = new PrimedOnUse(/^our (?:bank|company|firm|store|shop|business|airline|insurer|network|hotel|gym|practice|surgery|clinic|organi[sz]ation|council|agency|department|office|team|service) (?=(?:just |also |then |still |never |now |already )?(?:[a-z]+ed|has|hasn['’]t|is|isn['’]t|was|wasn['’]t|keeps|doesn['’]t|didn['’]t|won['’]t|can['’]t|refuses|says|took|sent|gave|lost|made|put|cut|left|told|kept|stole)\b)/);
const WE_FORM = new Map(Object.entries({ has: 'have', 'hasn’t': 'haven’t', "hasn't": "haven't", is: 'are', 'isn’t': 'aren’t', "isn't": "aren't", was: 'were', 'wasn’t': 'weren’t', "wasn't": "weren't", keeps: 'keep', 'doesn’t': 'don’t', "doesn't": "don't", refuses: 'refuse', says: 'say' }));
function asWe(clause: string): string {
  const m = OUR_COMPANY.exec(clause);
  if (!m) return clause;
  const rest = clause.slice(m[0].length);
  return `we ${rest.replace(/^((?:just |also |then |still |never |now |already )?)(\S+)/, (all, adverb: string, verb: string) => adverb + (WE_FORM.get(verb) ?? verb))}`;
}

// "you ordered a cake topper for the party and it arrived broken": what went wrong is the thing's,
// said with the thing first ("the cake topper you ordered for the party arrived broken"), not
// "I'm sorry you ordered…". Money they moved is such a thing too ("the £300 you transferred to your
// savings is not there"), and so is a thing they bought "that expired" before they could use it.
const ORDERED_THEN =
  new PrimedOnUse(/^you (ordered|bought|booked|purchased|rented|hired|deposited|transferred|sent|posted|paid in) (?:(?:a|an|the|some) |(\d+|two|three|four|five|six) |(?=[£$€]\d))([^,;]{2,80}?) (?:and (it|they)(['’]s|['’]re|['’]ve| is| are| has| have)?|that|which) (?!(?:said|say|told|asked|want|wanted)\b)([^,;]{3,})$/i);
/** Where the thing's name ends: a word of a place, a time or a purpose, a bare number, a bracket. */
const AFTER_HEAD = words('for from on at in with to via through last yesterday today this off online ago week weeks day days month months');
const HEAD_WORD = new PrimedOnTest(/^[\p{L}\d’'-]*\p{L}[\p{L}\d’'-]*$/u);
const AMOUNT_WORD = new PrimedOnTest(/^[£$€]\d[\d,.]*k?$/);
// "it's" before these is "it has" ("it's stopped working"); before any other word, "it is" ("it's cracked").
const HAS_AFTER_S = words('been gone got come stopped disappeared vanished arrived failed died happened expired bounced dropped started moved shrunk faded');
// After "that" the thing's own verb follows at once: "…a pass that expired…", not "…a pass that I…".
const OWN_VERB = new PrimedOnTest(/^(?:(?:never|still|just|already|then|only|also) )?(?:[a-z]{3,}ed|has|have|had|is|was|were|are|hasn['’]t|haven['’]t|isn['’]t|wasn['’]t|didn['’]t|won['’]t|doesn['’]t|keeps|broke|came|went|got|took|fell|cost|tore|shrank)\b/i);

function thingFirst(clause: string): string {
  const m = ORDERED_THEN.exec(clause);
  if (!m) return clause;
  const [, verb, count, thing, pronoun, joined, rest] = m as unknown as [string, string, string | undefined, string, string | undefined, string | undefined, string];
  // "…and they never sent it": the thing is the object of someone else's act, not the subject.
  if (/\b(?:it|them)\b/i.test(rest)) return clause;
  // "you sent an email and they never replied": "they" after one thing is someone else.
  if (pronoun !== undefined && lower(pronoun) === 'they' && !count && /^(?:a|an) /i.test(clause.slice(`you ${verb} `.length))) return clause;
  if (pronoun === undefined && !OWN_VERB.test(rest)) return clause;
  const ws = thing.split(' ');
  let n = AMOUNT_WORD.test(ws[0]!) ? 1 : 0;
  // "a pack of 20 coins": after "of" a count or an amount is still the thing's name.
  // "a birthday gift five days ago": a count before a unit of time says when, not what.
  const countsTime = (i: number) => /^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several)$/i.test(ws[i]!) && AFTER_HEAD.has(lower(ws[i + 1] ?? ''));
  while (n < ws.length && n < 6 && ((HEAD_WORD.test(ws[n]!) && !AFTER_HEAD.has(lower(ws[n]!)) && !countsTime(n)) || (n > 0 && lower(ws[n - 1]!) === 'of' && /^[£$€]?\d/.test(ws[n]!)))) n++;
  if (n === 0 || /^(?:of|and|or|the|a|an)$/i.test(ws[n - 1]!)) return clause;
  const tail = ws.slice(n).join(' ');
  // "you sent £600 to someone for a bike that doesn't exist": "that" is the bike's, not the £600's.
  if (pronoun === undefined && tail) return clause;
  const be = joined === undefined ? '' : /^['’]s$/.test(joined) ? (HAS_AFTER_S.has(lower(rest.split(' ')[0]!)) ? 'has ' : 'is ') : /^['’]re$/.test(joined) ? 'are ' : /^['’]ve$/.test(joined) ? 'have ' : `${joined.trim()} `;
  return `the ${count ? `${count} ` : ''}${ws.slice(0, n).join(' ')} you ${verb}${tail ? ` ${tail}` : ''} ${be}${rest}`;
}

// What was promised, said as the thing not had: "you were promised a call-back last week" -> "you
// haven't had the call-back you were promised last week"; "you were promised a refund but it never
// came" -> "the refund you were promised never came". Said the other way round ("…, and that hasn't
// happened", "you were promised a refund but…") the apology reads as being for the promise.
const PROMISE_WHO = new PrimedOnUse(/^(you were promised|(?:we|(?:our|the) [a-z-]+(?: [a-z-]+)?) promised(?: you)?) (?:(?:a|an|the) )?(.+)$/);
// Where the promised thing's name ends: a count or a time ("a call-back three times last week").
const PROMISE_HEAD_END = new PrimedOnTest(/^(?:by|about|when|if|that|and|but|so|as|\d+|one|two|three|four|five|six|several|times|twice|once|again|repeatedly|now|before|after|over|during|until|within)$/i);
const PROMISE_KEPT_NOT = new PrimedOnUse(/^(.+?),? (?:but|and) it(['’]s| is| has| hasn['’]t| never| still| didn['’]t| wasn['’]t| isn['’]t| was)\b(.*)$/);
const PROMISE_HEAD = new PrimedOnTest(/^[\p{L}\d£$€%’'.,-]*[\p{L}\d][\p{L}\d£$€%’'.,-]*$/u);
function promiseKept(clause: string): string {
  const m = PROMISE_WHO.exec(clause);
  if (!m) return '';
  const [, who, thing] = m as unknown as [string, string, string];
  const notKept = PROMISE_KEPT_NOT.exec(thing);
  // A promise on a condition ("…if you stayed") is theirs to have met: not said as owed.
  if (/\b(?:if|unless|provided)\b/.test(thing) || (!notKept && /\b(?:but|and|yet)\b/.test(thing))) return '';
  const ws = (notKept ? notKept[1]! : thing).split(' ');
  let n = 0;
  while (n < ws.length && n < 5 && PROMISE_HEAD.test(ws[n]!) && !AFTER_HEAD.has(lower(ws[n]!)) && !(n > 0 && PROMISE_HEAD_END.test(ws[n]!))) n++;
  if (n === 0 || /^(?:to|that)$/i.test(ws[0]!)) return '';
  const head = ws.slice(0, n).join(' ');
  const tail = ws.slice(n).join(' ');
  const promised = `the ${head} ${who}${tail ? ` ${tail}` : ''}`;
  if (!notKept) return `you haven’t had ${promised}`;
  const verb = notKept[2]!.trim();
  const said = /^['’]s$/.test(verb) ? (/^ been\b/.test(notKept[3]!) ? 'has' : 'is') : verb;
  return `${promised} ${said}${notKept[3]}`;
}

// "you checked in at 4pm and the room wasn't ready until 6", "you uploaded the form but your
// application still says it's missing": their own act is the setting, and the part after it, with a
// subject of its own, is what went wrong: said alone, the apology is not for what they did.
const OWN_ACT_THEN_THING = new PrimedOnUse(/^you(?:['’]ve| have)? (?:just |already |also |then |recently )?([a-z]+)\b.*?,? (?:and|but) ((?:the|your|our|(?:none|one|some|all|most|half|several|two|three|four|five|both|each|any) of (?:the|your|our)) .+)$/);
// "you bought a sofa in the sale and one leg arrived cracked": a part of the thing they bought, with
// its own verb, is what went wrong; said with the thing it is part of ("one leg of the sofa you bought…").
const OWN_ACT_THEN_PART = new PrimedOnUse(/^you(?:['’]ve| have)? (?:just |already |also |then |recently )?([a-z]+) (?:a|an|the|some|your) ([^,;]+?),? (?:and|but) (one|two|three|four|both|half|all|some) ([a-z]+) ((?:(?:has|have|had|was|were|is|are|just|already|then|also|never|still) )*(?:arrived|came|broke|fell|snapped|cracked|split|tore|leaked|stopped|failed|went|was|were|is|are|has|had|hasn['’]t|haven['’]t|wasn['’]t|weren['’]t|didn['’]t|won['’]t|doesn['’]t|don['’]t)\b.*)$/);
// A part that leans on the act before it ("…and the driver dropped it") cannot stand alone.
const LEANS_ON_BEFORE = new PrimedOnTest(/\b(?:it|its|it['’]s|they|them|they['’]re|one|ones|this|these|those)\b/i);

function afterOwnAct(clause: string): string {
  const part = OWN_ACT_THEN_PART.exec(clause);
  if (part && NEUTRAL_ACTS.has(part[1]!) && !/^(?:of|them|these|those)$/.test(part[4]!)) {
    const ws = part[2]!.split(' ');
    let n = 0;
    while (n < ws.length && n < 4 && HEAD_WORD.test(ws[n]!) && !AFTER_HEAD.has(lower(ws[n]!)) && !/^(?:and|or|but|of)$/i.test(ws[n]!)) n++;
    if (n > 0 && n === ws.length || (n > 0 && AFTER_HEAD.has(lower(ws[n]!)))) return `${part[3]} ${part[4]} of the ${ws.slice(0, n).join(' ')} you ${part[1]} ${part[5]}`;
  }
  const m = OWN_ACT_THEN_THING.exec(clause);
  if (!m || !NEUTRAL_ACTS.has(m[1]!)) return clause;
  const thing = m[2]!;
  // "you emailed twice and your refund is still missing": having to ask again is part of the trouble.
  if (REPEATED.test(clause.slice(0, clause.length - thing.length))) return clause;
  if (LEANS_ON_BEFORE.test(thing) || thing.split(' ').length < 4 || !hasFiniteVerb(thing) || isOwnActOnly(thing)) return clause;
  return thing;
}

// "you have a promo code SAVE20 that didn't apply": sorry for the thing failing, not for their having it.
const HAVE_THAT_FAILED = new PrimedOnUse(/^you have (?:a|an) ((?:[\w’'£$€.-]+ ){0,4}?[\w’'£$€.-]+) (?:that|which) ((?:didn['’]t|did not|doesn['’]t|does not|won['’]t|will not|isn['’]t|is not|wasn['’]t|was not|hasn['’]t|has not|never|keeps|stopped|failed)\b.*)$/i);

function reframed(clause: string): string {
  clause = afterOwnAct(thingFirst(asWe(clause.replace(HAVE_THAT_FAILED, 'your $1 $2'))));
  // "you applied for your passport 4 months ago and paid the fee": what they did besides is not the wait.
  const since = SINCE_ACT.exec(clause) ?? SINCE_ACT.exec(clause.replace(SINCE_ACT_AND_MORE, ''));
  if (since) return `it’s been ${since[3]} since you ${since[1]} ${since[2]}`;
  const disowned = DISOWNED.exec(clause);
  // As a bank says it: "you didn't make" would take their side of a dispute as settled.
  if (disowned) return `there’s a ${disowned[2]}${disowned[3]} you ${DISOWNED_AS.get(lower(disowned[1]!)) ?? 'don’t recognise'}`;
  const kept = promiseKept(clause);
  if (kept) return kept;
  if (PROMISED.test(clause)) return `${clause}, and that hasn’t happened`;
  return hadToRepeat(clause);
}

/** A clause that only says they had to get in touch again ("you've called five times"). */
function isRepeatOnly(clause: string): boolean {
  if (hadToRepeat(clause) !== clause && !PROBLEM.test(lower(clause.replace(REPEATED, '')))) return true;
  // "you've been on hold twice today", "you've been on this chat three times": the time they have
  // spent reaching us, said back only where the message names no other trouble.
  const held = ON_HOLD.exec(clause);
  return held !== null && !PROBLEM.test(lower(clause.slice(held[0].length).replace(REPEATED, ''))) && !NEGATIVE.test(lower(clause.slice(held[0].length)));
}
const ON_HOLD = new PrimedOnUse(/^you(?:['’]ve| have)?(?: now| already| just)? been (?:on hold|on (?:this|the|a|your) (?:live )?(?:chat|phone|line|call)|in (?:this|the|a) (?:live )?(?:chat|queue)|waiting (?:on (?:hold|the phone|the line)|in (?:the|a) queue)|(?:passed|bounced) (?:around|between))/i);

// "it's been 8 weeks since the flood", "…since the storm took half your fence": the time since
// their loss is the setting of what they ask (where the settlement is), not the trouble itself;
// it is never said back, and the sentence after it is read.
const SINCE_THEIR_LOSS = new PrimedOnTest(/^it['’]s been (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|over|almost|nearly|more than) [^,]*?\bsince (?:the|your|that) (?:[\w-]+ )?(?:storm|flood|flooding|fire|accident|crash|burglary|break-in|theft|leak|incident|collision|hurricane|earthquake|bereavement|death|funeral|surgery|operation|injury|fall)\b(?!.*\b(?:and|but|yet|still)\b)/i);

function hadToRepeat(clause: string): string {
  const m = CONTACTED.exec(clause);
  const base = m && CONTACT_BASE.get(m[3]!);
  if (!m || base === undefined || !REPEATED.test(m[4]!) || / and /.test(m[4]!)) return repeatAfterAnd(clause);
  return `you${m[1]}${m[2] ?? ''} had to ${base}${m[4]}`;
}

// "…on hold for 6 days and you’ve sent us ID twice": the second trouble, too, is what they had to do.
const AND_CONTACTED = new PrimedOnUse(/ and (you(?:’ve| have)(?: now| already)? [a-z]+\b.*)$/);
function repeatAfterAnd(clause: string): string {
  const m = AND_CONTACTED.exec(clause);
  if (!m) return clause;
  const said = hadToRepeat(m[1]!);
  return said === m[1] ? clause : `${clause.slice(0, m.index)} and ${said}`;
}

// "you cancelled your subscription in January": the customer's own act is the context of a
// problem ("…but were still charged"), not one to be sorry for; another part says the problem.
const OWN_ACT = new PrimedOnUse(/^you(?:’ve| have)? (?:just |already |also |then |recently )?([a-z]+)\b(.*)$/);
const NEUTRAL_ACTS = words('received ported ordered booked paid bought called emailed rang phoned checked sent returned asked applied moved signed requested contacted spoke went stayed arrived made placed submitted reported registered renewed upgraded switched cancelled canceled changed used followed filled completed uploaded installed topped transferred deposited visited travelled traveled flew drove took gave told redeemed purchased subscribed joined opened closed logged chatted wrote texted messaged complained');
// Where they were and what they have never done: an alibi or a record of good standing ("I was
// in all day", "I've never claimed"), said beside the problem, not the problem.
const STANDING = new PrimedOnTest(/^(?:you(?: were (?:home|in|at home|in the house|in hospital|at work)\b|(?:’ve|'ve| have) never (?:claimed|missed|been late|had a claim)\b)|(?:the|your) (?:house|home|flat|property|apartment|office) (?:was|has been|had been) (?:empty|vacant|unoccupied)\b)/);

// "it was only off for a day", "you've only worn them twice": the customer's case for a fee to go,
// said beside the problem; nothing before the "only" is a problem.
const MINIMISER = new PrimedOnUse(/^(.*?)\bonly (?:been |ever |just )?(?:used|worn|wore|run|ran|had|off|out|down|late|missed|opened|played|watched|left|moved|cancell?ed|switched|went|a day|an hour|a week|once|one|\d)/);

function isMinimiser(clause: string): boolean {
  const m = MINIMISER.exec(clause);
  return m !== null && !PROBLEM.test(lower(m[1]!)) && !NEGATIVE.test(lower(m[1]!));
}

// "you never cancelled it", "you only have one phone": their case against the error, not the error.
const OWN_DEFENCE = new PrimedOnTest(/^you(?:['’]ve| have)? (?:never|only|not even|hardly(?: ever)?) (?:cancelled|canceled|ordered|signed|agreed|asked|requested|applied|authori[sz]ed|said|claimed|have|has|had|made|messaged|spent|booked|bought|touched|opened|changed|gave|played|wore|used|ran|run|worn|went|logged|shared|sent|entered|clicked)\b/);

// "I applied for my blue badge 14 weeks ago": the time since is the trouble, not the applying.
const SINCE_ACT_AND_MORE = new PrimedOnUse(/(?<= ago),? and (?:you )?(?:paid|sent|submitted|attached|included|provided|gave|filled|uploaded|emailed|called)\b.*$/);
const SINCE_ACT = new PrimedOnUse(/^you (applied for|ordered|requested|submitted|booked|paid for|reported|returned|asked for|sent|posted|filed|registered|made|raised|lodged|opened|placed) (.{3,80}?) ((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?|years?)) ago$/);

// Their circumstances and their evidence, said beside the problem: where they will be or were ("you'll
// be away for 3 months", "you were away for two weeks"), what they hold ("you have photos of the
// damage"), their own checking ("you counted twice"), that they were never there, that they know no
// one by that name, an address that does not exist, their own lateness ("you're 10 minutes late",
// "you paid the toll late"). After "I'm sorry" each reads as sorry for the wrong thing.
const AWAY = new PrimedOnTest(/^you(?:['’]ll be| will be|['’]re| are| were|['’]ve been| have been| had been| was)(?: (?:currently|going|still|now|actually|just|all|both))* (?:away|abroad|overseas|on holiday|on vacation|out of the country|out of town|travell?ing|asleep|at home)\b(?!.*\b(?:and|but|so|when)\b)/);
const EVIDENCE = new PrimedOnTest(/^you(?: still)?(?:['’]ve got| have got| have| kept| saved| took)(?: [\w-]+){0,3}? (?:proof|photos?|pictures?|screenshots?|receipts?|evidence|a video|videos|bank statements?|the confirmation|a confirmation|confirmation emails?)\b(?!.*\b(?:but|and)\b)/);
const OWN_CHECK = new PrimedOnTest(/^you(?:['’]ve| have)? (?:(?:just|already|also) )?(?:checked|counted|double[- ]checked|re-?counted|measured|weighed|verified)\b(?!.*\b(?:but|and)\b)/);
const NEVER_THERE = new PrimedOnTest(/^you (?:were|have|['’]ve) never (?:been )?(?:at|in|to|near|inside)\b/);
const NO_ONE_KNOWN = new PrimedOnTest(/^you (?:don['’]t|do not|didn['’]t|did not) (?:know|recogni[sz]e) (?:any|anyone|anybody|the name|this person|who)\b/);
// Advice they were given by their own doctor: why they ask, not what went wrong.
const THEIR_ADVICE = new PrimedOnTest(/^your (?:doctor|gp|consultant|physio|physiotherapist|midwife|surgeon|dentist|specialist|therapist) (?:has |had |just )?(?:told|advised|said|recommended|asked)\b/);
const NOT_THEIR_DOING = new PrimedOnTest(/^you (?:didn['’]t|did not|never|haven['’]t) (?:set|turn on|switch on|schedule|ask for|change|touch|do|enable|approve|agree to|sign up for|make|request|book|order) (?:that|this|it|them|anything|any of (?:that|this|it))$/);
const OWN_LATENESS = new PrimedOnTest(/^you(?:['’]re| are| were| (?:paid|submitted|sent|filed|renewed|returned|arrived|turned up|showed up|checked in|got there))(?: [\w-]+){0,4}? late\b(?! (?:fee|fees|charge|charges|penalty|payment fee))(?!.*\b(?:and|but)\b)/);

function isTheirCircumstance(clause: string): boolean {
  return AWAY.test(clause) || EVIDENCE.test(clause) || OWN_CHECK.test(clause) || NEVER_THERE.test(clause) || NO_ONE_KNOWN.test(clause) || OWN_LATENESS.test(clause) || NOT_THEIR_DOING.test(clause) || THEIR_ADVICE.test(clause);
}

// "you lost one of your keys and asked for a replacement": their slip and their request, told as
// the setting of what they were charged or told next; nothing in it went wrong on our side.
const SLIP_THEN_REQUEST = new PrimedOnTest(/^you(?:['’]ve| have)? (?:lost|forgot|dropped|broke|damaged|misplaced|left) [^,]*? and (?:then )?(?:asked|requested|ordered|applied|called|rang|emailed|paid)\b(?!.*\b(?:but|still|never|not|yet)\b|.*n['’]t\b)/);

// "you left a phone charger in room 214", "you bought the same plan twice by mistake": their own slip
// and nothing of ours in it; "I'm sorry you left…" apologises for what they did (blind readers: focus, 3 of 3).
const OWN_SLIP_ONLY = new PrimedOnTest(/^you(?:['’]ve| have)? (?:(?:just|also|accidentally|mistakenly) )?(?:(?:left|forgot|dropped|misplaced) (?:your|a|an|the|some|my|two|both) |[a-z]+ (?=.*\b(?:by mistake|by accident|accidentally|mistakenly)\b))(?!.*(?:\b(?:and|but|still|never|not|nobody|no one)\b|n['’]t\b))/);

function isOwnActOnly(clause: string): boolean {
  if (SINCE_ACT.test(clause)) return false;
  if (SLIP_THEN_REQUEST.test(clause) || OWN_SLIP_ONLY.test(clause)) return true;
  if (isMinimiser(clause) || OWN_DEFENCE.test(clause)) return true;
  if (STANDING.test(clause) || isTheirCircumstance(clause)) return true;
  const m = OWN_ACT.exec(clause);
  // "you got the documents, all signed": what they got, with nothing wrong in it, is theirs too.
  if (!m || !(NEUTRAL_ACTS.has(m[1]!) || m[1] === 'got')) return false;
  const rest = lower(m[2]!);
  return !PROBLEM.test(rest) && !NEGATIVE.test(rest) && !REPEATED.test(rest);
}

// "I'm sorry you ordered two lamps and were charged shipping twice" reads as sorry for the order:
// after "sorry", a clause that opens with the customer's own act is something heard about.
const HEARD_OPENING = new PrimedOnUse(/^you(?:’ve| have)? (?:just |already |also |then |recently |accidentally |mistakenly |only )?([a-z]+)\b/);
// "you were overcharged" is their account of what is wrong, not yet checked: heard about, not conceded.
const YOU_OVERCHARGED = String.raw`you(?: were|['’]ve been| have been) (?:overcharged|double[- ]charged)\b`;
const OVERCHARGED = new PrimedOnTest(new RegExp(`^${YOU_OVERCHARGED}`));
// Their own slip ("you accidentally deleted a project", "you forgot to cancel the trial"): heard about too.
const OWN_SLIP = new Set(['forgot', 'forgotten', 'deleted', 'lost', 'misread', 'missed', 'dropped', 'broke', 'locked', 'bought', 'picked', 'entered', 'typed', 'clicked', 'selected', 'chose', 'chosen']);

const HARD_NEWS = new PrimedOnTest(/\b(?:sick|ill|illness|unwell|in hospital|hospitali[sz]ed|passed away|died|death|funeral|bereave\w*|cancer|surgery|injur\w*|pregnan\w*|miscarriage|diagnos\w*|(?:had|suffered) a stroke|heart attack|seizures?|epilep\w*|dementia|paraly[sz]ed)\b/i);
// What they say they cannot do: "I can see you can't…" sets seeing against not being able.
const CANNOT = new PrimedOnTest(/^you (?:can['’]t|cannot|can not|couldn['’]t|could not)\b/i);

/**
 * The clause as it reads after `lead`, the words of a ready sentence before it: "I’m sorry "
 * takes "to hear" before the customer's own act, which they are not to be sorry for doing; '' where
 * the clause does not read after the lead at all (the template's fallback is offered then).
 */
const LOVED = String.raw`(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grandmother|grandfather|gran|granny|grandma|grandpa|grandad|nan|aunt|uncle|cousin|friend|fiancée?|dog|cat|pet|horse|puppy|kitten)`;
const THEIR_LOSS_OF = new PrimedOnUse(new RegExp(String.raw`^your ((?:late )?(?:[\w’'-]+ )?${LOVED}(?: [A-Z][a-z]+)?) (?:has |had |have )?(?:sadly |recently |suddenly |just )?(?:died|passed away|passed)\b`));

const TOLD_TO_THEM = words('received got');
// "…and two days before you left we told you…": a second clause that opens with when, which the act cannot be put after.
const ACT_GOES_ON = new PrimedOnTest(/(?:,| and| but) (?:then |now )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:minutes?|hours?|days?|weeks?|months?) (?:before|after|later)\b/);

export function clauseAfter(lead: string, clause: string): string {
  // "I can see the servers have been down" says the agent has seen it: what they told is theirs,
  // and "I can see from your message that…" read as canned filler to blind readers (0 of 6). Their
  // illness or a loss is not a fact the agent notes: "I can see you are sick" reads cold; nor is
  // what they cannot do ("I can see you can't take more time off" read flat). The agent words
  // these ('' gives the template's fallback).
  if (/\bI can see $/i.test(lead)) return HARD_NEWS.test(clause) || CANNOT.test(clause) || isClaimedFault(clause) ? '' : clause;
  if (!/\bsorry $/i.test(lead)) return clause;
  // "I'm sorry to hear your cat Luna died during surgery last week" retells a death (blind readers:
  // blunt); condolence names whom they lost: "I'm sorry to hear about your cat Luna".
  const lost = THEIR_LOSS_OF.exec(clause);
  if (lost) return `to hear about your ${lost[1]}`;
  const turned = troubleAfterTheirAct(clause);
  // "after you applied six weeks ago, you haven't heard anything" reads badly (blind readers): a
  // silence that has lasted since their act is said with "since".
  if (turned && STILL_SINCE.test(turned.trouble)) return `${turned.trouble.replace(/\s+since$/, '')} since ${turned.act}`;
  if (turned) return troubleBeforeAct(turned.act, turned.trouble);
  const m = HEARD_OPENING.exec(clause);
  // "to hear you booked a ski package and three days before…": their act opens, the trouble after it
  // could not be put first (above), and "sorry to hear you booked…" reads as sorry for the booking.
  if (m && NEUTRAL_ACTS.has(m[1]!) && !TOLD_TO_THEM.has(m[1]!) && ACT_GOES_ON.test(clause)) return '';
  return (m && (NEUTRAL_ACTS.has(m[1]!) || OWN_SLIP.has(m[1]!) || m[1] === 'tried')) || OVERCHARGED.test(clause) || isClaimedFault(clause) ? `to hear ${clause}` : clause;
}

// "you ordered 6 chairs and 2 arrived damaged": their own act, then what went wrong after it. Said
// as one clause after "I'm sorry to hear", the sorry fell on the act (blind readers: "sorry to hear
// you ordered…", "sorry to hear you sent your tablet in…"). The act becomes when it happened.
const ACT_THEN = new PrimedOnUse(/^(you (?:(?:just|already|also|recently|then) )?([a-z]+)\b[^,]*?),? (?:and|but) (?:then |now )?(.+)$/);
// What may open the second clause: its own subject, or a verb that takes "you" again.
const OWN_SUBJECT = new PrimedOnTest(/^(?:you|your|it|its|they|the|this|that|these|those|he|she|we|nothing|no one|nobody|none|only|all|both|half|one|two|three|four|five|six|\d+)\b/);
const TAKES_YOU = new PrimedOnTest(/^(?:have|has|had|were|was|got|just got|still|never|haven['’]t|hasn['’]t|hadn['’]t|didn['’]t|did not|can['’]t|couldn['’]t|cannot|received|heard|been|keep|kept)\b/);

// A state that has lasted since their act: "you have heard nothing", "you haven't had a reply".
const STILL_SINCE = new PrimedOnTest(/^you (?:still )?(?:have|has|haven['’]t|hasn['’]t|have not|has not)\b/i);

// Blind readers turned down "I'm sorry to hear that, after you ordered 2 lamps, you were charged
// shipping twice" (clumsy, 0 of 3) and sent "…you have heard nothing since you applied…": the trouble
// goes first, the act after it as when it happened ("…charged shipping twice when you ordered 2 lamps").
const ACT_PARTS = new PrimedOnUse(/^(you|(?:the|your) [a-z]+) ((?:(?:just|also|recently|then) )?[a-z]+)(?: (.+))?$/);
/** The thing acted on, up to where a time, a place or a way begins ("your dishwasher", "a set of 6 chairs"). */
const ACTED_THING = new PrimedOnUse(/^((?:the|your|a|an|some|all|\d+|two|three|four|five|six|seven|eight|nine|ten) [^,]*?)(?=$| (?:last|yesterday|today|this|on|at|in|from|for|to|via|with|through|online|\w+ ago)\b)/);
const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|both|half|all|some|none)`;
/** "2 arrived damaged", "one was broken": a count whose noun is the thing acted on. */
const COUNT_ONLY = new PrimedOnUse(new RegExp(String.raw`^(${COUNT}) (?=(?:of them )?(?:was|were|is|are|has|have|had|just|also|then|never|still|came|broke|went|got|fell|[a-z]+ed)\b)(?:of them )?`));
const COUNTED_THING = new PrimedOnUse(new RegExp(String.raw`^(?:(?:a|an) (?:set|pack|box|bundle|case|order|lot) of )?(${COUNT}) ([^,]+)$`));
const LEANING_SUBJECT = new PrimedOnUse(/^(it['’]s|they['’]re|it|they)(?![\w'’]) ?/);
const NOT_WHAT_FAILS = new PrimedOnTest(/\b(?:update|updates|patch|upgrade|firmware|version|charger|cable|battery|sim|card|code|password|fix|settings?)$/i);
const DONE_TO_YOU = new PrimedOnTest(/^you (?:were|got|['’]ve been|have been)\b/);

/** "to hear <trouble> after/when <act>", or '' where the trouble leans on the act in a way not said so. */
function troubleBeforeAct(act: string, trouble: string): string {
  const parts = ACT_PARTS.exec(act);
  const thing = parts?.[3] === undefined ? null : ACTED_THING.exec(parts[3]);
  const tail = thing ? parts![3]!.slice(thing[1]!.length) : '';
  const leaning = LEANING_SUBJECT.exec(trouble);
  if (leaning) {
    // "I installed the update and now it keeps freezing": "it" is the phone, not the update.
    if (!parts || !thing || NOT_WHAT_FAILS.test(thing[1]!)) return '';
    const plural = /^they/.test(leaning[1]!);
    const named = thing[1]!.replace(/^(?:a|an|some) /, 'the ');
    const contracted = /['’]/.test(leaning[1]!);
    const rest = trouble.slice(leaning[0].length);
    const verb = contracted ? (plural ? 'are ' : HAS_AFTER_S.has(lower(rest.split(' ')[0]!)) || /^[a-z]+ed\b/.test(rest) ? 'has ' : 'is ') : '';
    return `to hear ${named} ${verb}${rest} after ${parts[1]} ${parts[2]} ${plural ? 'them' : 'it'}${tail}`;
  }
  const count = COUNT_ONLY.exec(trouble);
  if (count) {
    const counted = thing && COUNTED_THING.exec(thing[1]!);
    if (!parts || !counted) return '';
    return `to hear ${count[1]} of the ${counted[1]} ${counted[2]} ${parts[1]} ${parts[2]}${tail} ${trouble.slice(count[0].length)}`;
  }
  // "…you just got an email saying it's cancelled", "he's still playing": whom it means is in the act.
  if (LEANS_ON_BEFORE.test(trouble) || /\b(?:he|she|him|her|he['’]s|she['’]s)\b/.test(trouble)) return '';
  return `to hear ${trouble} ${DONE_TO_YOU.test(trouble) ? 'when' : 'after'} ${act}`;
}
// "three days before you left we told you…": a second clause that opens with its own time is a
// story of its own, not what went wrong after the act.
const OPENS_WITH_TIME = new PrimedOnTest(/^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i);

// "the engineer installed your dishwasher and it's leaked": one of ours doing their job, then what went
// wrong after it; said as one clause, the sorry falls on the installing ("sorry the engineer installed…").
const PERSON_ACT_THEN = new PrimedOnUse(/^((?:the|your) ([a-z]+) (?:(?:just|also|recently|then) )?([a-z]+)\b[^,]*?),? (?:and|but) (?:then |now )?(.+)$/);
const DUTY_DONE = words('installed fitted delivered replaced serviced repaired fixed came visited connected set upgraded moved collected');

/** A past act of the customer's that is not itself a trouble: "you synced", "you updated the app". */
const isPlainOwnAct = (verb: string, act: string): boolean =>
  NEUTRAL_ACTS.has(verb) || verb === 'got' || (/^[a-z]{3,}ed$/.test(verb) && !HUMAN_PAST.has(verb) && !PROBLEM.test(act) && !NEGATIVE.test(act));

function troubleAfterTheirAct(clause: string): { act: string; trouble: string } | null {
  const person = PERSON_ACT_THEN.exec(clause);
  const ours = person && PEOPLE.has(person[2]!) ? person : null;
  const m = ours ? [ours[0], ours[1], ours[3], ours[4]] : ACT_THEN.exec(clause);
  if (!m) return null;
  if (ours ? !DUTY_DONE.has(m[2]!) || PROBLEM.test(m[1]!) || NEGATIVE.test(m[1]!) : !isPlainOwnAct(m[2]!, m[1]!)) return null;
  const rest = m[3]!;
  if (OPENS_WITH_TIME.test(rest)) return null;
  if (!PROBLEM.test(rest) && !NEGATIVE.test(rest)) return null;
  if (OWN_SUBJECT.test(rest)) return { act: m[1]!, trouble: rest };
  return TAKES_YOU.test(rest) ? { act: m[1]!, trouble: `you ${rest}` } : null;
}

// Their account of a fault of ours that no one has checked yet: a payment taken twice, our service
// down or our system losing or wiping their things, a charge they say should have been another.
// Said in the company's voice ("I'm sorry the servers have been down every weekend") it is conceded;
// heard ("I'm sorry to hear…", "I can see from your message that…") it is theirs, and still named.
const TAKEN_TWICE = new PrimedOnTest(/\b(?:charged|billed|debited|taken|invoiced|went out|came out|paid out)(?: [\w'’£$€.,-]+){0,4}? (?:twice|two times|2 times|2x|x2)\b|\bdouble[- ](?:charged|billed|debited|charge|billing)\b|\bduplicate (?:charge|payment|debit|transaction)s?\b/i);
const OUR_SERVICE = String.raw`(?:servers?|app|apps|website|site|system|systems|platform|network|portal|software|update|patch|sync|feature|service|checkout|bot|api|integration|game|servers)`;
const OUR_SERVICE_FAILED = new PrimedOnTest(new RegExp(
  String.raw`^(?:the|your) (?:[\w’'-]+ ){0,3}?${OUR_SERVICE}(?:['’]s [\w-]+)? (?:(?:has|have|had) been |was |were |is |are |went |keeps? |kept )?(?:(?:just|also|completely|totally) )?(?:down|offline|deleted|wiped|erased|lost|corrupted|reset|removed|converted|lagged|lagging|overwrote|overwritten)\b`,
  'i',
));
// One of our systems said to have done something to them: "the app sold you a ticket for a cancelled
// train", "the API has returned 500 errors since 9am". What it did is their account until checked.
const OUR_SERVICE_ACTED = new PrimedOnTest(new RegExp(
  String.raw`^(?:the|your) (?:[\w’'-]+ ){0,2}?${OUR_SERVICE} (?:(?:has|have|had|just|also|then|now|still) )*(?:sold|took|sent|gave|kept|made|lost|put|returned|returns|charged|deleted|logged|kicked|cancell?ed|wouldn['’]t|won['’]t|didn['’]t|doesn['’]t|can['’]t|isn['’]t|keeps?)\b`,
  'i',
));
// Their things said lost after a change of ours: "your templates were deleted after the update".
const LOST_AFTER_CHANGE = new PrimedOnTest(/\b(?:was|were|has been|have been) (?:deleted|wiped|erased|lost|reset|corrupted|removed)\b.*\bafter (?:the|your|our) (?:[\w-]+ )?(?:update|patch|release|upgrade|sync|migration)\b/i);
const SHOULD_HAVE_BEEN = new PrimedOnTest(/\bshould(?:n['’]t)?(?:['’]ve| have) (?:been|cost|gone|come|arrived|had|got|received|taken|stayed|covered|included|applied)\b/i);
// A charge for something they say they had cancelled or never had, or for a cancellation one of ours
// made: "charged for a locker you cancelled last month", "a £5 fee when the driver cancelled".
const CHARGED_AGAINST_THEIR_CASE =
  new PrimedOnTest(/\b(?:charged|billed|fined|invoiced|debited|sent to (?:collections|a debt collector|debt collectors)|chased|pursued)\b.*\b(?:for (?:a|an|the) (?:[\w'’-]+ ){0,4}?(?:that |which )?you (?:already |had |['’]d )?(?:cancell?ed|returned|paid(?: off)?|settled|cleared|never (?:ordered|used|booked|received|had)|didn['’]t (?:order|use|book|receive))|when (?:the|our|your) [\w-]+ (?:cancell?ed|didn['’]t (?:show|turn up|come)|never (?:showed|turned up|came)|no-showed))\b/i);

// Any charge, fee or fine said as theirs: whether it was owed is what they dispute or ask about.
const CHARGED_AT_ALL = new PrimedOnTest(/^you(?:['’]ve| have| had)?(?: just| now| also| still| then| already)? (?:were |been |are being |['’]re being |got |keep getting )?(?:charged|billed|fined|invoiced|debited|overcharged)\b/i);
// A charge still running that they say should have stopped, or a limit put on what they pay for:
// "you're still being billed for April", "the resort is charging you for drinks", "you're being throttled".
const STILL_CHARGED = new PrimedOnTest(/^you(?:['’]re| are)(?: still| now| also)? being (?:charged|billed|invoiced|debited|asked to pay|chased|throttled|capped|slowed)\b|\b(?:is|are|keeps?|has been|have been)(?: still| now)? (?:charging|billing|debiting|invoicing) you\b/i);
// Their service said to be out: "you've had no internet for 6 days", "you still can't receive
// calls", "you had a six-hour outage". How long and whether it was ours is what we check.
const SERVICE = String.raw`(?:internet|broadband|wi-?fi|signal|service|mobile data|data|network|connection|coverage|phone line|landline|line|dial tone|power|electricity|gas(?: supply)?|water(?: supply)?|hot water|heating|tv|reception)`;
const WITHOUT_SERVICE = new PrimedOnTest(new RegExp(
  String.raw`^you(?:['’]ve| have| had)?(?: still| now| also| just)? (?:(?:been|gone) without (?:any )?${SERVICE}|(?:had|have|got) no (?:working )?${SERVICE}|(?:had|have had|['’]ve had) (?:an?|another|the|\w+) (?:[\w-]+ ){0,2}?(?:outage|blackout|power cut|failure|drop-?out|disconnection)s?|(?:can['’]t|cannot|can not|couldn['’]t) (?:receive|make|send|get) (?:any )?(?:calls|texts|messages|a signal|online)|(?:can['’]t|cannot|can not|couldn['’]t) (?:connect|get online|log ?in|sign ?in)|keep (?:getting|being) (?:logged out|kicked(?: out| off)?|disconnected|cut off|signed out))\b`,
  'i',
));
// Their home or their thing said to have none: "your new house has no gas supply".
// A round or a visit of ours said to be missed: "your bin's been missed 3 weeks running".
const SAYS_MISSED = new PrimedOnTest(/^(?:the|your) (?:[\w’'-]+ ){0,4}?(?:[\w’'-]+['’]s|has|have|was|were|is|are)(?: been)? (?:missed|skipped|forgotten)\b/i);
const THING_WITHOUT_SERVICE = new PrimedOnTest(new RegExp(String.raw`^(?:the|your) (?:[\w’'-]+ ){0,4}?(?:has|have|had|['’]s had|has had)(?: still| now)? no (?:working )?${SERVICE}\b`, 'i'));
// Left or misled by us, in their words: "you were left at the airport with no hotel", "you were misinformed".
const LEFT_BY_US = new PrimedOnTest(/(?:^|,? and |,? but )you(?: were| have been|['’]ve been| got) (?:left (?:stranded|waiting|at|in|outside|without|with no|on)|stranded|abandoned|ignored|misled|misinformed|mis-?sold|(?:given|sent|told|charged|put on|put onto|placed on|moved (?:on)?to|switched (?:on)?to|booked (?:on|into)|signed up to|sold) (?:the |a )?wrong)\b/i);
// What they say they never chose or allowed: "delivered to a locker you never chose", "…without your permission".
// What they say followed from their own complaint: "your account was blocked after you reported a driver".
const AFTER_THEIR_COMPLAINT = new PrimedOnTest(/\bafter you (?:reported|complained|raised (?:a|an|the) (?:complaint|issue|dispute)|made (?:a|an) (?:complaint|claim)|left (?:a|an) (?:bad |negative |poor |honest )?review|disputed)\b/i);
// A record that says delivered, against their word that nothing came: "marked delivered and it never came".
const MARKED_NOT_CAME = new PrimedOnTest(/\b(?:marked|shows?|showing|says?|listed|tracked)(?: as)? (?:['‘’"“]?delivered['’"”]?)\b.*\b(?:never|not|didn['’]t|hasn['’]t|haven['’]t|nothing)\b/i);
// Something lost among several in their words: "…and three have gone missing this month".
const SOME_GONE_MISSING = new PrimedOnTest(/,? (?:and|but) (?:[\w-]+ ){0,2}?(?:have|has) (?:gone missing|disappeared|vanished|been lost)\b/i);
const NOT_THEIR_CHOICE = new PrimedOnTest(/\byou (?:never|didn['’]t|did not) (?:choose|chose|select|selected|ask for|asked for|agree to|agreed to|authori[sz]e|authori[sz]ed|consent to|consented to)\b|\bwithout your (?:permission|consent|authori[sz]ation|agreement)\b/i);
// Money or credit of theirs said not to have arrived: "your transfer never arrived", "the $600
// you moved is not there", "your pension payment didn't arrive". A parcel not come is no claim
// against a record; money not there is one the record settles.
const MONEY = new PrimedOnTest(/\b(?:payments?|transfers?|cheques?|checks?|money|deposits?|salary|wages|pay|pay ?(?:checks?|cheques?|slips?)|pension|benefits?|refunds?|credits?|prize|rewards?|coins|points|funds|standing order|direct debit|payout)\b|[£$€]\d/i);
const NOT_ARRIVED = new PrimedOnUse(/^(?:the|your|a|an) (?:[\w’'£$€.,:-]+ ){0,8}?(?:(?:has |have )?never (?:arrived|came|showed up|turned up|went (?:out|in|through)|reached)|(?:hasn['’]t|haven['’]t|didn['’]t|did not|has not|have not) (?:arrived?|come|came|gone (?:in|out|through)|go (?:in|out|through)|show(?:n|ed)? up|reached?|been (?:paid|credited|received))|(?:is|are)(?: still)? not (?:there|in your account|showing)|(?:is|are|was|were)(?: still)? late|(?:isn['’]t|aren['’]t)(?: still)? (?:there|in your account|showing))/i);
// Money said to have come short: "your paycheck on March 14 was short by $970".
const CAME_SHORT = new PrimedOnUse(/^(?:the|your|a|an) (?:[\w’'£$€.,:-]+ ){0,6}?(?:was|were|is|are|came(?: up)?|has been|have been) short\b/i);
const moneyNotArrived = (clause: string) => {
  const m = NOT_ARRIVED.exec(clause) ?? CAME_SHORT.exec(clause);
  return m !== null && MONEY.test(m[0]);
};
// A notice they say they never had: whether we sent it is what the record shows.
const NEVER_NOTIFIED = new PrimedOnTest(/(?:^|,? but |,? and )you (?:never|didn['’]t|did not|haven['’]t|have not|had not|hadn['’]t)(?: ever)? (?:receive[d]?|get|got|gotten|had|been sent)(?: any| the| a| an| your)? (?:[\w-]+ ){0,3}?(?:notice|reminder|letter|email|e-mail|warning|notification|text|confirmation|card)s?\b/i);
// A thing that they say has failed: down, broken, crashing, not working, wrong. Who broke it is not
// yet known, and that it broke is their account.
const SAYS_FAILED = new PrimedOnTest(/^(?:the|your|a|an) (?:[\w’'.:£$€-]+ ){0,9}?(?:(?:has|have|had) (?:been |)|was |were |is |are |['’]s (?:been )?|keeps? |kept |still )?(?:(?:just|also|completely|totally|always|now|still|again) )?(?:down|offline|broken|broke|crashed|crashing|keeps? (?:crashing|failing|freezing|logging|dropping|returning|missing|asking|putting|switching|throwing)|stopped (?:working|loading|syncing|updating|heating|charging|cooling)|not (?:working|showing|appearing|loading|updating|syncing)|(?:is|are|was|were)n['’]t (?:working|showing|appearing|loading|updating|syncing)|n['’]t working|died|dead|cut|out of sync|(?:always |keeps? (?:getting |being )?)declined|(?:have|has) gone missing|disappeared|vanished|gone missing|went missing|failing|failed|froze|frozen|freezing|glitch(?:ed|ing)|bugged|faulty|out of order|wrong|incorrect|won['’]t (?:let|load|work|open|accept|turn on|connect|update|sync)|doesn['’]t (?:work|load|open|let|unlock|accept)|does not (?:work|load|open|let|unlock|accept)|hasn['’]t (?:worked|given|paid|credited|updated)|cuts? (?:off|out))\b/i);
// What a record, a screen or a board says, told by them: the record may be what is wrong.
const RECORD_SAYS = new PrimedOnTest(/^(?:the|your|a|an) (?:[\w’'-]+ ){0,5}?(?:still |now |also )?(?:says|said|shows|showed|reads|lists|listed|has said|has shown|is showing)\b/i);
// A promise, an expectation or their reason for the trouble, given in their words.
const THEIR_CASE = new PrimedOnTest(/\b(?:was|were|is|are) (?:supposed|meant) to\b|\bbecause (?:the|your|our|a|an|of the|of our) |\b(?:was|were|has been|have been) (?:calculated|worked out|applied|priced|processed|converted|set up) (?:on|at|with|using|from|to|in|under) (?:the |a )?wrong\b/i);
// A fee, charge or payment they say is there: whether it is owed is theirs to ask.
const THERE_IS_CHARGE = new PrimedOnTest(/^there(?:['’]s| is| are)(?: still| now| also)? (?:a|an|two|three|\d+)\b.*\b(?:fee|fees|charge|charges|payment|payments|debit|penalty|transaction)\b/i);
// What one of our people did to them.
const OUR_PERSON = String.raw`(?:driver|courier|delivery (?:driver|man|guy)|instructor|trainer|engineer|technician|fitter|installer|plumber|electrician|guard|conductor|agent|advisor|adviser|rep|representative|cashier|receptionist|manager|waiter|staff member|member of staff|cleaner|builder|surveyor|loss adjuster|inspector)`;
const OUR_PERSON_DID = new PrimedOnTest(new RegExp(String.raw`^(?:the|your|our|a|an) (?:[\w’'-]+ )?${OUR_PERSON}\b(?! (?:was|is|were|has been) (?:lovely|great|helpful|kind|nice|brilliant|amazing)\b)(?! (?:and|or|says|said|told)\b)`, 'i'));

// One of our people said, after what happened, to have failed them: "…and the installer hasn't
// come back", "…and the form tutor has done nothing" (a word of a trade, -er, -or, -ist, -ian).
const OUR_PERSON_FAILED_AFTER = new PrimedOnTest(new RegExp(String.raw`(?:,| and| but) (?:the|your|our) (?:[\w’'-]+ )?(?:${OUR_PERSON}|[a-z]+(?:er|or|ist|ian)|teacher|nurse|doctor|office|team|staff)\b (?:still )?(?:hasn['’]t|haven['’]t|has never|have never|never|didn['’]t|did not|has done nothing|have done nothing|did nothing|refused|won['’]t|wouldn['’]t|ignored|was rude|were rude)\b`, 'i'));

function isClaimedFault(clause: string): boolean {
  return (
    TAKEN_TWICE.test(clause) ||
    OUR_SERVICE_FAILED.test(clause) ||
    OUR_SERVICE_ACTED.test(clause) ||
    LOST_AFTER_CHANGE.test(clause) ||
    SHOULD_HAVE_BEEN.test(clause) ||
    CHARGED_AGAINST_THEIR_CASE.test(clause) ||
    CHARGED_AT_ALL.test(clause) ||
    SAYS_FAILED.test(clause) ||
    RECORD_SAYS.test(clause) ||
    THEIR_CASE.test(clause) ||
    THERE_IS_CHARGE.test(clause) ||
    OUR_PERSON_DID.test(clause) ||
    STILL_CHARGED.test(clause) ||
    WITHOUT_SERVICE.test(clause) ||
    moneyNotArrived(clause) ||
    NEVER_NOTIFIED.test(clause) ||
    OUR_PERSON_FAILED_AFTER.test(clause) ||
    THING_WITHOUT_SERVICE.test(clause) ||
    SAYS_MISSED.test(clause) ||
    LEFT_BY_US.test(clause) ||
    NOT_THEIR_CHOICE.test(clause) ||
    AFTER_THEIR_COMPLAINT.test(clause) ||
    MARKED_NOT_CAME.test(clause) ||
    SOME_GONE_MISSING.test(clause)
  );
}

/** Two clauses said as one, joined by "and", if the result is still safe to say back. */
function joined(first: string, second: string): string | undefined {
  const both = `${first} and ${second}`;
  return isSafe(both) ? both : undefined;
}

const TOLD = new PrimedOnTest(/^you were (?:told|assured|advised|informed)\b/);
const CHARGED = new PrimedOnTest(/^(?:you|we|our [a-z]+)\b[^,]{0,20}\b(?:charged|billed|invoiced)\b/);

interface Said {
  clause: string;
  /** Opens with a pronoun whose noun is elsewhere ("it was stolen"). */
  weak: boolean;
}

// "Driver left my groceries in the rain, everything's soaked and the eggs are smashed": what one of
// ours did is the failure and what it left behind its consequence; the apology names the act.
const OURS_ACTED =
  new PrimedOnTest(/^(?:(?:the|your|ur|our|that|this|a|an|one of your) )?(?:driver|drivers|delivery (?:guy|man|driver|person)|engineer|engineers|technician|installer|fitter|plumber|electrician|courier|postman|staff|agent|adviser|advisor|rep|manager|receptionist|cashier|waiter|waitress|crew|guard|security|surveyor|assessor|conductor|cleaner|cleaners|housekeeping) (?!(?:was|were|is|are|has been|had been)\b)/i);

/** A part before the cued one in which one of the company's people acted, said back on its own. */
function actBeforeConsequence(text: string, parts: readonly Part[], cued: number): string | undefined {
  // "…left your phone on the doorstep and it was stolen": a consequence that leans on the act is said with it.
  if (/^\s*(?:it|they|them|this|that|he|she)\b/i.test(text.slice(parts[cued]!.start, parts[cued]!.end))) return undefined;
  // "Your assessor agreed the damage and I still haven't been paid": a part that says what did not
  // happen is the failure itself, not a consequence of the act before it.
  if (NEGATIVE.test(lower(text.slice(parts[cued]!.start, parts[cued]!.end)))) return undefined;
  for (let i = 0; i < cued; i++) {
    const part = text.slice(parts[i]!.start, parts[i]!.end).trim();
    if (!OURS_ACTED.test(part) || !hasFiniteVerb(part)) continue;
    const said = sayable(text, parts[i]!);
    if (said !== undefined && !LEANS_BACK.test(said) && !isOwnActOnly(said)) return said;
  }
  return undefined;
}

/**
 * "broken AC, room 32 degrees, no fan available": a "no …" after a bare comma and a part with no
 * verb is one item of a list of notes; said alone ("you have no fan available") it names the least of them.
 */
function isListItem(text: string, parts: readonly Part[], i: number): boolean {
  if (i === 0 || !/^no\s/i.test(text.slice(parts[i]!.start, parts[i]!.end))) return false;
  return /^\s*,\s*$/.test(text.slice(parts[i - 1]!.end, parts[i]!.start)) && !hasFiniteVerb(text.slice(parts[i - 1]!.start, parts[i - 1]!.end));
}

// "Your app says my flight is on time but the board says cancelled", "my P60 shows £31,420 but my
// payslips add up to £33,180": two records at odds; the clash is the trouble, and either alone misses it.
const REPORTS = new PrimedOnTest(/\b(?:says|said|shows|showed|reads|states|stated|add(?:s|ed)? up to)\b/i);
function recordsAtOdds(text: string, parts: readonly Part[], i: number): string | undefined {
  if (i < 0 || i + 1 >= parts.length || !/^\s*,?\s*but\s+$/i.test(text.slice(parts[i]!.end, parts[i + 1]!.start))) return undefined;
  const [first, second] = [parts[i]!, parts[i + 1]!].map((p) => text.slice(p.start, p.end));
  if (!REPORTS.test(first!) || !REPORTS.test(second!)) return undefined;
  const said = [sayable(text, parts[i]!), sayable(text, parts[i + 1]!)];
  if (said[0] === undefined || said[1] === undefined || LEANS_BACK.test(said[0])) return undefined;
  const both = `${said[0]}, but ${said[1]}`;
  return isSafe(both) ? both : undefined;
}

function fromSentence(text: string, s: Sentence, cueAt: number): Said | undefined {
  const parts = partsOf(text, s, cueAt);
  if (parts.length === 0) return undefined;
  // A part with evidence, said alone. Read only when a try needs it: the tries stop at the first
  // clause that can be said, and reading a part is most of what the customer side costs.
  const read: (string | undefined)[] = [];
  const alone = (i: number): string | undefined => {
    if (!parts[i]!.evidence || isListItem(text, parts, i)) return undefined;
    if (!(i in read)) read[i] = sayable(text, parts[i]!);
    return read[i];
  };
  const run = (a: number, b: number) => ({ start: parts[a]!.start, end: parts[b]!.end });
  // Parts run together when each can be said alone and the next opens with its own subject.
  // Joined by a conjunction only: two clauses with a bare comma or a dash between them are not one sentence.
  const joinsNext = (i: number) =>
    i + 1 < parts.length && parts[i + 1]!.evidence && JOINING.test(text.slice(parts[i]!.end, parts[i + 1]!.start)) && alone(i + 1) !== undefined && SUBJECT_START.test(text.slice(parts[i + 1]!.start, parts[i + 1]!.end));
  const cued = parts.findIndex((p) => cueAt >= p.start && cueAt < p.end);
  const act = cued > 0 ? actBeforeConsequence(text, parts, cued) : undefined;
  if (act !== undefined) return { clause: act, weak: false };
  // The cue in a part that cannot be said ("OK so | my bag is gone"): the next part speaks for it.
  if (cued >= 0 && alone(cued) === undefined && cued + 1 < parts.length && !parts[cued + 1]!.evidence) parts[cued + 1]!.evidence = true;
  const anchors = [...(cued >= 0 ? [cued] : []), ...parts.map((_, i) => i).filter((i) => i !== cued && parts[i]!.evidence)];
  let weak: Said | undefined;
  // Each anchor's tries, widest first; the first clause that does not lean back on another wins.
  const tried = (said: string | undefined): Said | undefined => {
    if (said === undefined) return undefined;
    if (!LEANS_BACK.test(said)) return { clause: said, weak: false };
    weak ??= { clause: said, weak: true };
    return undefined;
  };
  for (const a of anchors) {
    const own = alone(a);
    if (own === undefined || isOwnActOnly(own)) continue;
    const clash = recordsAtOdds(text, parts, a - 1) ?? recordsAtOdds(text, parts, a);
    if (clash !== undefined) return { clause: clash, weak: false };
    // "I was told my order was ready but the store couldn't find it": what they were told is only
    // the trouble with what happened after it, said together.
    // "…billed for 25 seats but we only have 18 users": the number means something beside the other.
    const then = a + 1 < parts.length ? parts[a + 1]! : undefined;
    const pairs = then !== undefined && (TOLD.test(own) || (CHARGED.test(own) && /^(?:i|we) only\b/i.test(text.slice(then.start, then.end))));
    if (pairs && /^\s*,?\s*but\s+$/i.test(text.slice(parts[a]!.end, then.start))) {
      const after = sayable(text, then);
      // After "I'm sorry", a figure set beside its right one reads with "when", not as a contrast.
      const both = after === undefined ? undefined : TOLD.test(own) ? `${own}, but ${after}` : `${own} when ${after}`;
      if (both !== undefined && isSafe(both)) return { clause: both, weak: false };
    }
    // "I deposited a cheque and it's still not there": the part before gives "it" its noun.
    const before = (p: Part) => (p.evidence ? alone(a - 1) : sayable(text, p));
    const from = a > 0 && LEANS_BACK.test(own) && before(parts[a - 1]!) !== undefined ? a - 1 : a;
    let to = a;
    while (joinsNext(to)) to++;
    // "I ordered a gift, it's now delayed": a bare comma does not join two clauses; "and" does.
    const spliced = from < a && !JOINING.test(text.slice(parts[a - 1]!.end, parts[a]!.start));
    const found = spliced
      ? tried(joined(before(parts[a - 1]!)!, own)) || tried(own)
      : ((from < a || to > a) && tried(sayable(text, run(from, to)))) || (from < a && tried(sayable(text, run(from, a)))) || tried(own);
    if (found) return found;
  }
  return weak;
}

const STRONG_PROBLEM = new PrimedOnTest(/\b(?:wrong|overcharg\w*|charged|broken|missing|lost|damaged|cancel\w*|refund\w*|error|fail\w*|crash\w*|stuck|leak\w*|fault\w*|bug|glitch\w*|twice)\b/);

// A message that praises or thanks, with no problem cue in it, gets nothing said back.
const PRAISE_MESSAGE = new PrimedOnTest(/\b(?:thank(?:s| you)|(?:like|want|wanted|wish|wishes) to thank|grateful|well done|kudos|shout ?out|compliment|praise|amazing|brilliant|excellent|fantastic|wonderful|awesome|superb|above and beyond|lovely|great (?:job|service|work)|love|legends?|life ?savers?|spot on)\b/i);

/**
 * The customer's main problem as a clause in the agent's voice, or '' when there is none to
 * say back as is (praise, thanks, a question or demand with no problem stated, words that
 * cannot be repeated). `problemAt` is an offset inside the sentence that states the problem
 * (-1: none was found by the problem cues; the first sentence that reads as one is taken).
 */
/**
 * Words a clause can open with after "I'm sorry" or "Let me make sure I understand:". Chat
 * shorthand that drops its article or subject ("box was damaged", "third bill in a row") does
 * not read as a sentence there, and the bracketed template is offered instead.
 */
const CLAUSE_OPENING =
  new PrimedOnTest(/^[("'‘“]?(?:you|your|yours|we|our|the|a|an|it|its|there|nobody|no|nothing|none|something|someone|everything|every|each|all|he|she|they|their|his|her|this|that|these|those)(?:['’](?:s|ve|re|d|ll))?[\s)]/i);
/** A name as the subject: "Sarah at the Leeds branch was rude", "Dr. Patel cancelled". */
const NAMED_SUBJECT = new PrimedOnTest(/^[("'‘“]?\p{Lu}/u);
const TITLED = new PrimedOnTest(/^(?:dr|mr|mrs|ms|mx|prof)\.?\s/i);

/**
 * Whether a clause opening with a capital opens with a name ("Sarah at the Leeds branch…", "Dr.
 * Patel…", "UK flights…") rather than chat shorthand that dropped its article ("Camera shows no
 * one"): without a dictionary, the signs are a title, a code or acronym, a month, a second
 * capitalised word, a place after it, or the word written with its capital mid-sentence elsewhere.
 */
function opensWithName(clause: string, customer: string): boolean {
  const [first = '', second = ''] = clause.replace(/^[("'‘“]/, '').split(' ');
  if (TITLED.test(clause) || /^[A-Z]{2,}\b|^[^\s,]*[\d-]/.test(first)) return true;
  const word = (/^[A-Za-z’']+/.exec(first)?.[0] ?? '').replace(/['’]s$/, '');
  if (word === '') return false;
  if (CALENDAR.has(lower(word))) return true;
  if (/^\p{Lu}/u.test(second) || /^(?:at|from)$/.test(second)) return true;
  return writtenAsName(word, customer);
}

// "Your email ended with 'We apologise for the delay'": words they quote someone saying (four or
// more; a word or two in quotes is their own emphasis, "a 'glitch'"; a card's "sorry we missed
// you" is a thing) are ours or someone else's, not their problem: a problem word inside them
// does not say where the problem is.
const QUOTATION = /(?<=\b(?:said|says|say|wrote|writes|ended with|ends with|reads|read|stated|states|told (?:me|us)|replied|reply was|response was|message was)[ \t]*:?[ \t]+)['"‘“](?=\S)(?:[^'"‘’“”\s]+[ \t]+){3,}[^'"‘’“”\n]{0,160}?['"’”](?![\p{L}\p{N}])/giu;

const withoutQuotations = (part: string) => (/['"‘“]/.test(part) ? part.replace(QUOTATION, ' ') : part);

function insideQuotes(text: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  QUOTATION.lastIndex = 0;
  const near = text.slice(from, at + 200);
  for (let m = QUOTATION.exec(near); m; m = QUOTATION.exec(near)) if (from + m.index < at && at < from + m.index + m[0].length) return true;
  return false;
}

// "not a complaint exactly, but…", "no big deal, just curious": they ask, and say so; an apology
// for what they ask about reads as making a drama of it.
const ONLY_ASKING = new PrimedOnTest(/\b(?:not (?:really |exactly )?a complaint|no big deal|just curious|just wondering|not complaining|out of curiosity)\b/i);
// A charge the price list sets for everyone (a standing charge, a young driver fee), asked about as
// one they must pay or one that is there: "I'm sorry you have to pay a £50 admin fee" apologises for
// the tariff. The agent explains it, or names what went wrong in their own words (the placeholder).
// (A set charge they were billed, "billed for council tax" when they are exempt, is their dispute: heard.)
const SET_CHARGE = String.raw`(?:(?:resort|destination|facility|tourist|city) (?:fee|tax|charge)s?|standing charges?|young driver (?:fee|surcharge|charge)s?|service (?:fee|charge)s?|booking fees?|council tax)`;
const MUST_PAY = new PrimedOnTest(/^you(?:['’]re| still| are| have to| must| need to)+ pay(?:ing)? (?:(?:a|an|the|full|this|that) )?(?:[\w£$€.,'’-]+ ){0,4}?(?:fee|charge|tax|surcharge|rates?)s?\b/i);
const SET_CHARGE_THERE = new PrimedOnTest(new RegExp(String.raw`^there(?:['’]s| is| are) (?:a|an) (?:[\w£$€.,'’-]+ ){0,5}?${SET_CHARGE}\b`, 'i'));
// …unless it went wrong: taken twice, for the wrong amount, after they left, for what does not work.
const SET_CHARGE_WENT_WRONG = new PrimedOnTest(/\b(?:twice|double|two times|again|gone up|went up|increased|risen|rose|wrong|incorrect|still|after|even though|despite|refund|cancell?ed|not|never|no longer)\b|n['’]t\b/i);

function isSetCharge(clause: string): boolean {
  if (SET_CHARGE_WENT_WRONG.test(clause) || TAKEN_TWICE.test(clause)) return false;
  return MUST_PAY.test(clause) || SET_CHARGE_THERE.test(clause);
}

export function issueInAgentWords(customerOwnText: string, problemAt: number): string {
  return issueTold(customerOwnText, problemAt).clause;
}

const NONE: Converted = { clause: '', ours: false };

/**
 * The customer's problem in the agent's words (`issueInAgentWords`), and whether what they told was
 * one of our acts or things, though it is said as what they had ("you were charged for two rooms"):
 * beside a refusal, naming it concedes what the reply maintains.
 */
/**
 * A record they quote ("my parcel says delivered to 'front porch'", "the app shows I used 40GB"):
 * where it cannot be said back, what follows is their case against it ("there's no porch", "I was
 * on wifi all month"), not the problem, and an apology for it misses the point.
 */
const QUOTES_RECORD = new PrimedOnTest(/\b(?:says|said|shows|showed|states|stated|claims|claimed|marked|reads)\b/i);

export function issueTold(customerOwnText: string, problemAt: number): Converted {
  const text = customerOwnText;
  if (Number.isNaN(problemAt) || text.length === 0) return NONE;
  const cueAt = problemAt >= 0 && problemAt < text.length && !insideQuotes(text, Math.trunc(problemAt)) ? Math.trunc(problemAt) : -1;
  if (cueAt < 0 && PRAISE_MESSAGE.test(text.slice(0, MAX_SCAN))) return NONE;
  if (ONLY_ASKING.test(text.slice(0, MAX_SCAN))) return NONE;
  const scanned = sentencesOf(text, 0, Math.min(text.length, MAX_SCAN));
  const candidates: Sentence[] = [];
  if (cueAt >= 0) {
    let s = scanned.find((x) => cueAt >= x.start && cueAt < x.end);
    if (s === undefined && cueAt >= MAX_SCAN) {
      // Far into a long message: read the sentences around the cue only.
      const from = Math.max(MAX_SCAN, cueAt - 2_000);
      s = sentencesOf(text, from, Math.min(text.length, cueAt + 2_000)).find((x) => cueAt >= x.start && cueAt < x.end);
    }
    if (s) candidates.push(s);
  }
  for (const s of scanned) {
    if (candidates.length > MAX_SENTENCES) break;
    if (!candidates.includes(s)) candidates.push(s);
  }
  let weak: string | undefined;
  let weakAt = 0;
  let held: string | undefined;
  let backstory: string | undefined;
  const praising = PRAISE_MESSAGE.test(text.slice(0, MAX_SCAN));
  // A statement of a problem that could not be said: a later sentence is its detail or its
  // consequence ("3 months waiting for my assessment. I can't pay rent."), not the problem.
  // Whether one states a problem is asked only once a later sentence can be said: most messages
  // have none, and reading a sentence is most of what the customer's side costs.
  const unsayable: { s: Sentence; states?: boolean }[] = [];
  const unsaidBefore = (at: number): boolean =>
    unsayable.some((u) => u.s.start < at && (u.states ??= statesProblem(text, u.s) || QUOTES_RECORD.test(text.slice(u.s.start, u.s.end)) || ASKS_WHAT_IS_THERE.test(text.slice(u.s.start, u.s.end)) || asksAboutAmount(text.slice(u.s.start, u.s.end))));
  for (const s of candidates) {
    const said = fromSentence(text, s, cueAt);
    if (said === undefined || !(CLAUSE_OPENING.test(said.clause) || (NAMED_SUBJECT.test(said.clause) && opensWithName(said.clause, text)))) {
      unsayable.push({ s });
      continue;
    }
    if (SINCE_THEIR_LOSS.test(said.clause)) continue;
    // What should have happened sets the scene; the trouble is what did not, said later or not at all.
    if (EXPECTED_ONLY.test(said.clause)) continue;
    // Their misfortune told first: where a later sentence says what we have not done about it, that is the complaint.
    if (!said.weak && backstory === undefined && (THEIR_LOSS.test(said.clause) || isOwnStory(said.clause))) {
      backstory = said.clause;
      continue;
    }
    // Their time on hold, put off for a trouble said later, stands where that trouble cannot be said.
    if (unsaidBefore(s.start)) return held === undefined ? NONE : settled(held, text);
    // A thank-you note with a detail in it ("he stayed late to fix it") is not a complaint.
    if (praising && !NEGATIVE.test(lower(said.clause)) && !STRONG_PROBLEM.test(lower(said.clause))) continue;
    // "you've had to call five times" is what the repeat move owns: said back only where the
    // message names no other trouble ("I've called five times. I'm housebound without it.").
    if (backstory !== undefined && (said.weak || !(THEIR_LOSS.test(backstory) ? NEGATIVE.test(lower(said.clause)) : DONE_TO_THEM.test(said.clause)))) break;
    if (!said.weak && !isRepeatOnly(said.clause)) {
      const told = settled(said.clause, text);
      return told.clause === '' && held !== undefined ? settled(held, text) : told;
    }
    // "they don't charge it", "they say the doctor is gone home": "they" with nothing before it
    // to name them may be anyone (a rival, the staff); said back, it names no one.
    if (said.weak && /^(?:they|they['’]re|them|this|that)\b/i.test(said.clause)) continue;
    if (weak === undefined) {
      weak = said.clause;
      weakAt = s.start;
      if (!said.weak && ON_HOLD.test(said.clause)) held = said.clause;
    }
  }
  if (backstory !== undefined) return settled(backstory, text);
  if (weak === undefined || unsaidBefore(weakAt)) return NONE;
  return settled(weak, text);
}

// "Why is there a £12 charge on my account? I've never paid that before": the question is the
// complaint, though it is not said back (see asStatement); what follows is their case about it.
const ASKS_WHAT_IS_THERE = new PrimedOnTest(/^\W*(?:@\w+\s+)?(?:why|how come)\s+(?:is|are)\s+there\b/i);

// "the engineer was meant to come between 8 and 12", "my parcel was supposed to arrive Monday": the plan
// alone, with nothing in the clause saying it failed ("but nobody came" is said with it).
const EXPECTED_ONLY = new PrimedOnTest(/^(?:you|your|the|our|we|it|they|he|she)\b[^,;]{0,60}?\b(?:was|were|is|are|had been|has been)(?: (?:meant|supposed|scheduled|expected|booked|due)) to\b(?!.*\b(?:but|never|not|no|nobody|no one|still|instead|only|and (?:you|your|it|they|the|we|nothing|now|then))\b|.*n['’]t\b)/i);
// "your house was flooded 3 weeks ago", "your car was stolen": a loss that befell them, told before
// what the company has or has not done about it.
const THEIR_LOSS = new PrimedOnTest(/^(?:your|you)\b[^,;]{0,40}?\b(?:was|were|got|has been|have been|had been|’ve been|['’]ve been) (?:flooded|burgled|broken into|stolen|written off|destroyed|hit|robbed|damaged in (?:a|the) (?:storm|flood|fire|accident|crash))\b(?!.*\b(?:and|but|by (?:your|the|our|us|one of))\b)/i);

// "I bought an off-peak ticket and got on a train 4 minutes early because my train was delayed.
// Fined £80.": what they did, and why, tells how it came about; what was done to them after it
// (fined, charged, refused) is the complaint (blind readers: focus on the boarding, not the fine).
const OWN_STORY = new PrimedOnTest(/^you (?!(?:were|was|got|have been|['’]ve been|had been|are|['’]re)\b)(?:(?:just|then|also|already|only) )?(?:[a-z]+ed|bought|got on|got off|took|went|paid|made|left|drove|flew|sent|caught|boarded|rode)\b/);
const DONE_TO_THEM = new PrimedOnTest(/^you(?:['’]ve been| have been| were| got)(?: then| now| also| just)? (?:fined|charged|billed|overcharged|penali[sz]ed|refused|denied|banned|blocked|turned away|kicked (?:off|out)|told off|threatened|sent a (?:fine|penalty|bill|debt))\b/);
function isOwnStory(clause: string): boolean {
  const told = lower(clause).replace(/,?\s+because\b.*$/, '');
  return OWN_STORY.test(told) && !PROBLEM.test(told) && !NEGATIVE.test(told);
}

function settled(clause: string, text: string): Converted {
  const told = confident(reframed(clause), text);
  return isSetCharge(told.clause) ? NONE : told;
}

/** Whether a sentence states a problem: not a question, a demand, a verdict or praise. */
function statesProblem(text: string, s: Sentence): boolean {
  if (s.question) return false;
  const said = tidy(withoutQuotations(text.slice(s.start, s.end)));
  const l = lower(said);
  if (said.split(' ').length < 4 || DEMAND.test(l) || INSULT.test(l) || PRAISE_WORD.test(l) || FEELING.test(l) || THREAT.test(l)) return false;
  return /^(?:can|could|would|will|is|are|do|does|did|any|why|how|what|when|where|who|if)\b/.test(l) ? false : isProblem(said);
}

// ---------------------------------------------------------------------------------------------
// Fault not conceded
//
// The clause is said in the company's voice, before anyone has checked: the customer's problem is
// named, their verdict on whose fault it is is not ("I'm sorry we overcharged you again", "…we
// disconnected your landline by mistake", "…charged even though you paid on time"). Their case
// against the error is theirs to make; the apology names the problem and leaves the fault open.

// What they say of the fault or the intent, beside what happened: "by mistake", "for no reason",
// "without warning". Dropped where the clause tells what was done (by us, or to them), not what they
// did ("you bought it twice by mistake" is their own slip and keeps it).
const FAULT_WORDS = new PrimedOnUse(/ (?:by mistake|in error|by accident|for no (?:apparent |good )?reason|(?<=\b(?:banned|suspended|fined|blocked|penali[sz]ed|kicked|punished|muted|restricted|disconnected|cut off)(?: [a-z]+){0,2} )for nothing|without (?:any )?(?:warning|notice|telling you|asking(?: you)?|explanation|reason|a word)|(?:without (?:a|any)|with no) (?:(?:clear|proper|good|valid|real|single) )?(?:warning|notice|explanation|reason))(?=$|[ ,])/gi);
const FAULT_ADVERB = new PrimedOnUse(/ (?:mistakenly|wrongly|incorrectly|unfairly|unlawfully|illegally|wrongfully)(?= [a-z]+(?:ed|en)\b)/gi);
// "the refund for the wrongly charged arrangement fee" -> "…for the arrangement fee".
// "flooded from your broken pipe" said back is "our broken pipe": whose pipe broke is theirs to say
// and ours to check; "the broken pipe" names it without owning the fault.
const OUR_FAULTY_THING = new PrimedOnUse(/\bour (broken|faulty|burst|leaking|leaky|defective|damaged|cracked|blocked|collapsed) (?=[a-z])/gi);
const FAULT_ATTRIBUTE = new PrimedOnUse(/\b(the|a|an|your|this|that) (?:mistakenly|wrongly|incorrectly|unfairly|wrongfully) (?:charged|billed|applied|added|taken|issued) /gi);
// Said of what was done, not of the customer's own act: we or ours, something of theirs, or they as the one it was done to.
const DONE_BY_US_OR_TO_THEM = new PrimedOnTest(/^(?:we|we['’](?:ve|re)|our|your|the|you(?:['’]ve| have)? (?:been|were|got|are being|['’]re being)|you['’]re being)\b/i);
// …not by one of their own: "your little brother spent £90 on gems without asking" is the point.
const THEIR_PERSON = new PrimedOnTest(/^(?:your|the) (?:[\w-]+ ){0,2}?(?:brother|sister|son|daughter|kid|kids|child|children|husband|wife|partner|mum|mom|dad|father|mother|friend|flatmate|housemate|teenager|[\w-]+-year-old|grandson|granddaughter|nephew|niece)\b/i);
// The cause they give, our failing: "…because the discount we promised was never applied".
const OUR_FAILING_CAUSE = new PrimedOnUse(/,?\s+because\s+(?:we|our|the)\b(?=[^,]*\b(?:we|our)\b)[^,]*\b(?:never|not|n['’]t|failed|forgot)\b.*$/i);
// What they did, or what they are, said against the error: "…even though you paid on time",
// "…despite your payment plan". The clause keeps the problem; their case is for the agent to check.
const THEIR_CASE_TAIL = new PrimedOnUse(/,?\s+(?:even though|even if|although|though|despite)\s+(?:you|your)\b.*$/i);
// Our act of overcharging, said as what they had: "we overcharged you" -> "you were overcharged"
// ("you were charged twice" is what an agent writes; the scorer still reads it as our fault).
const WE_OVERCHARGED = new PrimedOnUse(/^(?:we|our [a-z-]+(?: [a-z-]+)?)( have|['’]ve)? (overcharged|double[- ]charged) you\b/i);
// "we charged your card 2 times" -> "you were charged twice".
const WE_CHARGED_TWICE = new PrimedOnUse(/^(?:we|our [a-z-]+(?: [a-z-]+)?)( have|['’]ve)? (charged|billed) (?:you|your (?:card|account)) (?:twice|2 times|two times)\b/i);
// The thing that was done, said without who did it: "the sofa we delivered has a tear" -> "the sofa has a tear".
// "your excursion was cancelled by us the night before": who did it is their verdict, and "by us" mid-clause reads stiff.
const BY_US = new PrimedOnUse(/(\b(?:was|were|been|is|are|being) [a-z]+(?:ed|en)) by us\b/gi);
const WE_SUPPLIED = new PrimedOnUse(/\b((?:the|a|an) [a-z-]+(?: [a-z-]+)?) (?:that |which )?we(?: have|['’]ve)? (?:delivered|sent|installed|fitted|supplied|sold you|booked you into|booked|gave you|provided)(?= (?:is|was|has|had|arrived|came|were|are|still|keeps|kept|stopped|never)\b)/gi);
// The cause they give on our side: "…because of our burst main", "…due to our fraud check", "…since our
// release yesterday", "…when our app crashed", "…by us". The problem stands without it.
const OUR_CAUSE = new PrimedOnUse(/,?\s+(?:(?:because(?: of)?|due to|as a result of|thanks to|after|since|when|following|during)\s+(?:our|we|us|a (?:server|system|technical) (?:error|fault|glitch|issue))\b.*|by (?:us|our [a-z-]+(?: [a-z-]+)?))$/i);
// What they did, said as their case: "…charged for monthly VIP after you cancelled it on the 28th",
// "…when you booked one", "…when you only have 18 users".
const THEIR_ACT_TAIL = new PrimedOnUse(/,?\s+(?:after|when|though|once|as)\s+you(?:['’]d| had| have|['’]ve)?\s+(?:already\s+|only\s+|just\s+|clearly\s+)?(?:cancell?ed|canceled|downgraded|paid|returned|booked|ordered|asked|told|rang|called|emailed|unsubscribed|opted out|only have|have only|had only|have|had)\b.*$/i);
// What they add against us beside it: "…and nobody has answered", "…but nobody told you why", "…and we
// keep charging you". The problem stands without it.
const AND_NOBODY = new PrimedOnUse(/,?\s+(?:and|but)\s+(?:still\s+)?(?:(?:nobody|no one|no-one|noone) (?:has|have|is|told|replied|answered|fixed|helped|called)|we|we['’](?:re|ve|ll)|our|you['’]re being told|you were told)\b.*$/i);
// What they say the thing lacked: "…a $30 fuel surcharge that wasn't in the quote" -> "…a $30 fuel surcharge".
const NOT_AS_SHOWN = new PrimedOnUse(/\s+(?:that|which) (?:wasn['’]t|was not|weren['’]t|were not|isn['’]t|is not|was never|were never) (?:in|on|shown|mentioned|listed|included|agreed|disclosed|advertised|explained|told)\b.*$/i);
// What they say it should have been: "…for a visit that should've been a $30 copay" -> "…for a visit".
const SHOULD_HAVE_TAIL = new PrimedOnUse(/\s+(?:that|which) should(?:n['’]t)?(?:['’]ve| have) (?:been|cost|come|had)\b.*$/i);
// One of ours said, after the trouble, to have failed them: "…and the form tutor has done nothing".
const OURS_FAILED_TAIL = new PrimedOnUse(new RegExp(String.raw`,?\s+(?:and|but)\s+(?:the|your|our) (?:[\w’'-]+ )?(?:${OUR_PERSON}|[a-z]+(?:er|or|ist|ian)|teacher|nurse|doctor|office|team|staff)\b (?:still )?(?:(?:has|have) done nothing|did nothing|(?:hasn['’]t|haven['’]t|didn['’]t) done anything|(?:has|have) ignored|ignored|(?:won['’]t|wouldn['’]t|refused to|didn['’]t) (?:help|care|listen)|doesn['’]t care)\b.*$`, 'i'));
// What stays a claim against us whatever is cut: something promised, nobody having done their part,
// our side still the one who did it. The placeholder then.
const CLAIM_AGAINST_US = new PrimedOnTest(/\bpromis(?:e|ed|es|ing)\b|^(?:nobody|no one|no-one|noone)\b|^you (?:were|have been|['’]ve been) never told\b|\b(?:nobody|no one) told you\b|\byou (?:never|didn['’]t|did not|haven['’]t|have not) (?:book|order|ask|agree|sign|request)\w*\b/i);
// "…again" after an overcharge: the repeat is their account of our fault.
const OVERCHARGED_AGAIN = new PrimedOnUse(new RegExp(`^(${YOU_OVERCHARGED}.*?) again$`, 'i'));

/**
 * The clause with the customer's verdict on the fault left out: their words of fault or intent, and
 * their case against the error. '' where what is left no longer names a problem ("the premium
 * renewed even though you cancelled" says nothing wrong without its case): the placeholder then.
 */
function withoutFault(clause: string): string {
  let out = clause;
  const over = WE_OVERCHARGED.exec(out);
  const twice = over ? null : WE_CHARGED_TWICE.exec(out);
  const ours = over ?? twice;
  if (ours) out = `${ours[1] ? 'you’ve been' : 'you were'} ${ours[2]!.toLowerCase()}${twice ? ' twice' : ''}${out.slice(ours[0].length)}`;
  out = out.replace(WE_SUPPLIED, '$1').replace(BY_US, '$1');
  out = out.replace(FAULT_ATTRIBUTE, '$1 ').replace(OUR_FAULTY_THING, 'the $1 ');
  if (DONE_BY_US_OR_TO_THEM.test(out) && !THEIR_PERSON.test(out)) out = out.replace(FAULT_ADVERB, '').replace(FAULT_WORDS, '');
  out = out.replace(OVERCHARGED_AGAIN, '$1');
  const cut = out.replace(THEIR_CASE_TAIL, '').replace(OUR_FAILING_CAUSE, '').replace(AND_NOBODY, '').replace(OUR_CAUSE, '').replace(THEIR_ACT_TAIL, '').replace(NOT_AS_SHOWN, '').replace(SHOULD_HAVE_TAIL, '').replace(OURS_FAILED_TAIL, '');
  if (cut !== out && (cut.split(' ').length < 3 || !PROBLEM.test(lower(cut)))) return '';
  // Still a claim against us whatever was cut (a quote of theirs is not us): the placeholder.
  return CLAIM_AGAINST_US.test(cut.replace(/(['‘"“]).*?['’"”]/g, '')) ? '' : cut;
}

// ---------------------------------------------------------------------------------------------
// Our act said as what they had
//
// "we moved your return flight", "our app charged you for two hotel rooms", "our assessor wrote off
// your car": said in the company's voice the act is a fault conceded before anyone has checked.
// Said as what the customer had, the facts stay and the fault is left open: the act done to them or
// their thing in the passive ("your return flight was moved…", "you were charged for two hotel
// rooms", "your car was written off"), a place that shut as closing ("your local branch has
// closed"), a thing of ours as "the" thing ("our servers have been down…" -> "the servers have been
// down…"), an update as when it started ("our last update broke your integration" -> "your
// integration stopped working after the last update"). What cannot be said so goes to the
// placeholder: "we" doing anything else ("we've been investigating this bug for 6 months"), what one
// of our people said or how they behaved ("our receptionist refused to book you…"), a doer the
// rest still leans on ("…even though it showed £11").

/** The doer: we, or one of ours (a thing or a person), or one of our people or systems with "the". */
const WE_DOER = new PrimedOnUse(/^we(?:(['’]ve| have)|(['’]re| are))? /i);
const OUR_PEOPLE = String.raw`driver|drivers|delivery (?:guy|man|driver|person)|engineer|engineers|technician|technicians|installer|installers|fitter|fitters|plumber|electrician|courier|postman|staff|agent|agents|adviser|advisor|rep|manager|receptionist|cashier|waiter|waitress|crew|guard|security|surveyor|assessor|loss adjuster|adjuster|conductor|cleaner|cleaners|housekeeping|repairer|team|support team|claims team|people|builder|builders`;
const OUR_SYSTEMS = String.raw`app|mobile app|website|site|system|checkout|bot|support bot|software|platform|portal|machine|terminal|card reader`;
const THE_DOER = new PrimedOnUse(new RegExp(String.raw`^(?:the|your) (${OUR_PEOPLE}|${OUR_SYSTEMS})(?: (?:we sent|you sent|who came(?: today| out| round)?))? (?=(?:just |also |then |now |already )?[a-z]+ed |(?:just |also |then |now |already )?(?:left|lost|broke|wrote|put|sent|took|gave|cut|keeps|is late)\b)`, 'i'));
const OUR_DOER = new PrimedOnUse(/^our ((?:[\p{L}\d’'&-]+ ){0,3}?[\p{L}\d’'&-]+) (?=(?:just |also |then |now |already |still |never |always |only )?(?:[a-z]+ed|has|have|had|hasn['’]t|haven['’]t|is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|keeps?|can['’]t|won['’]t|doesn['’]t|don['’]t|didn['’]t|took|went|broke|wrote|left|lost|put|sent|gave|made|cut|stole|sold|says|said|drops|crashes|cancels|charges|deletes|logs|shows|tells|told|refuses|kept|ran|came|turned)\b)/iu);
// "your engineer is late": made once, not on each clause (a regex is compiled where it is made).
const OUR_PERSON_LATE = new PrimedOnUse(new RegExp(String.raw`^(?:your|the|our) (${OUR_PEOPLE}) (is|are) late\b`, 'i'));
const PEOPLE_HEAD = new PrimedOnTest(new RegExp(String.raw`(?:^| )(?:${OUR_PEOPLE})$`, 'i'));
/** What one of ours is said to have said or done to them: their account of our people, not a thing they had. */
const CONDUCT = new PrimedOnTest(/^(?:(?:just |also |then |still |never |always |only )?(?:said|says|say|saying|keeps? saying|told|tells|refused|refuses|accused|ignored|ignores|shouted|swore|laughed|hung up|lied|insisted|claimed|claims|was rude|were rude|is rude|are rude|treated|called you|blamed))\b/i);
const UPDATE_HEAD = new PrimedOnTest(/^(?:(?:last|latest|recent|new|most recent|newest|) ?(?:update|patch|release|version|upgrade|firmware|change|changes|migration))$/i);

/** What one of our systems wiped, not said of "you" or "your" thing (that is said in the passive). */
const WIPED = new PrimedOnUse(/^(?:(?:has|have|just|also|then|now) )*(?:deleted|wiped|erased|lost|overwrote|corrupted) ((?!you\b|your\b)(?:all|\d|[a-z]+ (?:weeks?|days?|months?|years?|hours?) of|(?:\d+|two|three|four|five|six|several|many|a few|weeks|months|years|days|hours) )[^,;]*)$/i);

/** Acts done to the customer or their thing, with the form the passive takes. */
const PARTICIPLE = new Map(
  Object.entries({
    charged: 'charged', billed: 'billed', debited: 'debited', overcharged: 'overcharged', invoiced: 'invoiced', moved: 'moved', changed: 'changed',
    closed: 'closed', cancelled: 'cancelled', canceled: 'canceled', deleted: 'deleted', removed: 'removed', disconnected: 'disconnected',
    suspended: 'suspended', blocked: 'blocked', locked: 'locked', banned: 'banned', froze: 'frozen', frozen: 'frozen', left: 'left', lost: 'lost',
    damaged: 'damaged', broke: 'broken', marked: 'marked', flooded: 'flooded', put: 'put', sent: 'sent', delivered: 'delivered', dropped: 'dropped',
    scratched: 'scratched', dented: 'dented', smashed: 'smashed', ruined: 'ruined', swapped: 'swapped', switched: 'switched', downgraded: 'downgraded',
    upgraded: 'upgraded', renewed: 'renewed', 'auto-renewed': 'auto-renewed', bumped: 'bumped', rejected: 'rejected', declined: 'declined',
    denied: 'denied', refused: 'refused', ignored: 'ignored', logged: 'logged', signed: 'signed', kicked: 'kicked', rebooked: 'rebooked', double: 'double', shipped: 'shipped', posted: 'posted',
    wrote: 'written', took: 'taken', reset: 'reset', wiped: 'wiped', overwrote: 'overwritten', overwritten: 'overwritten', refunded: 'refunded',
  }),
);
/** Acts that take no "to" of their own: after them, "to your landlord" belongs to the thing acted on. */
const KEEPS_NO_TO = words('blocked declined rejected refused cancelled canceled frozen suspended deleted removed denied');
const THING_TO = new PrimedOnUse(/^ to (?:your|the|a|an) [^,;]+?(?=$|[,;]| (?:and|but|because|when|after|without|with|on|in|at|for|last|yesterday|today|this|again)\b)/i);
/** The base form after "didn't": "we didn't refund you" -> "you weren't refunded". */
const BASE_PARTICIPLE = new Map(Object.entries({ send: 'sent', tell: 'told', give: 'given', pay: 'paid', refund: 'refunded', fix: 'fixed', cancel: 'cancelled', call: 'called', ring: 'called', contact: 'contacted', credit: 'credited', reimburse: 'reimbursed', compensate: 'compensated', inform: 'informed', warn: 'warned', deliver: 'delivered', return: 'returned' }));
const GERUND_OF = new Map(Object.entries({ charging: 'charged', billing: 'billed', logging: 'logged', closing: 'closed', cancelling: 'cancelled', canceling: 'canceled', deleting: 'deleted', sending: 'sent', kicking: 'kicked', signing: 'signed', blocking: 'blocked', locking: 'locked', putting: 'put', moving: 'moved', changing: 'changed', removing: 'removed', debiting: 'debited', overcharging: 'overcharged' }));
/** Places that close of themselves: "your local branch has closed". */
const PLACE = new PrimedOnTest(/\b(?:branch|branches|store|stores|shop|shops|office|depot|centre|center|location|outlet|library|counter|pharmacy)$/i);
/** Where the name of their thing ends: a place, a time, a way, a count, a state. */
const NP_END = words('home away behind outside inside beside near next across around along past from to for with in on at by as and but or when after before while because since until during into onto off out up down over under within without twice again once half delivered back via through about that which who than so then now today yesterday');
/** "…and hasn't come back in a week": a verb whose subject is still the doer. */
const DOER_AGAIN = new PrimedOnUse(/(,? and(?: then)?| then) (?=(?!(?:now|then|still|so|yet|also|just|even|only|really)\b)[a-z]+ (?:you|your)\b|(?:just |also |never |still )?(?:[a-z]+ed|has|hasn['’]t|had|hadn['’]t|is|isn['’]t|was|wasn['’]t|keeps|kept|never|took|went|broke|wrote|left|lost|put|sent|gave|made|cut|didn['’]t|won['’]t|can['’]t|doesn['’]t|refused|said|told)\b)/i);

export interface Converted {
  clause: string;
  /** The clause told one of our acts or things (converted or not): a concession beside a refusal. */
  ours: boolean;
}

const plural = (np: string) => {
  const head = lower(np.split(' ').pop() ?? '');
  return /(?<!s)s$/.test(head) || /^(?:people|staff|goods|clothes)$/.test(head);
};

/** Their thing, from the start of `rest` ("your return flight from 18:00…" -> "your return flight"). */
function theirThing(rest: string, any: boolean): { np: string; after: string } | undefined {
  if (/^you(?= |$)/.test(rest)) return { np: 'you', after: rest.slice(3) };
  if (!(any ? /^(?:your|the|a|an) / : /^your /).test(rest)) return undefined;
  const ws = rest.split(' ');
  let n = 1;
  // (A word in quotes after it is what it was marked or called, "your parcel 'delivered'", not its name.)
  while (n < ws.length && n < 6 && /^[‘“]?[\p{L}\d’'-]+[’”]?$/u.test(ws[n]!) && !/^['‘“][^'‘’“”]+['’”]$/.test(ws[n]!) && !NP_END.has(lower(ws[n]!)) && !/ing$/.test(ws[n]!) && !/^\d/.test(ws[n]!)) n++;
  if (n === 1) return undefined;
  const np = ws.slice(0, n).join(' ');
  return { np, after: rest.slice(np.length) };
}

/**
 * The act, said in the passive: "you were charged…", "your car was written off". `tense` is how the
 * doer said it: "" simple past, "have" present perfect, "are" progressive, "keep" repeated.
 */
function passive(np: string, tense: '' | 'have' | 'are' | 'keep', participle: string, after: string): string {
  const many = np === 'you' || plural(np);
  const be = tense === 'have' ? (np === 'you' ? 'you’ve been' : `${np} ${many ? 'have' : 'has'} been`) : tense === 'are' ? (np === 'you' ? 'you’re being' : `${np} ${many ? 'are' : 'is'} being`) : tense === 'keep' ? `${np} ${many ? 'keep' : 'keeps'} getting` : `${np} ${many ? 'were' : 'was'}`;
  return `${be} ${participle}${after}`;
}

/** The tail of what was done to them: the doer's manner cut, the doer named where a verb of theirs follows. */
function tailAfter(after: string, doer: string | undefined): string | undefined {
  // "…damaged your gate post reversing into your drive": how the doer did it, not what they had.
  let out = after.replace(/^ [a-z]+ing\b.*$/, '');
  // "…wiped your playlists when it updated": the thing of ours named, once its name has left the clause.
  if (doer !== undefined && !PEOPLE_HEAD.test(doer)) out = out.replace(/\b(when|after|while|once|as soon as) it\b(?= [a-z]+ed\b)/i, `$1 ${doer}`);
  // "…when he was installing the line": the doer, named, where one of ours is the "he" or "she".
  if (/\b(?:he|she)\b/.test(out)) {
    if (doer === undefined || !PEOPLE_HEAD.test(doer)) return undefined;
    out = out.replace(/\b(?:he|she)\b/, doer);
  }
  const again = DOER_AGAIN.exec(out);
  if (again) {
    if (doer === undefined) return undefined;
    out = `${out.slice(0, again.index)}${again[1]} ${doer} ${out.slice(again.index + again[0].length)}`;
  }
  return out;
}

function fromOurSide(clause: string): Converted {
  // "you never received the new credit card we say we sent", "the flight we sold you as part of the package".
  if (/^your? /.test(clause)) clause = clause.replace(/ (?:that |which )?we (?:say we |said we |claim we )?(?:sent|sold you|sold|delivered|supplied|provided|installed|fitted|booked you on|booked you into)\b[^,;]*$/i, '');
  const engineerLate = OUR_PERSON_LATE.exec(clause);
  if (engineerLate) return { clause: `the ${engineerLate[1]} ${engineerLate[2]} running late${clause.slice(engineerLate[0].length)}`, ours: true };
  let doer: string | undefined;
  let rest: string;
  const we = WE_DOER.exec(clause);
  const our = we ? null : OUR_DOER.exec(clause);
  const the = we || our ? null : THE_DOER.exec(clause);
  if (we) rest = clause.slice(we[0].length);
  else if (our) {
    doer = `the ${our[1]}`;
    rest = clause.slice(our[0].length);
  } else if (the) {
    doer = `the ${the[1]}`;
    rest = clause.slice(the[0].length);
  } else return { clause, ours: false };
  const ours = we !== null || our !== null;
  // "our app deleted 3 weeks of notes when it synced": what one of our systems is said to have
  // wiped is told as their loss ("you lost 3 weeks of notes when the app synced"), not as our act.
  const wiped = doer !== undefined && !PEOPLE_HEAD.test(doer) ? WIPED.exec(rest) : null;
  if (wiped) {
    const after = tailAfter(` ${wiped[1]}`, doer);
    if (after === undefined || /\b(?:it|its|they|them|their)\b/i.test(after)) return { clause: '', ours: true };
    const when = /\b(?:when|after|while|during|once|as soon as|since)\b/i.test(after) ? '' : our && UPDATE_HEAD.test(our[1]!) ? ` after ${doer}` : '';
    return { clause: `you lost${after}${when}`, ours: true };
  }
  // "we charged your card 2 times" is said as "you were charged twice" where the fault is left out.
  if (WE_OVERCHARGED.test(clause) || WE_CHARGED_TWICE.test(clause)) return { clause, ours: true };
  // Someone's word, or one of our people's conduct, stated as fact: theirs to tell, not ours to say.
  if (ours && CONDUCT.test(rest) && !/^\S+ your\b/.test(rest)) return { clause: '', ours };
  if (our && UPDATE_HEAD.test(our[1]!)) {
    const broke = /^(?:just |also )?(broke|broken|killed|wiped|reset|deleted|corrupted|disabled) (your [^,;]+?)((?: for [^,;]+)?)$/i.exec(rest);
    if (!broke) return { clause: '', ours };
    // What it wiped is said as wiped ("your templates were deleted after the update"); what it broke, as stopped working.
    const lostAs = /^(?:wiped|reset|deleted|corrupted)$/i.test(broke[1]!) ? `${plural(broke[2]!) ? 'were' : 'was'} ${lower(broke[1]!)}` : 'stopped working';
    return { clause: `${broke[2]} ${lostAs}${broke[3]} after ${doer}`, ours };
  }
  const act = (we ? /^(?:(has|have|['’]ve|is|are|['’]re) )?(?:(just|also|then|now|already|again) )?(?:(keeps?) )?([a-z-]+)(?: (off|out|up))?(?= (?:you|your|the|a|an)\b)/i : /^(?:(has|have|['’]ve|is|are|['’]re) )?(?:(just|also|then|now|already|again) )?(?:(keeps?) )?([a-z-]+)(?: (off|out|up))?(?= (?:you|your)\b)/i).exec(rest);
  let tense: '' | 'have' | 'are' | 'keep' = we?.[1] ? 'have' : we?.[2] ? 'are' : '';
  if (act) {
    const aux = lower(act[1] ?? '');
    if (/^(?:has|have|'ve)$/.test(aux)) tense = 'have';
    else if (/^(?:is|are|'re)$/.test(aux)) tense = 'are';
    if (act[3]) tense = 'keep';
    const verb = lower(act[4]!);
    const participle = tense === 'are' || tense === 'keep' ? GERUND_OF.get(verb) : PARTICIPLE.get(verb);
    const thing = participle === undefined ? undefined : theirThing(rest.slice(act[0].length + 1), we !== null);
    if (participle !== undefined && thing !== undefined) {
      const particle = act[5] ? ` ${act[5]}` : '';
      // The doer the rest still leans on: "…when it synced" after "you", "…and they…".
      const leans = thing.np === 'you' ? /\b(?:it|its|they|them|their)\b/i : /\b(?:they|them|their)\b/i;
      // "you blocked my payment to my savings account": "to…" names the payment, not where it was
      // blocked to; it goes with the thing ("your payment to your savings account was blocked").
      const towards = KEEPS_NO_TO.has(participle) ? THING_TO.exec(thing.after) : null;
      const after = tailAfter(towards ? thing.after.slice(towards[0].length) : thing.after, doer);
      if (after === undefined || leans.test(after)) return { clause: '', ours: true };
      const adverb = act[2] && lower(act[2]) !== 'then' ? ` ${act[2]}` : '';
      if (verb === 'closed' && PLACE.test(thing.np) && tense !== 'are' && tense !== 'keep') {
        return { clause: `${thing.np} ${tense === 'have' ? (plural(thing.np) ? 'have ' : 'has ') : ''}closed${adverb}${after}`, ours: true };
      }
      const passed = passive(thing.np, tense, participle + particle, after);
      const said = towards ? `${thing.np}${towards[0]}${passed.slice(thing.np.length)}` : passed;
      // "has now been cancelled", not "has been now cancelled".
      return { clause: adverb ? said.replace(/ (?:(has|have) been|(were|was|being|getting)) /, (_m, have: string | undefined, be: string | undefined) => (have ? ` ${have}${adverb} been ` : ` ${be}${adverb} `)) : said, ours: true };
    }
  }
  // "we didn't refund you" -> "you weren't refunded"; "we haven't sent your card" -> "your card hasn't been sent".
  const not = /^(?:(didn['’]t|did not|never)|(haven['’]t|hasn['’]t|have not|has not)|(?:have|has|['’]ve) never) ([a-z]+)(?= (?:you|your)\b)/i.exec(rest);
  const notDone = not ? (PARTICIPLE.get(`${lower(not[3]!)}ed`) ?? PARTICIPLE.get(`${lower(not[3]!)}d`) ?? BASE_PARTICIPLE.get(lower(not[3]!)) ?? (not[1] ? undefined : PARTICIPLE.get(lower(not[3]!)))) : undefined;
  const notThing = notDone === undefined ? undefined : theirThing(rest.slice(not![0].length + 1), false);
  if (not && notDone !== undefined && notThing !== undefined) {
    const after = tailAfter(notThing.after, doer);
    if (after === undefined || /\b(?:it|its|they|them|their)\b/i.test(after)) return { clause: '', ours: true };
    const many = notThing.np === 'you' || plural(notThing.np);
    const be = not[1] ? (/never/i.test(not[1]) ? `${many ? 'were' : 'was'} never` : many ? 'weren’t' : 'wasn’t') : not[2] ? `${many ? 'haven’t' : 'hasn’t'} been` : `${many ? 'have' : 'has'} never been`;
    return { clause: `${notThing.np} ${be} ${notDone}${after}`, ours: true };
  }
  // "we" doing anything else: nothing to say in their words.
  if (we) return { clause: '', ours: true };
  // "the app keeps crashing", "the driver cancelled on you": one of ours as the subject already.
  if (the) return { clause, ours: false };
  // A thing of ours, or one of our people, as "the": "our servers have been down" -> "the servers have been down".
  return { clause: `the ${our![1]} ${rest}`, ours: true };
}

/** The clause with its sure fixes made, or '' where it still would not be sent as is. */
function confident(clause: string, customer: string): Converted {
  const told = fromOurSide(clause);
  const unconceded = told.clause === '' ? '' : withoutFault(told.clause);
  if (unconceded === '') return { clause: '', ours: told.ours };
  const fixed = polished(unconceded);
  const why = doubt(fixed, customer);
  if (why === '') return { clause: fixed, ours: told.ours };
  // "your account was frozen for 'suspicious activity'": the reason they dispute goes, the sanction stays.
  const sanctionOnly = why === 'echo: disputed reason' ? fixed.replace(DISPUTED_REASON, '') : fixed;
  const sanctioned = sanctionOnly !== fixed && SANCTION_SAID.test(sanctionOnly) && doubt(sanctionOnly, customer) === '';
  return { clause: sanctioned ? sanctionOnly : '', ours: told.ours };
}

/** The reason given for a sanction, at the clause's end: " for 'cheating'", " because of suspicious activity". */
const DISPUTED_REASON = new PrimedOnUse(/ (?:for|because of|due to|over|citing) (?!(?:\d|a |an |the |your |two|three|four|five|six|seven|eight|nine|ten|several)\b)[^,;]*$/i);
/** What is left names the sanction with its verb: "your account was frozen", "you were banned from the gym". */
const SANCTION_SAID = new PrimedOnTest(/^(?:you|your [\w’'-]+(?: [\w’'-]+)?) (?:were|was|have been|has been|’ve been|got) (?:banned|fined|suspended|blocked|frozen|locked|restricted|closed|penali[sz]ed|kicked|removed|terminated|disconnected)\b(?: (?:from|in|on|at|during|out of) [^,;]+)?$/i);
