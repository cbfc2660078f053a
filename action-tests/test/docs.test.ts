import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../packages/core/src/config/raw.generated.ts';
import { repoRoot } from '../harness/run-action.ts';

// The repository stands alone: the README and docs/configuration.md document
// every key the config loader accepts (the schema is the loader's own), and
// point at nothing outside the repository.

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const reference = readFileSync(join(repoRoot, 'docs', 'configuration.md'), 'utf8');

type Props = Record<string, { items?: { properties?: Props }; additionalProperties?: unknown; properties?: Props }>;
const top = configSchema.properties as unknown as Props;
const topKeys = Object.keys(top);

/** Fields of list items and map values (pins[].files, services.<name>.image, environments[].name …). */
const nested = Object.entries(top).flatMap(([key, s]) => {
  const fields = s.items?.properties ?? (s.additionalProperties as { properties?: Props } | undefined)?.properties ?? {};
  return Object.keys(fields).map((field) => [key, field] as const);
});

test('the schema has the keys this test expects to find (it cannot pass on an empty schema)', () => {
  expect(topKeys).toEqual(
    expect.arrayContaining(['packages', 'pins', 'lock-command', 'services', 'environments', 'charts', 'chart-version-policy']),
  );
  expect(nested).toEqual(
    expect.arrayContaining([
      ['pins', 'table'],
      ['services', 'values-key'],
      ['environments', 'protected'],
    ]),
  );
});

test.each(topKeys)('docs/configuration.md has a section for `%s`', (key) => {
  expect(reference).toContain(`\n### \`${key}\`\n`);
});

test.each(nested)('docs/configuration.md documents %s field `%s`', (key, field) => {
  const section = reference.slice(reference.indexOf(`### \`${key}\``)).split('\n### ')[0];
  expect(section).toContain(`| \`${field}\` |`);
});

test.each(topKeys)('the README table documents `%s`', (key) => {
  expect(readme).toContain(`\n| \`${key}\` |`);
});

test('the README links the configuration reference, and neither points at a file beside the repository', () => {
  expect(readme).toContain('](docs/configuration.md)');
  for (const text of [readme, reference]) expect(text).not.toMatch(/SPEC\.md|beside this repository/);
});

test('every relative link in docs/configuration.md and the README resolves inside the repository', () => {
  const links = (text: string, base: string) =>
    [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1])
      .filter((l) => !/^[a-z]+:/.test(l))
      .map((l) => join(base, l));
  const all = [...links(readme, repoRoot), ...links(reference, join(repoRoot, 'docs'))];
  expect(all.length).toBeGreaterThan(3);
  for (const p of all) expect(() => readFileSync(p)).not.toThrow();
});
