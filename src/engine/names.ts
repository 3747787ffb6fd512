// Reading names: the greeting at the head of a reply ("Hi Sam,", "Dear Mr Reyes,"), the
// customer's display name, and the names the customer signs with. Works on the original text
// (capitals tell a name from a word), so greeting offsets are the reply's own UTF-16 offsets.

/** The words a rule needs to tell a greeting and a name apart (data: see rules/flags/wrong-name.ts). */
export interface NameVocabulary {
  /** Greeting words, as regex alternatives ("hi", "good (?:morning|afternoon)"). */
  greetings: readonly string[];
  /** Titles before a surname ("mr", "dr"), without the full stop. */
  titles: readonly string[];
  /** Words that follow a greeting and are not names ("there", "team", "customer"), folded. */
  notNames: ReadonlySet<string>;
  /** Groups of one name's familiar forms ("robert bob rob bobby"), folded. */
  familiar: readonly (readonly string[])[];
}

export interface Greeting {
  /** UTF-16 offsets of the name in the reply. */
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  /** After a title ("Dear Mr Reyes"): the name is a surname. */
  titled: boolean;
}

export interface CustomerName {
  /** The first name as it should be written ("Dana"). */
  first: string;
  /** The surname as it should be written, when the display name has more than one part. */
  last?: string;
  /** Every part of the display name, folded. */
  parts: ReadonlySet<string>;
}

/** Lower case, accents folded ("Zielińska" → "zielinska"), curly apostrophes straightened. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'").toLowerCase();
}

const NAME_TOKEN = /\p{L}[\p{L}\p{M}'’-]*/gu;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const isAllOneCase = (word: string) => word === word.toLowerCase() || word === word.toUpperCase();
/** "dana" or "DANA" → "Dana"; "McNeil" stays as written. */
const display = (word: string) => (isAllOneCase(word) ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word);

/**
 * The customer's name from a display name ("Dana Reyes", "Reyes, Dana", "Dr. Imran Siddiqui").
 * Null when it is not a person's name we can read: empty, an email address, digits.
 */
export function parseCustomerName(displayName: string, vocabulary: NameVocabulary): CustomerName | null {
  if (/[@\d]/.test(displayName)) return null;
  let text = displayName.trim();
  // "Reyes, Dana": surname first.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (comma) text = `${comma[2]} ${comma[1]}`;
  const titles = new Set(vocabulary.titles);
  const words = (text.match(NAME_TOKEN) ?? []).filter((w) => !titles.has(foldName(w).replace(/\.$/, '')));
  const named = words.filter((w) => !vocabulary.notNames.has(foldName(w)));
  if (named.length === 0 || named.length !== words.length) return null;
  const parts = new Set<string>();
  for (const w of words) {
    parts.add(foldName(w));
    for (const piece of foldName(w).split(/[-']/)) if (piece.length > 1) parts.add(piece);
  }
  const first = display(words[0]!);
  return words.length > 1 ? { first, last: display(words[words.length - 1]!), parts } : { first, parts };
}

/** Last lines this short (in words) are read as a sign-off ("Thanks, Tash"). */
const SIGN_OFF_WORDS = 5;
const SELF_INTRODUCTION = /(?:^|[^\p{L}])(?:it'?s|it is|this is|i'?m|i am|my name is|name'?s|call me)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)/giu;

/**
 * Names the customer uses for themselves in their message: the words of a short closing
 * line or segment ("… on bank holidays? Niamh", "cheers, Bash") and self-introductions
 * ("Hi, it's Brian"). Generous on purpose: a name here is never flagged.
 */
export function namesUsedBy(customer: string): Set<string> {
  const used = new Set<string>();
  const addWords = (text: string) => {
    for (const w of text.match(NAME_TOKEN) ?? []) used.add(foldName(w));
  };
  const lines = customer.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (const line of lines.slice(-3)) {
    // The last segment of each of the last lines: after the last sentence end or dash.
    const segment = line.split(/[.!?…]+\s|\s[-–—]+\s?|^[-–—]+/).pop() ?? line;
    if ((segment.match(NAME_TOKEN) ?? []).length <= SIGN_OFF_WORDS) addWords(segment);
  }
  SELF_INTRODUCTION.lastIndex = 0;
  for (let m = SELF_INTRODUCTION.exec(customer); m; m = SELF_INTRODUCTION.exec(customer)) used.add(foldName(m[1]!));
  return used;
}

/** Whether `greeted` (folded) is a familiar form of, or short for, one of the names. */
export function isFormOf(greeted: string, name: string, vocabulary: NameVocabulary): boolean {
  if (greeted === name) return true;
  // "Chris" for Christopher, "Dan" for Daniel: the start of the name, never a longer name ("Leon" for Leo).
  if (greeted.length >= 3 && name.startsWith(greeted)) return true;
  return vocabulary.familiar.some((group) => group.includes(greeted) && group.includes(name));
}

export class GreetingReader {
  private readonly opening: RegExp;
  private readonly title: RegExp;

  constructor(private readonly vocabulary: NameVocabulary) {
    // At a line's start, after any @handles (a tweet reply): a greeting word, then maybe a comma.
    this.opening = new RegExp(`[ \\t]*(?:@[\\w.]+[ \\t]+)*(?:${vocabulary.greetings.join('|')})(?![\\p{L}\\p{M}])[ \\t]*(,?)[ \\t]*`, 'iuy');
    this.title = new RegExp(`(?:${vocabulary.titles.join('|')})(?:\\.|(?![\\p{L}\\p{M}]))[ \\t]*`, 'iuy');
  }

  /** The name in each greeting at the start of the text or of a line. */
  read(text: string): Greeting[] {
    const out: Greeting[] = [];
    for (let at = 0; at <= text.length; ) {
      const greeting = this.readLine(text, at);
      if (greeting) out.push(greeting);
      const next = text.indexOf('\n', at);
      if (next < 0) break;
      at = next + 1;
    }
    return out;
  }

  private readLine(text: string, at: number): Greeting | null {
    this.opening.lastIndex = at;
    const opening = this.opening.exec(text);
    if (!opening) return null;
    let i = this.opening.lastIndex;
    const commaBefore = opening[1] === ',';
    this.title.lastIndex = i;
    const titled = this.title.exec(text) !== null;
    if (titled) i = this.title.lastIndex;
    NAME_TOKEN.lastIndex = i;
    const token = NAME_TOKEN.exec(text);
    if (!token || token.index !== i) return null;
    const name = token[0].replace(/['’-]+$/, '');
    const folded = foldName(name);
    if (folded.length < 2 || this.vocabulary.notNames.has(folded)) return null;
    const end = i + name.length;
    // A name ends the greeting: a comma or other mark, or the line's end, may follow, and a surname may come between.
    const rest = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?[ \t]*(?:[,!.:;?…—–-]|\r?\n|$)/u.test(text.slice(end, end + 60));
    // Without a mark after it, only a capitalised word directly after the greeting reads as a name ("Hi Dana thanks…").
    if (!rest && (commaBefore || !isCapitalised(name))) return null;
    if (commaBefore && !isCapitalised(name)) return null;
    return { start: i, end, name, titled };
  }
}

/** Closing words before a signature ("Thanks,", "Kind regards"), as one line or before the name. */
const CLOSING = '(?:many thanks|thanks(?: again| so much)?|thank you(?: so much)?|thx|ta|cheers|regards|kind regards|best regards|warm regards|best wishes|best|all the best|sincerely|yours sincerely|yours faithfully|yours truly|yours)';
/** One or two capitalised words: a first name, or first name and surname. */
const SIGNATURE = "(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]+)?)";
const CLOSING_THEN_NAME = new RegExp(`^${CLOSING}[,!.]?[ \\t]+${SIGNATURE}[.!]?$`, 'iu');
const CLOSING_LINE = new RegExp(`^${CLOSING}[,!.]?$`, 'i');
const NAME_LINE = new RegExp(`^(?:[-–—~][ \\t]*)?${SIGNATURE}[.!]?$`, 'u');
const DASH_NAME = new RegExp(`[-–—~][ \\t]*${SIGNATURE}[.!]?$`, 'u');

/**
 * The name the customer signs their message with, when it is plain: "Thanks, Dana" or "Cheers
 * Dana" as the last line, a name alone on the line after "Kind regards,", or "- Dana". Used
 * when the page shows no display name; anything less clear gives none (never a guess).
 */
export function signedName(customer: string): string | undefined {
  const lines = customer.trimEnd().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  // "… arrived. Thanks, Dana": the last sentence of the last line.
  const closingThenName = CLOSING_THEN_NAME.exec(last.split(/[.!?…]+\s+/).pop()!);
  if (closingThenName) return closingThenName[1];
  const previous = lines.at(-2);
  const alone = NAME_LINE.exec(last);
  if (alone && (/^[-–—~]/.test(last) || (previous !== undefined && CLOSING_LINE.test(previous)))) return alone[1];
  const dashed = DASH_NAME.exec(last);
  // "… see you Friday - Dana": a dash with a space before it, at the end of the message.
  if (dashed && /\s[-–—~]/.test(last.slice(0, dashed.index + 1))) return dashed[1];
  return undefined;
}
