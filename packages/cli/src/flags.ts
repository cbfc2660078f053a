import { type Command, Option } from 'commander';
import { mapInputs, type InputSource } from '@lockstep/core/action/inputs';
import { ACTION_INPUTS, type ActionInput } from './action-inputs.ts';

/** Inputs that are not flags: a secret on the command line would land in shell history and `ps` (see --password-stdin). */
export const NOT_FLAGS: ReadonlySet<string> = new Set(['password']);

const isBoolean = (i: ActionInput) => i.default === 'true' || i.default === 'false';

/**
 * Adds one flag per input of `action` (its action.yml name, description and
 * default): `--name <value>`, or for a true/false input `--name` and
 * `--no-name`. Returns how to read them back as the action's inputs.
 */
export function addActionFlags(cmd: Command, action: string, only?: readonly string[]): (opts: Record<string, unknown>) => InputSource {
  const inputs = (ACTION_INPUTS[action] ?? []).filter((i) => !NOT_FLAGS.has(i.name) && (only === undefined || only.includes(i.name)));
  const read: [string, string][] = [];
  for (const i of inputs) {
    if (isBoolean(i)) {
      const on = new Option(`--${i.name}`, i.description);
      cmd.addOption(on);
      cmd.addOption(
        new Option(
          `--no-${i.name}`,
          i.default === 'true' ? `turn ${i.name} off (it is on by default)` : `leave ${i.name} off (the default)`,
        ),
      );
      read.push([i.name, on.attributeName()]);
    } else {
      const opt = new Option(`--${i.name} <value>`, i.description);
      if (i.default !== '') opt.default(i.default);
      if (i.required) opt.makeOptionMandatory();
      cmd.addOption(opt);
      read.push([i.name, opt.attributeName()]);
    }
  }
  return (opts) => {
    const values: Record<string, string | undefined> = {};
    // What the runner would pass: the flag's value, else the action.yml default.
    for (const [name, key] of read) {
      const v = opts[key];
      const decl = inputs.find((i) => i.name === name)!;
      values[name] = v === undefined ? decl.default : String(v);
    }
    return mapInputs(values);
  };
}

/** Every input of `action` but those the command handles itself, as flags. */
export function flagsExcept(cmd: Command, action: string, own: ReadonlySet<string>): (opts: Record<string, unknown>) => InputSource {
  return addActionFlags(
    cmd,
    action,
    (ACTION_INPUTS[action] ?? []).map((i) => i.name).filter((n) => !own.has(n)),
  );
}
