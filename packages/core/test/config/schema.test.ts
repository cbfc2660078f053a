import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/raw.generated.ts';
import { SPEC_CONFIG } from '../fixtures/spec-config.ts';
import { configValidatorCode, VALIDATOR_FILE } from '../../../../scripts/config-validator.ts';
import { validate as generated } from '../../src/config/validate.generated.js';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'lockstep.schema.json');
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the shipped JSON Schema', () => {
  test('equals the schema the loader validates with — run `node scripts/node24.mjs scripts/write-schema.ts` when this fails', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(`${JSON.stringify(configSchema, null, 2)}\n`);
  });

  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

  test('accepts the SPEC example configuration', () => {
    expect(validate(parse(SPEC_CONFIG))).toBe(true);
  });

  test.each([
    ['an unknown top-level key', { chart: ['charts/*'] }],
    ['a wrong enum', { changelog: 'sometimes' }],
    ['a service without image', { services: { api: { 'values-key': 'a.b' } } }],
    ['an environment without values', { environments: [{ name: 'dev' }] }],
    ['an empty lock-command', { 'lock-command': [] }],
    ['a pin rule with no names', { pins: [{ files: 'x', names: [] }] }],
  ])('refuses %s', (_what, config) => {
    expect(validate(config)).toBe(false);
  });

  test('describes every top-level key for editors', () => {
    const missing = Object.entries(configSchema.properties).filter(([, v]) => !('description' in v) || !v.description);
    expect(missing.map(([k]) => k)).toEqual([]);
  });
});

describe('the generated config validator', () => {
  test('equals a fresh generation from the schema — run `npm run schema` when this fails', () => {
    expect(readFileSync(join(repoRoot, VALIDATOR_FILE), 'utf8')).toBe(configValidatorCode());
  });

  const compiled = new Ajv({ allErrors: true, strict: false }).compile(configSchema);
  test.each([
    ['the SPEC example', parse(SPEC_CONFIG)],
    ['an empty mapping', {}],
    ['an unknown top-level key', { chart: ['charts/*'] }],
    ['an unknown nested key', { environments: [{ name: 'dev', values: 'v.yaml', protect: true }] }],
    ['a wrong enum', { changelog: 'sometimes' }],
    ['a wrong type', { 'tag-prefix': 3, charts: 'charts/*' }],
    ['an empty string', { 'version-file': '' }],
    ['an astral-plane string', { 'version-file': '\u{1F600}' }],
    ['a service without image', { services: { api: { 'values-key': 'a.b' } } }],
    ['an empty lock-command', { 'lock-command': [] }],
    ['a pin rule with no names', { pins: [{ files: 'x', names: [] }] }],
  ])('gives the same verdict and errors as ajv compiling the schema at run time: %s', (_what, config) => {
    const ok = compiled(config);
    expect(generated(config)).toBe(ok);
    expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
  });
});
