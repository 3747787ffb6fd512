// Text the coach inserts takes the reply's apostrophes: an agent whose keyboard types "it's"
// would otherwise send "it's our policy… I’m checking", which reads as pasted from elsewhere.
// With no apostrophe in the reply, or curly ones, the coach's own style (curly) holds, for the
// customer's words it says back too ("I’m sorry you can't pay" reads as two hands).

const STRAIGHT = /\p{L}'\p{L}/u;
const CURLY = /\p{L}’\p{L}/u;
const CURLY_IN_WORD = /(?<=\p{L})’(?=\p{L})/gu;

/** True when the reply writes its apostrophes straight and never curly. */
export function writesStraightApostrophes(reply: string): boolean {
  return STRAIGHT.test(reply) && !CURLY.test(reply);
}

const STRAIGHT_IN_WORD = /(?<=\p{L})'(?=\p{L})/gu;

/** `text` with its in-word apostrophes made straight ("I’m" → "I'm") or curly ("can't" → "can’t"). */
export function withApostrophes(text: string, straight: boolean): string {
  if (straight) return text.includes('’') ? text.replace(CURLY_IN_WORD, "'") : text;
  return text.includes("'") ? text.replace(STRAIGHT_IN_WORD, '’') : text;
}
