/**
 * The cluster's benchmark in one run (issue 12, ADR 13):
 * `npm run bench:load -- --classrooms 100 --students 30 --nodes 1,2 --sweep`.
 *
 * 1. Each node count of `--nodes` at `--classrooms` × `--students`, taking turns (`--pairs` rounds), so that
 *    what else the machine runs weighs on each count alike.
 * 2. With `--sweep`, for each node count, the largest classroom count whose answers all arrive with p95 ≤
 *    `--p95-ms` (250): doubling from `--from` (10) until a count fails or `--max` (800), then halving the gap
 *    between the last count that held and the first that failed down to `--step` (10) classrooms. A count
 *    holds when `--repeat` runs (1) all counted every answer and their median p95 is within the limit.
 *
 * Every measurement is one `bench:load` run in a process of its own (its own Redis, nodes and nginx, or its
 * own SQLite server for `--nodes 0`), one after the other. Prints each run as it ends and, at the end, a
 * Markdown table of every run and the answer to both questions.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('./bench-load.ts', import.meta.url));

export interface SweepOptions {
  readonly nodes: readonly number[];
  readonly classrooms: number;
  readonly students: number;
  readonly answerWindowMs: number;
  readonly pairs: number;
  readonly repeat: number;
  readonly sweep: boolean;
  readonly p95Ms: number;
  readonly from: number;
  readonly max: number;
  readonly step: number;
}

/** One bench:load run: its last line, or why it gave none. */
export interface Run {
  readonly nodes: number;
  readonly classrooms: number;
  readonly p50_ms?: number;
  readonly p95_ms?: number;
  readonly p99_ms?: number;
  readonly lost?: number;
  readonly server_cpu_ms?: number;
  readonly max_rss_mb?: number;
  readonly failed?: string;
  /** The machine's load average (1 min) when the run started: how much else was running. */
  readonly load?: number;
}

/** The middle value (the lower of the two middle ones for an even count). */
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Whether runs at one count held: each counted every answer, and their median p95 is within the limit. */
export function held(runs: readonly Run[], p95Ms: number): boolean {
  if (runs.length === 0 || runs.some((run) => run.failed || run.lost !== 0 || run.p95_ms === undefined)) return false;
  return median(runs.map((run) => run.p95_ms!)) <= p95Ms;
}

/**
 * The largest count in steps of `step` for which `holds` says yes: doubling from `from` while it holds (up to
 * `max`), then bisecting between the last count that held and the first that did not. 0 when `from` fails.
 * A measurement on a shared machine is noisy, so this assumes nothing of counts it did not try.
 */
export async function largestHolding(
  holds: (count: number) => Promise<boolean>,
  { from, max, step }: { from: number; max: number; step: number },
): Promise<number> {
  let good = 0;
  let bad = from;
  while (await holds(bad)) {
    good = bad;
    if (good >= max) return good;
    bad = Math.min(max, good * 2);
  }
  for (;;) {
    const middle = Math.round((good + bad) / 2 / step) * step;
    if (middle <= good || middle >= bad) return good;
    if (await holds(middle)) good = middle;
    else bad = middle;
  }
}

/** Runs `npm run bench:load` once, in a process of its own, and reads its last line. */
function benchOnce(options: SweepOptions, nodes: number, classrooms: number): Promise<Run> {
  const args = [
    '--import',
    'tsx',
    BENCH,
    '--classrooms',
    String(classrooms),
    '--students',
    String(options.students),
    '--answer-window-ms',
    String(options.answerWindowMs),
    '--nodes',
    String(nodes),
  ];
  const load = Math.round(loadavg()[0] * 10) / 10;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) {
        resolve({ nodes, classrooms, load, ...(JSON.parse(last) as Omit<Run, 'nodes' | 'classrooms'>) });
        return;
      }
      // The run's own last complaint ("bench (clients): websocket error (a connection from …)").
      const why = `${err}\n${out}`.trim().split('\n').filter(Boolean).at(-1) ?? `exit ${code}`;
      resolve({ nodes, classrooms, load, failed: why });
    });
  });
}

const label = (nodes: number) => (nodes === 0 ? 'one server (SQLite)' : `${nodes} node${nodes > 1 ? 's' : ''}`);

function row(run: Run): string {
  const cell = (value: number | undefined) => (value === undefined ? '–' : String(value));
  return `| ${label(run.nodes)} | ${run.classrooms} | ${cell(run.p50_ms)} | ${cell(run.p95_ms)} | ${cell(run.p99_ms)} | ${cell(run.lost)} | ${cell(run.server_cpu_ms)} | ${cell(run.load)} | ${run.failed ?? ''} |`;
}

/** Each other node count against the first (e.g. 2 nodes against 1): how much their p95 and CPU differ. */
function ratios(summary: readonly { nodes: number; p95_ms: number | null; server_cpu_ms: number | null }[]): string[] {
  const [first, ...others] = summary;
  const ratio = (a: number | null, b: number | null) => (a && b ? (a / b).toFixed(2) : '–');
  return others.map(
    (line) =>
      `${label(line.nodes)} / ${label(first!.nodes)}: p95 × ${ratio(line.p95_ms, first!.p95_ms)}, ` +
      `node CPU × ${ratio(line.server_cpu_ms, first!.server_cpu_ms)}`,
  );
}

export async function runSweep(options: SweepOptions): Promise<void> {
  const runs: Run[] = [];
  const measure = async (nodes: number, classrooms: number) => {
    const run = await benchOnce(options, nodes, classrooms);
    runs.push(run);
    console.log(`bench: ${JSON.stringify(run)}`);
    return run;
  };

  for (let pair = 0; pair < options.pairs; pair++) {
    for (const nodes of options.nodes) await measure(nodes, options.classrooms);
  }

  const largest = new Map<number, number>();
  if (options.sweep) {
    for (const nodes of options.nodes) {
      // Runs made already at a count (at --classrooms) count towards its --repeat.
      const holds = async (classrooms: number) => {
        const at = () => runs.filter((run) => run.nodes === nodes && run.classrooms === classrooms);
        while (at().length < options.repeat) await measure(nodes, classrooms);
        return held(at(), options.p95Ms);
      };
      largest.set(nodes, await largestHolding(holds, options));
    }
  }

  const at = (nodes: number) => runs.filter((run) => run.nodes === nodes && run.classrooms === options.classrooms);
  const summary = options.nodes.map((nodes) => {
    const done = at(nodes).filter((run) => !run.failed);
    return {
      nodes,
      p95_ms: done.length ? median(done.map((run) => run.p95_ms ?? 0)) : null,
      server_cpu_ms: done.length ? median(done.map((run) => run.server_cpu_ms ?? 0)) : null,
      runs: done.length,
      failed: at(nodes).length - done.length,
      ...(options.sweep && { largest_classrooms: largest.get(nodes) }),
    };
  });

  console.log(
    [
      '',
      `${options.students} students a classroom, answers spread over ${options.answerWindowMs} ms; "node CPU": the`,
      'nodes’ CPU time together from the polls opening to the last answer counted; "load": the machine’s load',
      'average when the run started (other work on it moves every latency, and the CPU time little).',
      '',
      '| server | classrooms | p50 ms | p95 ms | p99 ms | lost | node CPU ms | load | failed |',
      '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
      ...runs.map(row),
      '',
      ...summary.map(
        (line) =>
          `${label(line.nodes)} at ${options.classrooms} classrooms: p95 ${line.p95_ms ?? '–'} ms, node CPU ` +
          `${line.server_cpu_ms ?? '–'} ms (median of ${line.runs} run${line.runs === 1 ? '' : 's'}` +
          `${line.failed ? `, ${line.failed} failed` : ''})` +
          (options.sweep
            ? `; largest classroom count with p95 ≤ ${options.p95Ms} ms` +
              `${options.repeat > 1 ? ` (median of ${options.repeat} runs)` : ''}: ` +
              `${line.largest_classrooms || `none from ${options.from}`}`
            : ''),
      ),
      ...ratios(summary),
    ].join('\n'),
  );
  console.log(JSON.stringify({ students: options.students, p95_limit_ms: options.p95Ms, summary }));
}
