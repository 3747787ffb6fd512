// V8 compiles a regex on its first exec. Given a short subject, it makes bytecode and
// peephole-optimises it, which for the rules' patterns of a few kB costs 5–7 times what
// native code does (the peephole pass grows faster than the pattern), and then compiles the
// regex again, to native code, on its next exec. Given a subject of 1,000 characters or
// more (V8's kTierUpForSubjectLengthValue), it compiles native code at once: on a worker's
// first check, most of the time went to that bytecode. Elsewhere (SpiderMonkey) the extra
// exec only compiles early what the first real exec would have compiled.
import { anchorsOf } from './literals';

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
