// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).
import { loadConfig, configLine, type Config } from '../config/config.ts';
import { throwAll, UserError } from '../errors.ts';
import { privateKeyLabel } from '../text/pem.ts';
import { didYouMean } from '../text/suggest.ts';

/**
 * Reads a file the config names (a `verify.keys` path, relative to the folder the config is read in): its
 * text, or a UserError saying why not (missing, a folder, outside the repository). `lockstep config` reads the
 * working tree (registry/verify.ts policyFiles, what digests and promote read with), the PR check the head commit.
 */
export type ConfigFiles = (path: string, what: string) => string | Promise<string>;

/** One check of a loaded config: every problem it finds, each at its config line; with `files`, the files it names are read too. */
export type ConfigCheck = (config: Config, files?: ConfigFiles) => UserError[] | Promise<UserError[]>;

/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
export const windowCrons: ConfigCheck = async (config) => {
  if (!config.environments.some((e) => e.windows)) return [];
  const { windowErrors } = await import('../config/window-crons.ts');
  return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};

/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
export const waveEnvironments: ConfigCheck = (config) => {
  const names = config.environments.map((e) => e.name);
  return Object.entries(config.waves ?? {}).flatMap(([wave, list]) =>
    list.flatMap((name, k) =>
      names.includes(name)
        ? []
        : [
            new UserError(`wave '${wave}' names '${name}', which is not an environment${didYouMean(name, names)}`, {
              file: config.file,
              line: configLine(config, ['waves', wave, k]),
              hint:
                names.length > 0
                  ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                  : 'the config lists no environments: add them under environments:',
            }),
          ],
    ),
  );
};

/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
export const verifyKeys: ConfigCheck = async (config, files) => {
  const lists: [(string | number)[], readonly string[] | undefined][] = [
    [['verify', 'keys'], config.verify?.keys],
    ...Object.entries(config.services).map(([name, s]): [(string | number)[], readonly string[] | undefined] => [
      ['services', name, 'verify', 'keys'],
      s.verify?.keys,
    ]),
  ];
  const found: UserError[] = [];
  for (const [path, keys] of lists)
    for (const [k, key] of (keys ?? []).entries()) {
      const at = { file: config.file, line: configLine(config, [...path, k]) };
      const entry = `${path.join('.')}[${k}]`;
      const inline = key.trimStart().startsWith('-----BEGIN');
      if (!inline && files === undefined) continue;
      let text = key;
      if (!inline)
        try {
          text = await files!(key, 'verify.keys');
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          found.push(new UserError(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
          continue;
        }
      const named = inline ? entry : `${entry}: ${key}`;
      const label = privateKeyLabel(text);
      if (label !== undefined)
        found.push(
          new UserError(
            `${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`,
            {
              ...at,
              hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
            },
          ),
        );
      else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
        found.push(
          new UserError(`${named} holds no PEM block, so no public key`, {
            ...at,
            hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
          }),
        );
    }
  return found;
};

/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
export const CONFIG_CHECKS: readonly ConfigCheck[] = [windowCrons, waveEnvironments, verifyKeys];

/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
export async function checkConfig(config: Config, files?: ConfigFiles, checks: readonly ConfigCheck[] = CONFIG_CHECKS): Promise<Config> {
  const problems: UserError[] = [];
  for (const check of checks) problems.push(...(await check(config, files)));
  throwAll(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return config;
}

/** loadConfig, then every check: what each command reads its config with, before any network request. */
export async function loadCheckedConfig(workspace: string, path?: string): Promise<Config> {
  return checkConfig(loadConfig(workspace, path));
}
