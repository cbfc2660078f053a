import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, mapInputs } from '../src/action/inputs.ts';
import { UserError } from '../src/errors.ts';
import { gitSpawner } from '../src/git/objects.ts';
import { promoteRequest, runPromote, runStatus, type PromoteOperationWorld } from '../src/operations/promote.ts';
import { releaseRequest, runReleaseOperation, type ReleaseWorld } from '../src/operations/release.ts';
import type { PromoteGit } from '../src/promote/run.ts';
import type { WorldSession } from '../src/promote/world.ts';
import type { ReleaseDeps } from '../src/release/run.ts';
import { checksError, promoteMarkdown, promoteView, statusView } from '../src/report/promote.ts';
import { releaseMarkdown, releaseView } from '../src/report/release.ts';
import { collectingReporter } from '../src/report/reporter.ts';
import { renderTerminal } from '../src/report/view.ts';
import { digest, GIT_ENV, initReleasedRepo, runGit } from './helpers.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const d = digest;
const env = GIT_ENV;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-ops-rp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('releaseRequest', () => {
  test('defaults are the action.yml defaults', () => {
    const r = releaseRequest(inputs({}));
    expect(r).toMatchObject({ workingDirectory: '.', initialVersion: '0.1.0', branchPrefix: 'chore/release-', labels: ['release'], freezeLabel: 'release-freeze', preMajor: 'minor', dryRun: false, charts: [], packages: [] });
    expect(r.author.name).toBe('github-actions[bot]');
  });
  test.each([
    ['pull_request', true],
    ['pull_request_target', true],
    ['push', false],
    [undefined, false],
  ])('event %s: dry run %s', (event, dry) => {
    expect(releaseRequest(inputs({}), event).dryRun).toBe(dry);
  });
  test('a bad choice names its input', () => {
    expect(() => releaseRequest(inputs({ 'pre-major': 'huge' }))).toThrow(/input 'pre-major' is 'huge'/);
  });
});

describe('runReleaseOperation with plain fakes', () => {
  const git = (...a: string[]) => runGit(dir, ...a);
  beforeEach(() => initReleasedRepo(dir));

  function world(over: Partial<ReleaseWorld> = {}) {
    const built: string[] = [];
    const reporter = collectingReporter();
    const w: ReleaseWorld = {
      workspace: dir,
      ref: 'refs/heads/main',
      repository: 'acme/x',
      serverUrl: 'https://github.com',
      date: '2026-11-22',
      env,
      reporter,
      deps: (s, token): ReleaseDeps => {
        built.push(`${s.dryRun ? 'dry' : 'real'} token=${token ?? 'none'}`);
        return { git: gitSpawner(s.root, env), log: { info: () => {}, warning: () => {}, group: (_t, fn) => fn() } };
      },
      ...over,
    };
    return { w, built, reporter };
  }

  test('a dry run: the next version, the diff as changes, the action outputs; nothing written', async () => {
    const { w, built, reporter } = world();
    const r = await runReleaseOperation(releaseRequest(inputs({ 'dry-run': 'true' })), w);
    expect(built).toEqual(['dry token=none']);
    // The scan has no count: a start without one, then its end.
    expect(reporter.steps.map((p) => [p.done, p.total])).toEqual([
      [undefined, undefined],
      [1, 1],
    ]);
    expect(r.dryRun).toBe(true);
    expect(r.mode).toBe('dry-run');
    expect(r.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0', bump: 'minor', released: 'false', 'pr-number': '', tag: '' });
    expect(r.changes.find((c) => c.path === '.version')).toMatchObject({ before: '1.0.0\n', after: '1.1.0\n' });
    expect(git('status', '--porcelain')).toBe('');
    expect(releaseView(r).status).toBe('Next version: 1.1.0 (minor; last release 1.0.0)');
    expect(renderTerminal(releaseView(r))).toMatch(/^\.version +version +1\.0\.0 +1\.1\.0$/m);
    expect(releaseMarkdown(r)).toMatch(/^### prepare-release \(dry run\)\n/);
  });

  test("the world's ports log through the face's reporter, never through workflow commands (a CLI's stdout stays its result)", async () => {
    const { w, reporter } = world({
      deps: (s, _token, env, out) => {
        out.debug('GET /repos/acme/x/pulls');
        out.log.info('opened the world');
        return { git: gitSpawner(s.root, env), log: out.log };
      },
    });
    const stdout: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      await runReleaseOperation(releaseRequest(inputs({ 'dry-run': 'true' })), w);
    } finally {
      process.stdout.write = write;
    }
    expect(reporter.debugLines).toContain('GET /repos/acme/x/pulls');
    expect(reporter.lines).toContain('opened the world');
    expect(stdout.join('')).not.toMatch(/::debug::|::warning::|::group::/);
  });

  test.each([
    [{ token: undefined }, "input 'github-token' is empty"],
    [{ token: 't', ref: undefined }, 'base is required in detached HEAD'],
  ])('outside a dry run %j: refused before the world is opened', async (over, message) => {
    const { w, built } = world(over);
    await expect(runReleaseOperation(releaseRequest(inputs({})), w)).rejects.toThrow(message);
    expect(built).toEqual([]);
  });
});

describe('promoteRequest', () => {
  test('defaults are the action.yml defaults', () => {
    expect(promoteRequest(inputs({ to: 'staging' }))).toMatchObject({ to: 'staging', push: 'pr', verifySource: true, draft: false, labels: ['automation:release-bump'], allowSkip: false, dryRun: false, requireChecks: [] });
  });
  test.each([
    [{ to: 'staging', repository: 'not a repo' }, "input 'repository' is 'not a repo'"],
    [{ to: 'staging', version: 'v1 2' }, "input 'version' is 'v1 2', not an image tag"],
    [{ to: 'staging', base: '--force' }, "input 'base' is '--force', not a branch name"],
    [{ to: 'staging', 'chart-version': '1 2' }, "input 'chart-version' is '1 2'"],
    [{ to: 'staging', push: 'sideways' }, "input 'push' is 'sideways'"],
    [{}, "input 'to'"],
  ])('%j is refused naming its input', (values, message) => {
    expect(() => promoteRequest(inputs(values))).toThrow(message);
  });
});

describe('runPromote and runStatus with plain fakes', () => {
  const CONFIG = [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: api.image }',
    'environments:',
    '  - { name: dev, values: dev.yaml }',
    '  - { name: staging, values: staging.yaml }',
    '  - { name: prod, values: prod.yaml, protected: true }',
    '',
  ].join('\n');
  const pin = (tag: string, digest: string) => `api:\n  image:\n    tag: "${tag}"\n    digest: ${digest}\n`;
  const FILES: Record<string, string> = { 'dev.yaml': pin('1.2.0', d('1')), 'staging.yaml': pin('1.1.0', d('2')), 'prod.yaml': pin('1.0.0', d('3')) };
  const BASE = 'b'.repeat(40);

  function world(token?: string) {
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/lockstep.yml'), CONFIG);
    const opened: string[] = [];
    const git: PromoteGit = {
      fetchBranch: async (b) => (b === 'main' ? BASE : undefined),
      readAt: async (_c, p) => FILES[p],
      resolveRef: async () => undefined,
      lastCommit: async () => 'c'.repeat(40),
      publish: async () => {
        throw new Error('a dry run never publishes');
      },
    };
    const w: PromoteOperationWorld = {
      workspace: dir,
      env: {},
      token,
      secret: () => {},
      reporter: collectingReporter(),
      open: async (o): Promise<WorldSession> => {
        opened.push(`dry=${o.dryRun} token=${o.token ?? 'none'}`);
        return {
          base: 'main',
          repoDir: dir,
          readAtBase: async (p) => FILES[p],
          close: async () => void opened.push('closed'),
          world: { git, readLocal: () => undefined, resolveDigest: async () => d('9') },
        };
      },
    };
    return { w, opened };
  }

  test('a dry run promotes in memory: outcome, outputs, the view and the summary', async () => {
    const { w, opened } = world();
    const r = await runPromote(promoteRequest(inputs({ from: 'dev', to: 'staging', 'dry-run': 'true' })), w);
    expect(opened).toEqual(['dry=true token=none', 'closed']);
    expect(r.outcome).toBe('dry-run');
    expect(r.outputs.changed).toBe('true');
    expect(JSON.parse(r.outputs.changes)).toEqual([{ service: 'api', file: 'staging.yaml', line: 3, 'old-tag': '1.1.0', 'new-tag': '1.2.0', 'old-digest': d('2'), 'new-digest': d('1') }]);
    expect(r.changes.map((c) => c.path)).toEqual(['staging.yaml']);
    expect(promoteView(r).rows).toEqual([['api', '1.1.0 → 1.2.0', 'sha256:222222222222 → sha256:111111111111', 'staging.yaml:3', 'dev']]);
    expect(promoteMarkdown(r)).toMatch(/^### promote-env: dev → staging\n\nDry run: 1 file would change/);
    expect(checksError(r)).toBeUndefined();
  });

  test('outside a dry run without a token: refused before the world opens', async () => {
    const { w, opened } = world();
    await expect(runPromote(promoteRequest(inputs({ from: 'dev', to: 'staging' })), w)).rejects.toThrow("input 'github-token' is empty");
    expect(opened).toEqual([]);
  });

  test('a route the config does not allow is refused before the world opens', async () => {
    const { w, opened } = world('t');
    await expect(runPromote(promoteRequest(inputs({ from: 'dev', to: 'prod', 'dry-run': 'true' })), w)).rejects.toThrow(UserError);
    expect(opened).toEqual([]);
  });

  test('status: every environment as the base pins it, and each next promotion', async () => {
    const { w, opened } = world();
    const s = await runStatus({ workingDirectory: '.', environments: [], services: [] }, w);
    expect(opened).toEqual(['dry=true token=none', 'closed']);
    // One step per environment pair planned, counted for the face (the CLI draws it on a terminal).
    expect((w.reporter as ReturnType<typeof collectingReporter>).steps).toEqual([
      { what: 'promotions planned', done: 1, total: 2 },
      { what: 'promotions planned', done: 2, total: 2 },
    ]);
    expect(s.environments).toEqual(['dev', 'staging', 'prod']);
    expect(s.rows).toEqual([{ service: 'api', cells: ['1.2.0 sha256:111111111111', '1.1.0 sha256:222222222222', '1.0.0 sha256:333333333333'] }]);
    expect(s.next.map((n) => [n.from, n.to, n.changes.map((c) => `${c.oldTag}→${c.newTag}`), n.error])).toEqual([
      ['dev', 'staging', ['1.1.0→1.2.0'], undefined],
      ['staging', 'prod', ['1.0.0→1.1.0'], undefined],
    ]);
    expect(statusView(s).notes).toEqual(['dev → staging: api 1.1.0 → 1.2.0 (sha256:111111111111)', 'staging → prod: api 1.0.0 → 1.1.0 (sha256:222222222222)']);
  });

  test('status with two environments: the target column still shows what it pins now', async () => {
    const { w } = world();
    const s = await runStatus({ workingDirectory: '.', environments: ['dev', 'staging'], services: [] }, w);
    expect(s.rows).toEqual([{ service: 'api', cells: ['1.2.0 sha256:111111111111', '1.1.0 sha256:222222222222'] }]);
  });
});
