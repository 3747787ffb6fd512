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
