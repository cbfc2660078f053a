import {
  generatedBy,
  lockstepBlock,
  lockstepLines,
  olderPromotionWords,
  promotionsIn,
  promotionTrailerLines,
  releaseTrailerLine,
  vouchedRecords,
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
    expect(promotionsIn(lockstepBlock(`${lines.join('\n')}\nLockstep-Generated: promote-env\n`))).toEqual([
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
    const [p, ...more] = promotionsIn(lockstepBlock(lines.join('\n')));
    expect(more).toEqual([]);
    expect(p.environment).toBe('prod');
    expect(p.rollback).toBe(false);
    expect(p.services).toEqual([{ name: 'api', tag: '1.0.0Lockstep-Rollback:true' }]);
  });

  test('trailer lines before the first environment belong to no promotion', () => {
    const block = lockstepBlock(
      ['Lockstep-Service: stray 9.9.9 -', 'Lockstep-Environment: staging', 'Lockstep-From: dev', 'Lockstep-Service: api 1.2.0 -'].join(
        '\n',
      ),
    );
    expect(promotionsIn(block)).toEqual([
      { environment: 'staging', from: 'dev', rollback: false, services: [{ name: 'api', tag: '1.2.0' }] },
    ]);
  });

  test('lines anywhere are counted; only the block git parsed is read', () => {
    expect(releaseTrailerLine('v1.4.0')).toBe('Lockstep-Release: v1.4.0');
    expect(lockstepLines('feat: x\n\n    Lockstep-Environment: prod\n\nsays Lockstep-Release: v9.9.9 inline')).toEqual([
      { key: 'Lockstep-Environment', value: 'prod' },
    ]);
    // git's %(trailers:only,unfold): one trailer a line, other keys kept out.
    const block = lockstepBlock('Co-authored-by: A <a@example.com>\nLockstep-Generated: promote-env\nlockstep-environment: prod\n');
    expect(block).toEqual([{ key: 'Lockstep-Generated', value: 'promote-env' }]);
    expect(generatedBy(block, 'promote-env')).toBe(true);
    expect(generatedBy(lockstepBlock('Lockstep-Generated: promote-envy'), 'promote-env')).toBe(false);
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
});

describe('what lockstep vouches for', () => {
  const promotion = [
    'promote: staging → prod (api)',
    '',
    '- api: 1.3.0 → 1.4.0 (sha256:aaaaaaaaaaaa)',
    '',
    'Lockstep-Environment: prod',
    'Lockstep-From: staging',
    `Lockstep-Service: api 1.4.0 ${D}`,
    'Lockstep-Generated: promote-env',
    '',
  ].join('\n');
  const block = lockstepBlock(promotion.split('\n\n')[2]);
  const PROD = { environment: 'prod', from: 'staging', rollback: false, services: [{ name: 'api', tag: '1.4.0', digest: D }] };

  test("promote-env's block, into an environment whose files the commit changed: a promotion, nothing ignored", () => {
    expect(vouchedRecords(promotion, block, 0, ['prod'])).toEqual({ promotions: [PROD], releases: [], generated: true, ignored: false });
  });

  test('the same block on a commit that changed no file of prod: no promotion, a change, ignored', () => {
    expect(vouchedRecords(promotion, block, 0, [])).toEqual({ promotions: [], releases: [], generated: false, ignored: true });
    expect(vouchedRecords(promotion, block, 0, ['staging'])).toEqual({ promotions: [], releases: [], generated: false, ignored: true });
  });

  test('trailers in the middle of a body (git parses no block): ignored', () => {
    const squash = `feat: checkout (#41)\n\n${promotion}\nReviewed in the call.\n`;
    expect(vouchedRecords(squash, [], 0, ['prod'])).toEqual({ promotions: [], releases: [], generated: false, ignored: true });
  });

  test('without Lockstep-Generated: promote-env, an environment is not a promotion', () => {
    const forged = 'fix: x\n\nLockstep-Environment: prod\nLockstep-Rollback: true\n';
    expect(vouchedRecords(forged, lockstepBlock('Lockstep-Environment: prod\nLockstep-Rollback: true'), 0, ['prod'])).toEqual({
      promotions: [],
      releases: [],
      generated: false,
      ignored: true,
    });
  });

  test("a merge: its own message's Lockstep lines are not the record, and are counted", () => {
    expect(vouchedRecords(promotion, block, 1, ['prod'])).toEqual({ promotions: [PROD], releases: [], generated: true, ignored: true });
  });

  test("a release: prepare-release's title and block; a feature that claims to be one is a change", () => {
    const release = 'chore(release): 1.4.0 (#12)\n\nLockstep-Release: v1.4.0\nLockstep-Generated: prepare-release\n';
    const rb = lockstepBlock('Lockstep-Release: v1.4.0\nLockstep-Generated: prepare-release');
    expect(vouchedRecords(release, rb, 0, [])).toEqual({ promotions: [], releases: ['v1.4.0'], generated: true, ignored: false });
    const feature = 'feat: search\n\nLockstep-Generated: prepare-release\n';
    expect(vouchedRecords(feature, lockstepBlock('Lockstep-Generated: prepare-release'), 0, [])).toEqual({
      promotions: [],
      releases: [],
      generated: false,
      ignored: true,
    });
    // A release commit naming another version than its title's.
    const other = 'chore(release): 1.4.0\n\nLockstep-Release: v9.0.0\nLockstep-Generated: prepare-release\n';
    expect(vouchedRecords(other, lockstepBlock('Lockstep-Release: v9.0.0\nLockstep-Generated: prepare-release'), 0, []).releases).toEqual(
      [],
    );
  });

  test("an older promote-env commit (no Lockstep-Environment) and an older release commit (no tag) are lockstep's own, not ignored", () => {
    const older = 'promote: dev → prod (api)\n\n- api: 1.3.0 → 1.4.0 (sha256:aaaaaaaaaaaa)\n\nLockstep-Generated: promote-env\n';
    const ob = lockstepBlock('Lockstep-Generated: promote-env');
    expect(vouchedRecords(older, ob, 0, ['prod'])).toEqual({ promotions: [], releases: [], generated: true, ignored: false });
    // The same on a commit that changed no environment's file: not a promotion.
    expect(vouchedRecords(older, ob, 0, [])).toEqual({ promotions: [], releases: [], generated: false, ignored: true });
    const release = 'chore(release): 1.5.0\n\nLockstep-Generated: prepare-release\n';
    expect(vouchedRecords(release, lockstepBlock('Lockstep-Generated: prepare-release'), 0, [])).toEqual({
      promotions: [],
      releases: [],
      generated: true,
      ignored: false,
    });
  });

  test('a block naming two environments, one of them changed: that one counts, the rest is ignored', () => {
    const two = lockstepBlock(
      [
        'Lockstep-Environment: staging',
        'Lockstep-From: dev',
        'Lockstep-Environment: prod',
        'Lockstep-From: staging',
        'Lockstep-Generated: promote-env',
      ].join('\n'),
    );
    const message = `promote (#9)\n\n${two.map((t) => `${t.key}: ${t.value}`).join('\n')}\n`;
    expect(vouchedRecords(message, two, 0, ['staging'])).toEqual({
      promotions: [{ environment: 'staging', from: 'dev', rollback: false, services: [] }],
      releases: [],
      generated: true,
      ignored: true,
    });
  });

  test('a commit without any Lockstep line is neither', () => {
    expect(vouchedRecords('fix: no trailers', [], 0, [])).toEqual({ promotions: [], releases: [], generated: false, ignored: false });
  });
});
