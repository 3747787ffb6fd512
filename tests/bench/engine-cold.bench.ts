// `npm run bench:cold`: the engine's cold start in Node, as a fresh worker or a one-off
// `replycoach check` meets it: a new process loads the shipped bundle, builds the scorer
// with the default rules and scores one reply with its customer message. Each run is its
// own process, so nothing (V8's compiled regexes included) carries over between runs.
// A benchmark, not a test: `bench:browser` measures the same in the extension's worker.
import { execFileSync } from 'node:child_process';
import { shippedEngineFile } from './shipped-engine';

const RUNS = 20;
const REPLY =
  'Hi Dana, it is our policy to check with the courier before we refund, and the system shows the parcel as delivered. ' +
  "I'm sorry the tracking page says delivered when nothing reached you. Sorry for the inconvenience. I will refund the second charge today.";
const CUSTOMER = 'My parcel never arrived and you charged me twice!! Where is my refund?';

// Runs in the child: times loading the bundle, createScorer() and the first two scores.
const CHILD = `
const t0 = performance.now();
const engine = require(process.argv[1]);
const t1 = performance.now();
const score = engine.createScorer();
const t2 = performance.now();
score({ reply: process.argv[2], customer: process.argv[3] });
const t3 = performance.now();
score({ reply: process.argv[2] + ' Thanks', customer: process.argv[3] });
const t4 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, create: t2 - t1, first: t3 - t2, total: t3 - t0, next: t4 - t3 }));
`;

type Run = { load: number; create: number; first: number; total: number; next: number };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function main(): Promise<number> {
  const file = await shippedEngineFile();
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', CHILD, file, REPLY, CUSTOMER], { encoding: 'utf8' })));
  console.log(`engine cold start in Node ${process.version}, ${RUNS} fresh processes (bundle loaded → scorer built → first reply scored)`);
  for (const key of ['load', 'create', 'first', 'total', 'next'] as const) {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    console.log(`  ${key.padEnd(6)} p50 ${ms(percentile(sorted, 50)).padStart(10)}   p95 ${ms(percentile(sorted, 95)).padStart(10)}`);
  }
  return 0;
}
