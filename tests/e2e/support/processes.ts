import { readdirSync, readFileSync } from 'node:fs';

/** Pids whose command line names this profile folder: what must be gone after a kill. */
export function processesOf(profileDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}
