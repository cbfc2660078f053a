// Writes packages/core/schema/lockstep.schema.json from the schema object the
// config loader validates with (packages/core/src/config/schema.ts), so editors
// and the loader can never disagree. Runs on Node 24, which strips the types:
//   node scripts/node24.mjs scripts/write-schema.ts          write the file
//   node scripts/node24.mjs scripts/write-schema.ts --check  exit 1 when it is stale
// packages/core/test/config-schema.test.ts fails on drift too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../packages/core/src/config/schema.ts';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'schema', 'lockstep.schema.json');
const text = `${JSON.stringify(configSchema, null, 2)}\n`;
const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('packages/core/schema/lockstep.schema.json differs from packages/core/src/config/schema.ts — run `node scripts/node24.mjs scripts/write-schema.ts`');
    process.exitCode = 1;
  }
} else if (current !== text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log('wrote packages/core/schema/lockstep.schema.json');
}
