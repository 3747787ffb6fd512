// V8 compiles a regex on its first exec. Given a short subject, it makes bytecode and
// peephole-optimises it, which for the rules' patterns of a few kB costs 5–7 times what
// native code does (the peephole pass grows faster than the pattern), and then compiles the
// regex again, to native code, on its next exec. Given a subject of 1,000 characters or
// more (V8's kTierUpForSubjectLengthValue), it compiles native code at once: on a worker's
// first check, most of the time went to that bytecode. Elsewhere (SpiderMonkey) the extra
// exec only compiles early what the first real exec would have compiled.
import { anchorsOf, gatesOf } from './literals';

const LONG = ' '.repeat(1000);

/** `regex`, compiled now the cheaper way: an exec at the end of a long subject tries one offset only. */
export function primed(regex: RegExp): RegExp {
  regex.lastIndex = LONG.length;
  regex.exec(LONG);
  regex.lastIndex = 0;
  return regex;
}

/** A regex made and primed on first use: most of the rules' regexes never run in a session. */
export class LazyRegex {
  private regex: RegExp | null = null;
  constructor(
    private readonly source: string,
    private readonly flags = '',
  ) {}

  get(): RegExp {
    return (this.regex ??= primed(new RegExp(this.source, this.flags)));
  }
}

/**
 * A list of regex sources that `test` reads as their alternation, each source run only in a text
 * that holds a literal every match of it holds (literals.ts). A rule's hedges are dozens of
 * sources, mostly about words the sentence does not have: one regex of them all tried every
 * alternative at every offset of every flagged sentence. Compiled on first use, as LazyRegex.
 */
export class AnyOf {
  private parts: { regex: LazyRegex; needs: readonly string[] | null }[] | null = null;
  constructor(private readonly sources: readonly string[]) {}

  test(text: string): boolean {
    const parts = (this.parts ??= partsOf(this.sources));
    for (const { regex, needs } of parts) if ((needs === null || holdsOne(text, needs)) && regex.get().test(text)) return true;
    return false;
  }
}

function holdsOne(text: string, literals: readonly string[]): boolean {
  for (let i = 0; i < literals.length; i++) if (text.includes(literals[i]!)) return true;
  return false;
}

/** The sources apart, each with the literals it needs; joined as one where apart they would not read the same. */
function partsOf(sources: readonly string[]): { regex: LazyRegex; needs: readonly string[] | null }[] {
  const joined = [{ regex: new LazyRegex(sources.join('|')), needs: null }];
  // A back reference counts groups across the whole alternation, and a source may be only part of a group.
  if (sources.some((source) => /\\[1-9]|\\k</.test(source))) return joined;
  try {
    for (const source of sources) new RegExp(source);
  } catch {
    return joined;
  }
  return sources.map((source) => ({ regex: new LazyRegex(source), needs: anchorsOf(source)?.map((a) => a.text) ?? null }));
}

/** Sets with more literals than this are not looked for: their `includes` would cost what the regex does. */
const MAX_GUARD_LITERALS = 8;

/** The last text lower-cased, and what it was: a clause is tried against dozens of case-blind regexes in a row. */
let lastText = '';
let lastLower = '';
const lowerOf = (text: string): string => (text === lastText ? lastLower : ((lastText = text), (lastLower = text.toLowerCase())));

/**
 * `regex.test`, with a cheaper test first: for each set of literals that literals.ts proves every
 * match holds one of, the text must hold one. For a regex tried on many short texts it rarely
 * matches: the customer's problem said back is checked against a hundred or so, at about a
 * microsecond each, and most hold none of their words. The answer is the regex's own.
 */
export function guardedTest(regex: RegExp): (text: string) => boolean {
  // A test that fails moves lastIndex of a global or sticky regex: skipping it would not.
  // Unicode case folding matches "ſ" to "s" and "K" to "k", which lower-casing does not.
  const caseless = regex.ignoreCase;
  if (regex.global || regex.sticky || (caseless && /[uv]/.test(regex.flags))) return (text) => regex.test(text);
  // Proven on first use, as regexes are compiled: most are never tried in a session.
  let sets: string[][] | undefined;
  return (text) => {
    sets ??= literalSets(regex.source, caseless);
    // The literals read a line break as a space (literals.ts): only a text without one is checked.
    if (sets.length > 0 && !text.includes('\n')) {
      const searched = caseless ? lowerOf(text) : text;
      for (const set of sets) if (!holdsOne(searched, set)) return false;
    }
    return regex.test(text);
  };
}

/** The literal sets worth checking: few, and, for a case-blind regex, ASCII (which lower-casing maps as the regex does). */
function literalSets(source: string, caseless: boolean): string[][] {
  const anchors = anchorsOf(source);
  if (!anchors) return [];
  const sets: string[][] = [];
  for (const set of [anchors, ...gatesOf(source)]) {
    if (set.length > MAX_GUARD_LITERALS) continue;
    const texts = set.map((a) => (caseless ? a.text.toLowerCase() : a.text));
    if (caseless && texts.some((t) => !/^[\x20-\x7e]+$/.test(t))) continue;
    sets.push([...new Set(texts)]);
  }
  return sets;
}
