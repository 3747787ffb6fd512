// The canonical text and its offset map (normalize), and what counts as the
// agent's own text (ownText), checked against small references written the
// slow, obvious way: normalize against one pattern tried at every position,
// ownText's fast path against the marker pattern it has always used.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Normalized } from '../../src/engine/normalize';
import { normalize, toOriginal } from '../../src/engine/normalize';
import { ownText } from '../../src/engine/own-text';

// ---- Reference normalize ------------------------------------------------

const REF_WORDS: Record<string, string> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', "shan't": 'shall not',
  "ain't": 'is not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', mustnt: 'must not',
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', thats: 'that is', theres: 'there is',
  whats: 'what is', weve: 'we have', theyre: 'they are', "let's": 'let us', lets: 'let us',
};
const REF_S_IS = ['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'this', 'how'];
const REF_SUFFIX: Record<string, string> = { "'re": ' are', "'ve": ' have', "'ll": ' will', "'m": ' am', "'d": ' would' };

function refExpansion(word: string): string | undefined {
  if (Object.hasOwn(REF_WORDS, word)) return REF_WORDS[word];
  const [head, tail] = [word.slice(0, word.indexOf("'")), word.slice(word.indexOf("'"))];
  if (tail === "'t" && head.endsWith('n')) return `${head.slice(0, -1)} not`;
  if (tail === "'s") return REF_S_IS.includes(head) ? `${head} is` : undefined;
  return Object.hasOwn(REF_SUFFIX, tail) ? head + REF_SUFFIX[tail] : undefined;
}

function refLowerCase(input: string): string {
  const lower = input.toLowerCase();
  if (lower.length === input.length) return lower;
  return [...input.split('')].map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join('');
}

// Every place the length may change, tried at every position, leftmost first.
const REF_PATTERN =
  /[\s\u200b-\u200d\u2060\ufeff\u00ad]{2,}|[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[\u200b-\u200d\u2060\ufeff\u00ad]|(?<![a-z0-9])(?:[a-z]+'[a-z]+|cant|cannot|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|couldnt|shouldnt|wouldnt|mustnt|im|ive|youre|youve|thats|theres|whats|weve|theyre|lets)(?![a-z0-9'])/g;

function refNormalize(input: string): Normalized {
  const text = refLowerCase(input)
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g, "'")
    .replace(/[\u201C-\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const n = { text: '', segStart: [0], segFrom: [0], segTo: [-1] };
  let copied = 0;
  for (const m of text.matchAll(REF_PATTERN)) {
    const rep = /^[a-z]/.test(m[0])
      ? refExpansion(m[0])
      : /^[\u200b-\u200d\u2060\ufeff\u00ad]+$/.test(m[0])
        ? ''
        : /[\n\u2028\u2029]/.test(m[0])
          ? '\n'
          : ' ';
    if (rep === undefined) continue;
    n.text += text.slice(copied, m.index);
    if (rep !== '') {
      n.segStart.push(n.text.length);
      n.segFrom.push(m.index);
      n.segTo.push(m.index + m[0].length);
      n.text += rep;
    }
    copied = m.index + m[0].length;
    n.segStart.push(n.text.length);
    n.segFrom.push(copied);
    n.segTo.push(-1);
  }
  n.text += text.slice(copied);
  return n;
}

// ---- Inputs -------------------------------------------------------------

const PIECES = [
  'dont', 'DONT', 'Cant', 'im', 'Im', 'lets', 'ive', 'youre', 'thats', 'theyre', 'cannot', 'shouldnt', 'weve',
  "won't", "WON'T", "it's", "It’s", "he's", "James's", "we’re", "I'll", "you'd", "y'all", "o'clock", "n'",
  "'", '’', '‘', '`', '´', '“', '”', '—', '–', 'constructor', 'toString', 'hello', 'x', 'n', 's', 't', 'q',
  '_', '__', '2', '42', '.', ',', '-', ' ', ' ', ' ', '  ', '\n', '\r\n', '\t', '\r', '\v', '\f', '\u00a0',
  '\u2028', '\u2029', '\u3000', '\u2009', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', 'İ',
  'İM', 'É', 'Σ', 'ß', 'ﬃ', '😀', '👩🏽‍💻', '\ud800', '\udfff', 'é',
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 24 }));

function sameNormalized(input: string): void {
  const got = normalize(input);
  const want = refNormalize(input);
  expect({ ...got, input }).toEqual({ ...want, input });
}

describe('normalize', () => {
  test('matches the one-pattern reference: text and offset map', () => {
    fc.assert(fc.property(anyText, (input) => sameNormalized(input)), { numRuns: 3000 });
  });

  test('matches the reference for every UTF-16 code unit, alone and beside words and spaces', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const input = `${ch}dont ${ch} it${ch}s a${ch}${ch}b it's${ch}\n${ch}`;
      const got = normalize(input);
      const want = refNormalize(input);
      if (got.text !== want.text || got.segFrom.join() !== want.segFrom.join() || got.segTo.join() !== want.segTo.join()) {
        sameNormalized(input); // fails with a readable diff
      }
    }
  });

  test('maps every canonical span back to the original span it came from', () => {
    fc.assert(
      fc.property(pieceText, (input) => {
        const n = normalize(input);
        for (let start = 0; start < n.text.length; start++) {
          for (let end = start + 1; end <= n.text.length; end++) {
            const [from, to] = toOriginal(n, start, end);
            expect(0 <= from && from <= to && to <= input.length).toBe(true);
          }
        }
        // A word maps back to the original that holds it (all of it when it
        // is part of an expanded contraction, "helloyou'd").
        const word = n.text.indexOf('hello');
        if (word >= 0) expect(input.slice(...toOriginal(n, word, word + 5)).toLowerCase()).toContain('hello');
      }),
      { numRuns: 300 },
    );
  });

  // Pinned from the behaviour before the scan was rewritten: [input, text, segStart, segFrom, segTo].
  const PINNED: [string, string, number[], number[], number[]][] = [
    ['Dont worry, I’m on it and we’ll fix it.', 'do not worry, i am on it and we will fix it.',
      [0, 0, 6, 14, 18, 29, 36], [0, 0, 4, 12, 15, 26, 31], [-1, 4, -1, 15, -1, 31, -1]],
    ["It's James's bag; he's sure it’s Jane’s.", "it is james's bag; he is sure it is jane's.",
      [0, 0, 5, 19, 24, 30, 35], [0, 0, 4, 18, 22, 28, 32], [-1, 4, -1, 22, -1, 32, -1]],
    ["rock'n'roll o'clock 'tis", "rock'n'roll o'clock 'tis", [0], [0], [-1]],
    ["x'dont a'b'c it's'", "x'dont a'b'c it's'", [0], [0], [-1]],
    ["_dont dont_ 2dont dont2 it's5", "_do not do not_ 2dont dont2 it's5",
      [0, 1, 7, 8, 14], [0, 1, 5, 6, 10], [-1, 5, -1, 10, -1]],
    ['Lets see: cant, CANNOT, theyre here.', 'let us see: can not, can not, they are here.',
      [0, 0, 6, 12, 19, 21, 28, 30, 38], [0, 0, 4, 10, 14, 16, 22, 24, 30], [-1, 4, -1, 14, -1, 22, -1, 30, -1]],
    ['one\t two\r\nthree\u00a0four\u2028five', 'one two\nthree four\nfive',
      [0, 3, 4, 7, 8, 13, 14, 18, 19], [0, 3, 5, 8, 10, 15, 16, 20, 21], [-1, 5, -1, 10, -1, 16, -1, 21, -1]],
    ['zero\u200bwidth\u200d \u200b gap\u00ad\ufeff', 'zerowidth gap', [0, 4, 9, 10, 13], [0, 5, 10, 14, 19], [-1, -1, 14, -1, -1]],
    ['spaces   and\n\n\nlines \n end ', 'spaces and\nlines\nend ',
      [0, 6, 7, 10, 11, 16, 17], [0, 6, 9, 12, 15, 20, 23], [-1, 9, -1, 15, -1, 23, -1]],
    ['İstanbul İM HERE, ΣΑΣ', 'İstanbul İm here, σασ', [0], [0], [-1]],
    ['emoji 😀 dont 👩🏽‍💻 it’s', 'emoji 😀 do not 👩🏽💻 it is', [0, 9, 15, 20, 23, 28], [0, 9, 13, 19, 22, 26], [-1, 13, -1, -1, 26, -1]],
    ['“Quoted” — dash – and ‘single’ `tick´', '"quoted" - dash - and \'single\' \'tick\'', [0], [0], [-1]],
    ['constructor valueof __proto__ toString', 'constructor valueof __proto__ tostring', [0], [0], [-1]],
  ];
  test.each(PINNED)('%j', (input, text, segStart, segFrom, segTo) => {
    expect(normalize(input)).toEqual({ text, segStart, segFrom, segTo });
  });
});

// ---- ownText --------------------------------------------------------------

// The markers whose presence sends a reply down the slow path.
const MARKERS = />|wrote|écrit|schrieb|escribió|schreef|--|_{10}|from:|sent from|forwarded message/i;
// Blocks the agent did not write, each on its own line(s), whatever surrounds them.
const BLANKED = ['> old', 'On Mon, Jane <j@x.com> wrote:', 'Begin forwarded message:', '-----Original Message-----', '-- ',
  'From: a\nSent: b', 'Sent from my phone', '________________'];

const MARKER_WORDS = ['wrote', 'écrit', 'schrieb', 'escribió', 'schreef', 'from:', 'sent from', '>', '--', '__________'];
const NEAR_MISSES = ['wrot', 'wr ote', 'from', 'fro m:', 'sentfrom', 'sent  from', '-', '_________', 'ecrit', 'escribio',
  'critical', 'subscribing', 'schreiben', 'Schrei',
  'ſent from', 'ſchrieb', 'wrote'.replace('o', 'ο'), 'schrıeb', 'schrİeb', 'K', '＞', '—', '–'];
const mixedCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
const markerText = fc
  .array(fc.oneof(fc.constantFrom(...MARKER_WORDS, ...NEAR_MISSES).chain(mixedCase), fc.constantFrom(' ', '\n', 'x', 'ok'),
    fc.string({ maxLength: 4 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

describe('ownText', () => {
  test('blanks a quoted, forwarded or signature block whatever text surrounds it', () => {
    fc.assert(
      fc.property(markerText, fc.constantFrom(...BLANKED), markerText, (before, block, after) => {
        const reply = `${before}\n${block}\n${after}`;
        const firstLine = before.split('\n').length;
        expect(ownText(reply).split('\n')[firstLine]!.trim()).toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  test('returns the very same string when there is nothing to blank', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (reply) => {
        if (!MARKERS.test(reply)) expect(ownText(reply)).toBe(reply);
      }),
    );
  });

  test.each([
    ['Thanks!\n\nOn Mon, Jane <j@x.com> wrote:\n> old text', 'Thanks!\n\n                             \n          '],
    ['Hi\nBegin forwarded message:\nold', 'Hi\n                        \n   '],
    ['Hi\nBegin forwarded message:\nold\nWRoTe', 'Hi\n                        \n   \n     '],
    ['Hi\nBegin forwarded message:\nold ÉCRIT', 'Hi\n                        \n         '],
    ['Hi\nBegin forwarded message:\nold ſent from', 'Hi\n                        \n             '],
    ['ok\n-- \nAna\nSupport', 'ok\n   \n   \n       '],
    ['Sure\nSent from my iPhone', 'Sure\n                   '],
    ['From: a\nSent: b\nold', '       \n       \n   '],
  ])('%j', (reply, own) => {
    expect(ownText(reply)).toBe(own);
  });
});
