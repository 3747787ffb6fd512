// The last look at a clause filled into a ready sentence ("I’m sorry {issue}."), which the agent
// inserts with one click: it is sent as is only where it reads as a careful agent would write it.
// `polished` makes the small fixes that are always right (a weekday's capital, "mins" → "minutes",
// "dont" → "don’t", "for same invoice" → "for the same invoice"); `doubt` names what is still wrong
// with the clause, and then the template's fallback, with its bracketed placeholder, is used.
//
// The checks are about form, not about any one message: the customer's own English carried into
// the agent's voice (texting, a bare noun, a verb that does not agree), a clause that leans on
// words left behind ("it's 3 days late"), one that says only the customer's own act or what they
// were told, a consequence said in place of its cause, and a reason for a sanction the customer
// disputes said back as fact.

import { PrimedOnTest, PrimedOnUse } from './regex';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");

// ---------------------------------------------------------------------------------------------
// Fixes that are always right

const CALENDAR = new PrimedOnUse(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/g);
// Units of time in chat shorthand, after a number: "2 mins", "3 hrs".
// Also run together with the number: "1hr", "40mins".
const TIME_SHORTHAND = new PrimedOnUse(/\b(\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten)(?: |(?<=\d))(mins?|hrs?|secs?|wks?)\b/gi);
const TIME_WORD: Record<string, [string, string]> = { min: ['minute', 'minutes'], hr: ['hour', 'hours'], sec: ['second', 'seconds'], wk: ['week', 'weeks'] };
// A negative written without its apostrophe ("dont", "didnt"); "wont" and "cant" are words too
// but not after a subject, where they stand.
const NO_APOSTROPHE = new PrimedOnUse(/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/gi);
const SUBJECT_CANT = new PrimedOnUse(/\b(you|we|they|it|he|she|i)( still)? (cant|wont)\b/gi);
// "delivered to wrong house", "paid into old account": the article chat leaves off before a
// word that always takes one there.
const NO_ARTICLE = new PrimedOnUse(/\b(to|at|in|on|from|into|onto|with|for|of|by|via|has|have|had|got|received|shows|showed|put|entered|typed|chose|selected|picked|used) (wrong|right|correct|incorrect|old) (?=[a-z])/gi);
// "on hold 55 minutes" → "on hold for 55 minutes".
const HOLD_SPAN = new PrimedOnUse(/\bon hold (?=(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|over|almost|nearly) (?:minutes?|hours?)\b)/gi);
const SAME = new PrimedOnUse(/(?<!\b(?:the|this|that|a|an|your|our|my|their|his|her|its|exactly)\s)\bsame\b(?!\s+(?:as|time|day|way)\b)/gi);

// A state that began at a point and still holds takes the perfect: "your API calls are failing
// since last night" → "have been failing since…", "your street has no water since Monday" → "has had no water since…".
const ONGOING_SINCE = new PrimedOnUse(/\b(are|is) ([a-z]+ing)\b(?=[^,;]*?\bsince\b)/gi);
const CONTRACTED_ONGOING_SINCE = new PrimedOnUse(/\b(you|we|they)['’]re ([a-z]+ing)\b(?=[^,;]*?\bsince\b)/gi);
// "you are waiting 8 months for your interview" → "you’ve been waiting 8 months…".
const WAITING_SPAN = new PrimedOnUse(/\b(you|we)(?: are|['’]re) (still )?waiting ((?:for )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:minutes?|hours?|days?|weeks?|months?|years?))\b/gi);
const HAVE_NO_SINCE = new PrimedOnUse(/\b(has|have) no\b(?=[^,;]*?\bsince\b)/gi);

// What is done to a thing, said as if it did it: "the parcel returned to sender" → "the parcel was returned to sender".
const THING_DONE_TO = new PrimedOnUse(/^((?:the|your|our) (?:[a-z-]+ )?(parcel|parcels|package|packages|order|orders|item|items|letter|letters|delivery|refund|payment|transfer|card|cheque|application|claim|booking|reservation|ticket|tickets)) (returned|sent back|dispatched|delivered|cancelled|canceled|refunded|declined|rejected|blocked|posted|marked|charged)\b(?! (?:me|you|us|him|her|them|it)\b)/i);

// "a client's project files are missing": someone of theirs, said as theirs.
const SOMEONE_OF_THEIRS = new PrimedOnUse(/^a (client|customer|colleague|friend|relative|neighbour|neighbor|tenant|member of staff|staff member|supplier|partner)['’]s\b/i);

// Names the customer typed in lower case, in the agent's voice spelled as they are spelled:
// "the saml bug", "your twitch drops", "3 months of netflix".
const LOWER_NAME: Record<string, string> = {
  saml: 'SAML', sso: 'SSO', api: 'API', csv: 'CSV', pdf: 'PDF', sim: 'SIM', puk: 'PUK', mri: 'MRI', nhs: 'NHS', vip: 'VIP', sms: 'SMS', ios: 'iOS', vpn: 'VPN', url: 'URL', ssl: 'SSL', gp: 'GP', eu: 'EU', uk: 'UK', vat: 'VAT', atm: 'ATM',
  netflix: 'Netflix', twitch: 'Twitch', amazon: 'Amazon', paypal: 'PayPal', spotify: 'Spotify', youtube: 'YouTube', whatsapp: 'WhatsApp', iphone: 'iPhone', ipad: 'iPad', android: 'Android', google: 'Google', xbox: 'Xbox', playstation: 'PlayStation', okta: 'Okta', xero: 'Xero', facebook: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok', ebay: 'eBay', uber: 'Uber',
};
const LOWER_NAMES = new PrimedOnUse(new RegExp(`\\b(?:${Object.keys(LOWER_NAME).join('|')})\\b`, 'g'));
// The customer's stress in capitals, on a word no code or brand is spelled as: "you did NOT
// authorise it" → "did not". (Longer shouted words issue.ts already says in lower case.)
const STRESSED = new PrimedOnUse(/\b(?:NOT|NO|SO|TOO|VERY|REALLY|ALL|ANY|DID|WAS|HAS|HAD|AND|BUT|YOU|ONE|TWO|SIX|TEN|NOW|OFF|OUT|OUR|WHY|NEVER|STILL|AGAIN|EVERY|NOTHING|TWICE|THREE|FOUR|FIVE|EVEN|ONLY|WRONG|BROKEN|LATE|MISSING|EMPTY|FULL|DIDN['’]T|WASN['’]T|HASN['’]T|HAVEN['’]T|CAN['’]T|WON['’]T)\b/g);

// A span in chat shorthand before the noun it measures: "a 24h ban" → "a 24-hour ban".
const SPAN_BEFORE_NOUN = new PrimedOnUse(/\b(a|an|the|your|our) (\d+)(h|hr|d|wk)\b(?=\s+[a-z])/gi);
const SPAN_WORD: Record<string, string> = { h: 'hour', hr: 'hour', d: 'day', wk: 'week' };

// A day of the month with no month after it takes "the": "you cancelled it on 28th" → "on the 28th".
const BARE_ORDINAL = new PrimedOnUse(/\bon (\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi);
// A timetabled service that was cancelled, said as if it cancelled: "the 07:42 to Leeds cancelled again".
const SERVICE_DONE_TO = new PrimedOnUse(/^(the \d{1,2}[:.]\d{2}(?: (?:to|from) \p{Lu}[\p{L}-]*)?) (cancelled|canceled|delayed|terminated)\b/u);

// Chat's passive with "got", said as an agent writes it: "you got charged twice" → "you were
// charged twice", "your account got hacked" → "your account was hacked". Where the subject is not
// the word before it ("…and got charged", "you just got charged"), the clause's own opening "you"
// is; a relative ("which got…") or anything else unsure stays as it is.
const GOT_DONE_TO = new PrimedOnUse(/\b([\p{L}'’-]+) got (?!(?:used|married|engaged|dressed|involved)\b)([a-z]+ed|stolen)\b/giu);
const JOINS = words('and but then so');
const ADVERBS = words('also just still never already again even all both');
const UNSURE_SUBJECT = words('which that who what');
function gotAsBe(clause: string, before: string, done: string): string {
  const w = before.toLowerCase();
  const openedByYou = /^(?:you|we|they)\b(?!['’])/i.test(clause);
  if (['you', 'we', 'they'].includes(w)) return `${before} were ${done}`;
  if (['he', 'she', 'it'].includes(w)) return `${before} was ${done}`;
  if (JOINS.has(w) && openedByYou) return `${before} were ${done}`;
  if (ADVERBS.has(w) && openedByYou) return `were ${before} ${done}`;
  if (JOINS.has(w) || ADVERBS.has(w) || UNSURE_SUBJECT.has(w) || !/^\p{L}[\p{L}-]*$/u.test(before)) return `${before} got ${done}`;
  return `${before} ${/[^s]s$/i.test(before) ? 'were' : 'was'} ${done}`;
}

// A state that began at a point and still holds, told in the past: "the TV was stuck on the logo
// since Monday" → "has been stuck…".
// Chat's narrative present for a charge: "then I get charged a no-show fee" → "you were charged…".
const GET_CHARGED = new PrimedOnUse(/\b(you|we) (?:then |now |just )?get (charged|billed|fined|overcharged)\b/gi);
// Not done for a stretch of time that runs to now: "the tracking was not updated for 5 days" → "hasn't been updated…".
const NOT_DONE_FOR_SPAN = new PrimedOnUse(/\b(was|were) not ([a-z]+ed) (?=for (?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several) (?:hours?|days?|weeks?|months?)\b(?! ago))/gi);
// A status shown for a stretch of time: "your order status says 'customs hold' for 9 days" → "has said…".
const SAYS_FOR_SPAN = new PrimedOnUse(/\b(says|shows|reads) (?=(?:'[^']+'|‘[^’]+’|"[^"]+"|“[^”]+”) for (?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several) (?:hours?|days?|weeks?|months?)\b(?! ago))/gi);
const SAID_FORM: Record<string, string> = { says: 'has said', shows: 'has shown', reads: 'has read' };

// A present state since a point in time, said in the perfect: "the wifi doesn't work since
// yesterday" → "hasn't worked since…", "your phone shows 'SOS only' since Monday" → "has shown…".
const SINCE_POINT = String.raw`\bsince (?:yesterday|last|this|early|late|the (?:start|beginning|end|weekend|update|\d)|\d|a week|an hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|christmas|easter|noon|midnight|then|mid)`;
const NOT_WORKED_SINCE = new PrimedOnUse(new RegExp(String.raw`\b(doesn['’]t|does not|don['’]t|do not) work (?=(?:[^,;]*?)${SINCE_POINT})`, 'gi'));
const SHOWN_SINCE = new PrimedOnUse(new RegExp(String.raw`\b(shows|says|reads) (?=(?:'[^']+'|‘[^’]+’|"[^"]+"|“[^”]+”|[\w-]+(?: [\w-]+){0,3}) ${SINCE_POINT})`, 'gi'));
// …and where no sure form is at hand ("can't log in since Monday", "stopped opening the gates since
// yesterday"), the clause is left to the fallback: a present or past with "since" is not English.
const SINCE_AT = new RegExp(SINCE_POINT, 'i');
const PERFECT = new PrimedOnTest(/\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t|has not|have not|had not)\b|['’](?:s|ve|d) (?:been|had|got|gone|not|never|stopped|started)\b|\b(?:it['’]s|it is|it has) been\b/i);
function tenseBeforeSince(clause: string): boolean {
  const at = clause.search(SINCE_AT);
  return at > 0 && !PERFECT.test(clause.slice(0, at));
}

const PAST_SINCE = new PrimedOnUse(/\b(was|were) (stuck|down|broken|off|out|offline|closed|blocked|locked|frozen|disconnected|suspended|missing)\b(?=[^,;]*?\bsince\b)/gi);

// A status shown, said bare after "says": "the board says cancelled" reads as the customer's
// shorthand; quoted, it is the status as it was shown ("says ‘cancelled’").
const BARE_STATUS = new PrimedOnUse(/\b(says|said|shows|showed|reads|read) (cancell?ed|canceled|expired|delivered|pending|processing|dispatched|shipped|failed|declined|invalid|unavailable|sold out|out of stock|completed?|refunded|approved|rejected|inactive|on time|delayed|unpaid|void|not found|not eligible|ineligible|no longer valid)(?=$|[,;]| (?:and|but|even|though|although|when|while|yet|so|for|since)\b)/gi);
// A trouble still going on, set against what they did in the past: "doesn't unlock even after you
// finished all levels" -> "…even after you’ve finished…".
const STILL_DESPITE_PAST = new PrimedOnUse(/\b((?:does not|doesn['’]t|do not|don['’]t|won['’]t|will not|can['’]t|cannot|isn['’]t|is not|aren['’]t|are not|still)\b[^,;]*?\b(?:even after|even though|although|despite the fact that)) you ((?:[a-z]+ed|paid|sent|bought|made|had|left|kept|told|spent|found|held|sold|put|set))\b/gi);
// "you can't get your own statements": their "my own" is their indignation; said back it jars.
const OWN_AFTER_ACCESS = new PrimedOnUse(/\b(get|access|see|download|view|withdraw|use|open|reach|check|find) your own\b/gi);

export function polished(clause: string): string {
  return clause
    .replace(BARE_STATUS, (_m, verb: string, status: string) => `${verb} ‘${status}’`)
    .replace(STILL_DESPITE_PAST, (_m, head: string, verb: string) => `${head} you’ve ${verb}`)
    .replace(OWN_AFTER_ACCESS, '$1 your')
    .replace(LOWER_NAMES, (w: string) => LOWER_NAME[w]!)
    .replace(STRESSED, (w: string) => w.toLowerCase())
    .replace(BARE_ORDINAL, 'on the $1')
    .replace(SPAN_BEFORE_NOUN, (_m, det: string, n: string, unit: string) => `${det} ${n}-${SPAN_WORD[unit.toLowerCase()]!}`)
    .replace(SERVICE_DONE_TO, '$1 was $2')
    .replace(CALENDAR, (w: string) => w[0]!.toUpperCase() + w.slice(1))
    .replace(TIME_SHORTHAND, (_m, n: string, unit: string) => {
      const [one, many] = TIME_WORD[unit.toLowerCase().replace(/s$/, '')]!;
      return `${n} ${n === '1' ? one : many}`;
    })
    .replace(NO_APOSTROPHE, '$1n’t')
    .replace(SUBJECT_CANT, (_m, who: string, still: string | undefined, v: string) => `${who}${still ?? ''} ${v.toLowerCase() === 'cant' ? 'can’t' : 'won’t'}`)
    .replace(SAME, 'the same')
    .replace(NO_ARTICLE, '$1 the $2 ')
    .replace(HOLD_SPAN, 'on hold for ')
    .replace(NOT_WORKED_SINCE, (_m, does: string) => `${/^do/i.test(does) && !/^does/i.test(does) ? 'haven’t' : 'hasn’t'} worked `)
    .replace(SHOWN_SINCE, (_m, verb: string) => `${SAID_FORM[verb.toLowerCase()]!} `)
    .replace(SOMEONE_OF_THEIRS, 'your $1’s')
    .replace(ONGOING_SINCE, (_m, be: string, verb: string) => `${/^is$/i.test(be) ? 'has' : 'have'} been ${verb}`)
    .replace(CONTRACTED_ONGOING_SINCE, (_m, who: string, verb: string) => `${who}’ve been ${verb}`)
    .replace(PAST_SINCE, (_m, be: string, state: string) => `${/^was$/i.test(be) ? 'has' : 'have'} been ${state}`)
    .replace(HAVE_NO_SINCE, (_m, have: string) => `${have} had no`)
    .replace(WAITING_SPAN, (_m, who: string, still: string | undefined, span: string) => `${who}’ve ${still ?? ''}been waiting ${span}`)
    .replace(THING_DONE_TO, (_m, thing: string, noun: string, verb: string) => `${thing} ${/[^s]s$/.test(noun) ? 'were' : 'was'} ${verb}`)
    .replace(GOT_DONE_TO, (_m, before: string, done: string, _at: number, whole: string) => gotAsBe(whole, before, done))
    .replace(GET_CHARGED, (_m, who: string, done: string) => `${who} were ${done.toLowerCase()}`)
    .replace(NOT_DONE_FOR_SPAN, (_m, be: string, done: string) => `${/^was$/i.test(be) ? 'hasn’t' : 'haven’t'} been ${done} `)
    .replace(SAYS_FOR_SPAN, (_m, verb: string) => `${SAID_FORM[verb.toLowerCase()]!} `);
}

// ---------------------------------------------------------------------------------------------
// What a careful agent would not send

// Chat shorthand and texting that would read as the agent's own (after the fixes above).
const TEXTING = /\b(?:[uU]r|pls|plz|thx|tbh|tbf|idk|imo|ngl|cos|coz|cuz|bc|b4|gonna|wanna|gotta|ya|yr|2day|2moro|tmrw|msg|msgs|acc|acct|asap|lol|omg|pic|pics|abt|ppl|smth|sth|tho|thru|nite|txt|im|ive|dont|cant|wont|didnt|isnt|doesnt|thats|whats|theres|wasnt|havent|hasnt|ok|okay|kinda|sorta|til|af|rn|fr|ngl|bday|b-day|bf|gf|bro|mate|literally|basically|honestly|stuff|w\/|way (?:worse|better|more|less|too|over))\b|\b(?:w\/o?)(?=\s)/i;
// Their tone, not the agent's: "a random neighbour", "your so-called proof", "…, apparently".
// "you haven't received a penny": their emphasis, which in the agent's voice reads as taking their side.
const LOADED = /\b(?:random|so-called|supposedly|apparently|allegedly|zero (?:notice|help|info|information|communication)|even bothered?|simple|a (?:single )?(?:penny|cent|dime))\b/i;
const TEXTING_LETTER = /(?<![’'])\b[ur]\b(?![’'.])/;

// An opening that leans on words said before it: "it's 3 days late", "yours just stopped working",
// "the other says it's cancelled", "everything's gone off".
const LEANING_OPENING = new PrimedOnTest(/^(?:it|it['’]s|its|they|they['’](?:re|ve|d)|them|this|that|these|those|he|he['’]s|she|she['’]s|yours|ours|mine|the other|the others|everything|everything['’]s|nothing|something|someone|somebody|one\b(?! (?:[a-z]+ )?of (?:the|your|our)\b))\b/i);
// …but a dummy "it" carries its own content: "it's been 5 days since you opened a ticket", "it takes 6 weeks to…".
const DUMMY_IT = new PrimedOnTest(/^it(?:['’]s| has)? been (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|over|almost|nearly|more than) [^,]*\b(?:since|ago)\b|^it (?:takes|took|is taking|has taken|['’]s taking|costs?) /i);

// "his", "her", "he", "she" with no one before them that they can stand for.
const THIRD_PERSON = new PrimedOnUse(/\b(?:he|she|him|his|her|hers|he['’]s|she['’]s|himself|herself)\b/i);
const PERSON_NOUN = words(
  'husband wife son daughter mum mom mother dad father brother sister partner boyfriend girlfriend grandson granddaughter grandmother grandfather gran grandad nan grandma grandpa aunt uncle nephew niece cousin friend neighbour neighbor landlord landlady tenant baby child kid boy girl man woman lady guy gentleman driver engineer technician courier postman postwoman agent adviser advisor rep manager receptionist cashier assistant nurse doctor gp surgeon dentist consultant midwife carer teacher trainer instructor coach plumber electrician fitter installer surveyor assessor adjuster conductor guard officer clerk waiter waitress housekeeper cleaner staff employee member owner colleague boss client customer patient player leader admin moderator seller buyer host caller person',
);
const NAMED = new PrimedOnTest(/\b(?:Mr|Mrs|Ms|Dr|Mx|Prof)\.?\s+\p{Lu}|(?<=\s)\p{Lu}\p{Ll}+/u);

function unanchoredPerson(clause: string): boolean {
  const m = THIRD_PERSON.exec(clause);
  if (!m) return false;
  const before = clause.slice(0, m.index);
  if (NAMED.test(` ${before}`)) return false;
  return !lower(before)
    .split(/[^a-z'-]+/)
    .some((w) => PERSON_NOUN.has(w) || PERSON_NOUN.has(w.replace(/['’]s$/, '').replace(/s$/, '')));
}

// "you only got 500", "you received 3": a count with nothing counted.
// "billed for 25 seats": the count's point is the other count beside it ("…when you only have 18 users").
const COUNT_ALONE = /\b(?:charged|billed|invoiced)\s+(?:you\s+|us\s+)?for\s+\d+\s+(?:seats|users|licen[cs]es|lines|rooms|nights|items|tickets|units|members)(?:\s+(?:in|on|for|at|this|last)\s+(?:the\s+|your\s+|this\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?$/i;
const BARE_COUNT = /\b(?:only|got|get|received|receive|have|had|sent|paid|were given|was given|gave)\s+(?:\d+(?:,\d{3})*(?![\d,]\d)|one|two|three|four|five|six|seven|eight|nine|ten)(?=$|,|\s+(?:and|but|of|out)\b)/i;

// A number of units with its unit left singular: "charged 29 dollar", "for 3 month".
const SINGULAR_UNIT = /(?<!\b(?:a|an|the|your|our|my|their|his|her|its|this|that|per|every|each)\s)\b(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten) (?:dollar|euro|pound|rupee|hour|day|week|month|year|minute|time|item|ticket|seat|night)\b(?![-'’])(?!\s+(?:old|long|late|early|delay|wait|contract|plan|pass|trial|subscription|membership|period|stay|window|guarantee|warranty|notice|rule|limit|deadline|return)\b)/i;

// A singular thing with no article, after a verb or a preposition that needs one: "you got
// letter", "the hacker changed email", "for operation", "open invoices tab".
const BARE_NOUN = new PrimedOnUse(/(?<!\b(?:a|an|the|your|our|my|their|his|her|this|that)\s)\b(?:got|get|gets|received|receive|receives|changed|change|give|gave|given|open|opened|sent|send|need|needs|needed|bought|buy|ordered|order|booked|book|lost|made|make|selling|sell|sold|cancelled|canceled|have|has|had|pay|paid|repay|for|with|about|into)\s+(meeting|accident|problem|issue|penalty|loan|mortgage|instalment|installment|letter|bill|invoice|parcel|package|item|product|flight|booking|room|ticket|box|bag|suitcase|claim|policy|contract|device|router|meter|prescription|appointment|operation|email|e-mail|message|screen|laptop|machine|fridge|boiler|car|van|bike|tab|name|form|application|file|report|voucher|coupon|password|receipt|confirmation|account|phone|order|refund|replacement|reply|answer|response|error|medicine|licence|license|certificate|document|photo|picture|video|link|notification|letter|reference|invoice|update|card)\b(?!['’-])/i);
const BARE_NOUN_IDIOM = new PrimedOnTest(/\b(?:by|via|on|in|at|to|from|per)\s+\S+$|^(?:for|with|about) (?:reference|confirmation|replacement|update|answer|reply|response|refund)$/i);
// A fee with no article: "you were charged cancellation fee".
const BARE_FEE = /(?<!\b(?:wrongly|incorrectly|the|a|an|your|our|my)\s)\b(?:charged|billed|paid|pay|given|got)\s+(?:(?:you|us)\s+)?(?:[£$€₱]\d[\d,.]*\s+)?(?:(?!(?:a|an|the|your|our|my|any|no|this|that|their|extra|more|twice|again|for)\b)[a-z-]+\s+)?(?:fee|fine|penalty|surcharge)\b/i;
// A tail with no verb after "and": "…three weeks ago and still no refund".
const AND_NO_TAIL = new PrimedOnTest(/\b(?:and|but)\s+(?:still\s+)?no\s+[a-z-]+$/i);
// The last part after "and" with no verb: "…from us and every time something wrong".
const VERB_LIKE = /\b(?:am|is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must|keeps?|cannot|got|went|came|took|left|broke|lost|sent|made|gave|told|paid|said|says|shows|seems?|stinks|[a-z]+n['’]t|[a-z]{2,}ed|[a-z]+['’](?:s|re|ve|d|ll))\b|\b(?:it|he|she|this|that|everything|nothing|nobody|someone)\s+[a-z]+s\b/i;
function verblessAndPart(clause: string): boolean {
  const at = clause.lastIndexOf(' and ');
  if (at < 0) return false;
  const part = clause.slice(at + 5);
  // Only a part that opens as a clause of its own ("every time…"): "…green and unusable", "…cuts off and drops…" share the verb before them.
  return /^(?:every|each|all the)\s/i.test(part) && part.split(' ').length <= 6 && !VERB_LIKE.test(part);
}
// A subject noun that lost its article after a conjunction: "because name does not match".
const BARE_SUBJECT = /\b(?:because|when|as|since|so|but|and|while|if|after)\s+(?:name|card|account|app|website|site|driver|engineer|courier|parcel|package|order|item|box|payment|refund|system|server|machine|meter|bill|invoice|letter|ticket|flight|train|bus|doctor|nurse|pharmacy|bank|hacker|agent)\s+(?:is|was|has|had|does|did|do|can|can['’]t|cannot|won['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|never|still|not|[a-z]+ed)\b/i;

// A singular noun subject whose verb did not agree: "the online portal show your licence", "the
// API return 500 error", "your app log me out". The verb is followed by what it acts on, so that
// a compound noun ("the delivery charge was…") does not read as one.
const AGREEMENT = new PrimedOnUse(/\b(?:the|your|our|my|this|that|his|her)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(show|return|log|say|charge|send|keep|give|take|make|tell|ask|refuse|cancel|block|delete|stop|crash|fail|work|need|want|let|put|lose|break|come|go|arrive|happen|display|list|count|use|load|freeze|reject|decline|deduct|add|remove|change|ignore|close|open|have)\s+(?=(?:you|us|me|him|her|them|it|the|your|our|my|a|an|this|that|\d))/i);
// Words that end a subject before any verb: "the assistant refused to let", "the notes still list".
const NOT_IN_SUBJECT = words('to not never still always just also now then only even really often sometimes usually again already will would can could should may might must did does do is was are were has have had');
const PLURAL_OR_MASS = new PrimedOnTest(/(?:[^s]s|staff|crew|police|people|family|team|data|kids|children)$/);

// A one-off past act told in the present: "the blender you receive is broken", "the TV you buy last week".
const PRESENT_FOR_PAST = /\b(?:the|your|our|a|an|this|that)\s+(?:[\w'’-]+\s+){1,3}?(?:you|we)\s+(?:receive|buy|order|purchase|book|get)\b(?!\s+(?:every|each|always|usually|often|from us every)\b)/i;
const PRESENT_WITH_PAST_TIME = /\b(?:you|we|they)\s+(?:receive|buy|order|purchase|book|send|cancel|pay|call|email|ask|go|come|arrive|apply|submit|return)\b[^,;]*\b(?:yesterday|ago|last (?:night|week|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

// A base verb after "is" or "was" where its participle belongs: "my flight is cancel".
// (signals of this kind that issue.ts already turns into a good form do not reach here.)

// What they were told or what should have happened, with nothing said of how it turned out:
// "you were told at the store you could price match" reads as sorry for telling them.
const TOLD_ONLY = new PrimedOnTest(/^you (?:were|have been|['’]ve been) (?:(?:told|assured|advised|informed)\b.*\b(?:would|will|could|can|should|going to|['’]d|['’]ll)\b|(?:told|assured|advised|informed) (?:that )?(?:the|your|it|this) [^,]*\b(?:was|were|is|are) (?:covered|under warranty|free|included|fine|ok|okay|valid|guaranteed|refundable|eligible)\b|promised\b)|\b(?:told|assured|promised) you (?:that )?you(?:['’]d| could| would| can| will| were going to)\b|^we (?:told|assured|promised) you\b.*\b(?:would|will|was being|were being|is being|going to|['’]d|['’]ll)\b|\b(?:was|were) (?:supposed|meant|due) to\b|\b(?:is|are) (?:supposed|meant) to\b/i);
// (Not "when": "…supposed to be cancelled in April when your son moved out" says when, not how it turned out.)
const TOLD_OUTCOME = new PrimedOnTest(/\b(?:but|yet|and|which|though|although|even|still|never|not|n['’]t|no|nothing|nobody|hasn['’]t|didn['’]t|wasn['’]t|that hasn['’]t happened)\b/i);

// The customer's own act of getting in touch, said as the problem: "you reported a bug with the
// calendar sync", "you disputed a transaction two weeks ago", "you've called twice and emailed once".
// ("you've had to call three times about…" is the repeat said as what they had to do: kept.)
const CONTACT_ACT = new PrimedOnTest(/^you(?:['’]ve| have)?(?: now| already| just| also)? (?:reported|raised|disputed|complained|contacted|called|rang|rung|spoken|phoned|emailed|e-mailed|messaged|texted|wrote|written|asked|chased|queried|flagged|opened|filed|logged|submitted)\b/i);
const CONTACT_OUTCOME = new PrimedOnTest(/\b(?:no (?:reply|response|answer|update|one|word|ticket)|nobody|no one|nothing|never|heard nothing|got nothing|not heard|n['’]t (?:heard|had|got|received|replied|answered|responded|been)|still)\b/i);

// A consequence said in place of the problem that caused it: "you can't pay rent", "your shop
// cannot take orders", "you cannot work". Said without its cause, it names the wrong thing.
const CONSEQUENCE = new PrimedOnTest(/^(?:you|your(?:\s(?!(?:is|was|are|were|has|have|had|and|but|been|keeps?)\b)[\p{L}\d'’-]+){1,3}|the (?:kids|children|staff|family))\s+(?:still\s+)?(?:can['’]?t|cannot|can not|couldn['’]t|could not|are unable to|were unable to|have been unable to|['’]ve been unable to)\s+(?:work|pay(?! for\b)|afford|sleep|go (?:out|to work|to school|anywhere)|get to (?:work|school)|take (?:orders|payments|bookings)|trade|cook|shower|wash|travel|eat|study|train|finish|play|drive|leave|open)\b/iu);
// What they lost or missed because of it: "you missed your connecting flight", "you lost a product launch".
const LOSS = new PrimedOnTest(/^(?:to hear )?you(?:['’]ve| have)? (?:(?:taken|took|had to take) (?:\w+ )?(?:days?|mornings?|afternoons?|time|a day|the day|half a day) off\b|(?:missed|lost|had to miss) (?:your |a |the |an )?(?:[\w-]+ )?(?:(?:day|week|month)s? of (?:sales|trading|business|work|income)|connecting flight|connection|flight|train|launch|sales|income|wages|pay|day['’]s (?:pay|work)|work|interview|exam|wedding|funeral|event|holiday|booking|deposit|customers?|clients?|business))\b/i);
const CAUSE_GIVEN = new PrimedOnTest(/\b(?:because|since|as|after|due to|until|and|when|without)\b/i);

// A reason for a sanction that the customer put in quotes, disputing it ("banned for 'toxic
// chat'", "refused because the application was 'late'"): said back without the quotes, as the
// agent's own words, it states their offence as fact.
const SANCTION = new PrimedOnTest(/\b(?:banned|fined|refused|rejected|suspended|penali[sz]ed|blocked|declined|denied|flagged|closed|terminated|accused|marked|removed|kicked|restricted|charged)\b/i);
// Their case, inside the clause as fact: "usage you could not possibly have had", "a scratch that was already there".
const THEIR_CASE = /\bcould(?: not|n['’]t) possibly\b|\b(?:can(?:['’]t|not)|could(?:n['’]t| not)) (?:possibly )?have used\b|\b(?:was|were) already (?:there|damaged|broken|cracked|scratched)\b|\b(?:was|were) already [a-z]+(?: [a-z]+)? (?:when|before) you (?:moved in|got the keys|took (?:it|them|the [a-z]+) over|picked (?:it|them|the [a-z]+) up|collected|rented|hired)\b/i;
const FEE_NAME = new PrimedOnTest(/\b(?:fee|charge|surcharge|subscription|plan|offer|deal|tariff|bundle|pack|package)\b/);
// A quoted phrase given as the reason: "went up because of an 'at-fault accident'".
const REASON_BEFORE = new PrimedOnTest(/\b(?:for|as|because(?: of)?|due to|over|citing|saying|says|said)\s+(?:an?\s+|the\s+)?$/);
const SANCTION_FOR = new PrimedOnUse(/\b(?:banned|fined|suspended|penali[sz]ed|blocked|flagged|accused of|kicked|restricted|reported)\s+(?:\w+\s+){0,3}?for\s+([a-z]{5,})/);
const QUOTED_PHRASE = /['‘"“]([^'‘’"“”\n]{2,40})['’"”](?![A-Za-z])/g;

// Something said of one of our people as fact: "our receptionist was very rude to your father",
// "our driver threw your parcel over the fence". (What they broke is the harm itself, named as it is.)
const ACCUSATION = new PrimedOnTest(/\b(?:was|were|is|are|been)\s+(?:(?:very|so|really|extremely|incredibly|quite|being|absolutely|completely|totally|just)\s+)*(?:rude|aggressive|abusive|racist|sexist|hostile|threatening|dismissive|condescending|patronising|patronizing|unprofessional|drunk|speeding|lying|shouting|swearing|laughing|arrogant|careless|negligent|reckless|dangerous|discriminat\w*)\b|\b(?:lied to|laughed|laughed at|shouted at|swore at|mocked|sneered)\b|\b(?:didn['’]t|never|refused to) (?:apologi[sz]e|say sorry)\b|\b(?:accused you|threw your|kicked your|drove (?:over|into|through|onto) your)\b|\b(?:won['’]t|wouldn['’]t|refused to|didn['’]t|did not|will not) (?:help|listen|do anything)\b|\b(?:has|have) done nothing\b|\bdid nothing\b/i);
const OUR_PEOPLE = new PrimedOnTest(/^(?:a member of (?:(?:our|the|your) )?staff|(?:our|the|your)\s+(?:[\w-]+\s+){0,2}?(?:plumber|electrician|builder|fitter|installer|contractor|porter|valet|driver|drivers|engineer|technician|courier|agent|adviser|advisor|rep|manager|receptionist|cashier|assistant|staff|employee|employees|nurse|doctor|guard|conductor|crew|clerk|waiter|waitress|housekeeper|cleaner|team|support|operator|host|instructor|trainer|surveyor|assessor|inspector|officer|attendant|member of staff))\b/i);

// A clause ending on a word that leads somewhere ("…won't let you": let you do what?).
const DANGLING = /\b(?:and|but|or|the|a|an|of|because|than|your|our|their|my|by|as|if|when|which|since|while|into|onto)$|\blet (?:you|us)$/i;
// …or on a verb whose words were left behind, with no verb before it to stand for: "the old one
// hasn't" ("…supposed to arrive on Monday and still hasn't" has its verb).
const ELLIPSIS_END = new PrimedOnUse(/\s(?:hasn['’]t|haven['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|won['’]t|can['’]t|couldn['’]t|wouldn['’]t|(?<=\b(?:you|we|they|it|one|none of (?:you|us|them)|nobody|no one)\s)(?:were|was|is|are|did|does|do|has|have|had|can|could|would|will))$/i);
const leftBehind = (clause: string) => {
  const end = ELLIPSIS_END.exec(clause);
  return end !== null && !VERB_LIKE.test(clause.slice(0, end.index));
};
// A fragment after a bare comma, with neither a word that joins it nor a subject of its own:
// ", wrong code used", ", staff wouldn't serve you", ", 10 minutes ago, not even downloaded".
const COMMA_TAIL_OPENING = new PrimedOnTest(/^(?:and|but|or|so|then|yet|because|which|who|whose|where|when|while|if|not|never|only|even|as|since|after|before|until|with|without|including|leaving|meaning|despite|although|though|just|all|both|each|twice|again|still|once|then|plus|too late|too early|far too|way too|the|your|our|you|we|it|it['’]s|they|there|there['’]s|he|she|this|that|these|those|nobody|no one|none|someone|something|everything|nothing|in|on|at|for|from|to|by|over|under|during|every|one|a|an)\b|^[£$€'‘"“\d]/i);
function fragmentAfterComma(clause: string): boolean {
  if (/, not (?:even |yet |ever )?[a-z]+(?:ing|ed)\b/i.test(clause)) return true;
  const parts = clause.replace(QUOTED_PHRASE, (q) => q.replace(/,/g, ' ')).split(', ');
  for (let i = 1; i < parts.length; i++) if (!COMMA_TAIL_OPENING.test(parts[i]!)) return true;
  return false;
}

// What someone or something said, with no clause after it: "your doctor says no exercise for 6
// months", "the app always says fully booked". A status is kept, in quotes or not: tracking and
// order pages are quoted that way ("says 'delivered'", "the tracking page says delivered but
// nothing came", "shows pending").
const SAYS_FRAGMENT = /\b(?:says|said|shows)\s+(?!(?:up|in|on|as|was|is|were|are|has|had|have|so|hi|to|for|me|us|that|last|next|all|every|both|some|any|more|less|two|three|four|five|six|seven|eight|nine|ten|you|we|it|it['’]s|they|there|there['’]s|he|she|the|your|our|my|his|her|their|a|an|this|these|those|nobody|no one|someone|everything|nothing|[£$€\d]|[a-z]+ed|pending|processing|in transit|out for delivery|active|inactive|live|open|closed|unpaid|overdue|due|complete|void|invalid)\b|['‘"“])/i;

// "we cancelled it the day before": "it" or "them" with no thing named before it in the clause.
const OBJECT_PRONOUN = new PrimedOnUse(/(?<!['‘"“])\b(?:it|them)\b/i);
const NAMES_A_THING = new PrimedOnTest(/\b(?:the|your|our|my|a|an|this|that|these|those|their|his|her|its|any|some|every|each|no)\s+\S|\d|[£$€]|\b\p{Lu}/u);
// The subject the clause opens with, a determiner and its noun: "our driver", "the new app".
const SUBJECT_PHRASE = new PrimedOnUse(/^(?:the|your|our|my|a|an|this|that)\s+(?:[\w'’-]+\s+){0,1}?[\w'’-]+\s+(?=\S)/i);
function unanchoredObject(clause: string): boolean {
  const unquoted = clause.replace(QUOTED_PHRASE, (q) => ' '.repeat(q.length));
  const m = OBJECT_PRONOUN.exec(unquoted);
  if (m === null || DUMMY_IT.test(clause)) return false;
  const before = clause.slice(0, m.index);
  // As an object ("…let you change it"), "it" is not the subject the clause opened with.
  const object = !/(?:^|\b(?:and|but|because|so|when|as|since|while|until|after|before|if|though|although)|,)\s*$/i.test(before);
  if (object) return !NAMES_A_THING.test(before.replace(SUBJECT_PHRASE, ''));
  // As a new subject ("you waited 2 hours and it got cancelled"), a bare count or amount is not what "it" stands for.
  return !NAMES_A_THING.test(before.replace(/(?:[£$€]\s?)?\d[\d,.:]*\s*(?:[a-z]+)?/gi, ' '));
}

// Two words that cannot stand side by side in a sentence ("your transfer of was £2,000 held").
const YOU_ARE_NOTHING = /\b(?:you|we)(?:['’]re| are)\s+(?:still\s+)?(?:nothing|no)\b/i;
const BROKEN_ORDER = /\b(?:of|to|for|in|on|at|with|from|by|the|a|an|your|our|my)\s+(?:was|were|is|are|has|have|had|does|did)\b/i;

// Our refusal in our own voice ("we won't tell you your partner's bill amount", from "why won't
// you…?"): said after "I can see" or "I'm sorry", it reads as the company's position, not their problem.
const OUR_REFUSAL = /^we (?:still )?(?:won['’]t|will not|wouldn['’]t|can['’]t|cannot|don['’]t|do not|refuse(?:d)? to)\b/i;
// …or joined to their problem: "your holiday was cancelled and we've refused the claim".
const OUR_REFUSAL_JOINED = /\b(?:and|but|then) we(?:['’]ve| have)? (?:refused|rejected|declined|denied)\b/i;

// "you drove 40 minutes and they didn't have it": "they" as a new subject with no one named before
// it who could be they (people, a place that has staff, or anything in the plural but a span of time).
const NEW_THEY = new PrimedOnUse(/\b(?:and|but|when|because|so|then|yet)\s+they\b/i);
const THEY_CAN_BE = new PrimedOnTest(/\b(?:store|shop|hotel|bank|company|airline|clinic|team|staff|restaurant|council|hospital|surgery|practice|garage|branch|courier|insurer|school|office|agency|landlord|agent|club|gym|pharmacy|station|venue|desk|depot|warehouse|crew|family|police|people)\b|\b(?!(?:minutes|hours|days|weeks|months|years|times|is|was|has|does|us|yes|this|his|its|as|bus|plus|less|unless|across|process|access|address|business|press|class|glass|miss|pass)\b)[a-z]{3,}s\b/i);
function unanchoredThey(clause: string): boolean {
  const m = NEW_THEY.exec(clause);
  return m !== null && !THEY_CAN_BE.test(clause.slice(0, m.index).replace(QUOTED_PHRASE, ' '));
}
// "you need to pay 20 for the sick note": an amount with no currency.
// "the parking fine of 45", "a reminder for 90": a sum of money named by its number alone.
const AMOUNT_NO_CURRENCY = /\b(?:pay|paid|paying|charged|billed|owe|owed|cost|costs)\s+\d+(?:\.\d\d)?\s+(?:for|to|on|at|per|each|every|extra|more)\b|\b(?:fine|fee|charge|bill|payment|penalty|refund|deposit|reminder|invoice)s? (?:of|for) \d+(?:\.\d\d)?(?=$|[,;.)]|\s(?:on|to|at|and|but|in|from|by|when|after|before|which|that|is|was|has|had)\b)/i;

// "you got rejected instantly": refused, with nothing said of what.
const VAGUE_REFUSAL = /^you (?:got|were|have been|['’]ve been) (?:rejected|declined|refused|denied|turned down|charged|billed)(?:\s+(?:instantly|again|immediately|straight away|outright))?$/i;

// "there's still no answer", "there's no update": what is missing, without what it is about.
const VAGUE_LACK = /^there(?:['’]s| is| has been)(?: still)? no (?:answer|reply|response|update|report|news|word|progress|sign|info|information|help|appointment|date|decision|refund|payment|call|callback|call-back|engineer|delivery)(?:$|,|\s+(?:and|but)\b)/i;

// A death said in the same breath as our failing: "your husband passed away last month and his
// membership is still being charged" — condolence is a sentence of its own.
const BEREAVEMENT_AND = /\b(?:husband|wife|partner|son|daughter|mother|father|mum|mom|dad|brother|sister|grandmother|grandfather|gran|nan|grandma|grandpa|aunt|uncle|baby|child|friend)\b(?:\s+\S+){0,3}?\s+(?:passed away|died|passed)\b.*\b(?:and|but)\b/i;

// Their verdict on us, or their heat, said back in the agent's voice as fact: "our delivery service
// has gone downhill", "the update ruined the game", "the conductor didn't care", "cancelled with no
// reason", "closed your branch without a word", "the sauna is always broken".
const PUT_DOWN = /\b(?:the (?:slowest|worst|most expensive|rudest|least reliable|laziest) (?:\w+ )?you(?:['’]ve| have)? ever|ruin(?:ed|s)?|gone downhill|meant nothing|(?:didn['’]t|don['’]t|doesn['’]t|never) (?:care|bother)|uninterested|useless|a joke|pathetic|rubbish|garbage|terrible|awful|horrible|horrendous|disgusting|appalling|shocking|ridiculous|incompetent|filthy|dirty|unplayable|massive|huge|rip-?off|scam|shambles|disgrace|keeps? getting worse|just ignores?|ignores? everything|(?:with|for) no (?:reason|explanation)|without (?:a word|any (?:reason|explanation)|explanation)|(?:didn['’]t|haven['’]t|hasn['’]t|not|never) even|(?:is|are|['’]s|['’]re) always (?:late|broken|down|closed|dirty|wrong|out|cancelled|full|busy|empty|cold|delayed|faulty|out of order|overcrowded|crowded|packed)|there['’]s never|never (?:any )?staff)\b/i;


// What they were promised or told, first, with its outcome after "but" or "and": "I'm sorry you
// were promised a discount, and that hasn't happened" is sorry for the promise.
const PROMISE_FIRST = new PrimedOnTest(/^(?:to hear )?you (?:were|have been|['’]ve been) (?:promised|told|assured|advised)\b.*?(?:\bbut\b|\band\b)/i);
const UNHAPPENED_TAIL = new PrimedOnTest(/,? and that (?:hasn['’]t|has not|didn['’]t|never) happened\b/i);
// Their own act first, with what went wrong after "but": "you signed up for the offer but you've
// been charged" is sorry that they signed up.
const OWN_ACT_BUT = new PrimedOnTest(/^you (?:signed up|ordered|bought|paid|booked|asked|applied|sent|transferred|registered|subscribed|set up|made|placed|submitted|uploaded|deposited|returned|renewed|upgraded|switched|topped up)\b[^,]*?,?\s+but\b/i);

// A present state with a stretch of time, which takes the perfect: "your internet is very slow for
// 3 days" ("has been…"); the clause is left to the fallback rather than guessed.
const PRESENT_FOR_SPAN = /\b(?:is|are|['’]re)\s+(?:still\s+)?(?:very\s+|so\s+|really\s+)?(?:slow|down|broken|off|out|closed|cold|dead|missing|stuck|late|frozen|blocked|locked|unusable|empty)\b[^,;]*?\bfor (?:\d+|a|two|three|four|five|six|seven|several) (?:hours?|days?|weeks?|months?|years?)\b/i;

// Blame the customer puts on us, said as the cause: "because we never read the meter", "because
// our servers lagged the final".
const OUR_FAULT_CAUSE = /\b(?:because|when|as|since) (?:we (?:never|didn['’]t|couldn['’]t|failed|forgot|lost|messed)|our [\w-]+ (?:lagged|messed|screwed|broke|failed))\b/i;

// An injury on our premises said with its cause: liability is not the agent's to concede.
const INJURY_CAUSE = /\binjur\w*\b[^,;]*\b(?:because|in our|at our|on our|due to)\b/i;

// Their own clean record said as the problem: "you haven't claimed in 12 years", "you didn't change anything".
// "you have no accident", "you weren't doing anything unusual", "the carpets were fine when you left":
// their record or their case, said beside the problem.
const CLEAN_RECORD = /^(?:to hear )?you (?:have|had|['’]ve had|['’]ve got|have got) (?:no|zero|never had (?:a|an|any)) (?:accidents?|claims?|points|convictions|debts?|arrears|missed payments|complaints)\b|^(?:to hear )?you (?:weren['’]t|were not|wasn['’]t) doing anything\b|^(?:to hear )?you (?:did nothing|didn['’]t do anything|haven['’]t done anything|have done nothing) wrong\b/i;
// "the guarantee should cover a peeling coating": what they hold our terms owe them, said as fact.
const SHOULD_COVER = /\bshould (?:cover|include|be covered|be included|be free|apply|entitle)\b/i;
// "'we tried to deliver' no you didn't": their retort to a quoted message, which in the agent's voice turns on us.
const QUOTE_FIRST = /^(?:to hear )?['‘"“][^'‘’"“”]+['’"”]\s+\S/;
// "…delayed 6 hours and when you got to our counter at 1 a.m.": a "when" that its main clause was cut from.
// (One verb after "when" is its own; a second would be the main clause: "…and when you called nobody answered".)
const VERBS_LIKE = new RegExp(VERB_LIKE.source, 'gi');
const CUT_SUBORDINATE = new PrimedOnUse(/(?:,|\band)\s+(?:when|once|as soon as|by the time)\s+([^,]*)$/i);
function cutSubordinate(clause: string): boolean {
  const m = CUT_SUBORDINATE.exec(clause);
  return m !== null && (m[1]!.match(VERBS_LIKE) ?? []).length <= 1;
}
const WAS_FINE = /^(?:to hear )?(?:the|your) (?:[\w'’-]+ ){0,3}?(?:was|were|is|are) (?:perfectly |absolutely |totally |completely )?(?:fine|ok|okay|perfect|spotless|undamaged|in (?:good|perfect|great|working) (?:condition|order|working order))\b(?!.*\b(?:but|yet|and|until)\b)/i;
// "half of invoices is gone": a share of a bare plural.
const HALF_OF_BARE = /\b(?:half|most|some|all|none|many) of (?!(?:the|your|our|my|them|it|this|that|these|those|us|you|which|whom)\b)[a-z]+s\b/i;
// What someone said of them, in quotes: "told you you were 'too fat for the class'". An echo of the insult.
const QUOTED_ABOUT_THEM = /\b(?:told|called) you (?:that )?(?:you(?:['’]re| are| were| was| looked| seemed)\s+)?(?:\w+\s+)?['‘"“]/i;
const OWN_INNOCENCE = /^you (?:haven['’]t|have not|didn['’]t|did not|never|had never|hadn['’]t) (?:claim(?:ed)?|change[ds]?|touch(?:ed)?|used?|done|do|move[ds]?|alter(?:ed)?|install(?:ed)?|click(?:ed)?|share[ds]?|made a claim|make a claim|had a claim|missed a payment|miss a payment)\b(?!.*\b(?:and|but|yet)\b)/i;

// "this" with nothing after it to name: "you've had to raise this twice on chat"; and being told
// with nothing said of what: "nobody ever told you".
const BARE_THIS = /\b(?:this|these)(?=$|[,;]|\s+(?:twice|again|once|three|four|five|on|with|to|for|before|now|up|in|at|since|and|but|is|was|has|had|keeps?)\b)/i;
const TOLD_NOTHING = /^(?:no one|nobody|no-one)(?: ever| has| had| has ever|['’]s)? (?:told|informed|warned|updated) you$/i;

// A preposition left off after a verb that needs one: "VAS you never subscribed", "a night you never stayed".
const NO_PREPOSITION = /\b(?:VAS|service|night|plan|subscription|contract|offer|fee|charge|package|bundle|pack|add-on|trial|room|hotel|membership|newsletter|insurance|policy)s? (?:that |which )?you (?:never|didn['’]t|did not|haven['’]t) (?:subscribed|stayed|signed up|agreed|asked|applied|registered|opted)(?=$|,|\s+(?:and|but|as|because|so)\b)/i;
// "if no permit by August": a condition with no verb; "got 7-day mute": a sanction with no article.
const VERBLESS_CONDITION = /\b(?:if|unless|until|when) no [a-z]+(?: [a-z]+)? (?:by|before|until|in|within)\b/i;
const BARE_SANCTION = /\b(?:got|get|given|received|gave)\s+\d+[- ]?(?:day|hour|week|month|h|d)\s+(?:mute|ban|suspension|block|timeout)\b/i;
// A one-off act of ours told in the present: "we send you another bill for May".
const OUR_PRESENT_ACT = /^we (?:send|charge|bill|cancel|block|close|take|refuse|lose|give)\b(?=.*\b(?:another|again|twice|yesterday|ago|last)\b)/i;

// Where they are, or a date they named before, said from their side: "there's no club of ours here"
// (the agent's "here" is somewhere else), "you were not at our clinic on this date".
// ("here" anywhere is their place: "it's not here", "you've lived here 30 years", "waiting on here".)
const THEIR_HERE = /\b(?:no|none|not any|nothing)\b[^,;]*\b(?:here|round here|around here)\b|\bon (?:this|that) date\b|\bhere\b/i;

// "charged $49 anyway in July", "…gone down instead": said against something left behind.
const AFTER_ALL = /\b(?:anyway|regardless|instead|either)\b(?! of\b)/i;
// Words that point back at what they said before: "you lost a draft each time", "you can't access the old one".
const POINTS_BACK = /\b(?:each|every) time$|\bthe (?:old|new|other|same) one$/i;
// Someone else's thing, and "it" for a place they named before: "a car's lost a tyre in it" (the pothole).
const IT_ELSEWHERE = /^an? [\w-]+(?:['’]s)?\s.*\b(?:in|into|on|onto) it$/i;

// What we said or say, as the problem: "we say your warranty expired", "we've told you your
// forecast is £156 a week". The same as a record's word (below), in our voice.
const OUR_WORD = /^we(?:['’]ve| have)? (?:say|said|told you|claim|claimed|insist|insisted)\s+(?:that\s+)?(?=(?:you|your|there|it|the)\b)(?!.*\b(?:and|but|yet|even though|although|though)\b)/i;
// What we ask of them, from their "why do you need…?": "we need your proof of address".
const OUR_DEMAND = /^we (?:need|require|want|ask for|insist on|expect)\b/i;

// Someone's word, or a record's, as the whole problem: "our letter says you owe £312", "the
// engineer says there's no cable". After "I'm sorry" it apologises for the saying and leaves open
// whether it is true, which is what the customer disputes. A status ("says cancelled") and an
// outcome after "but" or "and" ("…said you got the skin, but it's not there") are the problem itself.
const HEARSAY = /^(?:our|the|your|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:still\s+|now\s+)?(?:says|said|claims|claimed|insists|insisted|keeps? saying|keeps? telling you)\s+(?:that\s+|['‘"“][^'‘’"“”]{1,40}['’"”]\s+(?:that\s+)?)?(?=(?:you|your|we|our|there|it|he|she|they|the|this|nothing|no)\b)(?!.*\b(?:and|but|yet|even though|although|though)\b)/i;
// …or given as the cause: "refused because we say your train was only 12 minutes late".
const HEARSAY_CAUSE = /\bbecause (?:we|our [\w-]+|your [\w-]+(?: [\w-]+)?|the [\w-]+(?: [\w-]+)?) (?:says?|said|claims?)\b/i;

// The customer's own act given as the cause: "the hotel gave away your room because you arrived
// late", "your direct debit failed because you changed banks" reads as blaming them. Being ill or
// in hospital is not an act.
const THEIR_CAUSE = /\bbecause you(?!(?:\s+were|['’]re|\s+are|['’]d been|\s+had been|['’]ve been|\s+have been)\s+(?:in hospital|ill|sick|unwell|abroad|away|on holiday|in labour|grieving|bereaved)\b)(?=\s|['’])/i;

// Nobody did something, with nothing said of what: "no one has come", "nobody has rung".
const NOBODY_SHORT = /^(?:no one|nobody|no-one)(?:['’]s)?(?:\s+(?!(?:your|the|a|an|our|my)\b)[\w'’]+){0,3}$/i;

// Their doubt, not a problem: "you're not sure what's going on with your account".
const UNSURE = /^you(?:['’]re| are) not sure\b/i;

// "you're 24 and was refused": the verb after "and" does not agree with "you".
const YOU_AND_WAS = new PrimedOnTest(/^(?:to hear )?you(?:['’]re| are)\s+[\w-]+(?:\s+[\w-]+)?\s+and was\b/i);

// A subject with no determiner, as chat and notes write it: "SSL cert expired", "UPI payment failed".
const NOTE_SUBJECT = /^(?!(?:you|your|our|the|to|there|we|a|an|it|its|every|each|no|nobody|someone|my|this|that|these|those|he|she|they|his|her|their|one|all|some|any|both|several|many|most)\b)[\p{L}-]+\s+[\p{L}-]+\s+(?:[a-z]+ed|is|was|has|keeps?|won['’]t|can['’]t|isn['’]t|doesn['’]t)\b/u;

// Their clean record said beside the problem: "…up by £300 at renewal and you've had no claims".
const RECORD_BESIDE = /\b(?:and|but|though|although|even though) you(?:['’]ve| have)? (?:had|made) no claims?\b|\b(?:and|but) you(?:['’]ve| have)? never (?:had|made) a claim\b/i;

// Their verdict, said as fact: "our denial of your claim is wrong", "the letting fee is illegal",
// "the parking fine is unfair". ("your bill is wrong" is their account of a fault, heard.)
const VERDICT_ON_OURS = /\b(?:our|we|us|decision|refusal|denial|rejection|assessment|valuation|ruling|verdict)\b.*\b(?:is|are|was|were)\s+(?:(?:clearly|completely|totally|simply|just)\s+)?(?:wrong|incorrect)\b|\b(?:is|are|was|were)\s+(?:(?:clearly|completely|totally|simply|just)\s+)?(?:illegal|unlawful|unfair|invalid|discriminatory|a scam|a rip-?off|against the law|a breach)\b/i;
// Their stance, not a problem: "you're still not clear", "you do not accept this offer", "you simply asked why…".
const STANCE = /^(?:to hear )?you(?:['’]re| are)(?: still)? not (?:clear|sure|happy|satisfied|convinced)\b|^(?:to hear )?you (?:do not|don['’]t|did not|didn['’]t) (?:accept|agree|understand|want)\b|^(?:to hear )?you (?:simply|just|only) (?:asked|wanted|want|need)\b|^(?:to hear )?you(?:['’]re| are)(?: still)? (?:unhappy|not happy|dissatisfied|disappointed) with\b/i;
// A fault they name as ours, in our voice: "our outage cost you a day of sales", "our mistake".
const OUR_NAMED_FAULT = /\bour (?:[\w-]+ )?(?:outage|mistake|error|fault|failure|negligence|incompetence|blunder|screw-?up|mess-?up|bug|glitch)s?\b/i;
// Their own act after "so", as if it were the trouble: "your father fell ill, so you cancelled".
const SO_THEY_DID = /,? so (?:you|we) (?:had to |then |just )?[a-z]+ed\b/i;
// A second sentence carried in ("…on Hawthorn Ave. Rats now."): one sentence is filled in.
// (After a grade or a letter, "she got an A. you'd like…", the next sentence opens on a pronoun said in our voice.)
const SECOND_SENTENCE = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|St|Mt|Prof|No|vs|etc|Jr|Sr|Inc|Ltd|Co|[A-Z]))(?<=[a-z\d)])[.!?]\s+\p{Lu}|(?<=\b(?:an?|grade|got|the letter) [A-Z])\.\s+(?:you|your|we|our|they|it|i)\b/u;
// Where they live or what they are, first, as if it were the trouble: "you rent your flat and…",
// "you live alone in a flat and have never used…".
// …and who they are ("you're disabled and can't get to the depot"): after "I'm sorry" it reads as pity for it.
const CIRCUMSTANCE_FIRST = /^(?:to hear )?you(?: (?:rent|live|own|work from home|work nights|are an? (?!bit\b|little\b|lot\b))|['’]re an? (?!bit\b|little\b|lot\b)|(?: are|['’]re) (?:disabled|blind|deaf|partially sighted|elderly|pregnant|housebound|vulnerable|diabetic|autistic|retired|unemployed|in a wheelchair|on benefits|\d+ years old)\b|(?: are|['’]re) (?:\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?) (?:past|over|outside|after|beyond)\b)/i;
// Their case that it was less: "the rust is only on the exhaust", "the flight was only 12 minutes late".
const ONLY_THIS = /\b(?:is|are|was|were) only (?:on|in|at|a|an|one|\d|[£$€]\d|by|for|there)\b/i;
// Being told, with what they were told cut away: "you've been told four times".
const TOLD_CUT = /\b(?:told|assured|promised|informed|advised)(?: (?:that|this|so))?(?: (?:\w+ )?(?:times|twice|again|repeatedly))?(?: now| already)?$/i;
// What it cost them after the fact, said alone: "you've had no warning", "the money is gone from your card".
const AFTERMATH_ONLY = /^(?:to hear )?(?:you(?:['’]ve| have)? had no (?:warning|notice|explanation|reply|answer|letter|email)|(?:the|your) money (?:is|has) (?:gone|been taken|left)\b)/i;

/** As MAX_CLAUSE in issue.ts: longer, a ready sentence reads as a pasted paragraph. */
// What a blind reader would not send (issue 16 §3), by class:
// A cause of ours given for their loss or sanction ("fined because the machine was broken", "the
// update made the game crash", "overcharged according to our own app", "so packed you couldn't get
// off"): the problem alone can be said, its cause is ours to establish.
const CAUSE_OURS = /\bbecause (?:the|our|an?) [^,;]{0,60}?\b(?:was|were|is|are|had been|has been) (?:broken|down|faulty|out of order|closed|full|wrong|not working)\b|\bbecause (?:the|our) (?:[\w'’-]+ ){0,2}?(?:pushed|forced|made|told|failed|refused|crashed|lost)\b|\bbecause (?:the )?[\w-]+ (?:['‘"“]?failed)\b|\bmade (?:the|your) (?:[\w'’-]+ ){0,2}?(?:crash|fail|freeze|stop|break|close)\b|\baccording to (?:our|the company['’]s) own\b|\b(?:was|were) so (?:packed|full|busy|crowded|late|slow) (?:that )?(?:you|they|he|she)\b/i;
// Someone of ours doing a wrong to them or theirs: "threw away your retainer", "took your deposit",
// "left sitting at the gate for hours".
const WRONG_DONE = /\b(?:threw (?:away|out) your|took your (?:deposit|money|bag|things|belongings|keys?|card|phone|passport)|pushed you)\b|\b(?:was|were) left (?:sitting|standing|waiting|stranded|alone|stuck|in a wheelchair|without|with no)\b/i;
// What they offer as evidence or as their own record, kept instead of the problem: "there is no
// Tom at your address", "you've never been rude to a driver", "you have restarted 5 times", a
// reason they give ("you stopped paying income tax"), a guess ("there must be a leak").
const THEIR_EVIDENCE = /^there(?: is|['’]s| are) no (?:[\w'’-]+ ){1,3}?(?:at|on|in) your\b|^you(?:['’]ve| have)? (?:never|not) been (?:rude|late|abusive|aggressive|warned)\b|^you(?:['’]ve| have)? (?:restarted|rebooted|reset|reinstalled|cleared|tried|checked|turned)\b(?!.*\b(?:and|but)\b)|^you stopped (?:paying|living|working)\b|\b(?:must|might|may) be (?:a|an|the|something)\b/i;
// Where they are and what is near them, said as the trouble: "there's no branch anywhere near you"
// (they have moved; the notice fee is the trouble), "there is no gym there". What someone they work
// for did: "you got paid a day late by your employer" is their reason for the fee, not a fault to be sorry for.
const THEIR_SETTING = /^there(?: is|['’]s| are) no (?:[\w'’-]+ ){0,2}?(?:gym|gyms|branch|branches|store|stores|shop|shops|club|clubs|office|offices|centre|center|location|locations|outlet|outlets|depot|pharmacy|clinic|site)\b(?: [\w'’-]+){0,2}? (?:there|here|nearby|near (?:you|your)|anywhere near|close to (?:you|your)|in (?:your|the|that) (?:area|town|city|village|country))\b|\b(?:by|from) your (?:employer|boss|workplace|payroll|company)\b|^your (?:employer|boss|payroll)\b/i;
// Their account of downtime where they ask for money for it: "the servers have been down every
// weekend" beside "I want a service credit" is the ground of their claim, which said by us is granted.
const DOWNTIME = new PrimedOnTest(/\b(?:down|offline|outages?|downtime|went down|crashed|unavailable)\b/i);
const MONEY_ASKED = new PrimedOnTest(/\b(?:compensat\w*|service credits?|SLA|credit|refund\w*|money back|reimburs\w*|backdat\w*)\b/i);
// An overcharge that has run for a stretch ("overcharged £15 a month since January", "have overpaid
// for 2 years"): their verdict on our billing over time, for us to check before it is said.
const OVERCHARGED_OVER_TIME = /\b(?:overcharg\w*|overpa(?:id|ying|y)|over-?billed|charged too much|paid too much)\b(?=.*\b(?:since|for (?:\d+|a|an|two|three|four|five|six|several|many|the (?:last|past)) (?:\w+ )?(?:days?|weeks?|months?|years?|bills?)|every (?:month|week|year|bill)|a (?:month|week|year)|per (?:month|year))\b)/i;
// Sorry said for their life or their good news, which reads wrong: "you've been offered a job",
// "you're on a prepayment meter and can't afford…", "you've been made redundant", "you failed…",
// "you could have ended up in hospital", "you've been signed off with stress".
const THEIR_LIFE = /\b(?:been|were|was) offered a (?:job|place|position|role)\b|\bcan['’]?t afford\b|\bmade redundant\b|^(?:to hear )?you failed\b|\bcould have (?:ended up|died|been)\b|\bsigned off (?:with|sick)\b|^(?:to hear )?you(?:['’]re| are) stuck in a\b/i;
// The customer's own grammar carried over: a count of times with a present progressive ("you are
// calling 4 times"), "have stopped …ing since", a base verb after a named subject ("your order get
// split"), "whole day" with no article, "no updates nothing", "on ticket", "opens
// invoices tab", "and to click…" after "saying".
const CARRIED_GRAMMAR = /\b(?:are|am|is|['’]re) [a-z]+ing (?:[\w'’-]+ ){0,3}?\d+ times\b|\bha(?:ve|s) stopped (?!working\b)[a-z]+ing\b[^,;]*\bsince\b|^(?:to hear )?(?:your|the) (?:(?!(?:to|can|can['’]t|will|won['’]t|would|could|did|didn['’]t|and|but|or|make|let|help|not)\b)[\w'’-]+ ){1,3}get [a-z]+(?:ed|t|n)\b|(?<!\b(?:the|a|that|this|all|every|each|one|your|our)\s)\b(?:whole|entire) (?:day|week|morning|afternoon|evening|night)\b|\bno [\w'’-]+,? nothing\b|\b(?:on|in) (?:ticket|booking|invoice|receipt|form|website|screen|page)\b(?=\s+(?:is|was|are|were|has|says|shows)\b|[,.;]|$)|\b(?:open|opens|opened|click|tap) (?!(?:the|a|an|your|our|my|this|that|their|his|her|its|any|every|each|it|them)\b)[a-z]+ (?:tab|page|screen|button|menu|section)\b|\bsaying\b[^,;]*\band to [a-z]+\b|\b(?:your|the) [a-z]+s (?:right|left) side\b/i;
// A subordinate cut to a word or two with no verb: "closed at 7pm even though Google".
const CUT_CONTRAST = /\b(?:even though|although|though|whereas)\s+(?!(?:you|we|it|they|he|she|i|there)\b)[\w'’-]+(?:\s+[\w'’-]+)?$/i;
// Their argument beside the problem: "…was full, even though the app said you had a spot".
const THEIR_ARGUMENT = /,? even though (?:the|our|your) (?:[\w'’-]+ ){0,2}?(?:said|says|showed|shows|confirmed|told)\b/i;

const LONGEST = 150;

/** A sign that the clause will not read as the agent's own words, and the reason it names. */
interface Doubt {
  why: string;
  /** `l` is the clause in lower case with straight apostrophes; `customer` the message it came from. */
  holds(clause: string, l: string, customer: string): boolean;
}
const when = (why: string, ...signs: RegExp[]): Doubt => {
  const primedSigns = signs.map((sign) => new PrimedOnTest(sign));
  return { why, holds: (clause) => primedSigns.some((sign) => sign.test(clause)) };
};

function bareNoun(clause: string): boolean {
  const bare = BARE_NOUN.exec(clause);
  return bare !== null && !BARE_NOUN_IDIOM.test(clause.slice(0, bare.index + bare[0].length).split(' ').slice(-2).join(' '));
}

function disagrees(l: string): boolean {
  const agree = AGREEMENT.exec(l);
  return agree !== null && !PLURAL_OR_MASS.test(agree[1]!) && !agree[0].split(/\s+/).slice(1, -2).some((w) => NOT_IN_SUBJECT.has(w) || /(?:ed|n't)$/.test(w));
}

// Their quotes: `QUOTED_PHRASE` over the customer message, with the phrase inside.
const quotesOf = (customer: string) => (/['‘"“]/.test(customer) ? [...customer.matchAll(QUOTED_PHRASE)] : []);

// Cut inside their quote: "…no access' at 14:12" keeps its closing mark and not its opening one.
function cutQuote(clause: string, _l: string, customer: string): boolean {
  return quotesOf(customer).some((m) => {
    const inner = m[1]!.trim();
    const last = inner.slice(inner.lastIndexOf(' ') + 1);
    return inner.includes(' ') && clause.includes(`${last}${m[0].at(-1)}`) && !clause.includes(`${m[0][0]}${inner.split(' ')[0]!}`);
  });
}

// A reason they put in quotes, disputing it ("banned for 'toxic chat'"), said back without them.
function quotedReasonAsFact(_clause: string, l: string, customer: string): boolean {
  return quotesOf(customer).some((m) => {
    const quoted = lower(m[1]!).trim();
    const at = l.indexOf(quoted);
    if (at <= 0 || l.includes(`'${quoted}'`) || FEE_NAME.test(quoted)) return false;
    const lead = l.slice(Math.max(0, at - 60), at);
    return SANCTION.test(lead) || REASON_BEFORE.test(lead);
  });
}

// "banned for cheating" where they wrote "I NEVER cheated": the reason is theirs to dispute.
function disputedSanction(l: string, customer: string): boolean {
  const reason = SANCTION_FOR.exec(l);
  return reason !== null && new RegExp(`\\b(?:never|not|n't|didn't|did not|wasn't|haven't)\\s+(?:\\w+\\s+)?${reason[1]!.slice(0, 5)}`, 'i').test(lower(customer));
}

/**
 * The signs, in the order their reason is reported (any one is enough for the fallback): form
 * first (length, texting, pronouns, grammar), then focus and echo.
 */
const DOUBTS: readonly Doubt[] = [
  { why: 'long', holds: (clause) => clause.length > LONGEST },
  when('texting', TEXTING, TEXTING_LETTER),
  when('tone', LOADED),
  { why: 'leans back', holds: (clause) => LEANING_OPENING.test(clause) && !DUMMY_IT.test(clause) },
  { why: 'pronoun', holds: unanchoredPerson },
  { why: 'pronoun: it', holds: unanchoredObject },
  when('dangling', DANGLING),
  { why: 'dangling', holds: leftBehind },
  when('grammar: word order', BROKEN_ORDER, YOU_ARE_NOTHING),
  when('echo: our refusal', OUR_REFUSAL, OUR_REFUSAL_JOINED),
  when('echo: our demand', OUR_DEMAND),
  when('vague', VAGUE_LACK, VAGUE_REFUSAL, /^you(?:['’]ve| have)? got nothing$/i, UNSURE),
  { why: 'pronoun: they', holds: unanchoredThey },
  when('count without unit', AMOUNT_NO_CURRENCY),
  when('bereavement joined', BEREAVEMENT_AND),
  when('count without noun', BARE_COUNT),
  when('count without its point', COUNT_ALONE),
  when('grammar: unit', SINGULAR_UNIT),
  { why: 'grammar: bare noun', holds: bareNoun },
  when('grammar: bare subject', BARE_SUBJECT, NOTE_SUBJECT),
  when('grammar: bare noun', BARE_FEE),
  { why: 'grammar: fragment', holds: (clause) => AND_NO_TAIL.test(clause) || verblessAndPart(clause) },
  { why: 'grammar: agreement', holds: (clause, l) => disagrees(l) || YOU_AND_WAS.test(clause) },
  when('grammar: tense', PRESENT_FOR_PAST, PRESENT_WITH_PAST_TIME),
  { why: 'grammar: fragment', holds: fragmentAfterComma },
  when('grammar: says fragment', SAYS_FRAGMENT),
  {
    why: 'focus: told only',
    holds: (clause) => TOLD_ONLY.test(clause) && !TOLD_OUTCOME.test(clause.replace(/^.*?\b(?:told|assured|advised|informed|promised|supposed to|meant to|due to)\b/i, '')),
  },
  when('echo: put-down', PUT_DOWN),
  when('leans back', POINTS_BACK, IT_ELSEWHERE, THEIR_HERE, AFTER_ALL),
  {
    why: 'focus: promise or act first',
    holds: (clause) => UNHAPPENED_TAIL.test(clause) || PROMISE_FIRST.test(clause.replace(/['‘"“][^'‘’"“”]*['’"”](?![A-Za-z])/g, ' ')) || OWN_ACT_BUT.test(clause),
  },
  when('grammar: tense', PRESENT_FOR_SPAN),
  { why: 'focus: their contact', holds: (clause) => CONTACT_ACT.test(clause) && !CONTACT_OUTCOME.test(clause) },
  {
    why: 'focus: consequence',
    holds: (clause) =>
      (CONSEQUENCE.test(clause) && !CAUSE_GIVEN.test(clause.replace(/^.*?\b(?:work|pay|afford|sleep|go|get to|take|trade|cook|shower|wash|travel|eat|study|train|finish|play|drive|leave|open)\b/i, ''))) ||
      (LOSS.test(clause) && !/\b(?:because|after|when|due to|as|since)\b/i.test(clause)),
  },
  { why: 'echo: accusation', holds: (clause) => OUR_PEOPLE.test(clause) && ACCUSATION.test(clause) },
  when('echo: hearsay', HEARSAY, HEARSAY_CAUSE, OUR_WORD),
  when('focus: their cause', THEIR_CAUSE),
  when('echo: their case', THEIR_CASE),
  when('echo: our fault', OUR_FAULT_CAUSE, INJURY_CAUSE),
  when('focus: their record', OWN_INNOCENCE, RECORD_BESIDE, CLEAN_RECORD),
  when('focus: their case', WAS_FINE),
  when('echo: their case', SHOULD_COVER),
  when('grammar: quote first', QUOTE_FIRST),
  { why: 'grammar: fragment', holds: cutSubordinate },
  when('grammar: bare noun', HALF_OF_BARE),
  when('echo: put-down', QUOTED_ABOUT_THEM),
  when('leans back', BARE_THIS, TOLD_NOTHING, NOBODY_SHORT),
  when('grammar: preposition', NO_PREPOSITION),
  when('grammar: fragment', VERBLESS_CONDITION),
  when('grammar: bare noun', BARE_SANCTION),
  when('grammar: tense', OUR_PRESENT_ACT),
  { why: 'grammar: tense', holds: tenseBeforeSince },
  when('echo: verdict on ours', VERDICT_ON_OURS),
  when('focus: their stance', STANCE),
  when('focus: their circumstance', CIRCUMSTANCE_FIRST, ONLY_THIS),
  when('dangling', TOLD_CUT),
  when('focus: aftermath', AFTERMATH_ONLY),
  when('echo: our fault', OUR_NAMED_FAULT),
  when('focus: their act', SO_THEY_DID),
  when('grammar: two sentences', SECOND_SENTENCE),
  { why: 'cut quote', holds: cutQuote },
  { why: 'echo: disputed reason', holds: quotedReasonAsFact },
  { why: 'echo: disputed reason', holds: (_clause, l, customer) => disputedSanction(l, customer) },
  when('echo: our fault', CAUSE_OURS, WRONG_DONE),
  when('focus: their evidence', THEIR_EVIDENCE),
  when('focus: their circumstance', THEIR_SETTING),
  { why: 'echo: their claim', holds: (clause, _l, customer) => DOWNTIME.test(clause) && MONEY_ASKED.test(customer) },
  when('echo: their claim', OVERCHARGED_OVER_TIME),
  when('tone: their life', THEIR_LIFE),
  when('grammar: carried over', CARRIED_GRAMMAR),
  when('grammar: fragment', CUT_CONTRAST),
  when('echo: their case', THEIR_ARGUMENT),
];

// ---------------------------------------------------------------------------------------------
// Their case, beside the trouble

// What the customer adds to the trouble to make their case: a cause ("…because the check-in queue
// was an hour long"), a lack ("…without a clear reason"), a second grievance or a contrast ("…and
// you're still paying full price", "…even though"), their own act or innocence ("…a delivery pass
// you cancelled", "…a number you've never called"), a shortfall ("…not matching its description").
// A consequence joined by a bare "and" ("your flight was cancelled and you missed the wedding") is
// the trouble still; "and then you were charged", "and you're still paying" add a grievance.
// "A penalty for not registering" is the sanction's name, not their case; "without broadband for
// 19 days" is the trouble itself (a thing they are without, not a reason or a say they were denied).
const THEIR_CASE_BESIDE = new PrimedOnTest(
  /\b(?:because|even|although|though|yet|whereas|but)\b|\band (?:then|now|still|yet|also)\b|\band you(?:['’]re| are) still\b|\bwithout (?:[a-z]+ing\b|(?:a |any |prior |proper |your |my |our |their |the )?(?:[a-z]+ )?(?:reason|explanation|notice|warning|permission|consent|knowledge|authori[sz]ation|agreement|say)\b)|\byou(?:['’]ve| have| had|['’]d)? (?:never|not|didn['’]t|did not|already|cancell?ed|paid|returned|only)\b|(?<!\bfor )\bnot [a-z]+ing\b/i,
);

/**
 * Whether the clause says more than the trouble: the customer's case for it too. Beside a reply
 * that has not granted that case (it refuses, disputes, is still checking, asks for details),
 * an apology that says it back concedes it; blind readers called it a concession or a
 * contradiction in 14 of 19 such sentences on tune half a, where the trouble alone would pass.
 */
export const carriesTheirCase = (clause: string): boolean => THEIR_CASE_BESIDE.test(clause);

/**
 * What keeps the clause from being sent as is, or '' when it can be. `customer` is the message it
 * was taken from (for the words they put in quotes).
 */
export function doubt(clause: string, customer: string): string {
  const l = lower(clause);
  return DOUBTS.find((d) => d.holds(clause, l, customer))?.why ?? '';
}

// ---------------------------------------------------------------------------------------------
// What the reply itself says of the same thing

// Words too common to tell two sentences are about the same thing.
const COMMON = words(
  "the a an this that these those there it its my our your his her their you we me us them they he she to of for in on at by with from and or but not no is are was were be been being has have had do does did can could will would should may might must just still now again also only even after before when while since about into over than then so very really sorry hear don't didn't can't won't isn't wasn't haven't hasn't doesn't get got getting one what which who how why where all any some more most other time times day days week weeks month months year years thank thanks come came coming back told tell said says give gave make made take took going want need know help look sure today tomorrow yesterday please here like",
);
// What a reply says of a thing that leaves no room for "I'm sorry <it>" in the customer's words:
// it holds the thing right ("the penalty is upheld", "fits correctly when applied properly"), it
// is still checking it ("I'm checking with our network team", "we'll look into your missing
// pack"), or it has said sorry for it already ("I'm sorry for the disruption each failure caused").
// A plain "no"/"can't" is left out: a refusal of what they ask ("no extensions", "appeals after the
// deadline can't be accepted") still reads well under sympathy for the trouble (blind readers).
const ITS_SAY = new PrimedOnTest(/\b(?:correct|correctly|accurate|accurately|upheld|uphold|upholds|stands|final|properly|as (?:it )?should|as expected|normally|checking|look(?:ing)? into|investigat[a-z]*|sorry|apologi[sz][a-z]*)\b/i);

/** A word's stand-in for matching: its first five letters ("penalty" ~ "penalties"), a figure without its currency. */
function token(word: string): string {
  return /^[£$€\d]/.test(word) ? word.replace(/[£$€,]/g, '').replace(/\.$/, '') : word.slice(0, 5);
}

/** The words that say what a sentence is about: not common ones, not short ones (figures kept). */
function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[£$€]?\d[\d.,]*|[a-z][a-z'’-]+/g) ?? []) {
    if (COMMON.has(w.replace(/’/g, "'")) || (w.length < 4 && !/^[£$€\d]/.test(w))) continue;
    out.add(token(w));
  }
  return out;
}

/** Whether two sets of topic words name the same thing: two words shared, or one figure. */
function sameThing(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) {
    if (!b.has(w)) continue;
    if (/^\d./.test(w)) return true;
    shared += 1;
  }
  return shared >= 2;
}

// The trouble is our not answering them ("you still haven't heard back", "you've waited nine days
// for a reply"), and the reply says sorry for its slow answer in its own words ("sorry for the late
// reply", "apologies for the delay"): the fill says the same sorry twice (readers: repeats, 4 of 4).
// A wait for the thing itself ("still waiting on the payout") is not our answer: sorry for a slow
// reply beside it reads fine.
const OUR_SILENCE = new PrimedOnTest(/\b(?:heard back|hear back|heard nothing|heard anything|(?:a|any|no) (?:reply|response|answer)|an (?:update|answer))\b/i);
const SORRY_FOR_OUR_SILENCE = new PrimedOnTest(/\b(?:sorry|apologi[sz]e|apologies)\b[^.!?\n]*\b(?:delay(?:ed)?|wait(?:ing)?|late|slow|response|reply|getting back|back to you|kept you)\b/i);

/**
 * Whether the reply has its own say on the thing the clause names: a sentence of it that is about
 * the same thing holds it right, is still checking it, or apologises for it already. An "I'm sorry
 * <clause>" above it contradicts, concedes or repeats the reply; blind readers turned down 12 of 13
 * such fills on tune half a (penalty upheld, records still being checked, sorry said below).
 * Quoted lines (">") are the customer's words, not the reply's.
 */
export function replyHasItsSay(reply: string, clause: string): boolean {
  if (OUR_SILENCE.test(clause) && SORRY_FOR_OUR_SILENCE.test(reply)) return true;
  const topic = topicWords(clause);
  if (topic.size === 0) return false;
  for (const sentence of reply.split(/(?<=[.!?])\s+|\n+/)) {
    if (/^\s*>/.test(sentence) || !ITS_SAY.test(sentence)) continue;
    if (sameThing(topic, topicWords(sentence))) return true;
  }
  return false;
}
