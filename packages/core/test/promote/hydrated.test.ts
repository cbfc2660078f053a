import { parseConfigText } from '../../src/config/config.ts';
import { hydratedTargets } from '../../src/promote/hydrated.ts';

// Issue 59 item 2: which environments lockstep promotes from hydrated branches, and where their branches and
// hydrator.metadata are, read from the config's hydrate: keys.

const config = (lines: string[]) => parseConfigText(['environments:', ...lines, ''].join('\n'), '.github/lockstep.yml');

describe('hydratedTargets', () => {
  test('each environment whose hydrate: names a branch: its active and proposed branches, its metadata file and who promotes it', () => {
    const c = config([
      '  - { name: dev, values: v/dev.yaml, hydrate: { branch: environment/dev, promote: lockstep } }',
      '  - { name: staging, values: v/staging.yaml, hydrate: { branch: environment/shared, path: app-a, promote: lockstep } }',
      '  - { name: prod, values: v/prod.yaml, hydrate: { branch: environments/prod, path: guestbook, hydrate-to: environments/prod-next } }',
      '  - { name: qa, values: v/qa.yaml }',
    ]);
    expect(hydratedTargets(c)).toEqual({
      dev: { active: 'environment/dev', proposed: 'environment/dev-next', metadata: 'hydrator.metadata', promote: 'lockstep' },
      staging: {
        active: 'environment/shared',
        proposed: 'environment/shared-next/app-a',
        metadata: 'app-a/hydrator.metadata',
        promote: 'lockstep',
      },
      prod: {
        active: 'environments/prod',
        proposed: 'environments/prod-next',
        metadata: 'guestbook/hydrator.metadata',
        promote: 'gitops-promoter',
      },
    });
  });

  test('no environment with a hydrate: branch: none', () => {
    expect(hydratedTargets(config(['  - { name: dev, values: v/dev.yaml }', '  - { name: prod, values: v/prod.yaml, hydrate: {} }']))).toBe(
      undefined,
    );
  });

  test('promote: lockstep without a branch is refused at its line', () => {
    const c = config(['  - { name: dev, values: v/dev.yaml }', '  - { name: prod, values: v/prod.yaml, hydrate: { promote: lockstep } }']);
    expect(() => hydratedTargets(c)).toThrow('prod: hydrate: says promote: lockstep and names no branch');
    try {
      hydratedTargets(c);
    } catch (err) {
      expect((err as { file?: string; line?: number }).line).toBe(3);
    }
  });

  test('promote: is one of gitops-promoter and lockstep', () => {
    expect(() => config(['  - { name: dev, values: v/dev.yaml, hydrate: { branch: environment/dev, promote: argo } }'])).toThrow(/promote/);
  });
});
