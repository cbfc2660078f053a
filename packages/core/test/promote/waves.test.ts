import { parseConfigText } from '../../src/config/config.ts';
import { advanceWaves, planWaves, waveTargets } from '../../src/promote/waves.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { promoteStatus } from '../../src/operations/promote/view.ts';
import type { PromoteOperationResult } from '../../src/operations/promote/run.ts';
import { promoteRequestFor, userError } from '../helpers.ts';

const CONFIG = parseConfigText(
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    'environments:',
    '  - { name: staging, values: s.yaml }',
    '  - { name: prod-eu, values: eu.yaml }',
    '  - { name: prod-us, values: us.yaml }',
    'waves:',
    '  prod: [prod-eu, prod-us]',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);

describe('waves', () => {
  test('to names a config wave or lists the environments; a single target is the request itself', () => {
    const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod', waves: CONFIG.waves });
    expect(waveTargets(req)).toEqual(['prod-eu', 'prod-us']);
    expect(waveTargets({ ...req, to: 'prod-eu,\nprod-us' })).toEqual(['prod-eu', 'prod-us']);
    const one = { ...req, to: 'prod-eu' };
    expect(planWaves(one)).toEqual([
      {
        req: one,
        route: expect.objectContaining({ to: expect.objectContaining({ name: 'prod-eu', index: 1 }), branch: 'promote/prod-eu' }),
      },
    ]);
  });

  test('each later wave is promoted from the wave before it, with its own pins and no checks of its own', () => {
    const req = promoteRequestFor(CONFIG, {
      from: { kind: 'env', env: 'staging' },
      to: 'prod',
      waves: CONFIG.waves,
      requireChecks: ['e2e'],
      version: '1.2.0',
    });
    const [eu, us] = planWaves(req);
    expect([eu.req.from, eu.req.to, eu.req.requireChecks, eu.req.version]).toEqual([
      { kind: 'env', env: 'staging' },
      'prod-eu',
      ['e2e'],
      '1.2.0',
    ]);
    expect([us.req.from, us.req.to, us.req.requireChecks, us.req.version]).toEqual([
      { kind: 'env', env: 'prod-eu' },
      'prod-us',
      [],
      undefined,
    ]);
  });

  test('a rollback names one environment; an unknown wave is refused with the environments', () => {
    const req = promoteRequestFor(CONFIG, { from: { kind: 'ref', ref: 'v1' }, to: 'prod-eu, prod-us' });
    expect(userError(() => planWaves(req)).message).toBe("input 'to' names 2 environments; a rollback (from: ref:…) goes to one");
    const bad = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod-eu, prod-mars' });
    expect(userError(() => planWaves(bad)).message).toMatch(/^input 'to' is 'prod-mars', an unknown environment/);
  });

  test('a wave of one environment is refused at its config line', () => {
    expect(userError(() => parseConfigText('charts: []\nwaves:\n  prod: [prod-eu]\n', '.github/lockstep.yml'))).toMatchObject({
      message:
        '\'waves.prod\' is ["prod-eu"], which must NOT have fewer than 2 items: promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit',
      file: '.github/lockstep.yml',
      line: 3,
    });
  });

  test('a wave with nothing to promote says what it runs: pins, or for a hydrated environment its DRY commit', async () => {
    const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod', waves: CONFIG.waves });
    const dry = 'a'.repeat(40);
    const { report } = await advanceWaves(planWaves(req), {} as PromoteWorld, [], async (r) =>
      r.to === 'prod-eu'
        ? { outcome: 'nothing' as const, hydrated: { active: 'environment/prod-eu', drySha: dry } }
        : { outcome: 'nothing' as const },
    );
    expect(report.steps).toEqual([
      { environment: 'prod-eu', state: 'landed', detail: 'already runs DRY commit aaaaaaaaaaaa on environment/prod-eu' },
      { environment: 'prod-us', state: 'landed', detail: 'pins what prod-eu has' },
    ]);
  });

  test('a held wave names the gate that holds it and its words (fan-in: which environment lacks which pin); the next waits behind it', async () => {
    const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'prod', waves: CONFIG.waves });
    const lacks = 'prod-eu is promoted only from pins its after: environments run: staging-perf lacks api sha256:aa (it runs sha256:bb)';
    const { report } = await advanceWaves(planWaves(req), {} as PromoteWorld, [], async () => ({
      outcome: 'held' as const,
      gate: { holds: [{ gate: 'fan-in', message: lacks }] },
    }));
    expect(report.steps).toEqual([
      { environment: 'prod-eu', state: 'held', detail: `held by fan-in: ${lacks}` },
      { environment: 'prod-us', state: 'held', detail: 'behind prod-eu' },
    ]);
  });

  test("promote-env's line when nothing is pending: a hydrated environment runs a DRY commit, it pins nothing", () => {
    const base = { outcome: 'nothing', route: { to: { name: 'prod' } }, plan: { sourceLabel: 'staging' } };
    expect(promoteStatus(base as unknown as PromoteOperationResult)).toBe(
      'Nothing to promote: prod already pins what staging has; no commit, no push, no pull request.',
    );
    const hydrated = { ...base, hydrated: { active: 'environment/prod', drySha: 'b'.repeat(40) } };
    expect(promoteStatus(hydrated as unknown as PromoteOperationResult)).toBe(
      'Nothing to promote: prod already runs the hydrated DRY commit bbbbbbbbbbbb on environment/prod; no commit, no push, no pull request.',
    );
  });
});
