import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process with this id is running (one that exists but is not ours counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The entries of `dir` that a build left behind when it was killed: names that `pattern`
 * matches, whose first group is the id of a process that is no longer running. A running
 * build's folders are never among them.
 *
 *   staleTemporaries('content', /^\.documents\.tmp-(\d+)(?:-spill|-old)?$/)
 */
export function staleTemporaries(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => {
      const pid = pattern.exec(name)?.[1];
      return pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
    })
    .sort()
    .map((name) => join(dir, name));
}
