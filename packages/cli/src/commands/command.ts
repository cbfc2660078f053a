import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

/**
 * One `lockstep` subcommand: its name and one-line description (all that the
 * top-level help lists), and `define`, which declares its flags and action on
 * the command. The program defines only the command being run (see program.ts).
 */
export interface CliCommand {
  name: string;
  description: string;
  /** Left out of help and of completion (a command scripts call, not people). */
  hidden?: boolean;
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void;
}

/**
 * Adds `--json`, the same for every command: one JSON document on stdout in the shape docs/cli.md
 * describes (schema-version and command first, kebab-case keys named as the action's outputs, no JSON
 * inside strings). `keys` names what this command's document holds after those two.
 */
export function jsonOption(cmd: Command, keys: string): void {
  cmd.option(
    '--json',
    `print one JSON document on stdout instead of the table: schema-version, command, then ${keys}; kebab-case keys as the action's outputs, no JSON inside strings (docs/cli.md)`,
  );
}
