/**
 * Runs a command and measures it from outside: wall time of each stage (from `::stage NAME`
 * lines on its stderr, see src/site/stage-marker.ts) and the peak resident memory of the
 * largest single process of its tree during each stage, sampled from /proc (Linux).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface StageFigure {
  name: string;
  seconds: number;
  /** Largest resident set of one process of the tree during the stage, in MiB. */
  peakMiB: number;
}

export interface Measurement {
  seconds: number;
  peakMiB: number;
  stages: StageFigure[];
  exitCode: number;
  output: string;
}

/** Resident memory (KiB) of every process below `rootPid`, itself included. */
function treeRss(rootPid: number): number[] {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      parent.set(Number(name), ppid);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  return [...rss].filter(([pid]) => inTree(pid)).map(([, kib]) => kib);
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, sampleMs = 100): Promise<Measurement> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...env, BUILD_STAGES: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stages: { name: string; start: number; peakKiB: number }[] = [{ name: 'start', start: started, peakKiB: 0 }];
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const m of text.matchAll(/^::stage (\S+)$/gm)) stages.push({ name: m[1]!, start: performance.now(), peakKiB: 0 });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => {
      const largest = Math.max(0, ...treeRss(child.pid!));
      const current = stages.at(-1)!;
      current.peakKiB = Math.max(current.peakKiB, largest);
    }, sampleMs);
    child.on('close', (code) => {
      clearInterval(timer);
      const ended = performance.now();
      const figures = stages
        .map((s, i) => ({ name: s.name, seconds: ((stages[i + 1]?.start ?? ended) - s.start) / 1000, peakMiB: s.peakKiB / 1024 }))
        .filter((s) => s.name !== 'start' && s.name !== 'done');
      resolvePromise({
        seconds: (ended - started) / 1000,
        peakMiB: Math.max(0, ...stages.map((s) => s.peakKiB)) / 1024,
        stages: figures,
        exitCode: code ?? 1,
        output,
      });
    });
  });
}
