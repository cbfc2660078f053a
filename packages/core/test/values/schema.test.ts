import { schemaChanges, parseSchema } from '../../src/values/schema.ts';
import { UserError } from '../../src/errors.ts';

const F = 'charts/myapp/values.schema.json';

const BASE = {
  $schema: 'https://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['image'],
  properties: {
    replicaCount: { type: 'integer', minimum: 1 },
    image: {
      type: 'object',
      properties: {
        repository: { type: 'string' },
        tag: { type: ['string', 'null'] },
        pullPolicy: { type: 'string', enum: ['Always', 'IfNotPresent', 'Never'] },
      },
    },
    service: { type: 'object', properties: { port: { type: 'number', maximum: 65535 } } },
    extra: { type: 'array', items: { type: 'string' } },
  },
};

/** A JSON Schema as the mutations below edit it: the keywords they set, and the nesting they walk through. */
interface Schema {
  type?: string | string[];
  required: string[];
  properties: Record<string, Schema>;
  items: Schema;
  enum: string[];
  description?: string;
  additionalProperties?: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}
type Mutate = (s: Schema) => void;
const text = (s: unknown) => `${JSON.stringify(s, null, 2)}\n`;
const variant = (m: Mutate) => {
  // BASE has every key a mutation walks through; the Schema type names them for the mutations.
  const s = structuredClone(BASE) as unknown as Schema;
  m(s);
  return text(s);
};

describe('schemaChanges', () => {
  test.each<[string, Mutate, string[]]>([
    ['unchanged', () => {}, []],
    ['a description added', (s) => (s.properties.image.description = 'the image'), []],
    ['a new optional property', (s) => (s.properties.podLabels = { type: 'object' } as Schema), []],
    ['a new required property', (s) => s.required.push('service'), ['schema (root): property service is now required']],
    ['a nested required property', (s) => (s.properties.image.required = ['tag']), ['schema image: property tag is now required']],
    ['a property removed', (s) => delete s.properties.extra, ['schema (root): property extra removed']],
    [
      'a type narrowed',
      (s) => (s.properties.image.properties.tag.type = 'string'),
      ['schema image.tag: type narrowed from string|null to string'],
    ],
    ['integer → number widens', (s) => (s.properties.replicaCount.type = 'number'), []],
    [
      'number → integer narrows',
      (s) => (s.properties.service.properties.port.type = 'integer'),
      ['schema service.port: type narrowed from number to integer'],
    ],
    [
      'an enum value removed',
      (s) => (s.properties.image.properties.pullPolicy.enum = ['Always', 'IfNotPresent']),
      ['schema image.pullPolicy: enum no longer allows "Never"'],
    ],
    ['an enum value added widens', (s) => s.properties.image.properties.pullPolicy.enum.push('Sometimes'), []],
    ['an enum added', (s) => (s.properties.image.properties.repository.enum = ['a']), ['schema image.repository: enum ["a"] added']],
    [
      'additionalProperties closed',
      (s) => (s.properties.image.additionalProperties = false),
      ['schema image: additionalProperties closed'],
    ],
    ['minimum raised', (s) => (s.properties.replicaCount.minimum = 2), ['schema replicaCount: minimum raised to 2 (was 1)']],
    ['minimum lowered widens', (s) => (s.properties.replicaCount.minimum = 0), []],
    [
      'maximum lowered',
      (s) => (s.properties.service.properties.port.maximum = 1024),
      ['schema service.port: maximum lowered to 1024 (was 65535)'],
    ],
    [
      'a pattern added',
      (s) => (s.properties.image.properties.repository.pattern = '^ghcr'),
      ['schema image.repository: pattern "^ghcr" added'],
    ],
    ['list items narrowed', (s) => (s.properties.extra.items.enum = ['x']), ['schema extra[]: enum ["x"] added']],
    ['a required entry dropped widens', (s) => (s.required = []), []],
  ])('%s', async (_n, mutate, expected) => {
    expect((await schemaChanges(text(BASE), variant(mutate), F)).map((c) => c.message)).toEqual(expected);
  });

  test.each<[string, unknown, string[]]>([
    ['with a default in values.yaml a new required property breaks no one', { image: {}, service: { port: 80 } }, []],
    ['a null default does not satisfy it', { service: null }, ['schema (root): property service is now required']],
    ['without a default it is breaking', { image: {} }, ['schema (root): property service is now required']],
    ['without values.yaml it is breaking', undefined, ['schema (root): property service is now required']],
  ])('required and the head defaults: %s', async (_n, values, expected) => {
    expect(
      (
        await schemaChanges(
          text(BASE),
          variant((s) => s.required.push('service')),
          F,
          values,
        )
      ).map((c) => c.message),
    ).toEqual(expected);
  });

  test('a nested required property is satisfied by the nested default (helm-schema marks every key required)', async () => {
    const head = variant((s) => (s.properties.image.required = ['repository', 'tag']));
    expect(
      (await schemaChanges(text(BASE), head, F, { image: { repository: 'ghcr.io/acme/api', tag: '' } })).map((c) => c.message),
    ).toEqual([]);
    expect((await schemaChanges(text(BASE), head, F, { image: { repository: 'ghcr.io/acme/api' } })).map((c) => c.message)).toEqual([
      'schema image: property tag is now required',
    ]);
  });

  test('declaring the root an object is not stricter (values are always a map), other types are', async () => {
    const untyped = text({ properties: { a: { type: 'string' } } });
    expect(
      await schemaChanges(
        untyped,
        text({ $schema: 'http://json-schema.org/schema#', type: 'object', properties: { a: { type: 'string' } } }),
        F,
      ),
    ).toEqual([]);
    expect((await schemaChanges(untyped, text({ type: 'array', properties: { a: { type: 'string' } } }), F)).map((c) => c.message)).toEqual(
      ['schema (root): type narrowed from any to array'],
    );
    expect(await schemaChanges(untyped, text({ properties: { a: { type: 'string' }, b: { type: 'object' } } }), F)).toEqual([]);
    expect(
      (await schemaChanges(text({ properties: { a: {} } }), text({ properties: { a: { type: 'object' } } }), F)).map((c) => c.message),
    ).toEqual(['schema a: type narrowed from any to object']);
  });

  test('findings point at the line of the stricter keyword in the head file', async () => {
    const head = variant((s) => (s.properties.image.properties.pullPolicy.enum = ['Always']));
    const [c] = await schemaChanges(text(BASE), head, F);
    expect(head.split('\n')[c.line! - 1]).toContain('"enum"');
    expect(c.file).toBe(F);
  });

  test('a base that was not JSON constrained nothing', async () => {
    expect((await schemaChanges('{ not json', text(BASE), F)).length).toBeGreaterThan(0);
  });

  test.each([
    ['{\n  "type": "object",\n  "properties": {\n}', 4],
    ['{\n  "a": 1,\n  "a": 2\n}', 3],
  ])('invalid head JSON is a UserError at its line: %#', async (bad, line) => {
    try {
      await parseSchema(bad, F);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).file).toBe(F);
      expect((e as UserError).line).toBe(line);
    }
  });
});
