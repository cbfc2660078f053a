import type { CliIo } from '../src/io.ts';
import { maskingIo } from '../src/io.ts';
import { systemClock } from '@lockstep/core/registry/retry';
import { cliWorld } from '../src/world.ts';

/** A terminal that records what was written, with secrets masked as the CLI's own io masks them. */
function fakeIo(env: Record<string, string> = {}): CliIo & { secret(value: string): void; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const raw: CliIo = {
    cwd: '/work/here',
    env,
    color: false,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: () => '',
  };
  return { ...maskingIo(raw), out: () => out, err: () => err };
}

describe('cliWorld: the World every lockstep command runs its operation in', () => {
  test('the terminal face: the workspace given, the shell environment, no event, the real clock, no services', () => {
    const io = fakeIo({ HOME: '/home/me' });
    const world = cliWorld(io, '/work');
    // A terminal: no run commit, a repository that may have no remote, line breaks kept.
    expect(world.runCommit).toBeUndefined();
    expect(world.localRepository).toBe(true);
    expect(world.foldsLines).toBe(false);
    expect(world.workspace).toBe('/work');
    expect(world.env).toBe(io.env);
    expect(world.event()).toEqual({ payload: {} });
    expect(world.clock).toBe(systemClock);
    expect(world.services).toEqual({});
  });

  test('the environment a command passes wins (promote and status add the repository from origin)', () => {
    const env = { GITHUB_REPOSITORY: 'acme/charts' };
    expect(cliWorld(fakeIo({ HOME: '/home/me' }), '/work', { env }).env).toBe(env);
  });

  test('the token is there only when given', () => {
    expect('token' in cliWorld(fakeIo(), '/work')).toBe(false);
    expect(cliWorld(fakeIo(), '/work', { token: 'ghp_x' }).token).toBe('ghp_x');
  });

  test('what a promotion ships is read unless the command says its face shows none (--json)', () => {
    expect(cliWorld(fakeIo(), '/work').showsWhatShips).toBeUndefined();
    expect(cliWorld(fakeIo(), '/work', { showsWhatShips: true }).showsWhatShips).toBeUndefined();
    expect(cliWorld(fakeIo(), '/work', { showsWhatShips: false }).showsWhatShips).toBe(false);
  });

  test('the date is SOURCE_DATE_EPOCH’s day when set, else today', () => {
    expect(cliWorld(fakeIo({ SOURCE_DATE_EPOCH: '1767225600' }), '/work').date).toBe('2026-01-01');
    const before = new Date().toISOString().slice(0, 10);
    const date = cliWorld(fakeIo(), '/work').date;
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(date);
  });

  test('progress, secrets and warnings go to stderr, masked and made terminal-safe; stdout stays the result', () => {
    const io = fakeIo();
    const world = cliWorld(io, '/work');
    world.secret('hunter2');
    world.reporter.group('Resolving 1 image digest');
    world.reporter.info('logged in with hunter2');
    world.warning('tag moved\u001b[2J');
    expect(io.err()).toBe('Resolving 1 image digest…\nlogged in with ***\nwarning: tag moved\\x1b[2J\n');
    expect(io.out()).toBe('');
  });
});
