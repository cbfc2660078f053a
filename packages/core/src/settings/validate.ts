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

/** One check of a loaded config: every problem it finds, each at its config line. */
export type ConfigCheck = (config: Config) => UserError[] | Promise<UserError[]>;

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
 * No `verify.keys` entry (top level or a service's) written as PEM text holds a private key: the repository
 * would give anyone the key that signs. digests and promote refuse it when they verify; refused here at its
 * line, so `lockstep config` and the PR check (a config change) catch it before the merge.
 */
export const verifyKeys: ConfigCheck = (config) => {
  const lists: [(string | number)[], readonly string[] | undefined][] = [
    [['verify', 'keys'], config.verify?.keys],
    ...Object.entries(config.services).map(([name, s]): [(string | number)[], readonly string[] | undefined] => [
      ['services', name, 'verify', 'keys'],
      s.verify?.keys,
    ]),
  ];
  return lists.flatMap(([path, keys]) =>
    (keys ?? []).flatMap((key, k) => {
      const label = privateKeyLabel(key);
      return label === undefined
        ? []
        : [
            new UserError(
              `${path.join('.')}[${k}] is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`,
              {
                file: config.file,
                line: configLine(config, [...path, k]),
                hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
              },
            ),
          ];
    }),
  );
};

/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
export const CONFIG_CHECKS: readonly ConfigCheck[] = [windowCrons, waveEnvironments, verifyKeys];

/** Runs every check on `config`: throws all the problems found together (each at its line), else returns the config. */
export async function checkConfig(config: Config, checks: readonly ConfigCheck[] = CONFIG_CHECKS): Promise<Config> {
  const problems: UserError[] = [];
  for (const check of checks) problems.push(...(await check(config)));
  throwAll(problems);
  return config;
}

/** loadConfig, then every check: what each command reads its config with, before any network request. */
export async function loadCheckedConfig(workspace: string, path?: string): Promise<Config> {
  return checkConfig(loadConfig(workspace, path));
}
