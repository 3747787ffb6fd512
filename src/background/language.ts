// Which language a reply is in, so that English rules never coach a Spanish reply. franc-min
// (wooorm's trigram detector, MIT, no dependencies beyond its trigram helper) reads the agent's
// own words. The thresholds were measured on the 5,000 real tweets in
// ../shared/corpus/twcs-random-sample.csv: links, handles and tags removed, at least 60
// letters, English scoring under 0.65 of the top language; 48 were called not English, none of
// them with English words in them (at 0.7 an English one was).
import { francAll } from 'franc-min';
import { ownText } from '../engine/own-text';

/** Shorter text is too little to tell: it is checked as English. */
const MIN_LENGTH = 60;
/** Enough to tell, and cheap on every keystroke. */
const SAMPLE = 600;
/** English must score this far below the top language before a reply is called not English. */
const ENGLISH_MARGIN = 0.65;

const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[@#]\w+|\S+@\S+\.\S+/g;

let lastSample: string | undefined;
let lastAnswer: string | undefined;

/** The ISO 639-3 code of the reply's language when it is clearly not English; undefined otherwise. */
export function notEnglish(reply: string): string | undefined {
  // The agent's own words: an English signature or quoted thread says nothing of the reply's language.
  // (blanked, not removed, so runs of space are collapsed: franc counts them as trigrams too).
  const sample = ownText(reply).slice(0, SAMPLE * 4).replace(NOT_WORDS, ' ').replace(/\s+/g, ' ').trim().slice(0, SAMPLE);
  if (sample === lastSample) return lastAnswer;
  lastSample = sample;
  lastAnswer = undefined;
  if (sample.replace(/[^\p{L}]/gu, '').length < MIN_LENGTH) return undefined;
  const ranked = francAll(sample, { minLength: MIN_LENGTH });
  const [top, score] = ranked[0] ?? ['und', 0];
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (top !== 'eng' && top !== 'und' && score > 0 && english < ENGLISH_MARGIN * score) lastAnswer = top;
  return lastAnswer;
}
