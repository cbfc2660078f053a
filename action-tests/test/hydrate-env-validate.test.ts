import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { CONFIG, dryRepository } from '../harness/hydrate-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 72 (every kind validated in every command that renders it): the committed hydrate-env and CLI bundles
// validate each environment's render before anything is written, as check and promote validate theirs, with the
// real Helm. Prod's values say `replicas: two`, which its Deployment's schema refuses: protected prod (validate:
// error by default) refuses the run at its config line, nothing pushed; validate: warn annotates and writes.

const WITH_TOOLS = testPath('helm', 'kubectl');
const PROTECTED = CONFIG.replace('name: prod,', 'name: prod, protected: true,');
const TWO = { 'charts/guestbook/values-prod.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: two\n' };

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const branches = () => origin('for-each-ref', '--format=%(refname:short)', 'refs/heads/environment').split('\n').filter(Boolean);

function hydrate(ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('hydrate-env', {
    workspace: ws,
    inputs: { 'github-token': '', ...inputs },
    env: { PATH: WITH_TOOLS },
    timeoutMs: 120_000,
  });
}

const status = (ws: string) => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ws, encoding: 'utf8' });

describe('hydrate-env validates what it renders', () => {
  test('protected prod whose Deployment says replicas: two: refused at its config line, nothing pushed, exit 1', async () => {
    fixture = GitFixture.create({ ...dryRepository(PROTECTED), ...TWO });
    const ws = fixture.clone('main');
    const r = await hydrate(ws);
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.file, a.line, a.message])).toEqual([
      [
        'error',
        '.github/lockstep.yml',
        4,
        '.github/lockstep.yml:4: validate: prod: Deployment prod/prod-guestbook: spec.replicas: expected integer — fix what renders it, or set validate: warn under prod in the config; nothing was pushed',
      ],
    ]);
    expect(branches()).toEqual([]);
    expect(status(ws)).toBe('');
  });

  test('lockstep hydrate refuses the same, exit 1, and writes nothing', async () => {
    fixture = GitFixture.create({ ...dryRepository(PROTECTED), ...TWO });
    const ws = fixture.clone('main');
    const r = await runCli(['hydrate', '--push', '--env', 'prod'], { cwd: ws, env: { PATH: WITH_TOOLS }, timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('.github/lockstep.yml:4: validate: prod: Deployment prod/prod-guestbook: spec.replicas: expected integer');
    expect(branches()).toEqual([]);
    expect(status(ws)).toBe('');
  });

  test('validate: warn under prod: the finding is a warning and the branch is written as rendered', async () => {
    fixture = GitFixture.create({ ...dryRepository(PROTECTED.replace('protected: true,', 'protected: true, validate: warn,')), ...TWO });
    const r = await hydrate(fixture.clone('main'), { env: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'validate: prod: Deployment prod/prod-guestbook: spec.replicas: expected integer',
    ]);
    expect(branches()).toEqual(['environment/prod-next']);
    expect(origin('show', 'environment/prod-next:manifest.yaml')).toContain('  name: prod-guestbook\nspec:\n  replicas: two\n');
  });

  test('an unprotected environment warns by default; validate: off says nothing', async () => {
    fixture = GitFixture.create({ ...dryRepository(), ...TWO });
    const r = await hydrate(fixture.clone('main'), { env: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'validate: prod: Deployment prod/prod-guestbook: spec.replicas: expected integer',
    ]);
    fixture.commit('validate off', { '.github/lockstep.yml': CONFIG.replace('name: prod,', 'name: prod, validate: off,') });
    fixture.push('main');
    const off = await hydrate(fixture.clone('main'), { env: 'prod' });
    if (off.code !== 0) throw new Error(`exit ${off.code}\n${off.stdout}\n${off.stderr}`);
    expect(off.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });
});
