// Puts the customer's problem into the agent's words for ready sentences:
// "I was charged twice for October!!" -> "you were charged twice for October".
//
// This runs once per reply to a new customer message, on the scoring hot path. On the corpus it
// used to spend its time in regex replaces over the whole sentence (white space, pronouns with a
// lookbehind tried at every character, a callback slicing and matching per pronoun) and in JS
// loops over every character. Now:
// - the clause (trimmed, white space collapsed, clipped to MAX_WORDS words) is read by one sticky
//   regex that takes words and plain spaces, and is then one slice of the text; only odd white
//   space falls back to a loop over the characters;
// - one regex finds the words that open like a pronoun (most words do not) and, in a shouting
//   clause, the words in capitals; only those are read, once each, and looked up by a number read
//   off their characters, with the word before read back from them;
// - strings are only built where something changes.
//
// A word is a run of ASCII letters and apostrophes (' and ’), and offsets are taken as
// String#slice takes them.

const MAX_WORDS = 22;

const isBoundary = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => isLower(c) || isUpper(c) || c === 39 || c === 8217; // ' ’
/** What `\w` matches (for the `\b` after a greeting word). */
const isRegexWordChar = (c: number) => isLower(c) || isUpper(c) || (c >= 48 && c <= 57) || c === 95;
/** Exactly what `\s` (and String#trim) treats as white space. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
/** White space inside a sentence ("\n" is white space too, but it ends the sentence). */
const isSpaceWithin = (c: number) => c !== 10 && isSpace(c);

// A sentence opening the text with one of these, up to its first comma, is a greeting ("Hi team,").
const GREETING_WORDS = ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening'];
const GREETING_INITIALS = new Set(GREETING_WORDS.map((w) => w.charCodeAt(0)));

// Keys are lower case, with a straight apostrophe.
const FIRST_TO_SECOND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
    "i'm": 'you’re', "i've": 'you’ve', "i'd": 'you’d', "i'll": 'you’ll',
    we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
    "we're": 'you’re', "we've": 'you’ve', "we'd": 'you’d', "we'll": 'you’ll',
    your: 'our', yours: 'ours', yourself: 'ourselves',
    "you're": 'we’re', "you've": 'we’ve', "you'd": 'we’d', "you'll": 'we’ll',
  }),
);
// No word looked up ("you", "am" and "was" included) is longer.
const LONGEST_LOOKED_UP = 9;
const LOOKED_UP = [...FIRST_TO_SECOND.keys(), 'you', 'am', 'was'];

// Words are looked up by a number read off their characters rather than by a lower-case copy:
// 5 bits a character (a–z 1–26 in either case, either apostrophe 27), exact for 10 characters.
const charNumber = (c: number) => (c === 39 || c === 8217 ? 27 : (c | 32) - 96);
function wordNumber(text: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i++) number = number * 32 + charNumber(text.charCodeAt(i));
  return number;
}
const numberOf = (word: string) => wordNumber(word, 0, word.length);
const SWAPS = new Map([...FIRST_TO_SECOND].map(([word, swapped]) => [numberOf(word), swapped]));
const YOU = numberOf('you');
const AM = numberOf('am');
const WAS = numberOf('was');

// How the words looked up open: their first two characters, or the one letter of "i".
const OPENINGS = [...new Set(LOOKED_UP.map((w) => w.slice(0, 2)))];
// How a word looked up opens, as a regex. One alternative a first letter, as the regex engine
// tries those faster than one a pair: "[Mm][EeYyIi]", "[Ii](?:['’]|(?![A-Za-z’']))" ("I", "I'm")…
const bothCases = (c: string) => (c === "'" ? "'’" : c.toUpperCase() + c);
const LOOKED_UP_OPENING = [...new Set(OPENINGS.map((o) => o[0]!))]
  .map((first) => {
    const seconds = OPENINGS.filter((o) => o[0] === first).map((o) => o.slice(1));
    const next = seconds.filter(Boolean).map(bothCases).join('');
    const alone = seconds.includes('') ? "(?![A-Za-z’'])" : '';
    return `[${bothCases(first)}]` + (next && alone ? `(?:[${next}]|${alone})` : next ? `[${next}]` : alone);
  })
  .join('|');
// A word in capitals, two characters or more ("UK", "I'M"): shouting.
const SHOUTED_WORD = "[A-Z][A-Z’']+(?![A-Za-z’'])";
// The start of the clause or the character before a word that may change: one that opens like a
// word looked up, or else (with shouting lowered) one in capitals. They only look ahead, so that
// they stop (lastIndex) at the word; most words are passed over in the regex engine.
const wordsToTry = (words: string) => new RegExp(`(?:^|[^A-Za-z’'])(?=${words})`, 'g');
const CANDIDATE = wordsToTry(LOOKED_UP_OPENING);
const CANDIDATE_OR_SHOUTED = wordsToTry(`${LOOKED_UP_OPENING}|${SHOUTED_WORD}`);

// After these words "you" is an object ("charged you") and becomes "us".
const OBJECT_CONTEXT =
  /^(?:i|we|to|for|with|at|from|of|by|told|asked|sent|gave|called|paid|emailed|contacted|informed|rang|phoned|about|than|[a-z]+ed|thank|thanks|let|tell|ask|give|send|pay|call|email|contact|charge|help|trust|believe)$/;
// The word before is looked for this far back (in the clipped clause) and no further.
const CONTEXT_REACH = 30;

// Shouting: two capitals together anywhere in the clause; then words in capitals are lowered.
const CAPITAL_PAIR = /[A-Z]{2}/;

// The usual clause: words with one plain space between them, up to MAX_WORDS of them; and the
// next most usual, with runs of plain spaces. Sticky: they read from where they are put, and
// where they stop tells what follows.
const SPACED_WORDS = new RegExp(String.raw`[^\s.!?]+(?: [^\s.!?]+){0,${MAX_WORDS - 1}}`, 'y');
const GAPPED_WORDS = new RegExp(String.raw`[^\s.!?]+(?: +[^\s.!?]+){0,${MAX_WORDS - 1}}`, 'y');

/** The start of the sentence around offset `at`. */
function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !isBoundary(text.charCodeAt(s - 1))) s--;
  return s;
}

/** The end of the sentence around offset `at`: its end punctuation, or the end of the text. */
function sentenceEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && !isBoundary(text.charCodeAt(e))) e++;
  return e;
}

/** Where the first ASCII letter of text[from, to) is, or -1. */
function firstLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c) || isUpper(c)) return i;
  }
  return -1;
}

/** Whether `word` (lower case) is at text[at…], ignoring ASCII case. */
function startsWithWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((isUpper(c) ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Where the text's first sentence goes on after its greeting ("Hello there, my bag…" -> the
 * offset after the comma), or 0 when it does not open with one. A greeting ends at a comma:
 * the sentence holds no "." or "!".
 */
function afterGreeting(text: string): number {
  let p = 0;
  while (p < text.length && isSpaceWithin(text.charCodeAt(p))) p++;
  if (!GREETING_INITIALS.has(text.charCodeAt(p) | 32)) return 0; // most texts: at a glance
  for (const word of GREETING_WORDS) {
    if (!startsWithWord(text, p, word)) continue;
    // Only a whole word greets ("high fares" does not); no two greeting words start alike.
    if (isRegexWordChar(text.charCodeAt(p + word.length))) return 0;
    for (let i = p + word.length; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 44) return i + 1; // ,
      if (isBoundary(c)) return 0;
    }
    return 0;
  }
  return 0;
}

/** Where the clause for offset `at` starts: its sentence, after any greeting opening the text. */
function clauseStart(text: string, at: number): number {
  const start = sentenceStart(text, at);
  return start === 0 ? afterGreeting(text) : Math.max(0, Math.trunc(start));
}

/** The start of the first sentence after the one holding `from` that has a letter, or -1. */
function nextSentenceWithLetter(text: string, from: number): number {
  for (let p = sentenceEnd(text, from); p < text.length; ) {
    const end = sentenceEnd(text, p + 1);
    if (firstLetter(text, p + 1, end) >= 0) return p + 1;
    p = end;
  }
  return -1;
}

/** Ends a clause of MAX_WORDS words at a comma when one is in its second half, else with " …". */
function clipped(cut: string): string {
  const comma = cut.lastIndexOf(',');
  return comma > cut.length / 2 ? cut.slice(0, comma) : `${cut} …`;
}

/**
 * The clause of the sentence from `from`: trimmed, each run of white space made one space, and
 * clipped to MAX_WORDS words.
 */
function clauseAt(text: string, from: number): string {
  let start = from;
  while (start < text.length && isSpaceWithin(text.charCodeAt(start))) start++;
  if (start === text.length || isBoundary(text.charCodeAt(start))) return '';
  return (
    wordsAt(SPACED_WORDS, text, start) ?? wordsAt(GAPPED_WORDS, text, start) ?? collapsedClause(text, start)
  );
}

/**
 * The clause at `start` (a word) as far as `words` reads it, clipped, if it reads all of it: up
 * to the sentence's end, or to the gap after word MAX_WORDS. Else undefined.
 */
function wordsAt(words: RegExp, text: string, start: number): string | undefined {
  words.lastIndex = start;
  words.test(text); // always matches: text[start] is not white space nor a boundary
  const stop = words.lastIndex;
  let next = stop;
  while (next < text.length && text.charCodeAt(next) === 32) next++;
  const read = next === text.length || isBoundary(text.charCodeAt(next));
  // Or a word after plain spaces: the regex stopped at the gap that ends word MAX_WORDS (unless
  // it takes one space only, and there are more).
  const gap = words === SPACED_WORDS ? next === stop + 1 : next > stop;
  const clipping = !read && gap && !isSpace(text.charCodeAt(next));
  if (!read && !clipping) return undefined;
  let clause = text.slice(start, stop);
  if (words === GAPPED_WORDS) clause = clause.replace(/ {2,}/g, ' '); // only tried where spaces run
  return clipping ? clipped(clause) : clause;
}

/** clauseAt() for any sentence, in a loop over its characters. */
function collapsedClause(text: string, from: number): string {
  const n = text.length;
  let i = from;
  while (i < n && isSpaceWithin(text.charCodeAt(i))) i++;
  let out = '';
  let piece = i; // text[piece, i) is still to be copied
  let spaces = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isBoundary(c)) break;
    if (!isSpace(c)) continue;
    const gap = i;
    while (i + 1 < n && isSpaceWithin(text.charCodeAt(i + 1))) i++;
    const next = i + 1;
    if (next === n || isBoundary(text.charCodeAt(next))) return out + text.slice(piece, gap); // trailing
    if (++spaces === MAX_WORDS) return clipped(out + text.slice(piece, gap));
    out += `${text.slice(piece, gap)} `;
    piece = next;
  }
  return out + text.slice(piece, i);
}

/**
 * The word before offset `at`, lower case. Only the last CONTEXT_REACH characters are looked
 * at, so a long word may be seen cut and a far one not at all.
 */
function wordBefore(text: string, at: number): string {
  const limit = Math.max(0, at - CONTEXT_REACH);
  let end = at;
  while (end > limit && !isWordChar(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > limit && isWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** The word at `start` of number `number` in the agent's voice, or undefined when it stays. */
function agentWord(text: string, start: number, number: number): string | undefined {
  if (number === YOU) return OBJECT_CONTEXT.test(wordBefore(text, start)) ? 'us' : 'we';
  // "am" and "was" agree with a swapped "I" or "we".
  if (number === AM) return wordBefore(text, start) === 'i' ? 'are' : undefined;
  if (number === WAS) {
    const before = wordBefore(text, start);
    return before === 'i' || before === 'we' ? 'were' : undefined;
  }
  return SWAPS.get(number);
}

/** Where the next word that `words` stops at starts, from offset `from` (or the text's length). */
function nextWord(words: RegExp, text: string, from: number): number {
  words.lastIndex = from;
  return words.test(text) ? words.lastIndex : text.length;
}

// What readWord() read last: where the word ends, and its number (-1 when too long to be looked up).
// Two results without an object to allocate for them on each word.
let wordEndRead = 0;
let wordNumberRead = 0;

/**
 * Reads the word that starts at `start`: its end and its number (see wordEndRead), in one pass, as
 * reading a character (charCodeAt) costs more here than anything done with it.
 */
function readWord(text: string, start: number): void {
  let number = 0;
  let end = start;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!isWordChar(c)) break;
    number = number * 32 + charNumber(c);
  }
  wordEndRead = end;
  wordNumberRead = end - start > LONGEST_LOOKED_UP ? -1 : number;
}

/** Whether the word text[start, end) is in capitals: "UK", "I'M" (not "I", nor "UKs"). */
function isShouted(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (isLower(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the clause opens with a capital that is not part of a word in capitals: the next
 * character is a small letter, an apostrophe or a space ("October", "A flight"; not "UK").
 */
function isCapitalised(clause: string): boolean {
  const next = clause.charCodeAt(1);
  return isUpper(clause.charCodeAt(0)) && (isLower(next) || next === 8217 || next === 39 || next === 32);
}

/**
 * Lowers shouting, swaps first and second person, and lower-cases the first letter unless the
 * first word is in capitals ("UK"). One regex finds the words that may change (lastIndex), and
 * the clause is only copied where one does.
 */
const WORDS_IN_CAPITALS = /(?<![A-Za-z’'])[A-Z][A-Z’']+(?![A-Za-z’'])/g;

/** A word of four capitals or more, or three words in capitals: not codes and initials ("UK", "DCA"). */
function isShouting(clause: string): boolean {
  if (!CAPITAL_PAIR.test(clause)) return false;
  let words = 0;
  WORDS_IN_CAPITALS.lastIndex = 0;
  for (let m = WORDS_IN_CAPITALS.exec(clause); m; m = WORDS_IN_CAPITALS.exec(clause)) {
    if (m[0].replace(/[’']/g, '').length >= 4 || ++words >= 3) return true;
  }
  return false;
}

function inAgentVoice(clause: string): string {
  // Shouting is not repeated back; an airport code or two ("LAX to JFK") is not shouting.
  const lowerShouting = isShouting(clause);
  const words = lowerShouting ? CANDIDATE_OR_SHOUTED : CANDIDATE;
  let out = '';
  let copied = 0; // clause[0, copied) is said in `out`
  let start = nextWord(words, clause, 0);
  // A changed first word is in lower case already; another one loses its capital.
  if (start !== 0 && isCapitalised(clause)) {
    out = String.fromCharCode(clause.charCodeAt(0) + 32);
    copied = 1;
  }
  while (start < clause.length) {
    readWord(clause, start);
    const end = wordEndRead;
    let word = wordNumberRead >= 0 ? agentWord(clause, start, wordNumberRead) : undefined;
    if (word === undefined && lowerShouting && isShouted(clause, start, end)) {
      word = clause.slice(start, end).toLowerCase();
    }
    if (word !== undefined) {
      out += clause.slice(copied, start) + word;
      copied = end;
    } else if (start === 0 && isCapitalised(clause)) {
      out = String.fromCharCode(clause.charCodeAt(0) + 32);
      copied = 1;
    }
    start = nextWord(words, clause, end);
  }
  return copied === 0 ? clause : out + clause.slice(copied);
}

/**
 * The customer's main problem as a clause in the agent's voice, or '' when
 * there is nothing to work from. `problemAt` is an offset inside the sentence
 * that states the problem (-1: take the first sentence with words in it).
 */
export function issueInAgentWords(customerOwnText: string, problemAt: number): string {
  const text = customerOwnText;
  if (Number.isNaN(problemAt)) return ''; // no offset, no sentence
  let from: number;
  if (problemAt < 0) {
    const at = firstLetter(text, 0, text.length);
    if (at < 0) return '';
    from = clauseStart(text, at);
    // A greeting alone ("Hi,") is not the problem: move to the next sentence with a letter.
    if (from > at && firstLetter(text, from, sentenceEnd(text, from)) < 0) {
      const next = nextSentenceWithLetter(text, from);
      if (next >= 0) from = next;
    }
  } else {
    from = clauseStart(text, problemAt);
  }
  const clause = clauseAt(text, from);
  return clause === '' ? '' : inAgentVoice(clause);
}
