/**
 * Restart benchmark: `npm run bench:restart -- --phones 30 --runs 5`.
 *
 * Each run is scripts/restart-drill.ts: the real server (server/main.ts) as a child process on loopback with
 * a SQLite folder, a class of phones running the join page's code with its connection options mid-poll, a
 * SIGKILL, a restart (after `--down-ms`), and nobody touching anything. "Back": from the new server's spawn
 * to the phone's join acknowledged again with its seat (from then on it can answer); "received again": from
 * the spawn to "answer received" on the phones whose answer was not acknowledged before the crash. Prints one
 * line per run, then, as the last line, one JSON object over every run:
 * {"runs":…,"failed_runs":…,"phones":…,"start_ms_p50":…,"back_p50_ms":…,"back_p95_ms":…,"back_max_ms":…,"resent_p95_ms":…,"not_back":…,"lost":…,"doubled":…}
 */
import { parseArgs } from 'node:util';
import { RECONNECTION } from '../app/socket-options';
import { runRestartDrill, type DrillResult } from './restart-drill';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    phones: { type: 'string', default: '30' },
    runs: { type: 'string', default: '5' },
    'down-ms': { type: 'string', default: '0' },
  },
});
const int = (name: keyof typeof values, min: number) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return value;
};
const phones = int('phones', 1);
const runs = int('runs', 1);
const downMs = int('down-ms', 0);

/** The value below which `p` of the sorted values fall (nearest rank). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (ms: number) => Math.round(ms);

console.log(`reconnection: ${JSON.stringify(RECONNECTION)}; ${phones} phones, ${runs} runs, down ${downMs} ms`);
const results: DrillResult[] = [];
for (let run = 1; run <= runs; run++) {
  const result = await runRestartDrill({ phones, downMs }).catch((error: unknown) => {
    console.log(`run ${run} failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!result) continue;
  results.push(result);
  const back = [...result.backMs].sort((a, b) => a - b);
  const reconnect = [...result.reconnectMs].sort((a, b) => a - b);
  const resent = [...result.resentMs].sort((a, b) => a - b);
  console.log(
    `run ${run}: server up after ${round(result.startMs)} ms; ` +
      `reconnected p50 ${round(percentile(reconnect, 50))} ms, p95 ${round(percentile(reconnect, 95))} ms; back p50 ${round(percentile(back, 50))} ms, ` +
      `p95 ${round(percentile(back, 95))} ms, max ${round(back.at(-1) ?? NaN)} ms, not back ${result.notBack}; ` +
      `console back ${result.consoleBackMs === undefined ? 'never' : `${round(result.consoleBackMs)} ms`}; ` +
      `acknowledged before the crash ${result.ackedBeforeCrash}, the ${resent.length} others received again ` +
      `p95 ${round(percentile(resent, 95))} ms; lost ${result.lost}, doubled ${result.doubled}`,
  );
}

const all = results.flatMap((r) => r.backMs).sort((a, b) => a - b);
const resentAll = results.flatMap((r) => r.resentMs).sort((a, b) => a - b);
const starts = results.map((r) => r.startMs).sort((a, b) => a - b);
const sum = (pick: (r: DrillResult) => number) => results.reduce((total, r) => total + pick(r), 0);
console.log(
  JSON.stringify({
    runs,
    failed_runs: runs - results.length,
    phones,
    start_ms_p50: round(percentile(starts, 50)),
    back_p50_ms: round(percentile(all, 50)),
    back_p95_ms: round(percentile(all, 95)),
    back_max_ms: round(all.at(-1) ?? NaN),
    resent_p95_ms: round(percentile(resentAll, 95)),
    not_back: sum((r) => r.notBack),
    lost: sum((r) => r.lost),
    doubled: sum((r) => r.doubled),
  }),
);
