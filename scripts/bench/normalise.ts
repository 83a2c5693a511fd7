/**
 * Benchmark of the build script alone (scripts/run/build-content.ts, no Astro):
 *
 *   npm run bench:normalise              # 1,000 and 10,000 synthetic documents, 3 runs each
 *   BENCH_RUNS=1 BENCH_SIZES=10000 npm run bench:normalise
 *
 * Generates the corpora with ../shared/bench/make-corpus.mjs (MAKE_CORPUS overrides the path)
 * from the seeds in content/raw. Per size it times cold builds (a fresh output folder, the
 * record cache off) in a fresh process each and prints the median wall time, documents per
 * second, the CPU time (a figure less sensitive to other load on the machine) and memory:
 * the peak RSS and the RSS sampled as the run goes, to show whether memory grows with the
 * number of documents. Then it times the incremental case: a build that fills the cache,
 * one source edited, the rebuild. The machine's load average is printed with each figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const makeCorpus =
  process.env['MAKE_CORPUS'] ??
  [resolve(root, '../shared/bench/make-corpus.mjs'), '/work/shared/bench/make-corpus.mjs'].find((p) => existsSync(p));
if (!makeCorpus) throw new Error('make-corpus.mjs not found: set MAKE_CORPUS to its path');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'bench-normalise-'));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  samples: number[];
  /** The build script's `records:` summary line. */
  records: string;
}

function node(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

/** One build of `inDir` into `outDir` in a fresh process, measured from inside by the memory probe. */
function build(inDir: string, outDir: string, extra: string[]): Run {
  const probe = join(work, 'probe.json');
  const started = performance.now();
  const out = node(
    [
      '--import',
      join(root, 'scripts/bench/memory-probe.ts'),
      'scripts/run/build-content.ts',
      '--in',
      inDir,
      '--out',
      outDir,
      ...extra,
    ],
    { BENCH_PROBE_OUT: probe },
  );
  const seconds = (performance.now() - started) / 1000;
  const p = JSON.parse(readFileSync(probe, 'utf8')) as Omit<Run, 'seconds' | 'records'>;
  return { seconds, ...p, records: /records: (.*)/.exec(out)?.[1] ?? '' };
}

try {
  console.log(`bench:normalise  ${runs} cold run(s) per size, make-corpus ${makeCorpus}; ${load()}`);
  for (const n of sizes) {
    const inDir = join(work, `corpus-${n}`);
    node([makeCorpus, '--seeds', join(root, 'content/raw'), '--count', String(n), '--out', inDir]);
    const cold: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const outDir = join(work, `cold-${n}`);
      rmSync(outDir, { recursive: true, force: true });
      cold.push(build(inDir, outDir, ['--no-cache']));
    }
    const t = median(cold.map((r) => r.seconds));
    const cpu = median(cold.map((r) => r.cpuSeconds));
    const samples = cold.at(-1)!.samples;
    const quartiles = [0.25, 0.5, 0.75, 1].map((q) => mb(samples[Math.max(0, Math.ceil(q * samples.length) - 1)] ?? 0));
    console.log(
      `${String(n).padStart(6)} documents, cold (no cache): median ${t.toFixed(2)} s (runs ${cold.map((r) => r.seconds.toFixed(2)).join(', ')}), ${(n / t).toFixed(0)} documents/s; CPU ${cpu.toFixed(2)} s = ${((cpu / n) * 1000).toFixed(2)} ms per document; peak RSS ${mb(median(cold.map((r) => r.maxRssBytes)))}; RSS at 25/50/75/100% of the last run: ${quartiles.join(' / ')}; ${load()}`,
    );

    // The incremental case: fill the cache, edit one source in the middle, rebuild.
    const outDir = join(work, `warm-${n}`);
    const filled = build(inDir, outDir, []);
    const names = readdirSync(inDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const edited = join(inDir, names[Math.floor(names.length / 2)]!);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('。', '。本段已修订。'));
    const warm = build(inDir, outDir, []);
    console.log(
      `${String(n).padStart(6)} documents, first build filling the cache ${filled.seconds.toFixed(2)} s (CPU ${filled.cpuSeconds.toFixed(2)} s); rebuild after editing one source ${warm.seconds.toFixed(2)} s (CPU ${warm.cpuSeconds.toFixed(2)} s, peak RSS ${mb(warm.maxRssBytes)}): ${warm.records}; ${load()}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
