import { Command, CommanderError } from 'commander';
import { say, UserError, UserErrors, type Words } from '@lockstep/core/errors';
import { jsonErrors, type Outcome, outcomeJson } from '@lockstep/core/contract/json';
import { terminalFace } from '@lockstep/core/text/terminal-face';
import cliPackage from '../package.json' with { type: 'json' };
import { bumpCommand } from './commands/bump.ts';
import { checkCommand } from './commands/check.ts';
import { configCommand } from './commands/config.ts';
import { digestsCommand } from './commands/digests.ts';
import { publishCommand } from './commands/publish.ts';
import { promoteCommand } from './commands/promote.ts';
import { hydrateCommand } from './commands/hydrate.ts';
import { releaseCommand } from './commands/release.ts';
import { statusCommand } from './commands/status.ts';
import { metricsCommand } from './commands/metrics.ts';
import type { CliCommand } from './commands/command.ts';
import { type CliIo, maskingIo } from './io.ts';
import { ShownFailure, UsageRefusal } from './ended.ts';
import { fromTop } from './top.ts';
import { oneValueEach } from './flags.ts';

/**
 * A session in a repository with no remote (`git init`, a chart, a commit, a
 * branch that changes it), shown by `lockstep --help` and the README, and run
 * line by line by action-tests/test/cli-local.test.ts.
 */
export const LOCAL_SESSION = `A local session (a repository with no remote: nothing is pushed or opened):
  lockstep check                      # exit 1: charts/web changed on this branch, its version did not
  lockstep bump --charts charts/web   # 0.1.0 → 0.1.1: the level applies to main's version, and a line says so
  lockstep check                      # passes: the work tree is checked, flagged as uncommitted
  lockstep release                    # a dry run: the next version, the notes and the diff
  lockstep status                     # what each environment pins, read from the local main
Only --push (promote, release) needs a remote and GITHUB_TOKEN or GH_TOKEN.
`;

/** Exit codes, one rule for both faces: 0 done or nothing to do, 1 refused or held (a user error, a failed check, a gate), 2 usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * `lockstep completion bash|zsh|fish`: a completion script written from the program's own commands and
 * flags (every command declared whole), so a flag added anywhere completes without touching the script.
 */
const completionCommand: CliCommand = {
  name: 'completion',
  description: 'Print a shell completion script (bash, zsh or fish) for every command and flag',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    cmd.argument('<shell>', 'bash, zsh or fish');
    cmd.addHelpText(
      'after',
      '\nbash: eval "$(lockstep completion bash)" in ~/.bashrc\nzsh:  eval "$(lockstep completion zsh)" in ~/.zshrc, after compinit\nfish: lockstep completion fish > ~/.config/fish/completions/lockstep.fish\n',
    );
    cmd.action(async (shell: string) => {
      const { SHELLS, completionScript } = await import('./completion.ts');
      const known = SHELLS.find((s) => s === shell);
      if (known === undefined) cmd.error(`error: unknown shell '${shell}' (bash, zsh or fish)`, { exitCode: 2 });
      io.stdout(completionScript(buildProgram(io), known));
    });
  },
};

/**
 * `lockstep __complete-values <kind> [--config F]`, hidden: what a completion script offers after
 * `--to`, `--services` or `--charts`, read from the config when TAB is pressed, one value a line. A
 * completion must never print an error into the line being typed: any failure prints nothing, exit 0.
 */
const completeValuesCommand: CliCommand = {
  name: '__complete-values',
  description: 'Print the config values a completion script offers after a flag',
  hidden: true,
  define(cmd: Command, io: CliIo): void {
    // Optional value and unknown words allowed: no usage error can reach the shell's completion.
    cmd.argument('[kind]').option('--config [file]').allowUnknownOption().allowExcessArguments();
    cmd.action(async (kind: string | undefined, opts: { config?: string | true }) => {
      try {
        const { VALUE_KINDS } = await import('./completion.ts');
        const { completionValues } = await import('./completion-values.ts');
        const known = VALUE_KINDS.find((k) => k === kind);
        if (known === undefined) return;
        const config = typeof opts.config === 'string' ? opts.config : '';
        const at = fromTop(io.cwd, cmd, (name) => (name === 'config' ? config : name === 'working-directory' ? '.' : ''));
        const values = completionValues(at.workspace, known, at.source('config'));
        if (values.length > 0) io.stdout(`${values.join('\n')}\n`);
      } catch {
        // Nothing to offer: the shell falls back to its own completion.
      }
    });
  },
};

/**
 * The subcommands: one per operation in packages/core/src/operations, plus
 * status and config. Each command's operation is imported when it runs, so
 * `--help`, a usage error and each command load only what they use.
 */
const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  bumpCommand,
  digestsCommand,
  publishCommand,
  promoteCommand,
  hydrateCommand,
  releaseCommand,
  statusCommand,
  metricsCommand,
  configCommand,
  completionCommand,
  completeValuesCommand,
];

/**
 * The command `argv` runs: its first word not an option (the program's own
 * options, --version and --help, take no value), or the word after `help`.
 * Only that command needs its flags; the others need just a name and a description.
 */
function invokedCommand(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The `lockstep` program, its output routed to `io`. Given `argv`, only the
 * command it runs declares its flags (all seven commands' flags cost about a
 * millisecond of CPU at each start); the others are listed by name and description
 * for the top-level help and for suggestions. Without `argv`, every command is complete.
 */
export function buildProgram(io: CliIo & { secret(value: string): void }, argv?: readonly string[]): Command {
  const program = new Command('lockstep')
    .description('lockstep from a terminal: the same operations as the GitHub actions, with --dry-run diffs')
    .version(cliPackage.version, '-V, --version', 'print the lockstep version')
    // `lockstep --version` is the program's; after a command, --version is that command's input (bump --version 1.2.0).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', `\n${LOCAL_SESSION}`);
  const invoked = argv === undefined ? undefined : invokedCommand(argv);
  for (const command of COMMANDS) {
    const cmd = program.command(command.name, { hidden: command.hidden === true }).description(command.description);
    if (argv === undefined || command.name === invoked) {
      command.define(cmd, io);
      // A completion's own command never errs (a usage error would land in the line being typed).
      if (command.hidden !== true) oneValueEach(cmd);
    }
    cmd.configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // A usage error ends with the usage line, so the fix is on screen.
      outputError: (text, write) =>
        write(`${text}Usage: lockstep ${cmd.name()} ${cmd.usage()}\nRun 'lockstep ${cmd.name()} --help' for every flag.\n`),
    });
  }
  return program;
}

/** Whether `argv` asks for --json (before a `--`, after which words are values): then every outcome is one document on stdout. */
function asksJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = maskingIo(rawIo);
  const program = buildProgram(io, argv);
  const ran = program.commands.find((c) => c.name() === invokedCommand(argv));
  // Each error in the terminal's words: the inputs it names as the flags of the command that runs.
  io.face = terminalFace(new Set((ran?.options ?? []).map((o) => o.long?.replace(/^--(no-)?/, '') ?? '')));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e: unknown) {
    return report(e, io, asksJson(argv) ? (ran?.name() ?? null) : undefined);
  } finally {
    rawIo.progress?.end();
  }
}

/**
 * The one report of a run that did not end done: the errors on stderr, one line each, and with --json
 * (`json`: the command's name, `null` for none recognised) one document on stdout saying how it ended,
 * so that `lockstep … --json | jq` never reads an empty stdout as success. Returns the exit code.
 */
function report(e: unknown, io: CliIo, json: string | null | undefined): number {
  const face = io.face ?? terminalFace();
  const document = (outcome: Outcome, failure: unknown, doc: Record<string, unknown> = {}) => {
    if (json !== undefined)
      io.stdout(`${JSON.stringify(outcomeJson({ command: json, ...doc }, outcome, jsonErrors(failure, face)), null, 2)}\n`);
  };
  if (e instanceof UsageRefusal) {
    io.stderr(`${e.error.format(face)}\n`);
    document('usage', e.error);
    return EXIT.usage;
  }
  if (e instanceof CommanderError) {
    // Help and version asked for (`--help`, `help <command>`) are not failures; help shown because no
    // command was given (exit code 1) and everything else commander rejects is usage.
    const asked =
      e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0);
    if (asked) return EXIT.ok;
    // commander said it on stderr already, with the usage line.
    document('usage', new Error(e.message.replace(/^error: /, '')));
    return EXIT.usage;
  }
  // A result that was shown said its failure's lines before it (run-command.ts): its document is what is left.
  if (e instanceof ShownFailure) {
    document(e.outcome, e.failure, e.doc);
    return EXIT.failed;
  }
  const failure = e;
  const errors = failure instanceof UserErrors ? failure.errors : failure instanceof UserError ? [failure] : [];
  // `path:line: what — how to fix`: terminals and editors make the location clickable.
  for (const err of errors) io.stderr(`${err.format(face)}\n`);
  if (errors.length > 0) {
    document('refused', failure);
    return EXIT.failed;
  }
  // GitHub's failures (GitHubError) say what happened and what to do, in the terminal's words: an API error, not a bug in lockstep.
  const github = failure instanceof Error && failure.name === 'GitHubError';
  const message =
    github && 'said' in failure ? say(failure.said as Words, face) : failure instanceof Error ? failure.message : String(failure);
  io.stderr(github ? `lockstep: ${message}\n` : `lockstep: internal error: ${message}\n`);
  if (failure instanceof Error && failure.stack && io.env.LOCKSTEP_DEBUG) io.stderr(`${failure.stack}\n`);
  document('error', new Error(message));
  return EXIT.failed;
}
