import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import type { GitSpawner } from '../../src/git/spawn.ts';
import { asRepo } from '../../src/git/repo.ts';
import { bumpRequest } from '../../src/operations/bump/request.ts';
import { runBump, type BumpResult } from '../../src/operations/bump/run.ts';
import { bumpView, runnerView } from '../../src/operations/bump/view.ts';
import type { World } from '../../src/contract/world.ts';
import { collectingReporter } from '../../src/report/reporter.ts';
import { renderMarkdown } from '../../src/report/view.ts';
import { testWorld } from '../test-world.ts';

const chart = (v: string, app = '1.0.0') => `apiVersion: v2\nname: myapp\nversion: ${v} # keep\nappVersion: "${app}"\n`;
const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const f = GitFixture.create({
  'charts/myapp/Chart.yaml': chart('0.1.0'),
  'charts/myapp/CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n- fix\n',
});
afterAll(() => f.cleanup());
/** The bump's world: the fixture's checkout as the workspace, a fixed date for changelog headings. */
const world = (over: Partial<World> = {}) => testWorld(f.dir, { date: '2026-01-02', ...over });

describe('bumpRequest: the inputs every face passes through', () => {
  test('defaults are the action.yml defaults', async () => {
    expect(await bumpRequest(inputs({}), world())).toEqual({
      workingDirectory: '.',
      config: '.github/lockstep.yml',
      charts: [],
      level: 'patch',
      cascade: true,
      artifacthubChanges: false,
      dryRun: false,
    });
  });
  test.each([
    [{ level: 'huge' }, "input 'level' is 'huge'"],
    [{ 'changelog-entry': 'a\nb' }, "input 'changelog-entry' spans several lines"],
    [{ chart: 'charts/x' }, "input 'chart' was renamed to the charts input"],
    [{ base: '--upload-pack=x' }, 'base'],
    [{ version: 'one' }, 'version'],
    [{ cascade: 'maybe' }, "input 'cascade' is 'maybe', not a boolean"],
  ])('%j is refused before any git runs', async (values, message) => {
    await expect(bumpRequest(inputs(values), world())).rejects.toThrow(message);
  });
  test('the working directory is checked by the request: a folder of a git checkout inside the workspace', async () => {
    await expect(bumpRequest(inputs({ 'working-directory': 'chart' }), world())).rejects.toThrow(
      "working-directory 'chart' does not exist",
    );
    await expect(bumpRequest(inputs({ 'working-directory': '../outside' }), world())).rejects.toThrow(
      'working-directory: ../outside is outside the workspace',
    );
  });
});

describe('runBump on a real repository', () => {
  const afterThis: (() => void)[] = [];
  afterEach(() => afterThis.splice(0).forEach((undo) => undo()));

  test('plans, writes and reports: outputs, rows, changes with their diff; the base came from origin', async () => {
    const reporter = collectingReporter();
    const r = await runBump(await bumpRequest(inputs({ charts: 'charts/myapp', 'app-version': '1.1.0' }), world()), world({ reporter }));
    // Later tests start from the committed files again.
    afterThis.push(() => f.git('checkout', '--', '.'));
    expect(r.outputs).toEqual({
      version: '0.1.1',
      'previous-version': '0.1.0',
      'app-version': '1.1.0',
      'changed-files': '["charts/myapp/CHANGELOG.md","charts/myapp/Chart.yaml"]',
      charts: JSON.stringify(r.charts),
    });
    expect(r.charts[0]).toMatchObject({
      path: 'charts/myapp',
      name: 'myapp',
      cascaded: false,
      files: ['charts/myapp/Chart.yaml', 'charts/myapp/CHANGELOG.md'],
    });
    expect(r.base).toMatch(/^origin\/main \([0-9a-f]{12}\)$/);
    expect(readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8')).toBe(chart('0.1.1', '1.1.0'));
    expect(r.changes.map((c) => c.path).sort()).toEqual(['charts/myapp/CHANGELOG.md', 'charts/myapp/Chart.yaml']);
    expect(r.diff).toContain('  +version: 0.1.1 # keep');
    expect(readFileSync(join(f.dir, 'charts/myapp/CHANGELOG.md'), 'utf8')).toContain('## [0.1.1] - 2026-01-02');
  });

  test('dry run: the same result, nothing written', async () => {
    const before = readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8');
    const r = await runBump(await bumpRequest(inputs({ charts: 'charts/myapp', 'dry-run': 'true' }), world()), world());
    expect(r.dryRun).toBe(true);
    expect(r.outputs.version).toBe('0.1.1');
    expect(r.changes.length).toBe(2);
    expect(readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8')).toBe(before);
  });

  test('git is injected: the spawner the world gives runs every git command', async () => {
    const seen: string[][] = [];
    const { gitSpawner } = await import('../../src/git/objects.ts');
    const spy = (cwd: string): GitSpawner => {
      const real = gitSpawner(cwd);
      return (args) => (seen.push([...args]), real(args));
    };
    await runBump(
      await bumpRequest(inputs({ charts: 'charts/myapp', 'dry-run': 'true' }), world()),
      world({ services: { repo: (cwd) => asRepo(spy(cwd)) } }),
    );
    expect(seen).toContainEqual(['rev-parse', '--show-prefix']);
  });

  test('a pull request event whose payload was lost is an error, not the default branch', async () => {
    const err = await runBump(
      await bumpRequest(inputs({ charts: 'charts/myapp' }), world()),
      world({ event: () => ({ name: 'pull_request', payload: {}, problem: 'is missing (GITHUB_EVENT_PATH is not set)' }) }),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('the pull_request event file is missing (GITHUB_EVENT_PATH is not set)');
  });

  test('errors name workspace paths when working-directory is a subfolder', async () => {
    writeFileSync(join(f.dir, 'charts/bad.yml'), 'tag-prefix: v\nnope: 1\n');
    afterThis.push(() => rmSync(join(f.dir, 'charts/bad.yml')));
    const err = await runBump(
      await bumpRequest(inputs({ 'working-directory': 'charts', config: 'bad.yml', charts: 'myapp' }), world()),
      world(),
    ).catch((e) => e);
    const errors: UserError[] = err instanceof UserErrors ? err.errors : [err];
    expect(errors.map((e) => [e.file, e.line])).toEqual([['charts/bad.yml', 2]]);
  });
});

describe('the runner view of a bump', () => {
  test("steps in the action's order: warnings at their line, the diff (raw), the charts, status, outputs, summary", () => {
    const r: BumpResult = {
      outputs: { version: '0.2.0', 'previous-version': '0.1.0', 'app-version': '', 'changed-files': '[]', charts: '[]' },
      charts: [
        {
          path: 'charts/app',
          name: 'app',
          'previous-version': '0.1.0',
          version: '0.2.0',
          'previous-app-version': '',
          'app-version': '',
          cascaded: false,
          files: [],
        },
      ],
      notes: ['app (charts/app): a note'],
      warnings: [{ message: 'digest did not match', file: 'charts/app/Chart.lock', line: 8 }],
      changes: [{ path: 'charts/app/Chart.yaml', before: 'version: 0.1.0\n', after: 'version: 0.2.0\n' }],
      diff: '--- a/charts/app/Chart.yaml',
      dryRun: true,
      base: 'origin/main (0123456789ab)',
    };
    const view = runnerView(r);
    expect(view.failure).toBeUndefined();
    expect(view.steps).toEqual([
      { annotate: 'warning', message: 'digest did not match', file: 'charts/app/Chart.lock', line: 8 },
      { group: 'Diff (dry run: nothing written)' },
      { info: '--- a/charts/app/Chart.yaml', raw: true },
      { endGroup: true },
      { group: 'Charts (1)' },
      { info: 'levels apply to the chart versions at origin/main (0123456789ab)' },
      { info: 'app (charts/app): version 0.1.0 → 0.2.0, appVersion — → —' },
      { info: 'app (charts/app): a note' },
      { endGroup: true },
      { info: 'Dry run: 1 file(s) would change; nothing was written.' },
      ...Object.entries(r.outputs).map(([output, value]) => ({ output, value })),
      { summary: renderMarkdown(bumpView(r)) },
    ]);
  });
});
