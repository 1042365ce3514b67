/**
 * npm run bench:cards — how long the card scanner takes on one 1280×720 frame of a class of 30 (made up as in
 * the detector's tests), after a warm-up: the median and spread of the wall-clock time, and of the CPU time the
 * process spent (which a busy machine inflates less), with the machine's load. Also checks the reads.
 *
 *     npm run bench:cards -- --runs 40
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CardDetector } from '../../app/cards/card-detector.ts';
import { classroom, renderFrame } from './classroom-frame.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Math.max(3, Number(values.runs) || 30);

const frames = [21, 22, 23].map((seed) => {
  const scene = classroom(30, seed);
  return { scene, data: renderFrame(scene) };
});
const detector = new CardDetector();
let right = 0;
let wrong = 0;
const perFrame: number[] = [];
for (const { scene, data } of frames) {
  const held = new Map(scene.cards.map((c) => [c.card, c.letter]));
  const reads = detector.read({ width: scene.width, height: scene.height, data });
  const before = right;
  for (const read of reads) {
    if (held.get(read.card) === read.letter) right++;
    else wrong++;
  }
  perFrame.push(right - before);
}
// Warm-up: the JIT compiles the detector's loops over the first frames.
for (let i = 0; i < 5; i++) detector.read({ width: 1280, height: 720, data: frames[i % 3]!.data });

const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const data = frames[i % frames.length]!.data;
  const usage = process.cpuUsage();
  const start = performance.now();
  detector.read({ width: 1280, height: 720, data });
  wall.push(performance.now() - start);
  const used = process.cpuUsage(usage);
  cpu.push((used.user + used.system) / 1000);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const [load1] = loadavg();
console.log(`machine: ${cpus().length} cores, load average ${load1!.toFixed(1)} (other processes share the cores)`);
console.log(
  `reads: ${right}/${frames.length * 30} right (${perFrame.join(', ')} per frame), ${wrong} wrong, over ${frames.length} frames of 30 cards`,
);
console.log(
  `1280×720 frame, ${runs} runs: wall median ${ms(percentile(wall, 50))} (min ${ms(Math.min(...wall))}, p90 ${ms(percentile(wall, 90))}); CPU median ${ms(percentile(cpu, 50))} (p90 ${ms(percentile(cpu, 90))})`,
);
