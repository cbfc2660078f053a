import { parseConfigText } from '../../../src/config/config.ts';
import { promoteOn } from '../../../src/operations/promote/run.ts';
import { gateLines } from '../../../src/promote/gates.ts';
import { fanIn } from '../../../src/promote/gates/fan-in.ts';
import type { PromoteWorld } from '../../../src/promote/ports.ts';
import { gitDouble, gitHubDouble, worldDouble } from '../ports-double.ts';
import { checkRoute } from '../../../src/promote/request.ts';
import { digest as d, promoteRequestFor, pullRef } from '../../helpers.ts';

// prod is promoted from staging-e2e, only with pins staging-perf runs too.
const CONFIG_TEXT = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: worker.image }',
  'environments:',
  '  - { name: dev, values: dev.yaml }',
  '  - { name: staging-e2e, values: e2e.yaml }',
  '  - { name: staging-perf, values: perf.yaml }',
  '  - name: prod',
  '    values: prod.yaml',
  '    after: [staging-e2e, staging-perf]',
  '',
].join('\n');
const CONFIG = parseConfigText(CONFIG_TEXT, '.github/lockstep.yml');
const pins = (api: string, worker: string) =>
  `api:\n  image:\n    tag: "1.0.0"\n    digest: ${api}\nworker:\n  image:\n    tag: "1.0.0"\n    digest: ${worker}\n`;
const BASE = 'b'.repeat(40);

/** A promotion staging-e2e → prod on a base where staging-perf runs `perf`, with the git and GitHub it talks to. */
function run(perf: string) {
  const files: Record<string, string> = {
    'e2e.yaml': pins(d('1'), d('2')),
    'perf.yaml': perf,
    'prod.yaml': pins(d('0'), d('0')),
  };
  const log: string[] = [];
  const git = gitDouble({
    fetchBranch: async () => BASE,
    readAt: async (_c, p) => files[p],
    resolveRef: async () => undefined,
    lastCommit: async () => BASE,
    async publish(p) {
      await p.plan(BASE);
      log.push(`publish ${p.branch}`);
      return { outcome: 'created', head: 'h'.repeat(40), baseSha: BASE, replayed: [], skipped: [] };
    },
  });
  const world: PromoteWorld = worldDouble({
    git,
    github: gitHubDouble({
      checkStates: async () => [],
      async upsertPull(p) {
        log.push(`pull draft=${p.draft}`);
        return { pull: pullRef({ number: 9, url: 'https://github.com/acme/x/pull/9', draft: p.draft }), outcome: 'created', warnings: [] };
      },
      enableAutoMerge: async () => ({ enabled: false }),
    }),
    resolveDigest: async () => d('9'),
  });
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging-e2e' }, to: 'prod' });
  return { log, result: promoteOn(req, checkRoute(req), world, { now: () => Date.parse('2026-11-25T12:00:00Z') }) };
}

test('held while staging-perf lacks a pin staging-e2e promotes: names the environment, the service and both pins; nothing written', async () => {
  const { log, result } = run(pins(d('1'), d('3')));
  const r = await result;
  expect(r.outcome).toBe('held');
  expect(r.gate && gateLines(r.gate)).toEqual([
    `Held by fan-in: prod is promoted only from pins its after: environments run: staging-perf lacks worker ${d('2')} (it runs ${d('3')}).`,
  ]);
  expect(r.gate?.action).toBe('refuse');
  expect(log).toEqual([]);
});

test('once every after: environment runs the pins, the promotion opens its pull request', async () => {
  const { log, result } = run(pins(d('1'), d('2')));
  const r = await result;
  expect(r.outcome).toBe('pr');
  expect(r.gate?.holds).toEqual([]);
  expect(log).toEqual(['publish promote/prod', 'pull draft=false']);
});

test('an after: environment whose values file is missing lacks every pin', () => {
  const runs = [{ name: 'staging-perf', values: 'perf.yaml', missing: true, services: { api: null } }];
  expect(fanIn.holds({ env: 'prod', wants: [{ service: 'api', pin: d('1') }, { pin: '1.4.0' }], runs }, 0)).toEqual([
    {
      gate: 'fan-in',
      message: `prod is promoted only from pins its after: environments run: staging-perf lacks api ${d('1')} (it runs none)`,
    },
    {
      gate: 'fan-in',
      message: 'prod is promoted only from pins its after: environments run: staging-perf lacks chart version 1.4.0 (it runs none)',
    },
  ]);
});

test('a tag pin is compared by tag, a chart version by the Application it runs', () => {
  const runs = [
    { name: 'staging-perf', values: 'perf.yaml', missing: false, services: { api: { tag: '2.0.0', digest: null } }, chartVersion: '1.4.0' },
  ];
  expect(fanIn.holds({ env: 'prod', wants: [{ service: 'api', pin: '2.0.0' }, { pin: '1.4.0' }], runs }, 0)).toEqual([]);
  expect(fanIn.holds({ env: 'prod', wants: [{ service: 'api', pin: '2.1.0' }], runs }, 0)).toEqual([
    {
      gate: 'fan-in',
      message: 'prod is promoted only from pins its after: environments run: staging-perf lacks api 2.1.0 (it runs 2.0.0)',
    },
  ]);
});

test('hydrated environments: the hold names the DRY commit once and what the active branch runs, in words true of a branch', () => {
  const dry = '0123456789abcdef0123456789abcdef01234567';
  const older = 'fedcba9876543210fedcba9876543210fedcba98';
  const label = 'DRY commit 0123456789ab';
  const runs = [
    { name: 'staging', values: 'hydrator.metadata', missing: false, services: { [label]: { tag: dry, digest: null } } },
    { name: 'qa', values: 'hydrator.metadata', missing: false, services: { [label]: { tag: null, digest: null } } },
    { name: 'perf', values: 'hydrator.metadata', missing: false, services: { [label]: { tag: older, digest: null } } },
  ];
  expect(fanIn.holds({ env: 'prod', wants: [{ service: label, pin: dry }], runs, hydrated: true }, 0)).toEqual([
    {
      gate: 'fan-in',
      message:
        'prod is promoted only from DRY commits its after: environments run: qa has not run DRY commit 0123456789ab (its active branch runs none)',
    },
    {
      gate: 'fan-in',
      message:
        'prod is promoted only from DRY commits its after: environments run: perf has not run DRY commit 0123456789ab (its active branch runs fedcba987654)',
    },
  ]);
});

test('an after: entry that is no environment (or the environment itself) is an error at its config line', () => {
  const bad = parseConfigText(
    CONFIG_TEXT.replace('after: [staging-e2e, staging-perf]', 'after:\n      - staging-pref\n      - prod'),
    '.github/lockstep.yml',
  );
  const errors = fanIn.check!(bad).map((e) => ({ message: e.message, file: e.file, line: e.line }));
  expect(errors).toEqual([
    {
      message: "environment prod has after: 'staging-pref', which is not an environment (did you mean staging-perf?)",
      file: '.github/lockstep.yml',
      line: 11,
    },
    { message: 'environment prod lists itself in after:', file: '.github/lockstep.yml', line: 12 },
  ]);
});
