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
  access: 'log login logged logging sign signin password locked lock lockout unlock unlocked access reset frozen unfrozen freeze blocked unblocked suspended suspension',
  delivery: 'deliver delivery delivered parcel package courier shipping shipment shipped arrive arrived tracking dispatch dispatched',
  money: 'charge charged bill billed fee fees payment paid pay refund refunded overcharged debit debited invoice price cost',
  cancel: 'cancel cancelled canceled cancellation cancelling',
  damage: 'broken broke cracked damaged damage faulty fault crushed defective smashed shattered scratched scratch dented dent torn ripped snapped',
  wait: 'wait waiting waited hold delay delayed late',
  outage: 'outage outages down offline',
  connection: 'speed speeds slow connection broadband internet wifi signal dropping dropped dropouts',
})) {
  for (const w of words.split(' ')) CONCEPTS[stemmer(w)] = `#${name}`;
}

// Stemming is the costly part and support text repeats its words, so each
// token's key is remembered as a small number (0: the token carries no content).
const keyIds = new Map<string, number>();
/** Bumped when the key ids start over: key sets from an older generation are stale. */
let generation = 0;
export const keyGeneration = () => generation;
const numericKeys: boolean[] = [false];

function keyOf(token: string): string {
  const word = token.replace(/^[^a-z0-9£$€]+|[^a-z0-9]+$/g, '');
  if (word === '' || IGNORED.has(word)) return '';
  // "£89", "#88213", "5521": exact identifiers are the most specific thing to echo.
  if (/\d/.test(word)) return word.replace(/[^a-z0-9.]/g, '');
  if (word.length < 3) return '';
  const s = stemmer(word.replace(/'s$|'/g, ''));
  return CONCEPTS[s] ?? s;
}

function keyIdOf(token: string): number {
  const key = keyOf(token);
  if (key === '') return 0;
  let id = keyIds.get(key) ?? 0;
  if (id === 0) {
    id = numericKeys.length;
    keyIds.set(key, id);
    numericKeys.push(/\d/.test(key) && key.length >= 2);
  }
  return id;
}

// Everything below finds each token's key id straight off the text: no split,
// no substring and no string hashing for a token seen before, as this runs for
// every reply the engine scores. Only a token's first sight goes to keyOf.
//
// Tokens are runs of a-z 0-9 ' $ . - £ € (the pieces /[^a-z0-9'£$€.-]+/ splits
// text into): everything else separates, upper case, accented letters and emoji
// included. Those 42 characters get 6-bit symbols (0: a separator), so a token
// of up to 10 characters is exactly two 30-bit numbers and a table lookup
// compares numbers, never characters.
const SYMBOL = new Uint8Array(256); // Latin-1: £ is the only one past ASCII
"0123456789abcdefghijklmnopqrstuvwxyz'$.-£".split('').forEach((c, i) => (SYMBOL[c.charCodeAt(0)] = i + 1));
const LAST_DIGIT = 10; // symbols 1-10 are the digits
const EURO = 0x20ac;
const EURO_SYMBOL = 42;
const PACKED_MAX = 10;

function symbolOf(c: number): number {
  return c < 256 ? SYMBOL[c]! : c === EURO ? EURO_SYMBOL : 0;
}

/** For a token of one or two characters: true when none is a digit (its key is then empty). */
function shortWord(low: number, length: number): boolean {
  return (low & 63) > LAST_DIGIT && (length === 1 || low >>> 6 > LAST_DIGIT);
}

// The table: open addressing, four ints per slot. A packed token (length up to
// 10) keeps its two numbers; a longer one keeps its hash and where its
// characters start in a shared pool, and is compared character by character.
// Length tells the two apart, and 0 marks an empty slot (tokens are never empty).
const A = 0; // packed: the last five symbols; longer: the hash
const B = 1; // packed: the symbols before those; longer: its offset in the pool
const LENGTH = 2;
const ID = 3;
const SLOT = 4; // a slot index is hash << 2
const INITIAL_SLOTS = 1 << 12;
/** Past this many remembered tokens, contentKeys starts a new generation. */
const MAX_TOKENS = 100000;
let table = new Int32Array(INITIAL_SLOTS * SLOT);
let count = 0;
let pool = new Uint16Array(1024);
let poolEnd = 0;
// A seed per page, so crafted text cannot know which tokens share a probe chain.
const SEED = (Math.random() * 0x100000000) | 0;

/** Spreads every bit of h into the low bits the table indexes by. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const packedHash = (a: number, b: number) => mix(mix(a ^ SEED) ^ b);

function longHash(text: string, start: number, end: number): number {
  let h = SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

function pooledEquals(at: number, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (pool[at + i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Key id of a token of up to 10 characters, by its packed symbols. */
function packedTokenId(text: string, start: number, length: number, low: number, high: number): number {
  const mask = table.length - 1;
  for (let s = (packedHash(low, high) << 2) & mask; ; s = (s + SLOT) & mask) {
    const known = table[s + LENGTH];
    if (known === 0) return remember(s, text, start, length, low, high);
    if (table[s + A] === low && table[s + B] === high && known === length) return table[s + ID]!;
  }
}

/** Key id of a longer token, compared with the pooled characters of those with its hash. */
function longTokenId(text: string, start: number, length: number, hash: number): number {
  const mask = table.length - 1;
  for (let s = (hash << 2) & mask; ; s = (s + SLOT) & mask) {
    const known = table[s + LENGTH];
    if (known === 0) return remember(s, text, start, length, hash, toPool(text, start, length));
    if (known === length && table[s + A] === hash && pooledEquals(table[s + B]!, text, start, length)) return table[s + ID]!;
  }
}

/** First sight of a token: works out its key id and fills the empty slot s. */
function remember(s: number, text: string, start: number, length: number, a: number, b: number): number {
  const id = keyIdOf(text.slice(start, start + length));
  table[s + A] = a;
  table[s + B] = b;
  table[s + LENGTH] = length;
  table[s + ID] = id;
  // At most half full keeps probe chains short.
  if (++count * 2 * SLOT > table.length) grow();
  return id;
}

function toPool(text: string, start: number, length: number): number {
  if (poolEnd + length > pool.length) {
    const larger = new Uint16Array(Math.max(pool.length * 2, poolEnd + length));
    larger.set(pool.subarray(0, poolEnd));
    pool = larger;
  }
  const at = poolEnd;
  for (let i = 0; i < length; i++) pool[at + i] = text.charCodeAt(start + i);
  poolEnd += length;
  return at;
}

function grow(): void {
  const old = table;
  table = new Int32Array(old.length * 2);
  const mask = table.length - 1;
  for (let o = 0; o < old.length; o += SLOT) {
    const length = old[o + LENGTH]!;
    if (length === 0) continue;
    const hash = length <= PACKED_MAX ? packedHash(old[o + A]!, old[o + B]!) : old[o + A]!;
    let s = (hash << 2) & mask;
    while (table[s + LENGTH] !== 0) s = (s + SLOT) & mask;
    for (let k = 0; k < SLOT; k++) table[s + k] = old[o + k]!;
  }
}

function startOver(): void {
  generation++;
  table = new Int32Array(INITIAL_SLOTS * SLOT);
  count = 0;
  pool = new Uint16Array(1024);
  poolEnd = 0;
  keyIds.clear();
  numericKeys.length = 1;
}

// A cursor rather than a callback or an array of tokens: the two loops below
// should allocate nothing when every token is already known.
let cursor = 0;

/** Key id of the next token of `text` from the cursor on, or -1 past the end. */
function nextTokenId(text: string): number {
  const n = text.length;
  let i = cursor;
  // One loop, one test per character: token boundaries cannot be predicted,
  // and a separate loop over separators paid for that twice per token.
  let length = 0;
  // A shift register of the last ten symbols: the whole token when it is short enough.
  let low = 0;
  let high = 0;
  for (; i < n; i++) {
    const symbol = symbolOf(text.charCodeAt(i));
    if (symbol !== 0) {
      length++;
      high = (high << 6) | (low >>> 24);
      low = ((low << 6) | symbol) & 0x3fffffff;
    } else if (length !== 0) break;
  }
  if (length === 0) {
    cursor = n;
    return -1;
  }
  cursor = i + 1; // past the separator that ended the token (or past the end)
  // "a", "to", "i'": a third of all words, and keyOf drops them unless they
  // hold a digit, so they never reach (or fill) the table.
  if (length < 3 && shortWord(low, length)) return 0;
  const start = i - length;
  if (length <= PACKED_MAX) return packedTokenId(text, start, length, low, high);
  return longTokenId(text, start, length, longHash(text, start, i));
}

function firstTokenId(text: string): number {
  cursor = 0;
  return nextTokenId(text);
}

/** Content key ids of canonical text: stems, concept names, and numbers as written. */
export function contentKeys(canonical: string): Set<number> {
  // Bounded memory on endless unseen input: start over rather than grow. Only
  // here, between texts, so ids never change while two texts are compared.
  if (count > MAX_TOKENS) startOver();
  const keys = new Set<number>();
  for (let id = firstTokenId(canonical); id >= 0; id = nextTokenId(canonical)) {
    if (id !== 0) keys.add(id);
  }
  return keys;
}

/** True when the reply shares enough of the customer's specific content. */
export function namesIssue(customerKeys: ReadonlySet<number>, replyCanonical: string): boolean {
  if (customerKeys.size === 0) return false;
  // A second shared key is enough, so only the first one needs remembering.
  let shared = 0;
  for (let id = firstTokenId(replyCanonical); id >= 0; id = nextTokenId(replyCanonical)) {
    if (id === 0 || id === shared || !customerKeys.has(id)) continue;
    // A shared identifier or amount ("order 5521", "£45") is enough on its own.
    if (numericKeys[id]) return true;
    if (shared !== 0) return true;
    shared = id;
  }
  return shared !== 0 && customerKeys.size <= 3;
}
