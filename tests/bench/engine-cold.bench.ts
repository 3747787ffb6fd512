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

// Runs in the child: times loading the bundle, createScorer() and the first two scores, as
// wall time and as the process's CPU time (all its threads: V8 compiles and collects garbage
// beside the main thread). On a loaded machine wall time mostly measures the wait for a CPU;
// CPU time moves far less, so compare changes by it.
const CHILD = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const w0 = performance.now(), c0 = cpu();
const engine = require(process.argv[1]);
const w1 = performance.now(), c1 = cpu();
const score = engine.createScorer();
const w2 = performance.now(), c2 = cpu();
score({ reply: process.argv[2], customer: process.argv[3] });
const w3 = performance.now(), c3 = cpu();
score({ reply: process.argv[2] + ' Thanks', customer: process.argv[3] });
const w4 = performance.now(), c4 = cpu();
const phases = (t0, t1, t2, t3, t4) => ({ load: t1 - t0, create: t2 - t1, first: t3 - t2, total: t3 - t0, next: t4 - t3 });
console.log(JSON.stringify({ wall: phases(w0, w1, w2, w3, w4), cpu: phases(c0, c1, c2, c3, c4) }));
`;

type Phases = { load: number; create: number; first: number; total: number; next: number };
type Run = { wall: Phases; cpu: Phases };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function main(): Promise<number> {
  const file = await shippedEngineFile();
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', CHILD, file, REPLY, CUSTOMER], { encoding: 'utf8' })));
  console.log(`engine cold start in Node ${process.version}, ${RUNS} fresh processes (bundle loaded → scorer built → first reply scored)`);
  for (const clock of ['wall', 'cpu'] as const) {
    console.log(clock === 'wall' ? ' wall time' : ' CPU time (the process, all threads)');
    for (const key of ['load', 'create', 'first', 'total', 'next'] as const) {
      const sorted = runs.map((r) => r[clock][key]).sort((a, b) => a - b);
      console.log(`  ${key.padEnd(6)} p50 ${ms(percentile(sorted, 50)).padStart(10)}   p95 ${ms(percentile(sorted, 95)).padStart(10)}`);
    }
  }
  return 0;
}
