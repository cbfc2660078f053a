import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartValuesFiles } from '../../src/values/chart-drift.ts';
import { schemaFindings } from '../../src/values/schema-values.ts';
import { undeclaredKeys } from '../../src/values/schema-declared.ts';

// The values contract's schema (issue 74, item 3): what a chart's values.schema.json refuses in the chart's values
// coalesced under an environment's, at the line that wrote the key — judged against what the real Helm 3.17.3 and
// Helm 4.1.4 refuse (`helm template` on the same chart and values), and against hostile schemas.

const HELM = { 3: process.env.LOCKSTEP_HELM!, 4: process.env.LOCKSTEP_HELM4! } as const;
const work = mkdtempSync(join(tmpdir(), 'schema-values-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** Whether `helm template` refuses the chart with the environment's values (its stderr when it does). */
function helmRefuses(
  helm: 3 | 4,
  chart: { values: string; schema: string; sub?: { values: string; schema: string }; chartYaml?: string },
  env: string,
) {
  const dir = join(work, `c${n++}`);
  mkdirSync(join(dir, 'chart', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'chart', 'Chart.yaml'), chart.chartYaml ?? 'apiVersion: v2\nname: api\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'chart', 'values.yaml'), chart.values);
  writeFileSync(join(dir, 'chart', 'values.schema.json'), chart.schema);
  writeFileSync(join(dir, 'chart', 'templates', 'cm.yaml'), 'kind: ConfigMap\n');
  if (chart.sub) {
    mkdirSync(join(dir, 'chart', 'charts', 'db', 'templates'), { recursive: true });
    writeFileSync(join(dir, 'chart', 'charts', 'db', 'Chart.yaml'), 'apiVersion: v2\nname: db\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'chart', 'charts', 'db', 'values.yaml'), chart.sub.values);
    writeFileSync(join(dir, 'chart', 'charts', 'db', 'values.schema.json'), chart.sub.schema);
  }
  writeFileSync(join(dir, 'env.yaml'), env);
  return new Promise<string | undefined>((resolve) =>
    execFile(
      HELM[helm],
      ['template', join(dir, 'chart'), '-f', join(dir, 'env.yaml')],
      { env: { HOME: dir, PATH: '/usr/bin:/bin' } },
      (e, _out, err) => resolve(e ? err : undefined),
    ),
  );
}

const chartOf = (values: string, schema: string, sub?: { values: string; schema: string }): ChartValuesFiles => ({
  name: 'api',
  version: '0.1.0',
  values,
  schema,
  dependencies: sub
    ? [
        {
          key: 'db',
          chart: { name: 'db', version: '0.1.0', values: sub.values, schema: sub.schema, folder: 'charts/db', dependencies: [] },
        },
      ]
    : [],
});

const SCHEMA = JSON.stringify(
  {
    type: 'object',
    required: ['replicas'],
    properties: {
      replicas: { type: 'integer', minimum: 1 },
      image: { type: 'object', properties: { tag: { type: 'string' } }, additionalProperties: false },
      mode: { enum: ['a', 'b'] },
    },
  },
  null,
  2,
);
const VALUES = 'replicas: 1\nimage:\n  tag: "1.0"\nmode: a\n';

describe('what the schema refuses, against what Helm 3.17 and Helm 4.1 refuse', () => {
  test.each([
    ['values the schema takes', 'replicas: 3\n', []],
    ['a key a default fills is not missing (the merged values are judged)', 'mode: b\n', []],
    [
      'a number under a minimum, a number where a string goes',
      'replicas: 0\nimage:\n  tag: 5\n',
      [
        'env.yaml:1 replicas: replicas must be >= 1 (charts/api/values.schema.json:9, read as JSON Schema draft-07)',
        'env.yaml:3 image.tag: image.tag must be string (charts/api/values.schema.json:15, read as JSON Schema draft-07)',
      ],
    ],
    [
      "a null deletes the chart's default: the required key is missing at the null's line",
      'mode: a\nreplicas: null\n',
      [
        'env.yaml:2 replicas: replicas is required, but the values do not set it (charts/api/values.schema.json:3, read as JSON Schema draft-07)',
      ],
    ],
    [
      'YAML 1.1, as Helm reads values: on is a boolean',
      'replicas: on\n',
      ['env.yaml:1 replicas: replicas must be integer (charts/api/values.schema.json:8, read as JSON Schema draft-07)'],
    ],
    [
      'a key additionalProperties: false refuses, and a value outside the enum',
      'image:\n  tag: "2"\n  tga: "2"\nmode: c\n',
      [
        'env.yaml:3 image.tga: image.tga is not a key the schema allows (additionalProperties: false) (charts/api/values.schema.json:18, read as JSON Schema draft-07)',
        'env.yaml:4 mode: mode must be equal to one of the allowed values ["a","b"] (charts/api/values.schema.json:21, read as JSON Schema draft-07)',
      ],
    ],
    [
      'a scalar over the chart’s table: the value Helm keeps is the scalar',
      'image: 5\n',
      ['env.yaml:1 image: image must be object (charts/api/values.schema.json:12, read as JSON Schema draft-07)'],
    ],
  ])('%s', async (_name, env, expected) => {
    const found = await schemaFindings(chartOf(VALUES, SCHEMA), [{ file: 'env.yaml', text: env }], 'charts/api');
    expect(found.map((f) => `${f.file}:${f.line} ${f.key}: ${f.message}`)).toEqual(expected);
    for (const helm of [3, 4] as const)
      expect(await helmRefuses(helm, { values: VALUES, schema: SCHEMA }, env)).toEqual(
        expected.length > 0 ? expect.stringContaining("values don't meet the specifications") : undefined,
      );
  });

  test("a subchart's schema judges its part of the merged values, global included; the chart's own default is said at its line", async () => {
    const sub = {
      values: 'port: 5432\n',
      schema:
        '{\n  "type": "object",\n  "properties": {\n    "port": { "type": "integer" },\n    "global": { "type": "object", "properties": { "region": { "type": "string" } } }\n  }\n}\n',
    };
    const values = 'replicas: "x"\nglobal:\n  region: eu\n';
    const env = 'db:\n  port: "5432"\nglobal:\n  region: 7\n';
    const found = await schemaFindings(chartOf(values, SCHEMA, sub), [{ file: 'env.yaml', text: env }], 'charts/api');
    expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'charts/api/values.yaml:1 replicas must be integer (charts/api/values.schema.json:8, read as JSON Schema draft-07)',
      'env.yaml:2 db.port must be integer (charts/api/charts/db/values.schema.json:4, read as JSON Schema draft-07)',
      'env.yaml:4 db.global.region must be string (charts/api/charts/db/values.schema.json:5, read as JSON Schema draft-07)',
    ]);
    for (const helm of [3, 4] as const)
      expect(await helmRefuses(helm, { values, schema: SCHEMA, sub }, env)).toMatch(
        /db:[\s\S]*port[\s\S]*region|db:[\s\S]*region[\s\S]*port/,
      );
  });

  test('a subchart its condition turns off is not validated (Helm drops it first); turned on, it is', async () => {
    const sub = { values: 'port: 5432\n', schema: '{\n  "properties": {\n    "port": { "type": "integer" }\n  }\n}\n' };
    const chartYaml = 'apiVersion: v2\nname: api\nversion: 0.1.0\ndependencies:\n  - { name: db, version: 0.1.0, condition: db.enabled }\n';
    const values = 'replicas: 1\ndb:\n  enabled: false\n';
    const chart = chartOf(values, SCHEMA, sub);
    chart.dependencies[0].enabledBy = { conditions: [['db', 'enabled']], tags: [] };
    for (const [env, expected] of [
      ['db:\n  port: x\n', []],
      [
        'db:\n  enabled: true\n  port: x\n',
        ['env.yaml:3 db.port must be integer (charts/api/charts/db/values.schema.json:3, read as JSON Schema draft-07)'],
      ],
    ] as const) {
      const found = await schemaFindings(chart, [{ file: 'env.yaml', text: env }], 'charts/api');
      expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(expected);
      for (const helm of [3, 4] as const)
        expect((await helmRefuses(helm, { values, schema: SCHEMA, sub, chartYaml }, env)) !== undefined).toBe(expected.length > 0);
    }
  });

  test("every subchart is given a global, as Helm gives it: a subchart schema refusing additional properties refuses it, said at the schema's line", async () => {
    const sub = {
      values: 'port: 5432\n',
      schema: '{\n  "type": "object",\n  "additionalProperties": false,\n  "properties": { "port": { "type": "integer" } }\n}\n',
    };
    const found = await schemaFindings(
      chartOf(VALUES, SCHEMA.replace('"properties": {', '"properties": {\n    "db": { "type": "object" },'), sub),
      [{ file: 'env.yaml', text: 'replicas: 2\n' }],
      'charts/api',
    );
    expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      'charts/api/charts/db/values.schema.json:3 db.global is not a key the schema allows (additionalProperties: false) (charts/api/charts/db/values.schema.json:3, read as JSON Schema draft-07)',
    ]);
    for (const helm of [3, 4] as const)
      expect(await helmRefuses(helm, { values: VALUES, schema: SCHEMA, sub }, 'replicas: 2\n')).toMatch(/db:[\s\S]*global/);
  });

  test("the parent's schema sees its subcharts' defaults (Helm coalesces the whole tree before it validates)", async () => {
    const sub = { values: 'port: 5432\n', schema: '{"type":"object"}' };
    const parent =
      '{\n  "type": "object",\n  "properties": {\n    "db": { "type": "object", "required": ["port"], "properties": { "port": { "type": "integer" } } }\n  }\n}\n';
    for (const [env, expected] of [
      ['replicas: 2\n', []],
      ['db:\n  port: "x"\n', ['env.yaml:2 db.port must be integer (charts/api/values.schema.json:4, read as JSON Schema draft-07)']],
    ] as const) {
      const found = await schemaFindings(chartOf('replicas: 1\n', parent, sub), [{ file: 'env.yaml', text: env }], 'charts/api');
      expect(found.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(expected);
      for (const helm of [3, 4] as const)
        expect((await helmRefuses(helm, { values: 'replicas: 1\n', schema: parent, sub }, env)) !== undefined).toBe(expected.length > 0);
    }
  });

  test('drafts: Helm 3 reads every schema as draft 7; Helm 4 honours $schema and reads none as 2020-12', async () => {
    const schema = (declared?: string) =>
      JSON.stringify({
        ...(declared ? { $schema: declared } : {}),
        type: 'object',
        properties: { l: { type: 'array', prefixItems: [{ type: 'string' }] } },
      });
    const env = 'l: [5]\n';
    const cases: [string | undefined, 3 | 4, boolean][] = [
      [undefined, 3, false],
      [undefined, 4, true],
      ['https://json-schema.org/draft/2020-12/schema', 3, false],
      ['https://json-schema.org/draft/2020-12/schema', 4, true],
      ['http://json-schema.org/draft-07/schema#', 4, false],
      ['https://json-schema.org/draft/2019-09/schema', 4, false],
    ];
    for (const [declared, helm, refused] of cases) {
      const found = await schemaFindings(chartOf('{}\n', schema(declared)), [{ file: 'env.yaml', text: env }], 'c', helm);
      expect([declared, helm, found.map((f) => f.message)]).toEqual([
        declared,
        helm,
        refused ? ['l[0] must be string (c/values.schema.json:1, read as JSON Schema 2020-12)'] : [],
      ]);
      expect([declared, helm, (await helmRefuses(helm, { values: '{}\n', schema: schema(declared) }, env)) !== undefined]).toEqual([
        declared,
        helm,
        refused,
      ]);
    }
  });
});

describe('a hostile values.schema.json: bounded work, one finding at its line, nothing fetched', () => {
  const judge = (schema: string, env = 'a: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n') =>
    schemaFindings(chartOf('{}\n', schema), [{ file: 'env.yaml', text: env }], 'c').then((f) =>
      f.map((x) => `${x.file}:${x.line} ${x.unjudged ? 'unjudged ' : ''}${x.message}`),
    );

  test('a remote $ref is not fetched (a loopback server sees no request), a file $ref not read', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('{"type":"string"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const remote = `{\n  "type": "object",\n  "properties": {\n    "a": { "$ref": "http://127.0.0.1:${port}/s.json" }\n  }\n}\n`;
    expect(await judge(remote)).toEqual([
      `c/values.schema.json:4 unjudged chart api's values.schema.json cannot be judged: $ref http://127.0.0.1:${port}/s.json is outside the file: Helm would fetch or read it when installing; lockstep reads nothing a schema names`,
    ]);
    server.close();
    expect(hits).toBe(0);
    expect(await judge('{"properties":{"a":{"$ref":"file:///etc/passwd"}}}')).toEqual([
      "c/values.schema.json:1 unjudged chart api's values.schema.json cannot be judged: $ref file:///etc/passwd is outside the file: Helm would fetch or read it when installing; lockstep reads nothing a schema names",
    ]);
  });

  test('a $ref loop (Helm 3.17 overflows its stack on it) is one finding at the $ref', async () => {
    const loop =
      '{\n  "properties": { "a": { "$ref": "#/definitions/x" } },\n  "definitions": {\n    "x": { "$ref": "#/definitions/y" },\n    "y": { "$ref": "#/definitions/x" }\n  }\n}\n';
    expect(await judge(loop)).toEqual([
      "c/values.schema.json:2 unjudged chart api's values.schema.json cannot be judged: $ref #/definitions/x loops back to itself through $refs only",
    ]);
  });

  test('a backtracking pattern is matched by RE2 in linear time; a pattern RE2 does not read is refused at its line', async () => {
    const started = Date.now();
    expect(await judge('{\n  "properties": {\n    "a": { "pattern": "^(a|a)*$" }\n  }\n}\n')).toEqual([
      'env.yaml:1 a must match pattern "^(a|a)*$" (c/values.schema.json:3, read as JSON Schema draft-07)',
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await judge('{\n  "properties": {\n    "a": { "pattern": "(a)\\\\1" }\n  }\n}\n')).toEqual([
      'c/values.schema.json:3 unjudged chart api\'s values.schema.json cannot be judged: pattern "(a)\\\\1" is not RE2 syntax, the syntax Kubernetes reads patterns in (invalid escape sequence: `\\1`)',
    ]);
  });

  test('nested past the bound, or larger than the bound: refused at once', async () => {
    const started = Date.now();
    const deep = `${'{"properties":{"a":'.repeat(20_000)}{}${'}}'.repeat(20_000)}`;
    expect(await judge(deep)).toEqual([
      "c/values.schema.json:1 unjudged chart api's values.schema.json cannot be judged: nested deeper than 64 levels, more than lockstep judges",
    ]);
    const huge = `{"description":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    expect(await judge(huge)).toEqual([
      "c/values.schema.json:1 unjudged chart api's values.schema.json cannot be judged: 5242898 bytes, more than the 4194304 lockstep judges in a values.schema.json",
    ]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('JSON that does not parse is an error at its line', async () => {
    const e = await judge('{\n  "type": "object",\n  "properties": {\n}').catch(
      (x: unknown) => x as { file: string; line: number; message: string },
    );
    expect(e).toMatchObject({ file: 'c/values.schema.json', line: 4, message: 'invalid JSON: close brace expected' });
  });
});

describe("keys the chart's own values.yaml sets that its schema does not declare", () => {
  test('properties, patternProperties and additionalProperties declare; a free-form object is declared whole', () => {
    const schema = {
      type: 'object',
      properties: {
        image: { type: 'object', properties: { tag: { type: 'string' } } },
        podAnnotations: { type: 'object' },
        env: { type: 'object', additionalProperties: { type: 'string' } },
        probes: { allOf: [{ $ref: '#/definitions/probe' }] },
      },
      patternProperties: { '^x-': {} },
      definitions: { probe: { properties: { path: { type: 'string' } } } },
    };
    const values =
      'image:\n  tag: "1"\n  pullPolicy: Always\npodAnnotations:\n  a: b\nenv:\n  A: "1"\nprobes:\n  path: /\n  port: 80\nx-extra: 1\nreplicaCount: 1\n';
    const chart = chartOf(values, JSON.stringify(schema));
    expect(undeclaredKeys(chart, schema, 'charts/api').map((u) => `${u.file}:${u.line} ${u.key}`)).toEqual([
      'charts/api/values.yaml:3 image.pullPolicy',
      'charts/api/values.yaml:10 probes.port',
      'charts/api/values.yaml:12 replicaCount',
    ]);
  });
});
