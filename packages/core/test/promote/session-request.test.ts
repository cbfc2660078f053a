import { parseConfigText } from '../../src/config/config.ts';
import { readOnlyPromoteInputs, type PromoteInputs } from '../../src/promote/request.ts';
import { buildPromoteRequest } from '../../src/promote/session.ts';

const config = (...top: string[]) =>
  parseConfigText(
    [
      ...top,
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      'environments:',
      '  - { name: dev, values: dev.yaml }',
      '  - { name: staging, values: staging.yaml }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );

const inputs = (over: Partial<PromoteInputs> = {}): PromoteInputs => ({
  ...readOnlyPromoteInputs({ workingDirectory: '.', environments: [], services: [] }),
  from: 'dev',
  to: 'staging',
  dryRun: false,
  ...over,
});

const none = () => undefined;

describe('the promote request', () => {
  test('carries the config-backed settings resolved once: the config where no input is given, else the default', async () => {
    const req = await buildPromoteRequest(inputs(), config('notify-pulls: true'), none);
    expect(req.settings).toEqual({ notifyPulls: true, commitMode: 'git' });
  });

  test('an input given wins over the config', async () => {
    const req = await buildPromoteRequest(
      inputs({ notifyPulls: false, commitMode: 'api' }),
      config('notify-pulls: true', 'commit-mode: git'),
      none,
    );
    expect(req.settings).toEqual({ notifyPulls: false, commitMode: 'api' });
  });

  test('carries the inputs as given and the plan data resolved, not the raw inputs they came from', async () => {
    const req = await buildPromoteRequest(
      inputs({ push: 'direct', labels: ['promo'], services: ['api'], valuesKey: 'image', record: 'deployments', base: 'trunk' }),
      config(),
      none,
    );
    expect([req.push, req.labels, req.to, req.only, req.base, req.breakGlassLabel]).toEqual([
      'direct',
      ['promo'],
      'staging',
      ['api'],
      'trunk',
      'break-glass',
    ]);
    expect(req.from).toEqual({ kind: 'env', env: 'dev' });
    expect(req.environments.map((e) => e.name)).toEqual(['dev', 'staging']);
    expect(req.services[0].valuesKey).toBe('image');
    for (const raw of ['workingDirectory', 'config', 'valuesFile', 'valuesKey', 'record', 'notifyPulls', 'commitMode'])
      expect(Object.keys(req)).not.toContain(raw);
  });
});
