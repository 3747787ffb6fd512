// Puts the customer's problem into the agent's words for ready sentences:
// "I was charged twice for October!!" -> "you were charged twice for October".

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

// Only these words change: pronouns, and "am"/"was" after them.
const SWAPPED =
  /(?<![A-Za-z’'])(?:i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|am|was)(?:[’'](?:m|ve|d|ll|re))?(?![A-Za-z’'])/gi;
const SHOUTED = /(?<![A-Za-z’'])[A-Z][A-Z’']+(?![A-Za-z’'])/g;
const PREVIOUS_WORD = /([A-Za-z’']+)[^A-Za-z’']*$/;

function previousWord(text: string, offset: number): string {
  const m = PREVIOUS_WORD.exec(text.slice(Math.max(0, offset - 30), offset));
  return m ? m[1]!.toLowerCase() : '';
}

function swapPerson(shouted: string): string {
  // Shouting is not repeated back: all-caps words are lowered.
  const sentence = /[A-Z]{2}/.test(shouted) ? shouted.replace(SHOUTED, (w) => w.toLowerCase()) : shouted;
  return sentence.replace(SWAPPED, (word: string, offset: number) => {
    const lower = word.toLowerCase();
    const key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (key === 'you') return OBJECT_CONTEXT.test(previousWord(sentence, offset)) ? 'us' : 'we';
    if (key === 'am') return previousWord(sentence, offset) === 'i' ? 'are' : word;
    if (key === 'was') return /^(?:i|we)$/.test(previousWord(sentence, offset)) ? 'were' : word;
    return FIRST_TO_SECOND[key] ?? word;
  });
}

/** Keeps at most `maxWords` words, ending at a comma when one is near the end. */
function clip(text: string, maxWords: number): string {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 32 && ++spaces === maxWords) {
      const cut = text.slice(0, i);
      const comma = cut.lastIndexOf(',');
      return comma > cut.length / 2 ? cut.slice(0, comma) : `${cut} …`;
    }
  }
  return text;
}

const isBoundary = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n

/** The sentence of `text` around offset `at`, without its end punctuation. */
function sentenceAt(text: string, at: number): string {
  let s = at;
  while (s > 0 && !isBoundary(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && !isBoundary(text.charCodeAt(e))) e++;
  const sentence = text.slice(s, e);
  return s === 0 ? sentence.replace(GREETING, '') : sentence;
}

/**
 * The customer's main problem as a clause in the agent's voice, or '' when
 * there is nothing to work from. `problemAt` is an offset inside the sentence
 * that states the problem (-1: take the first sentence with words in it).
 */
export function issueInAgentWords(customerOwnText: string, problemAt: number): string {
  let at = problemAt;
  if (at < 0) {
    at = customerOwnText.search(/[a-z]/i);
    if (at < 0) return '';
    // A greeting alone ("Hi,") is not the problem: move to the next sentence.
    const first = sentenceAt(customerOwnText, at);
    if (!/[a-z]/i.test(first)) at = customerOwnText.slice(at).search(/[.!?\n][^.!?\n]*[a-z]/i) + at + 1;
  }
  const chosen = sentenceAt(customerOwnText, at).replace(/\s+/g, ' ').trim();
  if (chosen === '') return '';
  const clause = swapPerson(clip(chosen, 22));
  // Lower-case the first letter unless it starts a name we cannot recognise (keep "October").
  return clause.replace(/^([A-Z])(?=[a-z’' ])/, (c) => c.toLowerCase());
}
