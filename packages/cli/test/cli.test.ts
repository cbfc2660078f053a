import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionYml } from '../../../action-tests/harness/action-yml.ts';
import { type CliIo, maskingIo } from '../src/io.ts';
import { buildProgram, runCli } from '../src/program.ts';

/** A terminal that records what was written; `cwd` is the workspace. */
function fakeIo(cwd: string, stdin = ''): CliIo & { out: string; err: string } {
  const io = {
    cwd,
    env: {},
    out: '',
    err: '',
    color: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: () => stdin,
  };
  return io;
}

/** The inputs that hold secrets: never flags (shell history, `ps`). */
const SECRETS = ['password', 'signing-key', 'github-token', 'notify-secret'];

let ws: string;
beforeEach(() => (ws = mkdtempSync(join(tmpdir(), 'lockstep-cli-'))));
afterEach(() => rmSync(ws, { recursive: true, force: true }));

describe('flags are the action inputs', () => {
  test('a secret input is no flag: lockstep publish has no --password, --signing-key nor --github-token', () => {
    const program = buildProgram(maskingIo(fakeIo(ws)));
    for (const command of ['publish', 'digests', 'release', 'promote']) {
      const longs = program.commands.find((c) => c.name() === command)!.options.map((o) => o.long);
      for (const secret of SECRETS)
        expect({ command, secret, flag: longs.includes(`--${secret}`) }).toEqual({ command, secret, flag: false });
    }
  });

  test.each([
    // [command, action, inputs the CLI replaces on purpose (the token comes from GITHUB_TOKEN/GH_TOKEN; promote's
    //  push mode is the --push [mode] switch and --dry-run is the default, since a terminal run is a dry run unless --push),
    //  flags beyond the inputs]
    ['bump', 'bump-chart', [], ['all', 'json']],
    ['digests', 'capture-digests', [], ['json', 'password-stdin']],
    ['check', 'chart-bump-check', [], ['json']],
    ['release', 'prepare-release', ['github-token', 'dry-run'], ['json', 'push']],
    ['promote', 'promote-env', ['github-token', 'push', 'dry-run'], ['json']],
  ])('lockstep %s has one flag per %s input: same name, description and default', (command, action, replaced, extras) => {
    const yml = readActionYml(action)!;
    const cmd = buildProgram(maskingIo(fakeIo(ws))).commands.find((c) => c.name() === command)!;
    const declared = [...yml.inputs.values()].filter((i) => !SECRETS.includes(i.name) && !replaced.includes(i.name));
    expect(declared.length).toBeGreaterThan(5);
    for (const input of declared) {
      const opt = cmd.options.find((o) => o.long === `--${input.name}`);
      expect({ input: input.name, found: opt !== undefined }).toEqual({ input: input.name, found: true });
      expect(opt!.description).toBe((input.description ?? '').trim());
      const def = input.default ?? '';
      // A true/false input is a switch pair (--x / --no-x); the others carry the action.yml default.
      if (def === 'true' || def === 'false') expect(cmd.options.some((o) => o.long === `--no-${input.name}`)).toBe(true);
      else expect(opt!.defaultValue).toBe(def === '' ? undefined : def);
    }
    // Nothing the action does not declare, except the CLI's own --json and --password-stdin.
    const extra = cmd.options.map((o) => o.long!.replace(/^--(no-)?/, '')).filter((n) => !yml.inputs.has(n));
    expect([...new Set(extra)].sort()).toEqual(extras);
    for (const name of replaced)
      expect(cmd.options.some((o) => o.long === `--${name}` && o.description === yml.inputs.get(name)?.description)).toBe(false);
  });

  test('--help lists every flag with its description and exits 0', async () => {
    const io = fakeIo(ws);
    expect(await runCli(['digests', '--help'], io)).toBe(0);
    const yml = readActionYml('capture-digests')!;
    for (const name of [...yml.inputs.keys()].filter((n) => !SECRETS.includes(n))) expect(io.out).toContain(`--${name}`);
    expect(io.out).toContain('--password-stdin');
    expect(io.out.replace(/\s+/g, ' ')).toContain(
      'Keep the existing entries and fail when this run records a name already there with another digest (for matrix jobs that each add their service)',
    );
  });

  // The program defines only the command argv runs; these are the ways a command is named besides first.
  test.each([
    [['help', 'check'], 'check', '--breaking'],
    [['bump', '--dry-run', '--help'], 'bump', '--artifacthub-changes'],
    [['status', '--help'], 'status', '--values-file'],
  ])("%j prints that command's flags, as when every command is defined", async (argv, command, flag) => {
    const io = fakeIo(ws);
    expect(await runCli(argv, io)).toBe(0);
    expect(io.out).toContain(`Usage: lockstep ${command} [options]`);
    expect(io.out).toContain(flag);
  });

  // --json is one shape (docs/cli.md); each command's help says so and names what its document holds.
  test.each([
    ['check', 'ok, the commits compared, changed-charts, errors and warnings'],
    ['bump', 'status, version, charts (each bumped chart) and changed-files'],
    ['digests', 'file, digests (what the file holds) and images'],
    ['publish', 'registry, charts (name, version, digest, signature) and the digests file'],
    ['promote', 'outcome, from, to, changes, gates, waves and the pull request or commit'],
    ['release', 'mode, version, previous-version, notes, files and the pull request or tag'],
    ['status', 'base, environments (what each pins) and next (what each promotion would change)'],
    ['metrics', 'the window and environments (the figures and the promotions each counts, with commit ids), on one line'],
    ['config', 'file and config (the effective settings)'],
  ])('%s --help describes --json: the one shape, then %s', async (command, keys) => {
    const io = fakeIo(ws);
    expect(await runCli([command, '--help'], io)).toBe(0);
    expect(io.out.replace(/\s+/g, ' ')).toContain(
      `--json print one JSON document on stdout instead of the table: schema-version, command, then ${keys}; kebab-case keys as the action's outputs, no JSON inside strings (docs/cli.md)`,
    );
  });

  test('every command with --json is in the list above', () => {
    const withJson = buildProgram(maskingIo(fakeIo(ws)))
      .commands.filter((c) => c.options.some((o) => o.long === '--json'))
      .map((c) => c.name());
    expect(withJson).toEqual(['check', 'bump', 'digests', 'publish', 'promote', 'hydrate', 'release', 'status', 'metrics', 'config']);
  });

  test('the top-level help lists every command with its description', async () => {
    const io = fakeIo(ws);
    expect(await runCli(['--help'], io)).toBe(0);
    // But __complete-values, the completion scripts' own (completion-values.test.ts checks it is hidden).
    for (const cmd of buildProgram(maskingIo(fakeIo(ws))).commands.filter((c) => c.name() !== '__complete-values'))
      expect(io.out.replace(/\s+/g, ' ')).toContain(`${cmd.name()} ${cmd.description()}`);
  });
});

describe('exit codes and messages', () => {
  test.each([
    [['bump', '--bogus'], "error: unknown option '--bogus'", 'Usage: lockstep bump [options]'],
    [['digests', '--images'], "error: option '--images <value>' argument missing", 'Usage: lockstep digests [options]'],
    [['bump', 'extra'], 'error: too many arguments', 'Usage: lockstep bump [options]'],
    [['frobnicate'], "error: unknown command 'frobnicate'", ''],
    [[], 'Usage: lockstep [options] [command]', ''],
  ])('%j is a usage error: exit 2 with the usage line', async (argv, message, usage) => {
    const io = fakeIo(ws);
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).toContain(usage);
    expect(io.out).toBe('');
  });

  test('a user error prints path:line: what — how to fix and exits 1', async () => {
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github/lockstep.yml'), 'tag-prefix: v\nchangelog: sometimes\n');
    const io = fakeIo(ws);
    expect(await runCli(['config'], io)).toBe(1);
    expect(io.err).toMatch(/^\.github\/lockstep\.yml:2: .*changelog.* — .+\n$/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  test('a bad input value is a user error naming the input (exit 1), checked before anything runs', async () => {
    const io = fakeIo(ws);
    expect(await runCli(['bump', '--level', 'huge'], io)).toBe(1);
    expect(io.err).toBe("--level is 'huge' — use one of patch, minor, major\n");
  });
});

describe('lockstep config', () => {
  test('prints the effective configuration, as YAML or --json', async () => {
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github/lockstep.yml'), 'tag-prefix: release-\nservices:\n  api: { image: ghcr.io/acme/api }\n');
    const io = fakeIo(ws);
    expect(await runCli(['config'], io)).toBe(0);
    expect(io.out).toContain('# effective configuration: .github/lockstep.yml with defaults filled in\n');
    // Each key says where its value came from: the file at its line, or the default.
    expect(io.out).toContain('tag-prefix: release- # .github/lockstep.yml:1\n');
    expect(io.out).toContain('version-file: .version # default\n');
    const json = fakeIo(ws);
    expect(await runCli(['config', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({
      'schema-version': 2,
      outcome: 'done',
      errors: [],
      command: 'config',
      file: '.github/lockstep.yml',
      config: { 'tag-prefix': 'release-', services: { api: { image: 'ghcr.io/acme/api' } } },
      sources: { top: { 'tag-prefix': 'config', 'version-file': 'default' }, environments: [], services: { api: { image: 'config' } } },
    });
  });

  test('--config names another file; a named file that does not exist is an error', async () => {
    const io = fakeIo(ws);
    expect(await runCli(['config', '--config', 'nope.yml'], io)).toBe(1);
    expect(io.err).toContain('nope.yml');
  });
});

describe('secrets', () => {
  test('a registered secret never reaches stdout or stderr', () => {
    const raw = fakeIo(ws);
    const io = maskingIo(raw);
    io.secret('hunter2');
    io.stdout('password hunter2 here\n');
    io.stderr('hunter2hunter2\n');
    expect(raw.out + raw.err).toBe('password *** here\n******\n');
  });

  test('a registered token is masked in every form: raw, URL-encoded, base64 and as Basic credentials', () => {
    const raw = fakeIo(ws);
    const io = maskingIo(raw);
    const token = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz/+=';
    io.secret(token);
    const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');
    io.stderr(
      `lockstep: internal error: <pre>authorization: token ${token}\nq=${encodeURIComponent(token)}\nx: ${b64(token)}\nproxy-authorization: Basic ${b64(`x-access-token:${token}`)}</pre>\n`,
    );
    expect(raw.err).toBe('lockstep: internal error: <pre>authorization: token ***\nq=***\nx: ***\nproxy-authorization: Basic ***</pre>\n');
  });

  test('--password-stdin reads the password, which is then masked; an empty one is refused', async () => {
    const empty = fakeIo(ws, '\n');
    expect(
      await runCli(['digests', '--images', 'api=127.0.0.1:9/a:1', '--username', 'u', '--password-stdin', '--sha', 'abc1234'], empty),
    ).toBe(1);
    expect(empty.err).toContain('--password-stdin read an empty password');
    const noPassword = fakeIo(ws);
    expect(await runCli(['digests', '--images', 'api=127.0.0.1:9/a:1', '--username', 'u'], noPassword)).toBe(1);
    expect(noPassword.err).toBe(
      '--username needs the registry password — pipe it in with --password-stdin, or leave both out to use ~/.docker/config.json\n',
    );
  });
});
