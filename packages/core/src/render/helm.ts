// Runs `helm template` bounded: an argument array, a time limit, a cap on
// what it may print, and no network: HOME and every HELM_* cache, config and
// data folder point into a temp folder of the run, the proxies at a closed
// port of 127.0.0.1, no kubeconfig. Template mode leaves `lookup` empty and no
// dependency is fetched (no --dependency-update): a chart whose subcharts are
// missing fails with Helm's own message. A chart from a pull request is
// untrusted: a template that loops forever is killed at the time limit, one
// that prints gigabytes at the cap, one that grows a value in memory (a string
// doubled 26 times is 2 GiB from 190 bytes of template) at the memory bound,
// and each is said, not thrown.

import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runBounded, type HelmLimits, type TemplateOutcome } from './bounded.ts';

import { basename, delimiter, join } from 'node:path';
import { coerce, gte } from 'semver';

/** A Helm binary found and its version (`3.17.3`). */
export interface Helm {
  path: string;
  version: string;
}

/** The inputs of one render, as the Application gives them. */
export interface TemplateInput {
  /** A chart folder or a .tgz. */
  chart: string;
  release: string;
  namespace?: string;
  /** Values files, in order (later ones win). */
  valuesFiles: readonly string[];
  /** `name=value` pairs passed with --set (or --set-string), after the files. */
  set?: readonly { name: string; value: string; string?: boolean }[];
  kubeVersion?: string;
  apiVersions?: readonly string[];
}

/** The lowest Helm `render: auto` uses (`--kube-version` without a cluster, OCI charts by default). */
export const MIN_HELM = '3.8.0';

/** The Helm major an environment's deployer renders with (its config's `helm-version`). */
export type HelmMajor = 3 | 4;

/** The names a Helm is found by on PATH: `helm`, and the side-by-side installs of one major. */
const HELM_NAMES = ['helm', 'helm3', 'helm4'];

/** The executable files named `name` on PATH, in PATH order. */
function onPath(env: NodeJS.ProcessEnv, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const path = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      try {
        accessSync(path, constants.X_OK);
        found.push(path);
      } catch {
        // not here
      }
    }
  }
  return found;
}

/**
 * The first `helm` on PATH (the runner's), with its version; undefined when there is none or it does not answer.
 * Asked without blocking: the version query runs while the rest of the run goes on.
 */
export async function findHelm(env: NodeJS.ProcessEnv = process.env): Promise<Helm | undefined> {
  const [path] = onPath(env, ['helm']);
  if (path === undefined) return undefined;
  const version = await helmVersion(path);
  return version ? { path, version } : undefined;
}

/**
 * The Helm an environment renders with: the first on PATH (as `helm`, `helm3` or `helm4`) whose
 * version is of `major`; without a major, the first `helm` (findHelm). Undefined when there is none.
 */
export async function findHelmOf(major: HelmMajor | undefined, env: NodeJS.ProcessEnv = process.env): Promise<Helm | undefined> {
  if (major === undefined) return findHelm(env);
  for (const path of onPath(env, HELM_NAMES)) {
    const version = await helmVersion(path);
    if (version && Number(version.split('.')[0]) === major) return { path, version };
  }
  return undefined;
}

/**
 * The binary findHelmOf(major) will most likely answer, known without running anything: the first `helm` on PATH, or
 * for a major the first named for it (`helm4`), else the first of the three names. A render can start with it while
 * `helm version` answers (as long again as a small chart's `helm template`), its output used only where findHelmOf
 * then answers the same binary, usable; undefined when PATH holds none.
 */
export function helmCandidate(major: HelmMajor | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (major === undefined) return onPath(env, ['helm'])[0];
  const found = onPath(env, HELM_NAMES);
  return found.find((p) => basename(p).replace(/\.exe$/, '') === `helm${major}`) ?? found[0];
}

/** Each binary's answer, asked once per run (a run renders many environments with the same few Helms). */
const versions = new Map<string, Promise<string | undefined>>();

/**
 * `helm version`'s version (`3.17.3`), undefined when the binary does not answer within 10 s; asked once per binary
 * per run, or answered by a template run of the binary that printed its version (learnVersion).
 */
export function helmVersion(path: string): Promise<string | undefined> {
  let answer = versions.get(path);
  if (!answer) versions.set(path, (answer = askVersion(path)));
  return answer;
}

/** `helm version --short`, run. */
function askVersion(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(path, ['version', '--short'], { encoding: 'utf8', timeout: 10_000, env: isolatedEnv(tmpdir()) }, (error, stdout) =>
      resolve(error ? undefined : coerce(stdout.trim())?.version),
    );
  });
}

/**
 * Has helmVersion(path) answered by `answer`, the version a template run of that binary printed (versionProbe), where
 * nothing asked it yet: `helm version` (a Go program's start, as long as a small chart's render, and a third of the
 * CPU of a promotion's two renders) then runs only where the template run gave none. False when it was asked already.
 */
export function learnVersion(path: string, answer: Promise<string | undefined>): boolean {
  if (versions.has(path)) return false;
  versions.set(
    path,
    answer.then(
      (v) => v ?? askVersion(path),
      () => askVersion(path),
    ),
  );
  return true;
}

/**
 * learnVersion with the answer still to come: the function that gives it (the version a render ahead printed, or
 * undefined for none, and `helm version` runs then); undefined when the binary's version was asked already.
 */
export function learnVersionLater(path: string): ((version: string | undefined) => void) | undefined {
  let tell: (version: string | undefined) => void = () => undefined;
  const answer = new Promise<string | undefined>((resolve) => (tell = resolve));
  return learnVersion(path, answer) ? tell : undefined;
}

/**
 * The template a render adds to its copy of a chart to learn the version of the Helm that runs it
 * (`.Capabilities.HelmVersion`, Helm 3.0 and later): one comment line, marked with `nonce`, random per renderer, so
 * that no chart can print a line taken for it. takeVersionProbe takes its document out of the output again.
 */
export function versionProbe(nonce: string): { file: string; text: string } {
  return {
    file: `templates/lockstep-helm-version-${nonce}.yaml`,
    text: `# lockstep-helm-version ${nonce} {{ .Capabilities.HelmVersion.Version }}\n`,
  };
}

/** The output without versionProbe's document, and the version it printed; the output as it is where it printed none. */
export function takeVersionProbe(stdout: string, nonce: string): { stdout: string; version?: string } {
  const probe = new RegExp(
    `(^|\\n)---\\n# Source: [^\\n]*/templates/lockstep-helm-version-${nonce}\\.yaml\\n# lockstep-helm-version ${nonce} (\\S+)\\n`,
  ).exec(stdout);
  if (!probe) return { stdout };
  const start = probe.index + probe[1].length;
  const version = coerce(probe[2])?.version;
  return { stdout: stdout.slice(0, start) + stdout.slice(probe.index + probe[0].length), ...(version ? { version } : {}) };
}

/** Whether `render: auto` may use this Helm (3.8 or later). */
export function helmUsable(h: Helm): boolean {
  return gte(h.version, MIN_HELM);
}

/**
 * What every tool a render runs (Helm, kustomize) is given of the world: PATH, HOME in the temp
 * folder, no kubeconfig, and proxies that lead nowhere, so nothing is fetched from a network.
 *
 * Both are Go programs that run for a fraction of a second and exit: Go's collector, at its default
 * pace (GOGC=100), collects each time the heap doubles, a fifth of the two `helm template` runs of
 * a 300-object chart (153 → 122 ms side by side, peak 47 → 57 MB each). So they run with the pace off
 * and a soft limit instead (GOMEMLIMIT): Go collects only once the heap nears 256 MiB, above what a
 * large real chart's render holds (under 150 MiB), far below the bound a render is killed at (1 GiB,
 * HelmLimits), which a template that grows without end still meets.
 */
export function offlineEnv(home: string): NodeJS.ProcessEnv {
  const closed = 'http://127.0.0.1:9';
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GOGC: 'off',
    GOMEMLIMIT: '256MiB',
    KUBECONFIG: join(home, 'no-kubeconfig'),
    HTTP_PROXY: closed,
    HTTPS_PROXY: closed,
    http_proxy: closed,
    https_proxy: closed,
    NO_PROXY: '',
    no_proxy: '',
  };
}

/** The environment Helm runs in: nothing of the runner's but PATH, every folder Helm reads or writes under `home`, no way out. */
export function isolatedEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...offlineEnv(home),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
    HELM_REGISTRY_CONFIG: join(home, 'config', 'registry.json'),
    HELM_REPOSITORY_CONFIG: join(home, 'config', 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: join(home, 'cache', 'repository'),
    HELM_PLUGINS: join(home, 'plugins'),
  };
}

/** The argument array of one render. */
export function templateArgs(input: TemplateInput): string[] {
  const args = ['template', input.release, input.chart, '--include-crds'];
  if (input.namespace) args.push('--namespace', input.namespace);
  for (const f of input.valuesFiles) args.push('--values', f);
  for (const s of input.set ?? []) args.push(s.string ? '--set-string' : '--set', `${s.name}=${s.value}`);
  if (input.kubeVersion) args.push('--kube-version', input.kubeVersion);
  for (const a of input.apiVersions ?? []) args.push('--api-versions', a);
  return args;
}

/**
 * Removes a render's temp folder (or Helm's home) once its output is read. In one call to Node's native removal
 * (fs.rmSync): fs.promises.rm walks the folder in JavaScript, a promise per entry, ~8 ms of this thread for the four
 * small folders of a promotion's render, against ~1 ms, and on this thread the parse of the outputs waits for it. A
 * folder that cannot be removed is left to the system's temp cleaning, as a failed removal always was.
 */
export function removeFolder(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // left in the temp folder
  }
}

/** Runs `helm template` within the limits; Helm's message (its last lines) when it fails, and which limit stopped it. */
export async function helmTemplate(
  helm: string,
  input: TemplateInput,
  limits: HelmLimits = {},
  background = false,
): Promise<TemplateOutcome> {
  return runBounded(helm, templateArgs(input), isolatedEnv(templateHome()), limits, 'helm template', helmMessage, { background });
}

let sharedHome: string | undefined;

/**
 * The empty Helm home every `helm template` of this process runs with (its config, cache, data and plugins folders,
 * none of the user's): one per process, not one per render (a fleet's check made and removed 600), removed when the
 * process exits. `helm template` of a chart folder or archive reads nothing there and writes nothing.
 */
function templateHome(): string {
  if (sharedHome !== undefined && existsSync(join(sharedHome, 'config'))) return sharedHome;
  const home = mkdtempSync(join(tmpdir(), 'lockstep-helm-'));
  mkdirSync(join(home, 'config'), { recursive: true });
  if (sharedHome === undefined) process.once('exit', () => removeFolder(sharedHome!));
  return (sharedHome = home);
}

/** Helm's error, its last non-empty lines (at most 20, each at most 500 characters), the temp folders' paths taken out (a shared values file's too). */
export function helmMessage(stderr: string): string {
  return stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && !/^WARNING: /.test(l) && l !== 'Use --debug flag to render out invalid YAML')
    .slice(-20)
    .map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l))
    .join('\n')
    .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:(before|after)\/)?/g, '')
    .replace(/\/[^\s'"]*\/lockstep-chart-[^/\s'"]+\/v[0-9a-f]{32}-/g, '');
}
