import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../harness/run-cli.ts';
import { node24, repoRoot } from '../harness/run-action.ts';

// `lockstep completion bash|zsh|fish` through the committed CLI bundle: the bash script is checked by a
// real bash (`bash -n`), then sourced and asked, as the shell asks on TAB (COMP_WORDS, COMP_CWORD), for
// a subcommand, a flag of a command, and a shell name; and, after --to, --services or --charts, the values
// the config of the repository it is typed in names, which the script asks of the CLI bundle on PATH.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-completion-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What the sourced script completes for the words typed so far (the last one being completed), as bash
 * asks on TAB: COMP_WORDS, COMP_CWORD and COMP_LINE set, the completion function called, COMPREPLY read.
 * `cwd` is where the line is typed; `path` is put first on PATH (where `lockstep` is found).
 */
function complete(script: string, words: string[], at: { cwd?: string; path?: string } = {}): string[] {
  const file = join(dir, 'lockstep.bash');
  writeFileSync(file, script);
  const program = [
    'source "$1"; shift',
    'COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}',
    '_lockstep',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const env = { ...process.env, PATH: at.path === undefined ? process.env.PATH : `${at.path}:${process.env.PATH ?? '/usr/bin:/bin'}` };
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', program, 'bash', file, ...words], {
    cwd: at.cwd ?? dir,
    env,
    encoding: 'utf8',
  });
  return out.split('\n').filter((l) => l !== '');
}

/** Writes `text` at `rel` under `root`, making its folders. */
function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/** A `lockstep` on PATH that runs the committed CLI bundle on Node 24, as an installed one would. */
async function installedCli(): Promise<string> {
  const bin = join(dir, 'bin');
  write(bin, 'lockstep', `#!/bin/sh\nexec '${await node24()}' '${join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js')}' "$@"\n`);
  chmodSync(join(bin, 'lockstep'), 0o755);
  return bin;
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

/** A git repository with CONFIG, two charts charts: selects and one it does not; returns its path. */
function repository(): string {
  const repo = join(dir, 'repo');
  write(repo, '.github/lockstep.yml', CONFIG);
  for (const chart of ['charts/web', 'charts/api', 'tools/helper'])
    write(repo, `${chart}/Chart.yaml`, 'apiVersion: v2\nname: x\nversion: 0.1.0\n');
  write(repo, 'ops/other.yml', 'environments:\n  - name: qa\n    values: deploy/qa.yaml\n');
  execFileSync('git', ['init', '-q', repo]);
  return repo;
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

  test('bash: after --to, --from, --services and --charts, the values the config names', async () => {
    const script = (await runCli(['completion', 'bash'], { cwd: dir })).stdout;
    const at = { cwd: repository(), path: await installedCli() };
    expect(complete(script, ['lockstep', 'promote', '--to', 'st'], at)).toEqual(['staging']);
    expect(complete(script, ['lockstep', 'promote', '--to', ''], at)).toEqual(['dev', 'staging', 'prod']);
    expect(complete(script, ['lockstep', 'promote', '--to', 'staging', '--from', 'd'], at)).toEqual(['dev']);
    // `--to=st`: bash splits at `=` (COMP_WORDBREAKS), so the words are `--to`, `=`, `st`.
    expect(complete(script, ['lockstep', 'promote', '--to', '=', 'p'], at)).toEqual(['prod']);
    expect(complete(script, ['lockstep', 'promote', '--to', '='], at)).toEqual(['dev', 'staging', 'prod']);
    expect(complete(script, ['lockstep', 'promote', '--services', 'w'], at)).toEqual(['worker']);
    expect(complete(script, ['lockstep', 'status', '--environments', ''], at)).toEqual(['dev', 'staging', 'prod']);
    expect(complete(script, ['lockstep', 'bump', '--charts', ''], at)).toEqual(['charts/api', 'charts/web']);
    expect(complete(script, ['lockstep', 'check', '--charts', 'charts/w'], at)).toEqual(['charts/web']);
    // From a subfolder, the repository's config; --config typed on the line, relative to that folder.
    const ops = { ...at, cwd: join(at.cwd, 'ops') };
    expect(complete(script, ['lockstep', 'promote', '--to', 's'], ops)).toEqual(['staging']);
    expect(complete(script, ['lockstep', 'promote', '--config', 'other.yml', '--to', ''], ops)).toEqual(['qa']);
    expect(complete(script, ['lockstep', 'promote', '--config', '=', 'other.yml', '--to', ''], ops)).toEqual(['qa']);
    // metrics --env names an environment; its --from and --to are dates, left to the shell.
    expect(complete(script, ['lockstep', 'metrics', '--env', 'p'], at)).toEqual(['prod']);
    expect(complete(script, ['lockstep', 'metrics', '--to', ''], at)).toEqual([]);
    expect(complete(script, ['lockstep', 'metrics', '--from', 'd'], at)).toEqual([]);
    // A flag another command has is not completed here, nor a flag whose value is a path.
    expect(complete(script, ['lockstep', 'check', '--to', 's'], at)).toEqual([]);
    expect(complete(script, ['lockstep', 'bump', '--services', ''], at)).toEqual([]);
  });

  test('bash: promote --to offers the waves: names after the environments', async () => {
    const script = (await runCli(['completion', 'bash'], { cwd: dir })).stdout;
    const repo = repository();
    write(repo, '.github/lockstep.yml', `${CONFIG}waves:\n  everywhere: [staging, prod]\n`);
    const at = { cwd: repo, path: await installedCli() };
    expect(complete(script, ['lockstep', 'promote', '--to', ''], at)).toEqual(['dev', 'staging', 'prod', 'everywhere']);
    expect(complete(script, ['lockstep', 'promote', '--to', 'e'], at)).toEqual(['everywhere']);
    expect(complete(script, ['lockstep', 'promote', '--from', ''], at)).toEqual(['dev', 'staging', 'prod']);
  });

  test('bash: a config that cannot be read offers nothing, and a value is never run as shell text', async () => {
    const script = (await runCli(['completion', 'bash'], { cwd: dir })).stdout;
    const repo = repository();
    const at = { cwd: repo, path: await installedCli() };
    expect(complete(script, ['lockstep', 'promote', '--config', 'missing.yml', '--to', ''], at)).toEqual([]);
    write(repo, '.github/lockstep.yml', 'environments: [dev\n');
    expect(complete(script, ['lockstep', 'promote', '--to', ''], at)).toEqual([]);
    // A repository's config is its author's text: names written to run in a shell that expands its words.
    write(
      repo,
      '.github/lockstep.yml',
      [
        'services:',
        '  "$(touch pwned-command)":',
        '    image: ghcr.io/acme/a',
        '  "`touch pwned-backquote`":',
        '    image: ghcr.io/acme/b',
        '  "x;touch pwned-semicolon":',
        '    image: ghcr.io/acme/c',
        '  "two\\nlines":',
        '    image: ghcr.io/acme/d',
        '  ok:',
        '    image: ghcr.io/acme/e',
        '',
      ].join('\n'),
    );
    expect(complete(script, ['lockstep', 'promote', '--services', ''], at)).toEqual([
      '$(touch pwned-command)',
      '`touch pwned-backquote`',
      'x;touch pwned-semicolon',
      'ok',
    ]);
    expect(complete(script, ['lockstep', 'promote', '--services', '$'], at)).toEqual(['$(touch pwned-command)']);
    for (const file of ['pwned-command', 'pwned-backquote', 'pwned-semicolon'])
      expect({ file, exists: existsSync(join(repo, file)) }).toEqual({ file, exists: false });
  });

  test('zsh and fish: every command, and each command its own flags', async () => {
    const zsh = await runCli(['completion', 'zsh'], { cwd: dir });
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef lockstep\n')).toBe(true);
    expect(zsh.stdout).toContain("'promote:Promote image pins");
    expect(zsh.stdout).toMatch(/^ {4}promote\)\n {6}_arguments -s .*'--config\[[^\]]*\]:value:_files'/m);
    const fish = await runCli(['completion', 'fish'], { cwd: dir });
    expect(fish.code).toBe(0);
    expect(fish.stdout).toContain('complete -c lockstep -n __fish_use_subcommand -a status -d ');
    expect(fish.stdout).toMatch(/^complete -c lockstep -n '__fish_seen_subcommand_from promote' -l config -r -F -d /m);
    expect(fish.stdout).toMatch(/^complete -c lockstep -n '__fish_seen_subcommand_from bump' -l cascade -d /m);
  });

  // Neither zsh nor fish is installed where these tests run (`which zsh fish` finds none): their scripts are
  // checked as text, the call that asks for the values and the flags that make it.
  test('zsh and fish: --to, --services and --charts complete the config values through lockstep __complete-values', async () => {
    const zsh = (await runCli(['completion', 'zsh'], { cwd: dir })).stdout;
    expect(zsh).toContain('  values=(${(f)"$(command lockstep __complete-values $1 $config 2>/dev/null)"})\n');
    expect(zsh).toContain('  (( i )) && config=(--config ${(Q)words[i+1]})\n');
    expect(zsh).toMatch(/^ {4}promote\)\n {6}_arguments -s .*'--to\[[^\]]*\]:targets:_lockstep_values targets'/m);
    expect(zsh).toMatch(/^ {4}promote\)\n {6}_arguments -s .*'--services\[[^\]]*\]:services:_lockstep_values services'/m);
    expect(zsh).toMatch(/^ {4}bump\)\n {6}_arguments -s .*'--charts\[[^\]]*\]:charts:_lockstep_values charts'/m);
    expect(zsh).toMatch(
      /^ {4}metrics\)\n {6}_arguments -s .*'--env\[[^\]]*\]:environments:_lockstep_values environments' .*'--to\[[^\]]*\]:value:_files'/m,
    );
    const fish = (await runCli(['completion', 'fish'], { cwd: dir })).stdout;
    expect(fish).toContain('\n    command lockstep __complete-values $argv[1] $config 2>/dev/null\nend\n');
    expect(fish).toMatch(
      /^complete -c lockstep -n '__fish_seen_subcommand_from promote' -l to -r -f -a '\(__lockstep_values targets\)' -d /m,
    );
    expect(fish).toMatch(
      /^complete -c lockstep -n '__fish_seen_subcommand_from status' -l services -r -f -a '\(__lockstep_values services\)' -d /m,
    );
    expect(fish).toMatch(
      /^complete -c lockstep -n '__fish_seen_subcommand_from release' -l charts -r -f -a '\(__lockstep_values charts\)' -d /m,
    );
  });

  test('an unknown shell is usage: exit 2, nothing on stdout', async () => {
    const r = await runCli(['completion', 'powershell'], { cwd: dir });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toContain("error: unknown shell 'powershell' (bash, zsh or fish)");
  });
});
