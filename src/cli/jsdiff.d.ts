// The part of jsdiff (the `diff` package, 5.x, which ships no types) that `audit --dry-run` uses.
declare module 'diff' {
  export interface Hunk {
    oldStart: number;
    oldLines: number;
    newStart: number;
    newLines: number;
    /** Each line prefixed with ' ', '-' or '+' (or '\' for "No newline at end of file"). */
    lines: string[];
  }
  export function structuredPatch(
    oldFileName: string,
    newFileName: string,
    oldStr: string,
    newStr: string,
    oldHeader?: string,
    newHeader?: string,
    options?: { context?: number },
  ): { hunks: Hunk[] };
}
