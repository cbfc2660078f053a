import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, maskingIo } from '../src/io.ts';
import { buildProgram, runCli } from '../src/program.ts';

// A flag that takes one value, given twice, is a usage error naming it (exit 2), before anything runs: commander
// kept the last value silently, so `lockstep hydrate --env dev --env staging` hydrated staging alone.

function fakeIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    cwd,
    env: {},
    out: '',
    err: '',
    color: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: () => '',
  };
  return io;
}

let ws: string;
beforeEach(() => (ws = mkdtempSync(join(tmpdir(), 'lockstep-repeat-'))));
afterEach(() => rmSync(ws, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = fakeIo(ws);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('a flag given twice is a usage error naming it', () => {
  test.each([
    [
      'a setting that takes one value (--base)',
      ['check', '--base', 'main', '--base', 'release/1.x'],
      'error: --base is given twice ("main", then "release/1.x") — give it once: it takes one value',
      'Usage: lockstep check [options]',
    ],
    [
      'a setting that takes a list (--env): the comma list to give',
      ['hydrate', '--env', 'dev', '--env', 'staging'],
      'error: --env is given twice ("dev", then "staging") — give it once, with a comma-separated list: --env dev,staging',
      'Usage: lockstep hydrate [options]',
    ],
    [
      'the --flag=value form, mixed with the other',
      ['promote', '--to=staging', '--from', 'dev', '--to', 'prod'],
      'error: --to is given twice ("staging", then "prod") — give it once: it takes one value',
      'Usage: lockstep promote [options]',
    ],
    [
      'a flag whose value is optional (--push [mode])',
      ['promote', '--push', '--to', 'prod', '--push', 'direct'],
      'error: --push is given twice (without a value, then "direct") — give it once: it takes one value',
      'Usage: lockstep promote [options]',
    ],
    [
      "a command's own flag (metrics --since)",
      ['metrics', '--since', '30d', '--since', '90d'],
      'error: --since is given twice ("30d", then "90d") — give it once: it takes one value',
      'Usage: lockstep metrics [options]',
    ],
    [
      'an empty value that overrides the config (--tag-prefix ""), then another',
      ['release', '--tag-prefix', '', '--tag-prefix', 'v'],
      'error: --tag-prefix is given twice ("", then "v") — give it once: it takes one value',
      'Usage: lockstep release [options]',
    ],
    [
      'a list value that is no plain word: no list suggested',
      ['check', '--charts', 'charts/a b', '--charts', 'charts/c'],
      'error: --charts is given twice ("charts/a b", then "charts/c") — give it once: it takes one value',
      'Usage: lockstep check [options]',
    ],
  ])('%s', async (_what, argv, line, usage) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').slice(0, 2)).toEqual([line, usage]);
    expect(r.out).toBe('');
    // Nothing ran: the workspace holds what it held.
    expect(readdirSync(ws)).toEqual([]);
  });

  test('with --json, the usage document on stdout names the flag', async () => {
    const r = await run(['bump', '--level', 'patch', '--json', '--level', 'major']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({
      'schema-version': 2,
      command: 'bump',
      outcome: 'usage',
      errors: [
        {
          file: null,
          line: null,
          input: null,
          message: '--level is given twice ("patch", then "major") — give it once: it takes one value',
        },
      ],
    });
  });

  test('a value holding a newline is shown on the one line', async () => {
    const r = await run(['digests', '--images', 'a\nb', '--images', 'c']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('error: --images is given twice ("a\\nb", then "c") — give it once: it takes one value');
  });

  test("metrics' --env, which says it repeats, still collects; a switch given twice is no usage error", async () => {
    // Outside a repository metrics is refused (exit 1) for that, not as a usage error; config prints the defaults.
    const env = await run(['metrics', '--env', 'dev', '--env', 'staging', '--no-deployments']);
    expect([env.code, env.err.includes('given twice')]).toEqual([1, false]);
    const json = await run(['config', '--json', '--json']);
    expect([json.code, json.err]).toEqual([0, '']);
  });
});

test('every command: each flag that takes a value, given twice, is refused naming it; only metrics --env repeats', async () => {
  const program = buildProgram(maskingIo(fakeIo(ws)));
  const exempt: string[] = [];
  const checked: Record<string, number> = {};
  for (const cmd of program.commands.filter((c) => c.name() !== '__complete-values')) {
    for (const option of cmd.options.filter((o) => o.required || o.optional)) {
      const flag = option.long!;
      const r = await run([cmd.name(), flag, 'one', flag, 'two']);
      if (!r.err.includes('given twice')) {
        exempt.push(`${cmd.name()} ${flag}`);
        continue;
      }
      expect([cmd.name(), r.code, r.err.split('\n')[0]]).toEqual([
        cmd.name(),
        2,
        expect.stringMatching(new RegExp(`^error: ${flag} is given twice \\("one", then "two"\\) — give it once`)),
      ]);
      checked[cmd.name()] = (checked[cmd.name()] ?? 0) + 1;
    }
  }
  expect(exempt).toEqual(['metrics --env']);
  // Each command with flags that take a value had them checked (completion takes none).
  expect(Object.keys(checked).sort()).toEqual([
    'bump',
    'check',
    'config',
    'digests',
    'hydrate',
    'metrics',
    'promote',
    'publish',
    'release',
    'status',
  ]);
});
