import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { openRepo } from '../../src/git/repo.ts';
import { releaseRequest } from '../../src/operations/release/request.ts';
import { runRelease } from '../../src/operations/release/run.ts';
import { releaseJson, releaseMarkdown, releaseMarkdownParts, releaseRunner, releaseView } from '../../src/operations/release/view.ts';
import type { Services, World } from '../../src/contract/world.ts';
import { collectingReporter } from '../../src/report/reporter.ts';
import { renderTerminal } from '../../src/report/view.ts';
import * as stdio from '../../src/text/stdio.ts';
import { joinText } from '../../src/text/parts.ts';
import { GIT_ENV, initReleasedRepo, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const env = GIT_ENV;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-ops-rp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('releaseRequest', () => {
  // The request checks that the working directory is a git checkout.
  beforeEach(() => runGit(dir, 'init', '-q'));
  const world = (event?: string) => testWorld(dir, { event: () => ({ name: event, payload: {} }) });

  test('defaults are the action.yml defaults', () => {
    const r = releaseRequest(inputs({}), world());
    expect(r).toMatchObject({
      workingDirectory: '.',
      initialVersion: '0.1.0',
      branchPrefix: 'chore/release-',
      labels: ['release'],
      freezeLabel: 'release-freeze',
      preMajor: 'minor',
      dryRun: false,
      charts: [],
      packages: [],
    });
    expect(r.author.name).toBe('github-actions[bot]');
  });
  test.each([
    ['pull_request', true],
    ['pull_request_target', true],
    ['push', false],
    [undefined, false],
  ])('event %s: dry run %s', (event, dry) => {
    expect(releaseRequest(inputs({}), world(event)).dryRun).toBe(dry);
  });
  test('a bad choice names its input', () => {
    expect(() => releaseRequest(inputs({ 'pre-major': 'huge' }), world())).toThrow(/input 'pre-major' is 'huge'/);
  });
});

describe('runRelease with plain fakes', () => {
  const git = (...a: string[]) => runGit(dir, ...a);
  beforeEach(() => initReleasedRepo(dir));

  /**
   * The world of a release run, its generic services the test's: each Repo and GitHub client the
   * release binds its ports from is recorded (a Repo with `origin` claims that remote; GitHub refuses).
   */
  function world(over: Partial<World> = {}, o: { origin?: string; github?: Services['github'] } = {}) {
    const built: string[] = [];
    const reporter = collectingReporter();
    const w = testWorld(dir, {
      env: { ...env, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/x' },
      date: '2026-11-22',
      reporter,
      services: {
        repo: (cwd, auth) => {
          built.push(auth ? `repo token=${auth.token ?? 'none'} for ${auth.remoteUrl}` : 'repo');
          const repo = openRepo(cwd, env);
          if (o.origin) repo.knowRemoteUrl(o.origin);
          return repo;
        },
        github:
          o.github ??
          ((repository) => {
            built.push(`github ${repository}`);
            throw new Error('this test has no GitHub');
          }),
      },
      ...over,
    });
    return { w, built, reporter };
  }
  const run = (values: Record<string, string>, w: World) => runRelease(releaseRequest(inputs(values), w), w);

  test('a dry run: the next version, the diff as changes, the action outputs; nothing written', async () => {
    const { w, built, reporter } = world();
    const r = await run({ 'dry-run': 'true' }, w);
    // git only, without a token: a dry run opens no GitHub client.
    expect(built).toEqual(['repo']);
    // The scan has no count: a start without one, then its end.
    expect(reporter.steps.map((p) => [p.done, p.total])).toEqual([
      [undefined, undefined],
      [1, 1],
    ]);
    expect(r.dryRun).toBe(true);
    expect(r.mode).toBe('dry-run');
    expect(r.outputs).toMatchObject({
      version: '1.1.0',
      'previous-version': '1.0.0',
      bump: 'minor',
      released: 'false',
      'pr-number': '',
      tag: '',
    });
    expect(r.changes.find((c) => c.path === '.version')).toMatchObject({ before: '1.0.0\n', after: '1.1.0\n' });
    expect(git('status', '--porcelain')).toBe('');
    expect(releaseView(r).status).toBe('Next version: 1.1.0 (minor; last release 1.0.0)');
    expect(renderTerminal(releaseView(r))).toMatch(/^\.version +version +1\.0\.0 +1\.1\.0$/m);
    expect(releaseMarkdown(r)).toMatch(/^### prepare-release \(dry run\)\n/);
  });

  test("the runner's summary is the release's Markdown in parts, the notes' own parts among them (never joined into a copy)", async () => {
    const { w } = world();
    const r = await run({ 'dry-run': 'true' }, w);
    // The notes are held in the parts they were rendered in: one batch of lines, then their final \n.
    expect(Array.isArray(r.notes)).toBe(true);
    const notes = r.notes as readonly string[];
    expect(notes).toHaveLength(2);
    expect(notes[1]).toBe('\n');
    const parts = releaseMarkdownParts(r);
    expect(parts).toHaveLength(4);
    expect(parts.slice(1, 3)).toEqual(notes);
    expect(parts[0]).toMatch(/^### prepare-release \(dry run\)\n[\s\S]*\n\n<details><summary>Release notes<\/summary>\n\n$/);
    expect(parts[3]).toBe('\n</details>\n');
    expect(parts.join('')).toBe(releaseMarkdown(r));
    const summary = releaseRunner(r).steps.find((s) => 'summary' in s);
    expect(summary).toEqual({
      summary: parts,
      where: 'CHANGELOG.md once prepare-release runs without dry-run (this dry run wrote nothing)',
    });
    // The notes are those of the new CHANGELOG.md, at its top below the title: the same parts, in its text's parts.
    const changelog = r.changes.find((c) => c.path === 'CHANGELOG.md')!;
    expect(Array.isArray(changelog.after)).toBe(true);
    expect((changelog.after as readonly string[]).slice(1, 2)).toEqual([notes[0]]);
    expect(joinText(changelog.after).includes(`\n\n${notes.join('')}`)).toBe(true);
    expect(releaseMarkdownParts({ ...r, notes: '' })).toEqual([parts[0].slice(0, parts[0].indexOf('\n\n<details>')), '\n']);
    expect(releaseMarkdownParts({ ...r, notes: [] })).toEqual([parts[0].slice(0, parts[0].indexOf('\n\n<details>')), '\n']);
    // The CLI's --json shows the notes held in parts as the one string they are, never JSON inside a string.
    const json = JSON.parse(JSON.stringify(releaseJson(r))) as { 'schema-version': unknown; notes: unknown; files: { file: string }[] };
    expect(json['schema-version']).toBe(2);
    expect(json.notes).toBe(notes.join(''));
    expect(json.files.map((f) => f.file)).toContain('CHANGELOG.md');
  });

  test("the ports' lines go through the face's reporter, never through workflow commands (a CLI's stdout stays its result)", async () => {
    const { w, reporter, built } = world(
      { token: 't' },
      {
        origin: 'https://github.com/acme/x.git',
        github: (repository, use) => {
          built.push(`github ${repository}`);
          use?.log?.('GET /repos/acme/x/pulls');
          use?.notice?.('GitHub did not answer; trying again');
          throw new Error('the test stops here');
        },
      },
    );
    const stdout: string[] = [];
    const write = stdio.stdout.write;
    stdio.stdout.write = (text: string) => void stdout.push(text);
    try {
      await expect(run({}, w)).rejects.toThrow('the test stops here');
    } finally {
      stdio.stdout.write = write;
    }
    // The token goes to git for origin; the client is the repository's.
    expect(built).toEqual(['repo', 'repo token=t for https://github.com/acme/x.git', 'github acme/x']);
    expect(reporter.debugLines).toContain('GET /repos/acme/x/pulls');
    expect(reporter.lines).toContain('GitHub did not answer; trying again');
    expect(stdout.join('')).not.toMatch(/::debug::|::warning::|::group::/);
  });

  test.each([
    [{ token: undefined }, "input 'github-token' is empty"],
    [{ token: 't', env }, 'base is required in detached HEAD'],
  ])('outside a dry run %j: refused before the world is opened', async (over, message) => {
    const { w, built } = world(over);
    await expect(run({}, w)).rejects.toThrow(message);
    expect(built).toEqual([]);
  });
});
