import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { findCharts } from '../../charts/discover.ts';
import { type ChartPackage, packageChart, sameChartFiles } from '../../charts/package.ts';
import { deploymentState } from '../../charts/deployment-state.ts';
import { listChartFiles } from '../../charts/tree.ts';
import { loadCheckedConfig } from '../../settings/validate.ts';
import {
  chartChoice,
  ignoredEntries,
  selectCharts,
  skippedLine,
  uncoveredCharts,
  unmatchedEntries,
  whereOf,
} from '../../charts/selection.ts';
import { type Config, configLine } from '../../config/config.ts';
import { type DigestsFile, digestsOneLine, formatDigests, mergeDigests, parseDigests } from '../../digests/file.ts';
import { type FileChange, renderDiff } from '../../edits/diff.ts';
import { commitChanges } from '../../edits/transaction.ts';
import { named, setting, theInput, throwAll, UserError, words } from '../../errors.ts';
import { resolveInside, workspaceRelative } from '../../fs/workspace.ts';
import { gitSpawner } from '../../git/objects.ts';
import { type PushOutcome, pushChart } from '../../registry/chart-push.ts';
import { RegistryClient, RegistryError } from '../../registry/client.ts';
import { signingKey } from '../../registry/cosign-sign.ts';
import { dockerConfigPath, dockerCredentialSource } from '../../registry/docker-config.ts';
import { nodeTransport } from '../../http/transport.ts';
import { parseReference } from '../../registry/reference.ts';
import { shortHead } from '../digests/short-head.ts';
import type { World } from '../../contract/world.ts';
import type { PublishRequest } from './request.ts';
import { settingsFor } from '../../settings/read.ts';
import { PUBLISH } from '../../settings/table-publish.ts';

// Loaded only after request.ts accepted the inputs and the working directory (operations/publish/index.ts).

/** One chart's line in the result (and in the `charts` output). */
export interface PublishRow {
  /** The chart folder, workspace-relative. */
  path: string;
  name: string;
  version: string;
  /** `registry/path/name`, where the chart lives. */
  image: string;
  tag: string;
  /** The manifest digest the registry holds under the tag. */
  digest: string;
  status: PushOutcome['status'];
  /** The signature's tag and what happened to it, when a key was given. */
  signature?: PushOutcome['signature'];
  /** The archive's paths, for the log. */
  files: string[];
}

/** What a publish pushed (or, on a dry run, would push), and the digests file it wrote. */
export interface PublishResult {
  registry: string;
  charts: PublishRow[];
  dryRun: boolean;
  /** The digests file, when one was asked for. */
  digests?: { path: string; changed: boolean; written: boolean; diff: string; file: DigestsFile };
  /** The digests file's change (empty when unchanged or not asked for), for a terminal's dry-run diff. */
  changes: FileChange[];
  outputs: { charts: string; digests: string; file: string };
}

/**
 * The publish: the charts to package, each packaged as `helm package`
 * does, every chart checked against the registry before anything is pushed
 * (a published version with other content refuses the whole run), then the
 * pushes and signatures, then the digests file.
 */
export async function runPublish(req: PublishRequest, world: World): Promise<PublishResult> {
  const config = await loadCheckedConfig(req.workdir, req.config);
  // Input > config > none, as every operation decides it (settings/read.ts).
  const { registry } = settingsFor(PUBLISH, { registry: req.registry }, config);
  if (!registry)
    throw new UserError(words`no registry to publish to: ${theInput('registry')} is empty and the config has no chart-registry`, {
      file: config.file,
      hint: words`${setting('registry')} (e.g. ${named('registry', 'oci://ghcr.io/acme/charts')}), or chart-registry: in .github/lockstep.yml`,
    });
  const key = req.signingKey === undefined ? undefined : signingKey(req.signingKey);
  const packages = await packageAll(req, world, publishedCharts(req, world, config), config);
  const transport = (world.services.http ?? nodeTransport)();
  const client = (world.services.registry ?? ((o) => new RegistryClient(o)))({
    transport,
    clock: world.clock,
    retry: world.services.retry,
    credentials: req.credentials
      ? () => req.credentials
      : dockerCredentialSource({
          configPath: dockerConfigPath({ DOCKER_CONFIG: world.env.DOCKER_CONFIG || undefined }, world.env.HOME || homedir()),
          secret: world.secret,
          ownCredentials: true,
        }),
    log: (line) => world.reporter.debug(line),
  });
  world.reporter.group(`Publishing ${packages.length} chart${packages.length === 1 ? '' : 's'} to ${registry}`);
  try {
    const repoOf = (p: ChartPackage) => parseReference(`${registry}/${p.name}`);
    // Every chart is compared with the registry first: a refusal leaves the registry as it was.
    const options = (p: Packaged, dryRun: boolean) => ({
      dryRun,
      key,
      sameChart: (stored: { archive: Buffer; config: Buffer }) => sameChart(p, stored),
    });
    await settle(packages.map((p) => () => registryStep(() => pushChart(client, repoOf(p), p, options(p, true)), p)));
    const rows: PublishRow[] = [];
    for (const p of packages) {
      const outcome = await registryStep(() => pushChart(client, repoOf(p), p, options(p, req.dryRun)), p);
      rows.push({
        path: p.path,
        name: p.name,
        version: p.version,
        image: `${registry}/${p.name}`,
        tag: outcome.tag,
        digest: outcome.digest,
        status: outcome.status,
        signature: outcome.signature,
        files: p.files,
      });
    }
    const digests = req.digestsFile === undefined ? undefined : await writeDigests(req, world, rows);
    const chartsOutput = Object.fromEntries(
      rows.map((r) => [
        r.name,
        {
          digest: r.digest,
          image: r.image,
          tag: r.tag,
          version: r.version,
          status: r.status,
          ...(r.signature ? { signature: r.signature.tag } : {}),
        },
      ]),
    );
    return {
      registry,
      charts: rows,
      dryRun: req.dryRun,
      digests,
      changes: digests?.changes ?? [],
      outputs: { charts: JSON.stringify(chartsOutput), digests: digests ? digestsOneLine(digests.file) : '', file: digests?.path ?? '' },
    };
  } finally {
    transport.close();
    world.reporter.endGroup();
  }
}

/** A packaged chart and its folder. */
type Packaged = ChartPackage & { path: string };

/**
 * The chart folders to publish, by the one meaning of charts (charts/selection.ts): the input, else the
 * config's (absent: every chart; `[]`: none, said once); a pattern that matches nothing is an error, and
 * the chart folders the config's patterns leave out are said.
 */
function publishedCharts(req: PublishRequest, world: World, config: Config): string[] {
  const all = findCharts(listChartFiles(req.workdir));
  const lineOf = (path: readonly (string | number)[]) => configLine(config, path);
  const choice = chartChoice(req.charts, config, lineOf);
  if (choice.kind === 'none') {
    world.reporter.info(`${whereOf(choice.at)}: charts: [] — no chart to publish`);
    return [];
  }
  if (choice.kind === 'every' && all.length === 0)
    throw new UserError(`no chart under ${req.workingDirectory}`, {
      hint: words`set ${named('working-directory')} to the folder holding the charts, or name them in ${named('charts')}`,
    });
  const ignored = ignoredEntries(config, lineOf);
  if (choice.kind === 'patterns') throwAll(unmatchedEntries([...choice.entries, ...ignored], all));
  // Charts named by the input were chosen for this run: only the config's patterns leave charts out unsaid.
  const left = req.charts.length > 0 ? [] : uncoveredCharts(all, choice, ignored);
  const skipped = skippedLine(left, { file: config.file, line: lineOf(['charts']) });
  if (skipped) world.reporter.info(skipped);
  return selectCharts(all, choice);
}

/** Every chart packaged before anything is sent; two charts of one name would share a tag, so that is refused. */
async function packageAll(req: PublishRequest, world: World, dirs: readonly string[], config: Config): Promise<Packaged[]> {
  const out: Packaged[] = [];
  // An environment's values file kept in a chart folder is deployment state: packaged as if .helmignore listed it.
  const isState = deploymentState(config.environments.flatMap((e) => (e.values !== undefined ? [e.values] : [])));
  for (const dir of dirs) {
    const abs = resolve(req.workdir, dir);
    const label = workspaceRelative(world.workspace, abs);
    const inDir = (p: string) => posix.normalize(posix.join(dir.replace(/\\/g, '/'), p));
    out.push({ ...(await packageChart(abs, label, world.workspace, (p) => isState(inDir(p)))), path: label });
  }
  const seen = new Map<string, string>();
  const clashes: UserError[] = [];
  for (const p of out) {
    const other = seen.get(p.name);
    if (other !== undefined)
      clashes.push(
        new UserError(`charts ${other} and ${p.path} are both named ${p.name}`, {
          file: posix.join(p.path, 'Chart.yaml'),
          hint: 'publish one of them, or rename one',
        }),
      );
    seen.set(p.name, p.path);
  }
  throwAll(clashes);
  return out;
}

/**
 * Whether a chart stored with other bytes (pushed by `helm push`, or by an
 * older lockstep) is this chart: the same metadata in its config, the same
 * files. Then its version is published with this content and nothing is pushed.
 */
async function sameChart(p: Packaged, stored: { archive: Buffer; config: Buffer }): Promise<boolean> {
  let config: unknown;
  try {
    config = JSON.parse(stored.config.toString('utf8'));
  } catch {
    return false;
  }
  if (!isDeepStrictEqual(config, p.metadata)) return false;
  try {
    return await sameChartFiles(stored.archive, p.archive, `${p.name} ${p.version} in the registry`);
  } catch (e) {
    // An archive that cannot be read is not this chart: the run refuses, naming the version.
    if (e instanceof UserError) return false;
    throw e;
  }
}

/** Runs every check and reports every failure together (each chart's refusal or registry error). */
async function settle(steps: (() => Promise<unknown>)[]): Promise<void> {
  const errors: UserError[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      if (e instanceof UserError) errors.push(e);
      else throw e;
    }
  }
  throwAll(errors);
}

/** A registry failure as the user's error, naming the chart. */
async function registryStep<T>(step: () => Promise<T>, p: Packaged): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof RegistryError)
      throw e.asUserError(
        `${p.name} ${p.version}`,
        words`check the registry, the credentials (${named('username')}/${named('password')} or docker login) and that they may push`,
      );
    throw e;
  }
}

/**
 * Adds each chart's entry (name → digest, image, sha, tag: the format
 * promote-env reads) to the digests file; an entry of the same name with
 * another digest is a conflict, as with capture-digests' merge.
 */
async function writeDigests(
  req: PublishRequest,
  world: World,
  rows: readonly PublishRow[],
): Promise<NonNullable<PublishResult['digests']> & { changes: FileChange[] }> {
  const abs = resolveInside(world.workspace, relative(world.workspace, join(req.workdir, req.digestsFile!)), 'digests-file');
  const path = workspaceRelative(world.workspace, abs);
  const sha = req.sha ?? (await shortHead(world.services.repo?.(req.workdir) ?? gitSpawner(req.workdir)));
  const before = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  const existing = before === undefined ? {} : await parseDigests(before, path);
  const incoming: DigestsFile = Object.fromEntries(rows.map((r) => [r.name, { digest: r.digest, image: r.image, sha, tag: r.tag }]));
  const file = mergeDigests(existing, incoming, { overwrite: false, file: path, text: before });
  const after = formatDigests(file);
  const changes = after === before ? [] : [{ path, before, after }];
  const written = changes.length > 0 && !req.dryRun;
  if (written) {
    mkdirSync(dirname(abs), { recursive: true });
    commitChanges(world.workspace, changes);
  }
  return { path, changed: changes.length > 0, written, diff: renderDiff(changes), file, changes };
}
