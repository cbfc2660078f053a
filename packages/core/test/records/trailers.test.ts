import {
  generatedBy,
  olderPromotionWords,
  promotionsOf,
  promotionTrailerLines,
  recordsOf,
  releasesOf,
  releaseTrailerLine,
} from '../../src/records/trailers.ts';

const D = `sha256:${'a'.repeat(64)}`;

describe('lockstep trailers', () => {
  test('a promotion is written and read back the same', () => {
    const lines = promotionTrailerLines({
      environment: 'prod',
      from: 'ref:v1.3.0',
      rollback: true,
      services: [{ name: 'api', tag: '1.3.0', digest: D }, { name: 'worker' }],
      chart: '0.4.1',
    });
    expect(lines).toEqual([
      'Lockstep-Environment: prod',
      'Lockstep-From: ref:v1.3.0',
      'Lockstep-Rollback: true',
      `Lockstep-Service: api 1.3.0 ${D}`,
      'Lockstep-Service: worker - -',
      'Lockstep-Chart: 0.4.1',
    ]);
    expect(promotionsOf(`promote: rollback v1.3.0 → prod (api)\n\n${lines.join('\n')}\nLockstep-Generated: promote-env\n`)).toEqual([
      {
        environment: 'prod',
        from: 'ref:v1.3.0',
        rollback: true,
        services: [{ name: 'api', tag: '1.3.0', digest: D }, { name: 'worker' }],
        chart: '0.4.1',
      },
    ]);
  });

  test('a value with a line break cannot add a trailer of its own', () => {
    const lines = promotionTrailerLines({
      environment: 'prod',
      from: 'ref:x\nLockstep-Environment: dev',
      rollback: false,
      services: [{ name: 'api', tag: '1.0.0\r\nLockstep-Rollback: true' }],
    });
    expect(lines).toEqual([
      'Lockstep-Environment: prod',
      'Lockstep-From: ref:x Lockstep-Environment: dev',
      'Lockstep-Service: api 1.0.0Lockstep-Rollback:true -',
    ]);
    const [p, ...more] = promotionsOf(lines.join('\n'));
    expect(more).toEqual([]);
    expect(p.environment).toBe('prod');
    expect(p.rollback).toBe(false);
    expect(p.services).toEqual([{ name: 'api', tag: '1.0.0Lockstep-Rollback:true' }]);
  });

  test('a squash of two promotions records both; lines before the first environment are ignored', () => {
    const message = [
      'Squashed (#7)',
      'Lockstep-Service: stray 9.9.9 -',
      '* promote: dev → staging (api)',
      'Lockstep-Environment: staging',
      'Lockstep-From: dev',
      'Lockstep-Service: api 1.2.0 -',
      '* promote: staging → prod (api)',
      '    Lockstep-Environment: prod',
      'Lockstep-From: staging',
      'Lockstep-Service: api 1.1.0 -',
    ].join('\n');
    expect(promotionsOf(message).map((p) => [p.environment, p.from, p.services.map((s) => `${s.name} ${s.tag}`)])).toEqual([
      ['staging', 'dev', ['api 1.2.0']],
      ['prod', 'staging', ['api 1.1.0']],
    ]);
  });

  test('releases, generated-by, and words inside a line are not trailers', () => {
    expect(releaseTrailerLine('v1.4.0')).toBe('Lockstep-Release: v1.4.0');
    expect(releasesOf('chore(release): 1.4.0\n\nLockstep-Release: v1.4.0\nLockstep-Generated: prepare-release\n')).toEqual(['v1.4.0']);
    expect(releasesOf('says Lockstep-Release: v9.9.9 inline')).toEqual([]);
    expect(generatedBy('x\n\nLockstep-Generated: promote-env', 'promote-env')).toBe(true);
    expect(generatedBy('x\n\nLockstep-Generated: promote-envy', 'promote-env')).toBe(false);
  });

  test('an older promote-env message without the trailers: its source, rollback and services', () => {
    expect(
      olderPromotionWords(
        'promote: rollback v1.3.0 → prod (api, worker)\n\n- api: 1.4.0 → 1.3.0 (sha256:aaaaaaaaaaaa)\n- worker: — → 0.9.0 (sha256:bbbbbbbbbbbb)\n- chart: 0.4.0 → 0.3.9\n',
      ),
    ).toEqual({
      from: 'ref:v1.3.0',
      rollback: true,
      services: [
        { name: 'api', tag: '1.3.0' },
        { name: 'worker', tag: '0.9.0' },
      ],
    });
    expect(olderPromotionWords('chore: edit values by hand')).toEqual({ rollback: false, services: [] });
  });

  test('recordsOf: promotions, releases and whether lockstep generated it, from one pass', () => {
    const squash = [
      'release and promote (#12)',
      '',
      'Lockstep-Release: v1.4.0',
      'Lockstep-Environment: prod',
      'Lockstep-From: staging',
      `Lockstep-Service: api 1.4.0 ${D}`,
      'Lockstep-Generated: promote-env',
    ].join('\n');
    expect(recordsOf(squash)).toEqual({
      promotions: [{ environment: 'prod', from: 'staging', rollback: false, services: [{ name: 'api', tag: '1.4.0', digest: D }] }],
      releases: ['v1.4.0'],
      generated: true,
    });
    expect(recordsOf('feat: x\n\nLockstep-Generated: someone-else')).toEqual({ promotions: [], releases: [], generated: false });
    expect(recordsOf('chore(release): 1.5.0\n\nLockstep-Generated: prepare-release')).toEqual({
      promotions: [],
      releases: [],
      generated: true,
    });
    expect(recordsOf('fix: no trailers')).toEqual({ promotions: [], releases: [], generated: false });
  });
});
