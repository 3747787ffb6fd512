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
 */
export class PrimedOnTest {
  private ready = false;
  constructor(readonly regex: RegExp) {}

  test(text: string): boolean {
    if (!this.ready) this.prime();
    return this.regex.test(text);
  }

  private prime(): void {
    this.ready = true;
    // A global regex keeps its place: priming must not move where its next test starts.
    const { lastIndex } = this.regex;
    primed(this.regex).lastIndex = lastIndex;
  }
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
