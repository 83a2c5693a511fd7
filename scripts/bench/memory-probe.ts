/**
 * Preloaded into the benchmarked build (`node --import`): samples the process's RSS every
 * 50 ms and, at exit, writes the samples, the peak (getrusage maxRSS) and the CPU time used as
 * JSON to the file
 * named by BENCH_PROBE_OUT. Worker threads share the process, so their memory counts too.
 */
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_PROBE_OUT'];
if (out) {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage.rss()), 50);
  timer.unref();
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, samples }),
    );
  });
}
