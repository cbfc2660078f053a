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
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void;
}
