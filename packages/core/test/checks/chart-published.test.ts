import { checkChartBumps } from '../../src/checks/chart-bump.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { type ChartBumpInput } from '../../src/checks/types.ts';

// Issue 20 item 3: with chart-registry configured, a version tag the chart's OCI repository holds is taken.

type Files = Record<string, string>;
const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const BASE: Files = { 'charts/api/Chart.yaml': chart('api', '1.4.2'), 'charts/api/values.yaml': 'replicas: 1\n' };

async function run(head: Files, published?: ChartBumpInput['published']) {
  const paths = new Set([...Object.keys(BASE), ...Object.keys(head)]);
  const plan = await checkChartBumps({
    base: new Set(Object.keys(BASE)),
    head: new Set(Object.keys(head)),
    changed: [...paths].filter((p) => BASE[p] !== head[p]),
    readFile: async (side, p) => (side === 'base' ? BASE : head)[p],
    breaking: 'error',
    changelog: 'off',
    takenBy: async () => undefined,
    // No chart-registry: no version is in a registry.
    published: published ?? (async () => undefined),
  });
  return plan.charts.map((c) => ({
    path: c.path,
    ok: c.ok,
    problems: c.problems.map((p) => (p.level === 'warning' ? `warning ${formatProblem(p)}` : formatProblem(p))),
  }));
}

const registry: Record<string, string[]> = { api: ['1.4.2', '1.4.3'], web: ['0.1.0'] };
const asked: string[] = [];
const lookup: NonNullable<ChartBumpInput['published']> = async (name, version) => {
  asked.push(`${name}:${version}`);
  return registry[name]?.includes(version) ? { at: `ghcr.io/acme/charts/${name}:${version}` } : undefined;
};

beforeEach(() => (asked.length = 0));

test('a bump to a version the registry holds is refused at the version line', async () => {
  expect(await run({ ...BASE, 'charts/api/Chart.yaml': chart('api', '1.4.3'), 'charts/api/values.yaml': 'replicas: 2\n' }, lookup)).toEqual(
    [
      {
        path: 'charts/api',
        ok: false,
        problems: [
          'charts/api/Chart.yaml:3: version 1.4.3 is already published at ghcr.io/acme/charts/api:1.4.3 — a published version never changes: needs 1.4.4 or higher',
        ],
      },
    ],
  );
  expect(asked).toEqual(['api:1.4.3']);
});

test('a bump past every published version passes; without a lookup nothing is asked', async () => {
  const head = { ...BASE, 'charts/api/Chart.yaml': chart('api', '1.4.4'), 'charts/api/values.yaml': 'replicas: 2\n' };
  expect(await run(head, lookup)).toEqual([{ path: 'charts/api', ok: true, problems: [] }]);
  expect(await run({ ...BASE, 'charts/api/Chart.yaml': chart('api', '1.4.3'), 'charts/api/values.yaml': 'replicas: 2\n' })).toEqual([
    { path: 'charts/api', ok: true, problems: [] },
  ]);
});

test('a new chart whose version is in the registry is refused; a version not bumped is not asked about', async () => {
  const head = { ...BASE, 'charts/web/Chart.yaml': chart('web', '0.1.0'), 'charts/api/values.yaml': 'replicas: 2\n' };
  const out = await run(head, lookup);
  expect(out).toEqual([
    {
      path: 'charts/api',
      ok: false,
      problems: ['charts/api/Chart.yaml:3: charts/api changed but version 1.4.2 was not bumped — needs 1.4.3 or higher'],
    },
    {
      path: 'charts/web',
      ok: false,
      problems: [
        'charts/web/Chart.yaml:3: version 0.1.0 is already published at ghcr.io/acme/charts/web:0.1.0 — a published version never changes: needs 0.1.1 or higher',
      ],
    },
  ]);
  expect(asked).toEqual(['web:0.1.0']);
});

test('a registry that cannot answer is a warning, not a pass in silence nor a failure', async () => {
  const down: NonNullable<ChartBumpInput['published']> = async () => ({
    problem: 'could not ask ghcr.io/acme/charts/api whether 1.4.3 is published: ghcr.io unreachable after 4 attempts (ECONNREFUSED)',
  });
  expect(await run({ ...BASE, 'charts/api/Chart.yaml': chart('api', '1.4.3'), 'charts/api/values.yaml': 'replicas: 2\n' }, down)).toEqual([
    {
      path: 'charts/api',
      ok: true,
      problems: [
        'warning charts/api/Chart.yaml:3: could not ask ghcr.io/acme/charts/api whether 1.4.3 is published: ghcr.io unreachable after 4 attempts (ECONNREFUSED) — the check could not tell whether this version is already published',
      ],
    },
  ]);
});
