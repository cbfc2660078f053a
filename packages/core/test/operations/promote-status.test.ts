import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { UserError } from '../../src/errors.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { checksError, promoteMarkdown, promoteView } from '../../src/operations/promote/view.ts';
import { runStatus } from '../../src/operations/status/run.ts';
import { statusView } from '../../src/operations/status/view.ts';
import { repoOpener } from '../../src/git/auth.ts';
import { asRepo, type RepoOpener } from '../../src/git/repo.ts';
import { PIN_INDEX } from '../../src/deploy/pins/pin-index.ts';
import { YAML_DOCUMENT } from '../../src/yaml/read.ts';
import { digest, GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const d = digest;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-ops-rp-'));
});
const origins: string[] = [];
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const o of origins.splice(0)) rmSync(o, { recursive: true, force: true });
});

describe('promoteRequest', () => {
  test('defaults are the action.yml defaults', () => {
    expect(promoteRequest(inputs({ to: 'staging' }), testWorld(dir))).toMatchObject({
      to: 'staging',
      push: 'pr',
      verifySource: true,
      draft: false,
      labels: ['automation:release-bump'],
      allowSkip: false,
      dryRun: false,
      requireChecks: [],
    });
  });
  test.each([
    [{ to: 'staging', repository: 'not a repo' }, "input 'repository' is 'not a repo'"],
    [{ to: 'staging', version: 'v1 2' }, "input 'version' is 'v1 2', not an image tag"],
    [{ to: 'staging', base: '--force' }, "input 'base' is '--force', not a branch name"],
    [{ to: 'staging', 'chart-version': '1 2' }, "input 'chart-version' is '1 2', not an exact chart version"],
    // A typo of 3.1.2, a leading v, a range: none is one exact SemVer version (issue 38).
    [{ to: 'staging', 'chart-version': '3.12' }, "input 'chart-version' is '3.12', not an exact chart version"],
    [{ to: 'staging', 'chart-version': 'v3.1.2' }, "input 'chart-version' is 'v3.1.2', not an exact chart version"],
    [{ to: 'staging', 'chart-version': '^3.1.0' }, "input 'chart-version' is '^3.1.0', not an exact chart version"],
    [{ to: 'staging', push: 'sideways' }, "input 'push' is 'sideways'"],
    [{}, "input 'to'"],
  ])('%j is refused naming its input', (values, message) => {
    expect(() => promoteRequest(inputs(values), testWorld(dir))).toThrow(message);
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
  const FILES: Record<string, string> = {
    'dev.yaml': pin('1.2.0', d('1')),
    'staging.yaml': pin('1.1.0', d('2')),
    'prod.yaml': pin('1.0.0', d('3')),
  };

  /**
   * The repository promoted in: `dir` a clone of a bare origin whose main holds FILES, the config
   * beside them in the checkout. The world's generic services are the test's: each Repo opened
   * (and its token) is recorded with the branches fetched through it; the registry's HTTP transport
   * records its close; GitHub is never asked for without a token.
   */
  function world(token?: string) {
    const origin = mkdtempSync(join(tmpdir(), 'lockstep-ops-origin-'));
    origins.push(origin);
    runGit(origin, 'init', '-q', '--bare', '-b', 'main');
    runGit(dir, 'init', '-q', '-b', 'main');
    for (const [path, text] of Object.entries(FILES)) writeFileSync(join(dir, path), text);
    runGit(dir, 'add', '.');
    runGit(dir, 'commit', '-qm', 'environments');
    runGit(dir, 'remote', 'add', 'origin', origin);
    runGit(dir, 'push', '-q', 'origin', 'main');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/lockstep.yml'), CONFIG);
    const opened: string[] = [];
    const fetched: string[] = [];
    const real = repoOpener(GIT_ENV);
    const repo: RepoOpener = (cwd, auth) => {
      opened.push(auth ? `repo token=${auth.token ?? 'none'}` : 'repo');
      const git = real(cwd, auth);
      return asRepo(async (args) => {
        const spec = args.includes('fetch') ? args.find((a) => a.startsWith('+refs/heads/')) : undefined;
        if (spec) fetched.push(spec.slice('+refs/heads/'.length, spec.indexOf(':')));
        return git(args);
      });
    };
    const http = () =>
      Object.assign(
        async (): Promise<never> => {
          throw new Error('no registry in this test');
        },
        { close: () => void opened.push('closed') },
      );
    const github = () => {
      throw new Error('GitHub is asked for only with a token');
    };
    const w = testWorld(dir, { token, env: GIT_ENV, services: { repo, http, github } });
    return { w, opened, fetched };
  }

  test('a dry run promotes in memory: outcome, outputs, the view and the summary', async () => {
    const { w, opened } = world();
    const r = await runPromote(promoteRequest(inputs({ from: 'dev', to: 'staging', 'dry-run': 'true' }), w), w);
    expect(opened).toEqual(['repo', 'repo', 'repo token=none', 'closed']);
    expect(r.outcome).toBe('dry-run');
    expect(r.outputs.changed).toBe('true');
    expect(JSON.parse(r.outputs.changes)).toEqual([
      { service: 'api', file: 'staging.yaml', line: 3, 'old-tag': '1.1.0', 'new-tag': '1.2.0', 'old-digest': d('2'), 'new-digest': d('1') },
    ]);
    expect(r.changes.map((c) => c.path)).toEqual(['staging.yaml']);
    expect(promoteView(r).rows).toEqual([['api', '1.1.0 → 1.2.0', 'sha256:222222222222 → sha256:111111111111', 'staging.yaml:3', 'dev']]);
    expect(promoteMarkdown(r)).toMatch(/^### promote-env: dev → staging\n\nDry run: 1 file would change/);
    expect(checksError(r)).toBeUndefined();
  });

  test('outside a dry run without a token: refused before the world opens', async () => {
    const { w, opened } = world();
    await expect(runPromote(promoteRequest(inputs({ from: 'dev', to: 'staging' }), w), w)).rejects.toThrow("input 'github-token' is empty");
    expect(opened).toEqual([]);
  });

  test('a route the config does not allow is refused before the world opens', async () => {
    const { w, opened } = world('t');
    await expect(runPromote(promoteRequest(inputs({ from: 'dev', to: 'prod', 'dry-run': 'true' }), w), w)).rejects.toThrow(UserError);
    expect(opened).toEqual([]);
  });

  test('status: every environment as the base pins it, and each next promotion', async () => {
    const { w, opened, fetched } = world();
    const s = await runStatus({ workingDirectory: '.', environments: [], services: [] }, w);
    expect(opened).toEqual(['repo', 'repo', 'repo token=none', 'closed']);
    // Two pairs planned on one base: it is fetched once in the run.
    expect(fetched).toEqual(['main']);
    // One step per environment pair planned, counted for the face (the CLI draws it on a terminal).
    expect(w.reporter.steps).toEqual([
      { what: 'promotions planned', done: 1, total: 2 },
      { what: 'promotions planned', done: 2, total: 2 },
    ]);
    expect(s.environments).toEqual(['dev', 'staging', 'prod']);
    expect(s.rows).toEqual([
      { service: 'api', cells: ['1.2.0 sha256:111111111111', '1.1.0 sha256:222222222222', '1.0.0 sha256:333333333333'] },
    ]);
    expect(s.next.map((n) => [n.from, n.to, n.changes.map((c) => `${c.oldTag}→${c.newTag}`), n.error])).toEqual([
      ['dev', 'staging', ['1.1.0→1.2.0'], undefined],
      ['staging', 'prod', ['1.0.0→1.1.0'], undefined],
    ]);
    expect(statusView(s).notes).toEqual([
      'dev → staging: api 1.1.0 → 1.2.0 (sha256:111111111111)',
      'staging → prod: api 1.0.0 → 1.1.0 (sha256:222222222222)',
    ]);
  });

  test('status reads each values file at the base once for the run, through the pin index, and edits no target', async () => {
    const { w } = world();
    // The yaml package's parse (YAML_DOCUMENT) and the pin index's (PIN_INDEX), each through the run's parse cache.
    const parsed: string[] = [];
    const fileOf = (text: string) => Object.keys(FILES).find((f) => FILES[f] === text) ?? '(edited)';
    const [parse, index] = [YAML_DOCUMENT.parse, PIN_INDEX.parse];
    const spies = [
      jest.spyOn(YAML_DOCUMENT, 'parse').mockImplementation((text, file) => (parsed.push(`yaml ${fileOf(text)}`), parse(text, file))),
      jest.spyOn(PIN_INDEX, 'parse').mockImplementation((text, v) => (parsed.push(`index ${fileOf(text)}`), index(text, v))),
    ];
    try {
      const s = await runStatus({ workingDirectory: '.', environments: [], services: [] }, w);
      expect(s.rows).toEqual([
        { service: 'api', cells: ['1.2.0 sha256:111111111111', '1.1.0 sha256:222222222222', '1.0.0 sha256:333333333333'] },
      ]);
      expect(s.next.map((n) => [n.from, n.to, n.changes.map((c) => `${c.service} ${c.oldTag} → ${c.newTag} line ${c.line}`)])).toEqual([
        ['dev', 'staging', ['api 1.1.0 → 1.2.0 line 3']],
        ['staging', 'prod', ['api 1.0.0 → 1.1.0 line 3']],
      ]);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    // staging is the first pair's target and the second pair's source, every environment a column and a pins entry:
    // each file indexed once. Status shows the changes, not the edited files: only prod, protected (its plan checks
    // every pin of the edited file), is parsed to be edited, and its edit parsed back (byte for byte staging's file).
    // Before issue 58 every file was parsed by the yaml package, and every pair's edited target parsed back.
    expect(parsed.sort()).toEqual(['index dev.yaml', 'index prod.yaml', 'index staging.yaml', 'yaml prod.yaml', 'yaml staging.yaml']);
  });

  test('status with two environments: the target column still shows what it pins now', async () => {
    const { w } = world();
    const s = await runStatus({ workingDirectory: '.', environments: ['dev', 'staging'], services: [] }, w);
    expect(s.rows).toEqual([{ service: 'api', cells: ['1.2.0 sha256:111111111111', '1.1.0 sha256:222222222222'] }]);
  });
});
