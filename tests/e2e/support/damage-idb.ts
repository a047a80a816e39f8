import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export type Damage = 'truncated' | 'garbled' | 'deleted';
export const damages: readonly Damage[] = ['truncated', 'garbled', 'deleted'];

/** The LevelDB folders of the profile's IndexedDB (one per origin). */
function leveldbFolders(profileDir: string): string[] {
  const root = join(profileDir, 'Default', 'IndexedDB');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.endsWith('.indexeddb.leveldb'))
    .map((name) => join(root, name));
}

/**
 * Damages the app's IndexedDB files on disk while the browser is down, the way a crash, a full disk
 * or a bad sector might: cuts the write-ahead logs and tables short, changes bytes in them (so
 * their checksums fail), or deletes the whole store. Returns what it did, for failure messages.
 */
export function damageIndexedDb(input: {
  profileDir: string;
  damage: Damage;
  random: () => number;
}): string {
  const folders = leveldbFolders(input.profileDir);
  if (folders.length === 0) throw new Error(`no IndexedDB store under ${input.profileDir}`);
  const done: string[] = [];
  for (const folder of folders) {
    if (input.damage === 'deleted') {
      rmSync(folder, { recursive: true, force: true });
      done.push(`deleted ${folder}`);
      continue;
    }
    const files = readdirSync(folder).filter((name) => /\.(log|ldb)$/.test(name));
    for (const name of files) {
      const path = join(folder, name);
      const size = statSync(path).size;
      if (size === 0) continue;
      if (input.damage === 'truncated') {
        const kept = Math.floor(size * input.random() * 0.5);
        truncateSync(path, kept);
        done.push(`${name} ${size} → ${kept} bytes`);
      } else {
        const bytes = readFileSync(path);
        // one run of changed bytes in the middle: past the first record header, inside the data
        const at = Math.floor(bytes.length * (0.3 + input.random() * 0.4));
        for (let i = at; i < Math.min(bytes.length, at + 64); i += 1) bytes[i] = bytes[i]! ^ 0x5a;
        writeFileSync(path, bytes);
        done.push(`${name}: 64 bytes changed at ${at} of ${size}`);
      }
    }
  }
  return done.join('; ');
}
