/**
 * Benchmark of the build script alone (scripts/build-content.ts, no Astro):
 *
 *   npm run bench:normalise              # 1,000 and 10,000 synthetic documents, 3 runs each
 *   BENCH_RUNS=1 BENCH_SIZES=10000 npm run bench:normalise
 *
 * Generates the corpora with ../shared/bench/make-corpus.mjs (MAKE_CORPUS overrides the path)
 * from the seeds in content/raw, runs the build script on each in a fresh process and prints,
 * per size, the median wall time, documents per second, the CPU time (a figure less
 * sensitive to other load on the machine) and memory: the peak RSS and the RSS
 * sampled as the run goes, to show whether memory grows with the number of documents.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const makeCorpus = process.env['MAKE_CORPUS'] ?? [resolve(root, '../shared/bench/make-corpus.mjs'), '/work/shared/bench/make-corpus.mjs'].find((p) => existsSync(p));
if (!makeCorpus) throw new Error('make-corpus.mjs not found: set MAKE_CORPUS to its path');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'bench-normalise-'));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
}

try {
  console.log(`bench:normalise  ${runs} run(s) per size, make-corpus ${makeCorpus}`);
  for (const n of sizes) {
    const inDir = join(work, `corpus-${n}`);
    run([makeCorpus, '--seeds', join(root, 'content/raw'), '--count', String(n), '--out', inDir]);
    const times: number[] = [];
    const peaks: number[] = [];
    const cpu: number[] = [];
    let samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const probe = join(work, `probe-${n}-${i}.json`);
      const started = performance.now();
      run(['--import', join(root, 'scripts/bench/memory-probe.ts'), 'scripts/build-content.ts', '--in', inDir, '--out', join(work, `out-${n}`)], { BENCH_PROBE_OUT: probe });
      times.push((performance.now() - started) / 1000);
      const p = JSON.parse(readFileSync(probe, 'utf8')) as { maxRssBytes: number; cpuSeconds: number; samples: number[] };
      peaks.push(p.maxRssBytes);
      cpu.push(p.cpuSeconds);
      samples = p.samples;
    }
    const t = median(times);
    const quartiles = [0.25, 0.5, 0.75, 1].map((q) => mb(samples[Math.max(0, Math.ceil(q * samples.length) - 1)] ?? 0));
    console.log(`${String(n).padStart(6)} documents: median ${t.toFixed(2)} s (runs ${times.map((x) => x.toFixed(2)).join(', ')}), ${(n / t).toFixed(0)} documents/s; CPU ${median(cpu).toFixed(2)} s (${(n / median(cpu)).toFixed(0)} documents per CPU-second); peak RSS ${mb(median(peaks))}; RSS at 25/50/75/100% of the last run: ${quartiles.join(' / ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
