// Writes, from the settings declarations (packages/core/src/settings/table-*.ts and config-keys.ts,
// through scripts/config-schema.ts):
//   packages/core/schema/lockstep.schema.json      the JSON Schema editors read
//   packages/core/src/config/raw.generated.ts      the config's types, defaults and schema object (the loader's)
//   packages/core/src/config/validate.generated.js the loader's validator (ajv standalone code,
//                                                  so ajv is never loaded at run time)
// so the declarations, editors and the loader can never disagree. `npm run settings` writes these with
// the action.yml inputs and the docs tables (scripts/write-settings.ts); on Node 24, which strips the types:
//   node scripts/node24.mjs scripts/write-schema.ts          write the files (npm run schema)
//   node scripts/node24.mjs scripts/write-schema.ts --check  exit 1 when one is stale
// packages/core/test/settings/generated.test.ts and packages/core/test/config/schema.test.ts fail on drift too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchemaOf, declaredKeys, renderConfigTypes, SCHEMA_FILE, TYPES_FILE } from './config-schema.ts';
import { configValidatorCode, VALIDATOR_FILE } from './config-validator.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each file made from the declarations, with its text. */
export function schemaOutputs(): [string, string][] {
  const keys = declaredKeys();
  const schema = configSchemaOf(keys);
  return [
    [SCHEMA_FILE, `${JSON.stringify(schema, null, 2)}\n`],
    [TYPES_FILE, renderConfigTypes(keys, schema)],
    [VALIDATOR_FILE, configValidatorCode(schema)],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [rel, text] of schemaOutputs()) {
    const file = join(root, rel);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (process.argv.includes('--check')) {
      if (current !== text) {
        console.error(`${rel} differs from the settings declarations — run \`npm run settings\``);
        process.exitCode = 1;
      }
    } else if (current !== text) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
}
