import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// `lockstep __complete-values <kind> [--config F]`: what a completion script offers after --to,
// --services and --charts, read from the config of the repository the line is typed in.

let ws: string;
beforeEach(() => (ws = mkdtempSync(join(tmpdir(), 'lockstep-values-'))));
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  writeFileSync(join(ws, rel), text);
}

/** Runs the hidden command in `cwd` (the workspace by default): exit code, stdout, stderr. */
async function values(args: string[], cwd = ws): Promise<{ code: number; out: string; err: string }> {
  const seen = { out: '', err: '' };
  const io: CliIo = {
    cwd,
    env: {},
    color: false,
    stdout: (t) => void (seen.out += t),
    stderr: (t) => void (seen.err += t),
    readStdin: () => '',
  };
  const code = await runCli(['__complete-values', ...args], io);
  return { code, ...seen };
}

const CONFIG = `charts:
  - charts/*
environments:
  - name: dev
    values: deploy/dev.yaml
  - name: staging
    values: deploy/staging.yaml
  - name: prod
    values: deploy/prod.yaml
services:
  api:
    image: ghcr.io/acme/api
  worker:
    image: ghcr.io/acme/worker
`;

function repository(): void {
  write('.github/lockstep.yml', CONFIG);
  for (const chart of ['charts/web', 'charts/api', 'tools/helper'])
    write(`${chart}/Chart.yaml`, `apiVersion: v2\nname: x\nversion: 0.1.0\n`);
  // A subchart vendored inside a chart is that chart's, not one of its own.
  write('charts/web/charts/redis/Chart.yaml', 'apiVersion: v2\nname: redis\nversion: 1.0.0\n');
}

describe('lockstep __complete-values', () => {
  test('environments in promotion order, services, and the chart folders charts: selects', async () => {
    repository();
    expect(await values(['environments'])).toEqual({ code: 0, out: 'dev\nstaging\nprod\n', err: '' });
    expect(await values(['services'])).toEqual({ code: 0, out: 'api\nworker\n', err: '' });
    expect(await values(['charts'])).toEqual({ code: 0, out: 'charts/api\ncharts/web\n', err: '' });
  });

  test('targets (promote --to): the environments, then the waves: names', async () => {
    write(
      '.github/lockstep.yml',
      [
        'environments:',
        '  - { name: staging, values: deploy/staging.yaml }',
        '  - { name: prod-eu, values: deploy/prod-eu.yaml }',
        '  - { name: prod-us, values: deploy/prod-us.yaml }',
        'waves:',
        '  prod: [prod-eu, prod-us]',
        '',
      ].join('\n'),
    );
    expect(await values(['targets'])).toEqual({ code: 0, out: 'staging\nprod-eu\nprod-us\nprod\n', err: '' });
    expect(await values(['environments'])).toEqual({ code: 0, out: 'staging\nprod-eu\nprod-us\n', err: '' });
  });

  test('without charts: every chart folder; without a config: no environment', async () => {
    for (const chart of ['charts/web', 'tools/helper']) write(`${chart}/Chart.yaml`, `apiVersion: v2\nname: x\nversion: 0.1.0\n`);
    expect(await values(['charts'])).toEqual({ code: 0, out: 'charts/web\ntools/helper\n', err: '' });
    expect(await values(['environments'])).toEqual({ code: 0, out: '', err: '' });
  });

  test('--config names another file, relative to the folder the line is typed in', async () => {
    repository();
    write('ops/other.yml', 'environments:\n  - name: qa\n    values: deploy/qa.yaml\n');
    expect((await values(['environments', '--config', 'ops/other.yml'])).out).toBe('qa\n');
    execFileSync('git', ['init', '-q'], { cwd: ws });
    expect((await values(['environments', '--config', 'other.yml'], join(ws, 'ops'))).out).toBe('qa\n');
    // From a subfolder of the repository, the default config is still the top's.
    expect((await values(['environments'], join(ws, 'ops'))).out).toBe('dev\nstaging\nprod\n');
  });

  test.each([
    ['invalid YAML', ['environments'], 'environments: [dev\n'],
    ['an unknown key', ['environments'], 'enviroments: []\n'],
    ['a missing --config file', ['environments', '--config', 'nope.yml'], CONFIG],
    ['an unknown kind', ['branches'], CONFIG],
    ['no kind', [], CONFIG],
  ])('%s: nothing printed, exit 0 (the shell falls back to its own completion)', async (_what, args, config) => {
    write('.github/lockstep.yml', config);
    expect(await values(args)).toEqual({ code: 0, out: '', err: '' });
  });

  test('no usage error reaches the shell: --config without its value reads the default, an unknown flag is ignored', async () => {
    repository();
    expect(await values(['services', '--config'])).toEqual({ code: 0, out: 'api\nworker\n', err: '' });
    expect(await values(['services', '--verbose', 'extra'])).toEqual({ code: 0, out: 'api\nworker\n', err: '' });
  });

  test('a name with a newline or a control character is left out; shell text is printed as text, never run', async () => {
    write(
      '.github/lockstep.yml',
      'services:\n  "$(touch pwned)":\n    image: ghcr.io/acme/a\n  "two\\nlines":\n    image: ghcr.io/acme/b\n  "bell\\a":\n    image: ghcr.io/acme/c\n  ok:\n    image: ghcr.io/acme/d\n',
    );
    expect(await values(['services'])).toEqual({ code: 0, out: '$(touch pwned)\nok\n', err: '' });
  });

  test('hidden: not in the help, not completed as a command', async () => {
    const seen = { out: '' };
    const io: CliIo = { cwd: ws, env: {}, color: false, stdout: (t) => void (seen.out += t), stderr: () => {}, readStdin: () => '' };
    await runCli(['--help'], io);
    expect(seen.out).toContain('completion');
    expect(seen.out).not.toContain('__complete-values');
    seen.out = '';
    await runCli(['completion', 'bash'], io);
    expect(seen.out).toContain('command lockstep __complete-values "$kind"');
    expect(seen.out).not.toMatch(/__complete-values\) flags=/);
  });
});
