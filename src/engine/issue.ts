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

function swapPerson(sentence: string): string {
  const words = sentence.split(/(\s+)/);
  let prev = '';
  let prevOriginal = '';
  return words
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const m = /^([^A-Za-z’']*)([A-Za-z’']+)(.*)$/.exec(token);
      if (!m) return token;
      const [, lead, word, trail] = m as unknown as [string, string, string, string];
      const key = word.toLowerCase().replace(/’/g, "'");
      let out = FIRST_TO_SECOND[key];
      if (key === 'you') out = OBJECT_CONTEXT.test(prev) ? 'us' : 'we';
      else if (key === 'am' && prev === 'i') out = 'are';
      else if (key === 'was' && (prev === 'i' || prevOriginal === 'you')) out = 'were';
      prev = key;
      prevOriginal = out ?? key;
      // Shouting is not repeated back: all-caps words are lowered.
      const plain = out ?? (word.length > 1 && word === word.toUpperCase() ? word.toLowerCase() : word);
      return lead + plain + trail;
    })
    .join('');
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
 * there is nothing to work from. `isProblem` tells which sentence is the complaint.
 */
export function issueInAgentWords(customerOwnText: string, isProblem: (sentence: string) => boolean): string {
  const text = customerOwnText.replace(GREETING, '');
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  if (sentences.length === 0) return '';
  const chosen = sentences.find(isProblem) ?? sentences[0]!;
  const clause = swapPerson(chosen.replace(/[.!?]+$/, '').trim());
  const clipped = clip(clause, 22);
  // Lower-case the first letter unless it starts a name we cannot recognise (keep "October").
  return clipped.replace(/^([A-Z])(?=[a-z’' ])/, (c) => c.toLowerCase());
}
