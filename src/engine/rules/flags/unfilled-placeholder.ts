// `unfilled-placeholder` (RULES.md, *Added rules*, kind `flag`). Patterns use the rule language of
// ../../pattern.ts over canonical text, which keeps brackets, braces, angle brackets, '%', '_'
// and '|' as typed (only case, quotes, spaces and contractions change), so a template token is
// visible as it is; the brackets themselves are escaped here (`\\[`, `\\{`), since the rule
// language reads `[` as a class and `{name}` as a macro.
//
// One frame per kind of template token: helpdesk merge fields ({{ticket.requester.first_name}},
// {customer_name}, %FIRST_NAME%, *|FNAME|*), a gap in brackets ([NAME], [insert date], <name>),
// a run of X or a date mask (XXX, XX/XX, £XX.XX, DD/MM/YYYY), and a bare "INSERT NAME".
import type { FlagCheckInput, FlagRuleData } from '../types';
import { shownFirstName } from './wrong-name';

/** What a bracketed gap may hold: a few words (letters first), as a template writer names a slot. */
const SLOT = "[a-z][a-z0-9_.'/&# -]{0,40}";

/** Bracketed words that are not gaps: editorial marks, redactions, tags of a forwarded subject line. */
const NOT_A_GAP =
  '(?:sic|sic!|sp|redacted|removed|edited|emphasis (?:added|mine|ours)|my emphasis|translated|translation|external|ext|sent|fwd?|re|ps|cc|bcc|attachment|image|photo|video|gif|link removed|deleted|laughs|sighs|inaudible|sound|music|applause|optional|required|beta|new|updated|deprecated|solved|resolved|closed|urgent|important|action required|info|note|update|edit|internal|draft|test|spam|eof|end|tl;?dr)';

/** A button or menu named in brackets, as help text does: "click [Save]", "Settings > [Account]", "the [Export] tab". */
const NOT_UI = '(?<!(?:click|tap|press|select|choose|hit|toggle|tick|untick|check|uncheck|>|→|»)(?: on| the)? )';
const NOT_UI_AFTER = '(?! (?:button|tab|menu|option|link|icon|toggle|checkbox|box|field|page|screen|section|panel|setting|key)s?(?![a-z0-9]))';

/** HTML tags an editor may leave in plain text: not gaps. */
const HTML_TAG =
  '(?:a|b|i|u|s|p|q|br|hr|em|li|ol|ul|dl|dt|dd|tr|td|th|h[1-6]|div|span|strong|small|big|sub|sup|pre|code|table|thead|tbody|tfoot|img|font|center|html|head|body|title|style|script|blockquote|cite|abbr|del|ins|mark|nav|main|section|article|header|footer|label|form|input|button|select|option|textarea|iframe|wbr|tt|kbd|samp|var)';

/** Nouns a template leaves to fill: "INSERT NAME", "insert date here". */
const SLOT_NOUN =
  '(?:name|first name|last name|full name|surname|date|time|day|amount|price|figure|value|number|reference|ref|link|url|address|email|details|id|code|account number|order number|case number|ticket number|agent name|customer name|company name|signature)';

/** A run of X standing for a number, a date or a code: XXX, XX/XX, XX.XX, XXXX-XXXX (not "xxxx 1234", a masked card). */
const X_RUN = 'x{2,}(?:[./:-]x{2,})*(?![./: -]?[x0-9])';

/** Date and time masks: DD/MM/YYYY, MM-DD, HH:MM. */
const DATE_PART = '(?:dd|mm|yy|yyyy|hh)';
const DATE_MASK = `${DATE_PART}(?:[./:-]${DATE_PART}){1,2}(?![./:-]?[a-z0-9])`;

/** Before a run of X that ends a line: a value it stands for (else "Thanks, Jo xx" signs off with kisses). */
const X_VALUE_BEFORE =
  '(?:[£$€#:/-] ?|(?<![a-z])(?:is|are|be|was|on|of|by|at|to|until|from|for|number|no\\.?|code|ref|reference|id|pin|amount|date|time|price|cost|total|balance|fee|refund|credit|charge) )';

/**
 * A template's slot for the customer's name, whole: "[name]", "{{ticket.requester.first_name}}",
 * "<Customer Name>", "%PATIENT_NAME%", "INSERT NAME"; not another name ("{{agent_name}}",
 * "[courier name]", "{hotel_name}") nor a salutation ("{{customer.salutation}}").
 */
const NAME_SLOT =
  /^(?:[[{<%*|]{1,3} ?(?:(?:ticket|customer|requester|contact|user|recipient|patient|player|member|client|guest)[._ ]?){0,3}(?:(?:(?:first|given)[_ ]?)?name|firstname|fname|customer|patient|player|member|guest) ?[\]}>%*|]{1,3}|insert (?:first )?name)$/i;
/** A greeting just before the slot, on its line: "Hi ", "Dear ", "@sam_k Hello " (not "Dear Mr "). */
const GREETING_BEFORE = /(?:^|\n)[ \t]*(?:@[\w.]+[ \t]+)*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))[ \t]+$/i;
/** What closes the greeting after the slot: its comma or mark, or the line's end. */
const GREETING_AFTER = /^[ \t]*(?:[,!.]|\n|$)/;
/**
 * Or the words the greeting runs on into, with no comma ("Hi [Name] thanks for waiting", "Hello
 * [customer name] - I've checked"): the slot right after a greeting word is still the name.
 */
const GREETING_RUNS_ON = /^(?:[ \t]+[-–—:][ \t]|[ \t]+\p{Ll})/u;
/** A name slot that opens its sentence as a vocative ("[NAME], I've checked your order"): at the start of the reply or a line, after any @handles. */
const VOCATIVE_OPENS_BEFORE = /(?:^|\n)[ \t]*(?:@[\w.]+[ \t]+)*$/;
const VOCATIVE_OPENS_AFTER = /^,[ \t]+\S/;
/** Between commas inside a sentence ("Thank you, [Customer Name], for your patience"). */
const VOCATIVE_INSIDE_AFTER = /^,[ \t]+\p{Ll}/u;
/** Closing a sentence with no comma before it ("Thanks for waiting [Name]!"): after a word, before the sentence's mark. */
const BARE_VOCATIVE_BEFORE = /[\p{L}][ \t]$/u;
const BARE_VOCATIVE_AFTER = /^[!.](?:[ \t]|\n|$)/;

/** The customer's name as a vocative closing a sentence ("Thanks for waiting, [name]!"): after a comma on the line, before its end. */
const VOCATIVE_BEFORE = /[\p{L}\p{N}'’)][ \t]*,[ \t]*$/u;
const VOCATIVE_AFTER = /^[ \t]*(?:[.!?]|\n|$)/;

/** A greeting that reads whole with "there" after it ("Hi there,"); not "Dear there" or "Good morning there". */
const CASUAL_GREETING_BEFORE = /(?:hi|hello|hey|hiya)[ \t]+$/i;

/**
 * What takes a greeting's name slot: the customer's first name, where the page shows it; else, after a casual greeting, "there" ("Hi there,"), which is how an agent greets a customer
 * whose name they do not have.
 */
function nameInSlot(input: FlagCheckInput, start: number, end: number): string | undefined {
  const { reply } = input;
  if (!NAME_SLOT.test(reply.slice(start, end))) return undefined;
  const before = reply.slice(Math.max(0, start - 60), start);
  const first = typeof input.customerName === 'string' ? shownFirstName(input.customerName) : undefined;
  // "Have a lovely weekend, {{first_name}}!": the first name where the page shows it; with none,
  // the slot goes with its comma (a rewrite below).
  const after = reply.slice(end, end + 8);
  if (VOCATIVE_BEFORE.test(before) && VOCATIVE_AFTER.test(after) && !GREETING_BEFORE.test(before)) return first;
  // The same name, where the page shows it, as a vocative that opens its sentence, sits between
  // commas, or closes its sentence without a comma: the slot is only ever the customer's name.
  if (VOCATIVE_OPENS_BEFORE.test(before) && VOCATIVE_OPENS_AFTER.test(after)) return first;
  if (VOCATIVE_BEFORE.test(before) && VOCATIVE_INSIDE_AFTER.test(after) && !GREETING_BEFORE.test(before)) return first;
  if (BARE_VOCATIVE_BEFORE.test(before) && BARE_VOCATIVE_AFTER.test(after) && !GREETING_BEFORE.test(before)) return first ?? '';
  if (!GREETING_BEFORE.test(before) || !(GREETING_AFTER.test(after) || GREETING_RUNS_ON.test(after))) return undefined;
  return first ?? (CASUAL_GREETING_BEFORE.test(before) ? 'there' : undefined);
}

/**
 * A slot for someone the reply only needs to name by their role: "raised it with [courier name]",
 * "I've re-sent {{item_name}} to your mailbox". The role says as much as an agent can say without
 * the fact; not where it opens a sentence, which "the courier" would not read as.
 */
const ROLE_SLOT = /^[[{<]{1,2} ?(?<role>courier|carrier|item|product|hotel|event|venue)[ _]?name ?[\]}>]{1,2}$/i;
/** A sentence's start before a slot ("{{event_name}} has been cancelled"), where "The event" opens it. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?][ \t]+|\n[ \t]*)$/;

function roleInSlot(input: FlagCheckInput, start: number, end: number): string | undefined {
  const role = ROLE_SLOT.exec(input.reply.slice(start, end))?.groups?.role?.toLowerCase();
  if (!role) return undefined;
  if (/\p{Ll}[ \t]$/u.test(input.reply.slice(Math.max(0, start - 2), start))) return `the ${role}`;
  // The hotel, the event, the venue are the customer's own booking's: the sentence can open on one.
  const ownBooking = role === 'hotel' || role === 'event' || role === 'venue';
  return ownBooking && SENTENCE_OPENS_BEFORE.test(input.reply.slice(Math.max(0, start - 4), start)) ? `The ${role}` : undefined;
}

/**
 * A slot for the customer's own email address after "to" or "at" ("We'll email your bills to
 * {{email_address}}"): "your email address" is where it goes, which they know; not the address
 * named as a fact ("Your email is {{email}}").
 */
const EMAIL_SLOT = /^[[{<]{1,2} ?(?:(?:customer|requester|contact|user)[._ ]?)?(?:email|e-mail)(?:[._ ]?address)? ?[\]}>]{1,2}$/i;
const emailInSlot = (input: FlagCheckInput, start: number, end: number): string | undefined =>
  EMAIL_SLOT.test(input.reply.slice(start, end)) && /(?<![\p{L}])(?:to|at)[ \t]$/u.test(input.reply.slice(Math.max(0, start - 4), start)) ? 'your email address' : undefined;

/** A merge field or bracketed slot, as the flag reads it (canonical text, in the rule language). */
const ANY_SLOT = '(?:\\{\\{[^{}]+\\}\\}|\\{[^{}]+\\}|\\[\\[?[^\\]]+\\]\\]?|<[^<>]+>|%%?[a-z_.]+%%?|\\*\\|[a-z_]+\\|\\*|insert (?:first )?name)';
/** A slot for the customer's name, as the flag reads it: "[name]", "{{customer.first_name}}", "<Customer Name>", "%FIRST_NAME%". */
const CUSTOMER_NAME_SLOT =
  '(?:\\[ ?|\\{\\{ ?|\\{ ?|< ?|%%?)(?:(?:ticket|customer|requester|contact|user|recipient|client|guest|member|patient|player)[._ ]?){0,3}(?:(?:first|given)[._ ]?)?(?:name|firstname|fname)(?: ?\\]| ?\\}\\}| ?\\}| ?>|%%?)';
/** The agent's own name left as a slot or a run of X: "{{agent_name}} here.", "XXX here from the billing team". */
const AGENT_SLOT = '(?:\\{\\{ ?agent[._ ]?(?:first[._ ]?)?name ?\\}\\}|\\{ ?agent[._ ]?name ?\\}|\\[ ?agent(?: first)? name ?\\]|<agent name>|%agent_name%|x{2,})';

export const unfilledPlaceholder: FlagRuleData = {
  id: 'unfilled-placeholder',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Template gap left in',
  why: 'A bracket or template token left in the reply shows it was pasted and never finished.',
  better: 'Fill it in before sending.',
  examples: ['{{ticket.requester.first_name}}', '{customer_name}', '[NAME]', '<date>', '%FIRST_NAME%', 'Your reference number is XXX', 'DD/MM/YYYY'],
  patterns: [
    // Merge fields: {{ticket.requester.first_name}}, {{ name }}, {customer_name}, {{#if}}.
    '\\{\\{[^{}\\n]{1,60}\\}\\}',
    `\\{ ?${SLOT} ?\\}`,
    // %FIRST_NAME%, %%name%%, *|FNAME|*, [[name]] (mail-merge tokens).
    '%%?[a-z][a-z0-9_.]{0,40}%%?',
    '\\*\\|[a-z][a-z0-9_]{0,40}\\|\\*',
    `\\[\\[ ?${SLOT} ?\\]\\]`,
    // A gap in square brackets: [NAME], [insert date], [X], £[amount]; not a Markdown link
    // ("[text](url)", "[text][1]"), "[sic]" or another editorial mark.
    `${NOT_UI}\\[ ?(?!${NOT_A_GAP} ?\\])${SLOT}(?<! )\\](?! ?[([])${NOT_UI_AFTER}`,
    // A gap in angle brackets: <name>, <customer first name>, <date>; not an HTML tag.
    `<(?!${HTML_TAG}>)${SLOT}(?<! )>`,
    // Runs of X and date masks: XXX, XX/XX, $XX.XX, BB-XXXXXX, DD/MM/YYYY.
    `${X_RUN}(?![ !.]*(?:\\n|$))`,
    `(?<=${X_VALUE_BEFORE})${X_RUN}`,
    DATE_MASK,
    // "INSERT NAME", "insert date here", "(insert link)".
    `insert ${SLOT_NOUN}(?: here)?(?! (?:of|in|into|on|field|box)(?![a-z0-9]))`,
    // A blank line to fill: "on ____".
    '(?<=[^\\n_ ] ?)_{3,}',
  ],
  // "outside [number] 14", quoted from the customer's message below the reply, is theirs.
  quietIfInThread: true,
  swapFor: (input, start, end) => nameInSlot(input, start, end) ?? roleInSlot(input, start, end) ?? emailInSlot(input, start, end),
  // Only what is truly known goes in a slot; where nothing is, the words around it are turned so
  // that the slot is not needed. An amount, a date or a reference is never filled.
  rewrites: [
    // A greeting whose name slot the page cannot fill ("Dear {{customer.name}},", "Dear
    // <Patient>,", "Hi Ma'am {{customer.first_name}},"): "Hello," greets without a name. Only
    // where the greeting is the whole line, so nothing the agent wrote after it goes. Not a slot
    // for someone else ("Hi {{agent_name}},": the wrong field, for the agent to check), nor a
    // salutation or title, which may hold the surname a formal letter greets by.
    { when: `(?!.*(?:agent|company|brand|store|salutation|title|surname|last))${ANY_SLOT}`, afterSubject: "(?:dear|hi|hello|hey)(?: (?:ma(?:'|’)am|sir|madam))?", subjectGoes: true, restIs: '(?:)', better: 'Hello,' },
    // The customer's name as a vocative closing a sentence, with no name on the page to put in it
    // ("Thanks for bearing with us, [Customer Name]!"): the slot goes with its comma.
    { when: CUSTOMER_NAME_SLOT, trails: ',[ \\t]*', better: '' },
    // …and opening its sentence ("[Customer Name], I've checked your order"): the slot goes with
    // its comma, and the next word takes the capital.
    { when: CUSTOMER_NAME_SLOT, leadsIn: '', better: '' },
    // The agent's own name, left as a slot in their introduction: the introduction goes where it
    // says nothing else ("{{agent_name}} here."), and keeps their team where it names one.
    { when: AGENT_SLOT, restIs: 'here', whole: true, better: '' },
    { when: AGENT_SLOT, restIs: 'here (?<team>from (?:the|our) [a-z]+(?: [a-z]+)? team)', whole: true, better: 'I’m {team}' },
    // The company's own name before its support team, in a thank-you ("Thanks for reaching out
    // to {{company_name}} support"): "us" is who that is. (The name alone, "Thanks for contacting
    // {{company_name}}.", is left for the agent to fill: it is how the brand signs.)
    {
      when: '(?:\\{\\{ ?(?:company|brand|business|store|shop)[._ ]?name ?\\}\\}|\\{ ?(?:company|brand|business|store|shop)[._ ]?name ?\\}|\\[ ?(?:company|brand|business|store|shop) name ?\\])',
      afterSubject: '(?:thanks|thank you) for (?:reaching out to|writing to|getting in touch with|contacting|choosing)',
      restIs: '(?:support|customer (?:support|service|care)|(?:support |customer service )?team)',
      whole: true,
      better: 'us',
    },
    // A date slot after a window the agent already gave ("in 3 to 5 working days, by [DATE]"):
    // the window says when, so the slot goes with its "by".
    { when: '\\[ ?date ?\\]|<date>|\\{\\{ ?date ?\\}\\}|dd/mm(?:/yy(?:yy)?)?', trails: '(?<=\\b(?:working|business|calendar) days),? by ', better: '' },
  ],
};
