// Where a reply's opening moves go: an apology, a thank-you or a restatement is read before the
// answer ("Hi Dana, I'm sorry your parcel never arrived. I've sent a new one today"), not tacked
// on after it. The point is after the greeting and after any opening sentences already there
// (so a second opening move follows the first), in reply offsets, with the text that follows
// it: the page inserts there only if it still reads the same.
import type { InsertPoint } from './types';

// "Good day Chidinma," too: an apology put before it reads as stuck on above the letter.
const GREETING = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings|howdy|salaam|namaste)\b/i;
/**
 * The greeting's end: a comma, a stop or a line break within a short name ("Hi Dana," / "Dear Mr
 * Patel\n"). A template token stands for a name and counts as one word: the stops inside
 * "{{ticket.requester.first_name}}" or "[Customer name. First only]" do not end the greeting.
 */
const GREETING_END = /^(?:(?:mr|mrs|ms|mx|dr|prof)\.|\{\{[^{}\n]{0,80}\}\}|\[[^[\]\n]{0,60}\]|[^\n.!?,:;]){0,60}?(?:[,.!:;—–]|(?=\n))/i;
/** Opening sentences an opening move goes after: thanks, apologies, restatements. */
const OPENER = /^(?:thanks?\b|thank you\b|many thanks\b|(?:i|we)(?:'|’)?(?:m| am| are|re)? (?:so |very |really |truly )?sorry\b|sorry\b|(?:i|we) (?:sincerely |do )?apologi[sz]e\b|(?:my|our) apologies\b|apologies\b|let me make sure i understand\b|i can see\b|if i understand\b|(?:i|we) understand\b|you mentioned\b|you(?:'|’)ve (?:told|let) us\b|is that (?:right|correct)\b|have i (?:got|understood) that right\b)/i;
/** One sentence: up to its stop (not one inside a number) and the space after. */
const SENTENCE = /^[^\n]*?[.!?](?=\s|$)[ \t]*\n*\s*/;
const NEXT_CHARS = 40;
/** The @handles a public reply opens with ("@dana_r @ShopHelp …"): the move goes after them, or the mention breaks. */
const MENTIONS = /^(?:@[\w.]+(?:[ \t]+|$))+/;

/** The opening point of `reply`, read from its own words (`own`: the reply with others' text blanked, same offsets). */
export function openingPoint(own: string, reply: string): InsertPoint | undefined {
  let at = own.length - own.trimStart().length;
  at += MENTIONS.exec(own.slice(at))?.[0].length ?? 0;
  if (GREETING.test(own.slice(at))) {
    const end = GREETING_END.exec(own.slice(at));
    if (!end) return undefined; // "Hi Dana I checked…": no telling where the greeting stops
    at += end[0].length;
    at += own.slice(at).length - own.slice(at).trimStart().length;
    // "Hi, fair question. Prices went up…": words in lower case after the greeting's comma finish
    // its sentence; the move goes after that sentence, not into it.
    if (end[0].endsWith(',') && /^\p{Ll}/u.test(own.slice(at))) {
      const sentence = SENTENCE.exec(own.slice(at, at + 300));
      if (sentence) at += sentence[0].length;
    }
  }
  // A bounded walk: a reply of many apologies in a row is read no further than a few sentences.
  for (let n = 0; n < 4 && OPENER.test(own.slice(at, at + 60)); n++) {
    const sentence = SENTENCE.exec(own.slice(at, at + 1_000));
    if (!sentence) break;
    at += sentence[0].length;
  }
  // Nothing of theirs after the point: the end of their words, where Insert goes anyway.
  if (own.slice(at).trim() === '') return undefined;
  return { offset: at, next: reply.slice(at, at + NEXT_CHARS) };
}
