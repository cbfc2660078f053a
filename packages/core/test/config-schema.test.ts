import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { configSchema } from '../src/config/schema.ts';
import { SPEC_CONFIG } from './fixtures/spec-config.ts';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'lockstep.schema.json');

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
