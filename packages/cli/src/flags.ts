import { type Command, Option } from 'commander';
import { EXPLICIT_EMPTY, mapInputs, type InputSource } from '@lockstep/core/contract/inputs';
import type { Setting } from '@lockstep/core/settings/table';
import { ACTION_TABLES } from '@lockstep/core/settings/tables';

/** The settings of `action`, as its table declares them (a programming error for an unknown action). */
export function actionSettings(action: string): readonly Setting[] {
  const table = ACTION_TABLES.find((t) => t.action === action);
  if (!table) throw new Error(`no settings table for action ${action}`);
  return table.settings;
}

/**
 * A setting whose empty value is a value: text that overrides a config key (`--tag-prefix ""` releases
 * tags without the config's `v`). Typed empty, it is passed as EXPLICIT_EMPTY, which the runner never sends.
 */
const emptyIsValue = (s: Setting) => s.kind === 'string' && s.config !== undefined;

/** A setting that is a switch pair on the command line: a true/false input with a default. */
const isSwitch = (s: Setting) => s.kind === 'bool' && (s.default === 'true' || s.default === 'false');

/**
 * Inputs whose values are paths: typed on the command line, they are relative to the folder typed in
 * (packages/cli/src/top.ts rebases them); the action reads them relative to working-directory.
 */
export const PATH_INPUTS: ReadonlySet<string> = new Set(
  ACTION_TABLES.flatMap((t) => t.settings.filter((s) => s.kind === 'path' || s.kind === 'path-list').map((s) => s.input)),
);

/**
 * Adds one flag per setting of `action` (its input name, docs line and
 * default): `--name <value>`, or for a true/false input `--name` and
 * `--no-name`. A secret is never a flag (a secret on the command line would
 * land in shell history and `ps`: the commands read it from stdin). Returns
 * how to read the flags back as the action's inputs.
 */
export function addActionFlags(cmd: Command, action: string, only?: readonly string[]): (opts: Record<string, unknown>) => InputSource {
  return addSettingFlags(
    cmd,
    actionSettings(action).filter((s) => only === undefined || only.includes(s.input)),
  );
}

/** addActionFlags for any list of settings (a table's, or a test's). */
export function addSettingFlags(cmd: Command, all: readonly Setting[]): (opts: Record<string, unknown>) => InputSource {
  const settings = all.filter((s) => s.kind !== 'secret');
  const read: [Setting, string][] = [];
  for (const s of settings) {
    if (isSwitch(s)) {
      const on = new Option(`--${s.input}`, s.docs);
      cmd.addOption(on);
      cmd.addOption(
        new Option(
          `--no-${s.input}`,
          s.default === 'true' ? `turn ${s.input} off (it is on by default)` : `leave ${s.input} off (the default)`,
        ),
      );
      read.push([s, on.attributeName()]);
    } else {
      const opt = new Option(`--${s.input} <value>`, s.docs);
      if ((s.default ?? '') !== '') opt.default(s.default);
      if (s.required) opt.makeOptionMandatory();
      cmd.addOption(opt);
      read.push([s, opt.attributeName()]);
    }
  }
  return (opts) => {
    const values: Record<string, string | undefined> = {};
    // What the runner would pass: the flag's value, else the table's default.
    for (const [s, key] of read) {
      const v = opts[key];
      values[s.input] = v === undefined ? (s.default ?? '') : v === '' && emptyIsValue(s) ? EXPLICIT_EMPTY : String(v);
    }
    return mapInputs(values);
  };
}

/** Every input of `action` but those the command handles itself, as flags. */
export function flagsExcept(cmd: Command, action: string, own: ReadonlySet<string>): (opts: Record<string, unknown>) => InputSource {
  return addActionFlags(
    cmd,
    action,
    actionSettings(action)
      .map((s) => s.input)
      .filter((n) => !own.has(n)),
  );
}
