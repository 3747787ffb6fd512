// Does the reply name the specific things the customer raised? Compares the
// content words of both (stemmed with the Porter stemmer, so "cancelled" meets
// "cancellation") and a few concept groups (a "parcel" is a "delivery").
import { stemmer } from 'stemmer';

// Function words, feelings and support boilerplate: sharing them says nothing about listening.
const IGNORED = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so ' +
    'some such than that the their theirs them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself hi hello hey dear thanks thank please regards cheers ' +
    'get got getting still really even already ever yet anything something nothing everything anyone someone one ok okay yes sure ' +
    'let know want need like make made go going went come came say said tell told see seen look just actually honestly seriously ' +
    'absolutely totally completely literally basically again also well much many lot lots way thing things time times ' +
    'sorry disappointed frustrated frustrating upset angry annoyed annoying furious happy unhappy mad ridiculous unacceptable useless ' +
    'terrible awful horrible unbelievable believe cover covers driving joke appalling disgusting shocking worst worse bad ' +
    'account service company team customer customers help email message contact issue problem problems support ' +
    // Words of time and everyday verbs: shared by chance more than by listening.
    'year years month months week weeks day days hour hours minute minutes mins today yesterday tomorrow mean means meant ' +
    'new old last next first every back send sent take took give gave put use used try tried keep kept'
  ).split(' '),
);

// Words that name the same concern in different ways.
const CONCEPTS: Record<string, string> = {};
for (const [name, words] of Object.entries({
  access: 'log login logged logging sign signin password locked lock lockout unlock unlocked access reset',
  delivery: 'deliver delivery delivered parcel package courier shipping shipment shipped arrive arrived tracking dispatch dispatched',
  money: 'charge charged bill billed fee fees payment paid pay refund refunded overcharged debit debited invoice price cost',
  cancel: 'cancel cancelled canceled cancellation cancelling',
  damage: 'broken broke cracked damaged faulty fault crushed defective smashed',
  wait: 'wait waiting waited hold delay delayed late',
  outage: 'outage outages down offline',
})) {
  for (const w of words.split(' ')) CONCEPTS[stemmer(w)] = `#${name}`;
}

// Stemming is the costly part and support text repeats its words, so each
// token's key is remembered as a small number (0: the token carries no content).
const keyIds = new Map<string, number>();
/** Bumped when the key ids start over: key sets from an older generation are stale. */
let generation = 0;
export const keyGeneration = () => generation;
const tokenKey = new Map<string, number>();
const numericKeys: boolean[] = [false];
const SEPARATORS = /[^a-z0-9'£$€.-]+/;

function keyOf(token: string): string {
  const word = token.replace(/^[^a-z0-9£$€]+|[^a-z0-9]+$/g, '');
  if (word === '' || IGNORED.has(word)) return '';
  // "£89", "#88213", "5521": exact identifiers are the most specific thing to echo.
  if (/\d/.test(word)) return word.replace(/[^a-z0-9.]/g, '');
  if (word.length < 3) return '';
  const s = stemmer(word.replace(/'s$|'/g, ''));
  return CONCEPTS[s] ?? s;
}

function idOf(token: string): number {
  let id = tokenKey.get(token);
  if (id !== undefined) return id;
  const key = keyOf(token);
  id = 0;
  if (key !== '') {
    id = keyIds.get(key) ?? 0;
    if (id === 0) {
      id = numericKeys.length;
      keyIds.set(key, id);
      numericKeys.push(/\d/.test(key) && key.length >= 2);
    }
  }
  tokenKey.set(token, id);
  return id;
}

/** Content key ids of canonical text: stems, concept names, and numbers as written. */
export function contentKeys(canonical: string): Set<number> {
  // Bounded memory on endless unseen input: start over rather than grow. Only
  // here, between texts, so ids never change while two texts are compared.
  if (tokenKey.size > 100000) {
    generation++;
    tokenKey.clear();
    keyIds.clear();
    numericKeys.length = 1;
  }
  const keys = new Set<number>();
  for (const token of canonical.split(SEPARATORS)) {
    const id = idOf(token);
    if (id !== 0) keys.add(id);
  }
  return keys;
}

/** True when the reply shares enough of the customer's specific content. */
export function namesIssue(customerKeys: ReadonlySet<number>, replyCanonical: string): boolean {
  if (customerKeys.size === 0) return false;
  const counted = new Set<number>();
  for (const token of replyCanonical.split(SEPARATORS)) {
    const id = idOf(token);
    if (id === 0 || counted.has(id) || !customerKeys.has(id)) continue;
    // A shared identifier or amount ("order 5521", "£45") is enough on its own.
    if (numericKeys[id]) return true;
    counted.add(id);
    if (counted.size >= 2) return true;
  }
  return counted.size === 1 && customerKeys.size <= 3;
}
