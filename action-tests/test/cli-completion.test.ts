import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../harness/run-cli.ts';

// `lockstep completion bash|zsh|fish` through the committed CLI bundle: the bash script is checked by a
// real bash (`bash -n`), then sourced and asked, as the shell asks on TAB (COMP_WORDS, COMP_CWORD), for
// a subcommand, a flag of a command, and a shell name.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-completion-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the sourced script completes for the words typed so far (the last one being completed). */
function complete(script: string, words: string[]): string[] {
  const file = join(dir, 'lockstep.bash');
  writeFileSync(file, script);
  const program = [
    'source "$1"; shift',
    'COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))',
    '_lockstep',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', program, 'bash', file, ...words], { cwd: dir, encoding: 'utf8' });
  return out.split('\n').filter((l) => l !== '');
}

describe('lockstep completion', () => {
  test('bash: valid bash that completes a subcommand, its flags and the shells', async () => {
    const r = await runCli(['completion', 'bash'], { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    execFileSync('bash', ['-n'], { input: r.stdout });
    expect(r.stdout).toContain('complete -o default -o bashdefault -F _lockstep lockstep\n');
    expect(complete(r.stdout, ['lockstep', 'pro'])).toEqual(['promote']);
    expect(complete(r.stdout, ['lockstep', 'c'])).toEqual(['check', 'config', 'completion']);
    expect(complete(r.stdout, ['lockstep', 'promote', '--fr'])).toEqual(['--from']);
    expect(complete(r.stdout, ['lockstep', 'bump', '--app'])).toEqual(['--app-version']);
    expect(complete(r.stdout, ['lockstep', 'check', '--ba'])).toEqual(['--base']);
    // A flag of another command is not offered; a word that is not a flag is left to the shell (paths).
    expect(complete(r.stdout, ['lockstep', 'check', '--push'])).toEqual([]);
    expect(complete(r.stdout, ['lockstep', 'check', 'cha'])).toEqual([]);
    expect(complete(r.stdout, ['lockstep', 'completion', 'z'])).toEqual(['zsh']);
  });

  test('zsh and fish: every command, and each command its own flags', async () => {
    const zsh = await runCli(['completion', 'zsh'], { cwd: dir });
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef lockstep\n')).toBe(true);
    expect(zsh.stdout).toContain("'promote:Promote image pins");
    expect(zsh.stdout).toMatch(/^ {4}promote\)\n {6}_arguments -s .*'--from\[[^\]]*\]:value:_files'/m);
    const fish = await runCli(['completion', 'fish'], { cwd: dir });
    expect(fish.code).toBe(0);
    expect(fish.stdout).toContain('complete -c lockstep -n __fish_use_subcommand -a status -d ');
    expect(fish.stdout).toMatch(/^complete -c lockstep -n '__fish_seen_subcommand_from promote' -l from -r -F -d /m);
    expect(fish.stdout).toMatch(/^complete -c lockstep -n '__fish_seen_subcommand_from bump' -l cascade -d /m);
  });

  test('an unknown shell is usage: exit 2, nothing on stdout', async () => {
    const r = await runCli(['completion', 'powershell'], { cwd: dir });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toContain("error: unknown shell 'powershell' (bash, zsh or fish)");
  });
});
