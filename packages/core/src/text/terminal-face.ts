// The terminal's face of a UserError (errors.ts): inputs named as the flags of the command that ran.
// Only the CLI loads this module; the runner's face (RUNNER) is in errors.ts.
import type { Face } from '../errors.ts';

/** How a terminal takes an input that is not a flag of its name: its name, and the act of setting it to `value`. */
interface OwnWords {
  /** Whether it applies to the command whose flags these are (undefined: not known). */
  applies(flags?: ReadonlySet<string>): boolean;
  name(value?: string): string;
  set(value?: string): string;
}

const always = () => true;

/**
 * Inputs a terminal does not take as a flag of their name, and how it takes them: a secret is never a
 * flag (the token from the environment, a password on stdin, a key from a file), and a command with
 * --push (promote, release) writes only with it, which is its dry-run input turned around.
 */
const TERMINAL_OWN: Readonly<Record<string, OwnWords>> = {
  'github-token': { applies: always, name: () => 'GITHUB_TOKEN (or GH_TOKEN)', set: () => 'export GITHUB_TOKEN (or GH_TOKEN)' },
  password: { applies: always, name: () => '--password-stdin', set: () => 'pipe the password to --password-stdin' },
  'signing-key': { applies: always, name: () => '--signing-key-file', set: () => 'pass --signing-key-file with the key file' },
  'dry-run': {
    applies: (flags) => flags?.has('push') === true,
    name: (v) => (v === 'false' ? '--push' : 'a dry run (no --push)'),
    set: (v) => (v === 'false' ? 'pass --push' : 'leave out --push'),
  },
};

/** `--name value`, as commander reads a flag: a switch on is `--name`, off `--no-name`. */
function flag(input: string, value?: string): string {
  if (value === undefined || value === 'true') return `--${input}`;
  return value === 'false' ? `--no-${input}` : `--${input} ${value}`;
}

/**
 * A terminal: inputs are flags. `flags` are the long flags of the command that ran (without `--`
 * and `no-`), which decide how the inputs it takes otherwise are named (TERMINAL_OWN).
 * Without `flags`, every input but a secret is taken to be a flag.
 */
export function terminalFace(flags?: ReadonlySet<string>): Face {
  return {
    terminal: true,
    word: ({ input, value, form }) => {
      const own = TERMINAL_OWN[input];
      if (own?.applies(flags)) return form === 'set' ? own.set(value) : form === 'unset' ? `leave out ${own.name()}` : own.name(value);
      if (form === 'unset') return `leave out --${input}`;
      return `${form === 'set' ? 'pass ' : ''}${flag(input, value)}`;
    },
  };
}

/** A terminal whose command's flags are not known: every input but a secret is a flag. */
export const TERMINAL: Face = terminalFace();
