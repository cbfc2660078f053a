import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Records the largest sizes V8's new space (the young generation) and old space reached, sampled every 2 ms and at exit.
const PRELOAD = `import { getHeapSpaceStatistics } from 'node:v8';
import { writeFileSync } from 'node:fs';
let max = 0;
let old = 0;
const sample = () => {
  for (const s of getHeapSpaceStatistics()) {
    if (s.space_name === 'new_space') max = Math.max(max, s.space_size);
    if (s.space_name === 'old_space') old = Math.max(old, s.space_size);
  }
};
setInterval(sample, 2).unref();
process.on('exit', () => { sample(); writeFileSync(process.env.NEW_SPACE_FILE, max + ' ' + old); });
`;

/**
 * A probe of V8's young generation for an action run: `env` loads it into the
 * run (NODE_OPTIONS), `largestMB()` reads the largest new-space size it saw,
 * `largestOldMB()` the largest old-space size.
 */
export function newSpaceProbe(dir: string): { env: Record<string, string>; largestMB: () => number; largestOldMB: () => number } {
  const preload = join(dir, 'new-space.mjs');
  const file = join(dir, 'new-space');
  writeFileSync(preload, PRELOAD);
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, NEW_SPACE_FILE: file },
    largestMB: () => Number(readFileSync(file, 'utf8').split(' ')[0]) / (1024 * 1024),
    largestOldMB: () => Number(readFileSync(file, 'utf8').split(' ')[1]) / (1024 * 1024),
  };
}
