// Writes, from the schema object in packages/core/src/config/schema.ts:
//   packages/core/schema/lockstep.schema.json      for editors
//   packages/core/src/config/validate.generated.js the loader's validator (ajv standalone code,
//                                                  so ajv is never loaded at run time)
// so editors and the loader can never disagree. Runs on Node 24, which strips the types:
//   node scripts/node24.mjs scripts/write-schema.ts          write the files
//   node scripts/node24.mjs scripts/write-schema.ts --check  exit 1 when one is stale
// packages/core/test/config/schema.test.ts fails on drift too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../packages/core/src/config/schema.ts';
import { configValidatorCode, VALIDATOR_FILE } from './config-validator.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs: [string, string][] = [
  ['packages/core/schema/lockstep.schema.json', `${JSON.stringify(configSchema, null, 2)}\n`],
  [VALIDATOR_FILE, configValidatorCode()],
];

for (const [rel, text] of outputs) {
  const file = join(root, rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${rel} differs from packages/core/src/config/schema.ts — run \`npm run schema\``);
      process.exitCode = 1;
    }
  } else if (current !== text) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
}
