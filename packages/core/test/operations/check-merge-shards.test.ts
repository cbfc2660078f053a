import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.ts';
import { mergeShardResults } from '../../src/operations/check/merge-shards.ts';
import type { CheckResult } from '../../src/operations/check/run.ts';
import { MAX_SHARD_FILE_BYTES, readShardResults, writeShardResult } from '../../src/operations/check/shard-file.ts';
import { checkFailure, checkMarkdown } from '../../src/operations/check/view.ts';
import type { EnvironmentRender } from '../../src/render/report.ts';

// The job after a matrix of shard: i/n checks (issue 76, "Past one runner"): each shard's file written by the
// shard's own writer, read back as the untrusted artifact it is, and merged into one result; a missing, duplicated,
// foreign or forged shard refuses the merge, naming which.

// Six environments (the apps of dev and prod); by the hash of their names (deploy/shard.ts), in 2 shards
// 1: dev/a dev/b dev/c prod/a, 2: prod/b prod/c; in 3 shards 1: dev/a prod/a prod/c, 2: dev/c, 3: dev/b prod/b.
const ENVIRONMENTS = ['dev/a', 'dev/b', 'dev/c', 'prod/a', 'prod/b', 'prod/c'];
const PROTECTED = ['prod/a', 'prod/b', 'prod/c'];
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

const chart = {
  path: 'charts/app',
  name: 'app',
  base: '1.0.0',
  head: '1.1.0',
  required: 'minor' as const,
  ok: true,
  problems: [],
  status: 'changed' as const,
  reasons: ['templates/deployment.yaml changed'],
};

/** One environment's render of the chart: `n` objects changed. */
function render(environment: string, changed: number): EnvironmentRender {
  return {
    environment,
    status: 'rendered',
    what: 'chart app 1.0.0 → 1.1.0',
    diff: {
      changes: Array.from({ length: changed }, (_, k) => ({
        object: `Deployment ${environment}-${k}`,
        key: `apps/v1/Deployment/default/${environment}-${k}`,
        change: 'changed' as const,
        diff: '@@ -1 +1 @@\n-image: app:1.0.0\n+image: app:1.1.0\n',
      })),
      counts: { changed, added: 0, removed: 0 },
      unchanged: 2,
      ignoredLines: 0,
      nondeterministic: 0,
      unread: [],
      appliedOnSync: 0,
    },
    after: new Map(),
  };
}

/** A shard's result as its run returns it: the chart rules (every shard alike) and the renders of its share. */
function shardResult(index: number, count: number, rendered: EnvironmentRender[], over: Partial<CheckResult> = {}) {
  const verdicts = PROTECTED.filter((p) => rendered.some((r) => r.environment === p)).map((environment) => ({
    environment,
    verdict: 'pinned' as const,
    images: 1,
  }));
  return {
    charts: [chart],
    protectedProblems: [],
    protectedFiles: [],
    ok: true,
    outputs: { ok: 'true', 'changed-charts': '[]' },
    range: { base: BASE, head: HEAD, mergeBase: BASE, fetched: ['fetched the base'] },
    ...(rendered.length > 0 ? { rendered, protectedEnvironments: verdicts } : {}),
    ...over,
    shard: { index, count, environments: ENVIRONMENTS, protected: PROTECTED },
  };
}

/** The renders of an unsharded run: dev/a and prod/b changed, the rest not reached. */
const SHARDS_OF_2 = [shardResult(1, 2, [render('dev/a', 1)]), shardResult(2, 2, [render('prod/b', 2)])];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-merge-shards-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Each shard written as its job writes it, under `names`. */
function written(shards: ReturnType<typeof shardResult>[], names = shards.map((s) => `shard-${s.shard.index}.json`)): string {
  shards.forEach((s, k) => writeShardResult(join(dir, names[k]), s));
  return dir;
}

/** The refusal's message, or 'merged' when the merge went through. */
function refusal(run: () => unknown): string {
  try {
    run();
    return 'merged';
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).input).toBe('merge-shards');
    return (e as UserError).message;
  }
}

const merge = (expected = { base: BASE, head: HEAD }) => mergeShardResults(readShardResults<CheckResult>(dir), expected);

describe('a whole matrix', () => {
  test('merges into one result: the renders in config order, one verdict, the not-rendered line and outputs', () => {
    written(SHARDS_OF_2);
    expect(readdirSync(dir).sort()).toEqual(['shard-1.json', 'shard-2.json']);
    const merged = merge();
    expect(merged.ok).toBe(true);
    expect(merged.rendered?.map((r) => `${r.environment} ${r.diff?.counts.changed}`)).toEqual(['dev/a 1', 'prod/b 2']);
    expect(merged.notRendered).toEqual(['dev/b', 'dev/c', 'prod/a', 'prod/c']);
    expect(merged.protectedEnvironments).toEqual([
      {
        environment: 'prod/a',
        verdict: 'not-judged',
        reason: 'this pull request changes nothing it renders, so its images were not rendered',
      },
      { environment: 'prod/b', verdict: 'pinned', images: 1 },
      {
        environment: 'prod/c',
        verdict: 'not-judged',
        reason: 'this pull request changes nothing it renders, so its images were not rendered',
      },
    ]);
    expect(merged.charts).toEqual([chart]);
    expect(merged.outputs.ok).toBe('true');
    expect(JSON.parse(merged.outputs['changed-charts'])).toEqual([
      { path: 'charts/app', name: 'app', base: '1.0.0', head: '1.1.0', required: 'minor', ok: true, problems: [] },
    ]);
    expect(merged.range.fetched).toEqual([]);
    expect([merged.shard, merged.merged]).toEqual([undefined, { shards: 2 }]);
    const summary = checkMarkdown(merged);
    expect(summary).toContain('Merged from 2 shards.');
    expect(summary).toContain('1 changed, 0 added, 0 removed in dev/a');
    expect(summary).toContain('2 changed, 0 added, 0 removed in prod/b');
    expect(summary).not.toContain('"after"');
  });

  test('a shard whose check failed fails the merged verdict, its problem said once', () => {
    const problem = { level: 'error' as const, file: 'apps/prod/b.yaml', line: 3, message: 'image app:1.1.0 is not pinned by digest' };
    written([
      SHARDS_OF_2[0],
      shardResult(2, 2, [render('prod/b', 2)], { ok: false, renderProblems: [problem], protectedProblems: [problem] }),
    ]);
    const merged = merge();
    expect(merged.ok).toBe(false);
    expect(merged.outputs.ok).toBe('false');
    expect(merged.protectedProblems).toEqual([problem]);
    expect(checkFailure(merged)?.errors.map((e) => e.format())).toEqual(['apps/prod/b.yaml:3: image app:1.1.0 is not pinned by digest']);
  });

  test('a problem every shard finds alike (the config, a CRD glob) is one problem', () => {
    const warning = { level: 'warning' as const, file: '.github/lockstep.yml', line: 4, message: 'crds: charts/*/crds matches no file' };
    written(SHARDS_OF_2.map((s) => ({ ...s, validation: [warning] })));
    expect(merge().validation).toEqual([warning]);
  });

  test('without Helm each shard says so: the merge says it once, and judges no protected environment', () => {
    const message = 'no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off';
    const none: EnvironmentRender = { environment: 'every environment', status: 'skipped', noHelm: true, message };
    const unjudged = PROTECTED.map((environment) => ({ environment, verdict: 'not-judged' as const, reason: message }));
    written([1, 2, 3].map((i) => shardResult(i, 3, [none], { protectedEnvironments: unjudged })));
    const merged = merge();
    expect(merged.rendered).toEqual([none]);
    expect(merged.notRendered).toBeUndefined();
    expect(merged.protectedEnvironments).toEqual(unjudged);
  });
});

describe('without a renderer in some shards', () => {
  test('the merge says each missing tool once, for every shard’s environments it reached; those are not “not reached”', () => {
    const noHelm = (reached: string[]): EnvironmentRender => ({
      environment: 'every environment rendered with Helm that the pull request reaches',
      status: 'skipped',
      noHelm: true,
      message: 'no helm on PATH',
      reached,
    });
    const noKustomize: EnvironmentRender = {
      environment: 'every overlay environment the pull request reaches',
      status: 'skipped',
      noHelm: true,
      renderer: 'kustomize',
      message: 'no kustomize or kubectl on PATH',
      reached: ['dev/c'],
    };
    written([shardResult(1, 2, [noHelm(['dev/a']), noKustomize, render('dev/b', 1)]), shardResult(2, 2, [noHelm(['prod/b'])])]);
    const merged = merge();
    expect(merged.rendered?.map((r) => [r.environment, r.reached])).toEqual([
      ['every environment rendered with Helm that the pull request reaches', ['dev/a', 'prod/b']],
      ['every overlay environment the pull request reaches', ['dev/c']],
      ['dev/b', undefined],
    ]);
    expect(merged.notRendered).toEqual(['prod/a', 'prod/c']);
  });

  test('a shard file whose reached is not a list of names is refused', () => {
    const bad = { ...shardResult(1, 2, []), rendered: [{ environment: 'x', status: 'skipped', noHelm: true, reached: 'prod/a' }] };
    written([bad as never, SHARDS_OF_2[1]]);
    expect(refusal(merge)).toContain('a render not as a check writes it');
  });
});

describe('a merge is refused, naming which', () => {
  test('a missing shard: its job failed, or its file was not downloaded', () => {
    written([SHARDS_OF_2[0]]);
    expect(refusal(merge)).toBe("input 'merge-shards' shard 2/2 has no result: its job failed or its file was not downloaded");
  });

  test('two missing of three', () => {
    written([shardResult(2, 3, [])]);
    expect(refusal(merge)).toBe(
      "input 'merge-shards' shards 1/3, 3/3 have no result: their jobs failed or their files were not downloaded",
    );
  });

  test('a shard twice', () => {
    written([SHARDS_OF_2[0], SHARDS_OF_2[1], SHARDS_OF_2[1]], ['a.json', 'b.json', 'c.json']);
    expect(refusal(merge)).toBe("input 'merge-shards' shard 2/2 is in both b.json and c.json");
  });

  test('a shard of another n', () => {
    written([SHARDS_OF_2[0], SHARDS_OF_2[1], shardResult(3, 3, [])]);
    expect(refusal(merge)).toBe("input 'merge-shards' shard-3.json is shard 3/3, not one of 2 as shard-1.json is");
  });

  test('a shard of another commit', () => {
    const other = { ...SHARDS_OF_2[1], range: { ...SHARDS_OF_2[1].range, head: 'c'.repeat(40) } };
    written([SHARDS_OF_2[0], other]);
    expect(refusal(merge)).toBe(
      `input 'merge-shards' shard-2.json checked ${BASE}..${'c'.repeat(40)}, another commit than shard-1.json's ${BASE}..${HEAD}`,
    );
  });

  test('shards of another commit than this job checks', () => {
    written(SHARDS_OF_2);
    expect(refusal(() => merge({ base: BASE, head: 'd'.repeat(40) }))).toBe(
      `input 'merge-shards' shard-1.json checked head ${HEAD}, not ${'d'.repeat(40)} as this job does`,
    );
  });

  test('a shard that decided the charts otherwise (another config)', () => {
    written([SHARDS_OF_2[0], { ...SHARDS_OF_2[1], charts: [{ ...chart, ok: false }] }]);
    expect(refusal(merge)).toBe(
      "input 'merge-shards' shard-2.json decided the charts or listed the environments otherwise than shard-1.json: not one run",
    );
  });

  test('a forged shard that renders another shard’s environment', () => {
    written([SHARDS_OF_2[0], shardResult(2, 2, [render('prod/b', 2), render('dev/b', 0)])]);
    expect(refusal(merge)).toBe("input 'merge-shards' shard-2.json holds a render of dev/b, which is not in shard 2/2's share");
  });

  test('a forged oversized file is refused before it is read', () => {
    written(SHARDS_OF_2);
    truncateSync(join(dir, 'shard-2.json'), MAX_SHARD_FILE_BYTES + 1);
    expect(refusal(merge)).toBe(
      `input 'merge-shards' shard-2.json is ${MAX_SHARD_FILE_BYTES + 1} bytes, more than a shard result's ${MAX_SHARD_FILE_BYTES}`,
    );
  });

  test.each([
    ['cut short', (t: string) => t.slice(0, t.length / 2), "shard-2.json is not JSON (a shard's file cut short, or not a shard result)"],
    [
      'another format',
      (t: string) => t.replace('lockstep-check-shard/1', 'lockstep-check-shard/9'),
      'shard-2.json is not a shard result: its format is not lockstep-check-shard/1',
    ],
    ['a bad shard', (t: string) => t.replace('"shard":"2/2"', '"shard":"3/2"'), 'shard-2.json is not a shard result: no shard i/n'],
    [
      'a verdict that is not a boolean',
      (t: string) => t.replace('"protectedFiles":[],"ok":true', '"protectedFiles":[],"ok":"true"'),
      'shard-2.json is not a shard result: no verdict',
    ],
    [
      'counts that are not numbers',
      (t: string) => t.replace('"changed":2', '"changed":"2; rm -rf /"'),
      'shard-2.json is not a shard result: a render not as a check writes it',
    ],
    [
      'a problem without a message',
      (t: string) => t.replace('"protectedProblems":[]', '"protectedProblems":[{"level":"error","file":"x"}]'),
      'shard-2.json is not a shard result: a protected problem not as a check writes it',
    ],
  ])('a forged file: %s', (_, forge, message) => {
    written(SHARDS_OF_2);
    const path = join(dir, 'shard-2.json');
    const text = readFileSync(path, 'utf8');
    const forged = forge(text);
    expect(forged).not.toBe(text);
    writeFileSync(path, forged);
    expect(refusal(merge)).toBe(`input 'merge-shards' ${message}`);
  });

  test('a folder with no shard result, and a file that is not regular', () => {
    expect(refusal(merge)).toBe(`input 'merge-shards' ${dir} holds no shard result (*.json)`);
    mkdirSync(join(dir, 'x.json'));
    expect(refusal(merge)).toBe("input 'merge-shards' x.json is not a regular file");
  });
});
