import { parseConfigText } from '../../src/config/config.ts';
import { environmentSettings, PROMOTE_PER_ENVIRONMENT } from '../../src/promote/environment-settings.ts';
import { resolveSettings } from '../../src/settings/resolve.ts';
import { readOnlyPromoteInputs, type PromoteInputs } from '../../src/promote/request.ts';
import { buildPromoteRequest } from '../../src/promote/session.ts';
import { planWaves } from '../../src/promote/waves.ts';

// promote's settings an environment may set — auto-merge, values-drift, min-soak, wait, render — resolved once per
// environment of the request by settings/resolve.ts (input > the environment's key > the default, values-drift's
// decided by protected), and read at the environment where each applies.

const H = 3_600_000;
const FILE = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  'environments:',
  '  - { name: dev, values: dev.yaml }',
  '  - { name: staging, values: staging.yaml, auto-merge: true, values-drift: off, min-soak: 1h, wait: draft }',
  '  - { name: prod-eu, values: eu.yaml, auto-merge: true, values-drift: off, min-soak: 10m }',
  '  - { name: prod-us, values: us.yaml, protected: true }',
  'waves:',
  '  prod: [prod-eu, prod-us]',
  '',
].join('\n');
const config = parseConfigText(FILE, '.github/lockstep.yml');

const inputs = (over: Partial<PromoteInputs> = {}): PromoteInputs => ({
  ...readOnlyPromoteInputs({ workingDirectory: '.', environments: [], services: [] }),
  from: 'dev',
  to: 'staging',
  dryRun: false,
  ...over,
});
const request = (over: Partial<PromoteInputs> = {}) => buildPromoteRequest(inputs(over), config, () => undefined);

describe("each environment's settings, resolved once", () => {
  test('no input: each environment its own key, else the default (values-drift error where protected)', async () => {
    const req = await request();
    expect(Object.keys(req.settingsByEnvironment)).toEqual(['dev', 'staging', 'prod-eu', 'prod-us']);
    expect(environmentSettings(req, 'dev')).toEqual({
      autoMerge: false,
      valuesDrift: 'warn',
      validate: 'warn',
      wait: 'refuse',
      render: 'auto',
      valuesContract: 'warn',
    });
    expect(environmentSettings(req, 'staging')).toEqual({
      autoMerge: true,
      valuesDrift: 'off',
      validate: 'warn',
      minSoak: H,
      wait: 'draft',
      render: 'auto',
      valuesContract: 'warn',
    });
    expect(environmentSettings(req, 'prod-us')).toEqual({
      autoMerge: false,
      valuesDrift: 'error',
      validate: 'error',
      wait: 'refuse',
      render: 'auto',
      valuesContract: 'error',
    });
    // Where each came from, as lockstep config says it.
    expect(resolveSettings(PROMOTE_PER_ENVIRONMENT, {}, config, { environment: 'staging' })).toEqual({
      'values-drift': { value: 'off', from: 'environment' },
      'auto-merge': { value: true, from: 'environment' },
      validate: { value: 'warn', from: 'default' },
      'min-soak': { value: H, from: 'environment' },
      wait: { value: 'draft', from: 'environment' },
      render: { value: 'auto', from: 'default' },
      'values-contract': { value: 'warn', from: 'default' },
    });
    expect(resolveSettings(PROMOTE_PER_ENVIRONMENT, {}, config, { environment: 'prod-us' })['values-drift']).toEqual({
      value: 'error',
      from: 'default',
    });
    // No soak: the key is absent from the environment's settings, not a value.
    expect(Object.keys(req.settingsByEnvironment.dev)).not.toContain('minSoak');
  });

  test('an input beats every environment’s key and default', async () => {
    const req = await request({ autoMerge: false, valuesDrift: 'warn', minSoak: 2 * H, wait: 'refuse' });
    for (const name of ['dev', 'staging', 'prod-eu', 'prod-us'])
      expect([name, environmentSettings(req, name)]).toEqual([
        name,
        {
          autoMerge: false,
          valuesDrift: 'warn',
          validate: name === 'prod-us' ? 'error' : 'warn',
          minSoak: 2 * H,
          wait: 'refuse',
          render: 'auto',
          valuesContract: name === 'prod-us' ? 'error' : 'warn',
        },
      ]);
    expect(resolveSettings(PROMOTE_PER_ENVIRONMENT, { 'min-soak': 2 * H }, config, { environment: 'staging' })['min-soak']).toEqual({
      value: 2 * H,
      from: 'input',
    });
    // The request carries them resolved only: no raw input is left to read with a precedence of its own.
    for (const raw of ['autoMerge', 'valuesDrift', 'minSoak', 'wait']) expect(Object.keys(req)).not.toContain(raw);
  });

  test('an environment from a values-file template (no config environments): the input, else the default', async () => {
    const bare = parseConfigText('', undefined);
    const req = await buildPromoteRequest(
      inputs({ valuesFile: 'envs/{env}.yaml', valuesKey: 'image', services: ['api'], minSoak: H }),
      bare,
      () => undefined,
    );
    expect(environmentSettings(req, 'prod')).toEqual({
      autoMerge: false,
      valuesDrift: 'warn',
      validate: 'warn',
      minSoak: H,
      wait: 'refuse',
      render: 'auto',
      valuesContract: 'warn',
    });
  });

  test('a wave of two targets: each reads its own auto-merge and values-drift, and its source’s min-soak', async () => {
    const req = await request({ from: 'staging', to: 'prod', allowSkip: true });
    const waves = planWaves(req);
    expect(waves.map((w) => [w.route.from?.name, w.route.to.name])).toEqual([
      ['staging', 'prod-eu'],
      ['prod-eu', 'prod-us'],
    ]);
    const [eu, us] = waves.map((w) => ({
      into: environmentSettings(w.req, w.route.to.name),
      from: environmentSettings(w.req, w.route.from!.name),
    }));
    expect([eu.into.autoMerge, eu.into.valuesDrift, eu.from.minSoak, eu.from.wait]).toEqual([true, 'off', H, 'draft']);
    expect([us.into.autoMerge, us.into.valuesDrift, us.from.minSoak, us.from.wait]).toEqual([false, 'error', 10 * 60_000, 'refuse']);
  });
});
