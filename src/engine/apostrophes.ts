// Text the coach inserts takes the reply's apostrophes: an agent whose keyboard types "it's"
// would otherwise send "it's our policy… I’m checking", which reads as pasted from elsewhere.
// With no apostrophe in the reply, or curly ones, the coach's own (curly) text stands.

const STRAIGHT = /\p{L}'\p{L}/u;
const CURLY = /\p{L}’\p{L}/u;
const CURLY_IN_WORD = /(?<=\p{L})’(?=\p{L})/gu;

/** True when the reply writes its apostrophes straight and never curly. */
export function writesStraightApostrophes(reply: string): boolean {
  return STRAIGHT.test(reply) && !CURLY.test(reply);
}

/** `text` with its in-word curly apostrophes made straight ("I’m" → "I'm"). */
export function withStraightApostrophes(text: string): string {
  return text.includes('’') ? text.replace(CURLY_IN_WORD, "'") : text;
}
