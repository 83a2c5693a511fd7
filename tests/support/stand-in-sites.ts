/** Shared by the publishing tests: stand-in sites of one page, and a process id that is free. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A folder holding one index.html that says `text`. */
export function site(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}

/** What a stand-in site's index.html says. */
export const says = (path: string) => readFileSync(join(path, 'index.html'), 'utf8');

/** The id of a process that has ended. */
export const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;
