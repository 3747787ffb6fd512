// V8 compiles a regex on its first exec. Given a short subject, it makes bytecode and
// peephole-optimises it, which for the rules' patterns of a few kB costs 5–7 times what
// native code does (the peephole pass grows faster than the pattern), and then compiles the
// regex again, to native code, on its next exec. Given a subject of 1,000 characters or
// more (V8's kTierUpForSubjectLengthValue), it compiles native code at once: on a worker's
// first check, most of the time went to that bytecode. Elsewhere (SpiderMonkey) the extra
// exec only compiles early what the first real exec would have compiled.
const LONG = ' '.repeat(1000);

/** `regex`, compiled now the cheaper way: an exec at the end of a long subject tries one offset only. */
export function primed(regex: RegExp): RegExp {
  regex.lastIndex = LONG.length;
  regex.exec(LONG);
  regex.lastIndex = 0;
  return regex;
}

/**
 * A regex tested on short texts (a clause, a sentence), primed before its first test: declare
 * `const SIGN = new PrimedOnTest(/…/i)` and test as before, `SIGN.test(clause)`. Tested on a short
 * text first, V8 compiles a regex to bytecode and, on its next test, to native code as well;
 * primed, it is compiled once, to native code. The ready-sentence clause's ~140 tested regexes
 * (issue.ts, issue-confidence.ts) were ~40 % of a fresh process's first reply that way. Priming
 * them all as their module loads instead compiles many a session never runs (measured: load
 * +35 ms, first reply −25 ms), and a WeakSet of the primed ones, asked at every test, cost the
 * warm path ~15 %.
 *
 * Until it is compiled, a test on a text that holds none of the literals one of which every match
 * holds answers false without compiling: the build proves those literals (`testedLiterals`, in
 * the rule tables), and most of these regexes are about words a given clause does not have (a
 * fresh worker's first reply compiled 139 of them, 31 kB; 35 of them, 9 kB, held a literal). Where
 * the build proves further sets (gates: "sorry", and also "wait" or "delay"), the text must hold
 * one literal of each (bench:cold's reply: 4 kB less compiled for nothing).
 * Compiled, it is tested as it is: the literals no longer save anything. Declare them at module
 * level only: every one is kept (`madeOnTest`) for the build to read.
 */
export class PrimedOnTest {
  protected ready = false;
  /** Sets of literals every match holds one of each of, from the build; null: none proven (or no tables yet). */
  private needs: readonly (readonly string[])[] | null | undefined;
  constructor(readonly regex: RegExp) {
    madeOnTest.push(regex);
  }

  test(text: string): boolean {
    if (!this.ready && !this.readyFor(text)) return false;
    return this.regex.test(text);
  }

  /** Whether the regex has been compiled (a test reached it). */
  get compiled(): boolean {
    return this.ready;
  }

  /**
   * Before the first compile: false where `text` holds none of the proven literals (no match, and
   * nothing compiled), else primes the regex and answers true.
   */
  protected readyFor(text: string): boolean {
    if (this.needs === undefined && testedLiterals !== null) this.needs = testedLiterals.get(testedKey(this.regex)) ?? null;
    if (this.needs && !holdsOneOfEach(asScanned(text, this.regex.ignoreCase), this.needs)) {
      // As a test, exec or replace that finds nothing leaves a global or sticky regex.
      if (this.regex.global || this.regex.sticky) this.regex.lastIndex = 0;
      return false;
    }
    this.prime();
    return true;
  }

  private prime(): void {
    this.ready = true;
    // A global regex keeps its place: priming must not move where its next test starts.
    const { lastIndex } = this.regex;
    primed(this.regex).lastIndex = lastIndex;
  }
}

/**
 * A regex a clause is read or rewritten with (`X.exec(clause)`, `clause.replace(X, …)`), primed and
 * gated by its literals as PrimedOnTest: declare `const X = new PrimedOnUse(/…/gi)` and use it as
 * before. The ready-sentence clause's ~150 such regexes compiled to bytecode on their first use and
 * again to native code on the next (a global `replace` does both in one call): ~45 % of a fresh
 * worker's first reply. `replace` goes through `Symbol.replace`, to the plain regex, which keeps
 * V8's fast path (a RegExp subclass would lose it on every call).
 */
export class PrimedOnUse extends PrimedOnTest {
  exec(text: string): RegExpExecArray | null {
    if (!this.ready && !this.readyFor(text)) return null;
    return this.regex.exec(text);
  }

  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    if (!this.ready && !this.readyFor(text)) return text;
    return text.replace(this.regex, replacement as string);
  }
}

/** Every PrimedOnTest's regex, in the order made: the build proves their literals (rule-tables.ts). */
const madeOnTest: RegExp[] = [];

/** What the build proved for the PrimedOnTest regexes, by `testedKey`; null until tables are loaded. */
let testedLiterals: Map<string, readonly (readonly string[])[]> | null = null;

/**
 * A regex's key in the tables: its flags, its source's length and a hash of it (the sources would
 * add ~30 kB). The source as written: the shipped build writes a regex's non-ASCII characters as
 * `\uXXXX` (vite.config.ts's ASCII output), which `source` then reads, and the build proved them
 * from the source before that.
 */
function testedKey(regex: RegExp): string {
  const source = asWritten(regex.source);
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return `${regex.flags}:${source.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * The literals of every PrimedOnTest regex made so far for which they can stand in for the regex
 * on a text without a match, by key (see PrimedOnTest). `prove` gives a source's literals, as
 * literals.ts proves them: read as the scanner reads text, in lower case with a line break as a
 * space. So a regex that ignores case has its literals in lower case, and none where one has a
 * non-ASCII letter (its other case could match); a Unicode regex has none (its source reads
 * otherwise). A global or sticky one has them: a text without one has no match from any place.
 */
export function provenTestedLiterals(
  prove: (source: string) => readonly string[] | null,
  proveGates: (source: string) => readonly (readonly string[])[] = () => [],
): TestedLiterals[] {
  const proven = new Map<string, { source: string; sets: string[][] }>();
  for (const regex of madeOnTest) {
    if (/[uv]/.test(regex.flags)) continue;
    const literals = asTested(regex, prove(regex.source));
    if (!literals) continue;
    const key = testedKey(regex);
    const known = proven.get(key);
    const source = asWritten(regex.source);
    if (known && known.source !== source) throw new Error(`two tested regexes share the key ${key}`);
    const gates = proveGates(regex.source).map((gate) => asTested(regex, gate)).filter((gate) => gate !== null);
    proven.set(key, { source, sets: [literals, ...gates] });
  }
  return [...proven].map(([key, { sets }]): TestedLiterals => [key, sets[0]!, ...sets.slice(1)]);
}

/**
 * What the build proved for one PrimedOnTest regex: its key, the literals one of which every match
 * holds, and further such sets (gates: "sorry", and also "wait" or "delay"), each of which a text
 * must hold one of for the regex to match.
 */
export type TestedLiterals = [key: string, literals: string[], ...gates: string[][]];

/** A set of literals as a test reads them (see provenTestedLiterals); null where it cannot stand in for the regex. */
function asTested(regex: RegExp, literals: readonly string[] | null): string[] | null {
  const tested = literals?.map((l) => (regex.ignoreCase ? l.toLowerCase() : l));
  if (!tested || tested.length === 0 || tested.some((l) => l.length === 0 || (regex.ignoreCase && hasCasedNonAscii(l)))) return null;
  return [...new Set(tested)];
}

/** Takes the build's literals for the PrimedOnTest regexes (the anchor index does, given tables). */
export function useTestedLiterals(table: readonly (readonly [key: string, ...sets: (readonly string[])[]])[]): void {
  if (table === lastTable) return;
  lastTable = table;
  testedLiterals ??= new Map();
  for (const [key, ...sets] of table) testedLiterals.set(key, sets);
}
let lastTable: readonly unknown[] | null = null;

/** The PrimedOnTest regexes made so far (for tests). */
export const testedRegexes = (): readonly RegExp[] => [...madeOnTest];

const asWritten = (source: string): string =>
  source.includes('\\u') ? source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : source;

const hasCasedNonAscii = (text: string): boolean => [...text].some((c) => c.charCodeAt(0) > 0x7f && c.toLowerCase() !== c.toUpperCase());

/**
 * `text` as literals are looked for in it: lower case for a regex that ignores case (then an ASCII
 * letter of the text is a literal's letter exactly when the regex reads it so), a line break as a
 * space. The last one is kept: a clause is tested against many regexes in a row.
 */
function asScanned(text: string, ignoreCase: boolean): string {
  const cache = ignoreCase ? lowerCache : plainCache;
  if (cache.text !== text) {
    cache.text = text;
    const cased = ignoreCase ? text.toLowerCase() : text;
    cache.scanned = cased.includes('\n') ? cased.replaceAll('\n', ' ') : cased;
  }
  return cache.scanned;
}
const lowerCache = { text: '', scanned: '' };
const plainCache = { text: '', scanned: '' };

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

/** The literals one of which every match of a regex source holds (null: none proven), as literals.ts proves them. */
export type NeededLiterals = (source: string) => readonly string[] | null;

/**
 * A list of regex sources that `test` reads as their alternation, each source run only in a text
 * that holds a literal every match of it holds (`needs`: the build proves them, see
 * AnchorIndex.neededLiterals). A rule's hedges are dozens of sources, mostly about words the
 * sentence does not have: one regex of them all tried every alternative at every offset of every
 * flagged sentence. Compiled on first use, as LazyRegex.
 */
export class AnyOf {
  private parts: { regex: LazyRegex; needs: readonly string[] | null }[] | null = null;
  constructor(
    private readonly sources: readonly string[],
    private readonly needs: NeededLiterals,
  ) {}

  test(text: string): boolean {
    for (const { regex, needs } of this.ready()) if ((needs === null || holdsOne(text, needs)) && regex.get().test(text)) return true;
    return false;
  }

  /** The parts, made now (the build calls it so that the tables hold what `test` will ask for). */
  ready(): readonly { regex: LazyRegex; needs: readonly string[] | null }[] {
    return (this.parts ??= partsOf(this.sources, this.needs));
  }
}

/**
 * A regex whose every match holds one of `needs` (null: none proven), run only on a text that holds
 * one, and primed (as `primed`) when it first runs. For the clause rewrites' `when`s: a flagged
 * phrase is tested against its rule's rewrites in turn, and each test compiled a regex of up to
 * 7 kB, most of them for a phrase without a word they need (~11 kB a worker's first reply).
 * A subclass, as the rewrites' code reads a RegExp: `test` goes through `exec`.
 */
export class RegExpNeeding extends RegExp {
  private ready = false;
  private readonly needs: readonly string[] | null;

  constructor(regex: RegExp, needs: readonly string[] | null) {
    super(regex);
    this.needs = needs;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.needs !== null && !holdsOne(text, this.needs)) return null;
    if (!this.ready) this.prime();
    return super.exec(text);
  }

  private prime(): void {
    this.ready = true;
    const { lastIndex } = this;
    this.lastIndex = LONG.length;
    super.exec(LONG);
    this.lastIndex = lastIndex;
  }
}

function holdsOneOfEach(text: string, sets: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < sets.length; i++) if (!holdsOne(text, sets[i]!)) return false;
  return true;
}

function holdsOne(text: string, literals: readonly string[]): boolean {
  for (let i = 0; i < literals.length; i++) if (text.includes(literals[i]!)) return true;
  return false;
}

/** The sources apart, each with the literals it needs; joined as one where apart they would not read the same. */
function partsOf(sources: readonly string[], needs: NeededLiterals): { regex: LazyRegex; needs: readonly string[] | null }[] {
  const joined = [{ regex: new LazyRegex(sources.join('|')), needs: null }];
  // A back reference counts groups across the whole alternation, and a source may be only part of a group.
  if (sources.some((source) => /\\[1-9]|\\k</.test(source))) return joined;
  try {
    for (const source of sources) new RegExp(source);
  } catch {
    return joined;
  }
  return sources.map((source) => ({ regex: new LazyRegex(source), needs: needs(source) }));
}
