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

/** Flags whose value is a list (their setting's kind): given twice, the usage error shows the one comma list to give. */
const LIST_FLAGS = new WeakSet<Option>();
const LIST_KINDS: ReadonlySet<string> = new Set(['list', 'path-list', 'glob-list']);

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
      if (LIST_KINDS.has(s.kind)) LIST_FLAGS.add(opt);
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

/** A value as the usage error shows it: quoted, on one line whatever it holds. */
const shown = (value: string | null | undefined) => (value == null ? 'without a value' : JSON.stringify(value));

/** Text a shell takes as one word without quoting (the comma list suggested is shown only then). */
const PLAIN_WORD = /^[A-Za-z0-9._/:@*?{}=+,%~^-]+$/;

/**
 * Every flag of `cmd` that takes a value takes it once: given twice (`--to staging --to prod`, `--push
 * --push direct`, `--env=dev --env staging`), the command stops before it runs with one usage line naming the
 * flag and both values (exit 2), instead of commander's keeping the last one silently. A list flag's line
 * says the comma list to give. A flag whose declaration says how to take more (an argument parser, as
 * metrics' `--env` collects each one, or a variadic flag) is left to it; switches (`--json`, `--no-x`) take no value.
 */
export function oneValueEach(cmd: Command): void {
  const given = new Map<Option, (string | null | undefined)[]>();
  for (const option of cmd.options) {
    if ((!option.required && !option.optional) || option.variadic || option.parseArg) continue;
    const flag = option.long ?? option.flags;
    cmd.on(`option:${option.name()}`, (value: string | null | undefined) => {
      const values = [...(given.get(option) ?? []), value];
      given.set(option, values);
      if (values.length < 2) return;
      const [first, second] = values;
      const list = [first, second].filter((v): v is string => typeof v === 'string' && v !== '').join(',');
      const fix =
        LIST_FLAGS.has(option) && PLAIN_WORD.test(list)
          ? `give it once, with a comma-separated list: ${flag} ${list}`
          : 'give it once: it takes one value';
      cmd.error(`error: ${flag} is given twice (${shown(first)}, then ${shown(second)}) — ${fix}`, {
        exitCode: 2,
        code: 'lockstep.repeatedFlag',
      });
    });
  }
}
