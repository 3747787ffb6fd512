// write-good ships no types; this is the part of its API the benchmark calls.
declare module 'write-good' {
  export interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export default function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
}
