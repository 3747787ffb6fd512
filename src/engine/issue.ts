// Puts the customer's problem into the agent's words for ready sentences:
// "I was charged twice for October!!" -> "you were charged twice for October".

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!]*[,.!]\s*/i;

const FIRST_TO_SECOND: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  "i'm": 'you’re', "i've": 'you’ve', "i'd": 'you’d', "i'll": 'you’ll',
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  "we're": 'you’re', "we've": 'you’ve', "we'd": 'you’d', "we'll": 'you’ll',
  your: 'our', yours: 'ours', yourself: 'ourselves',
  "you're": 'we’re', "you've": 'we’ve', "you'd": 'we’d', "you'll": 'we’ll',
};
// After these words "you" is an object ("charged you") and becomes "us".
const OBJECT_CONTEXT = /^(?:i|we|to|for|with|at|from|of|by|told|asked|sent|gave|called|paid|emailed|contacted|informed|rang|phoned|about|than|[a-z]+ed)$/;

const WORD = /[A-Za-z’']+/g;

function swapPerson(sentence: string): string {
  let prev = '';
  let prevOut = '';
  return sentence.replace(WORD, (word) => {
    const key = word.toLowerCase().replace(/’/g, "'");
    let out = FIRST_TO_SECOND[key];
    if (key === 'you') out = OBJECT_CONTEXT.test(prev) ? 'us' : 'we';
    else if (key === 'am' && prev === 'i') out = 'are';
    else if (key === 'was' && (prev === 'i' || prevOut === 'you')) out = 'were';
    prev = key;
    prevOut = out ?? key;
    // Shouting is not repeated back: all-caps words are lowered.
    return out ?? (word.length > 1 && word === word.toUpperCase() ? word.toLowerCase() : word);
  });
}

function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/);
  if (words.length <= maxWords) return text;
  const cut = words.slice(0, maxWords).join(' ');
  const comma = cut.lastIndexOf(',');
  return comma > cut.length / 2 ? cut.slice(0, comma) : `${cut} …`;
}

/**
 * The customer's main problem as a clause in the agent's voice, or '' when
 * there is nothing to work from. `problemAt` is an offset inside the sentence
 * that states the problem (-1: take the first sentence).
 */
export function issueInAgentWords(customerOwnText: string, problemAt: number): string {
  let chosen: string | undefined;
  let first: string | undefined;
  for (const m of customerOwnText.matchAll(SENTENCE)) {
    const sentence = m.index === 0 ? m[0].replace(GREETING, '') : m[0];
    if (!/[a-z]/i.test(sentence)) continue;
    first ??= sentence;
    if (problemAt >= m.index && problemAt < m.index + m[0].length) {
      chosen = sentence;
      break;
    }
  }
  chosen ??= first;
  if (chosen === undefined) return '';
  const clause = swapPerson(chosen.trim().replace(/[.!?]+$/, '').trim());
  const clipped = clip(clause, 22);
  // Lower-case the first letter unless it starts a name we cannot recognise (keep "October").
  return clipped.replace(/^([A-Z])(?=[a-z’' ])/, (c) => c.toLowerCase());
}
