// `lockstep hydrate` / hydrate-env: every environment with `hydrate:` (or those `env` names) rendered at the
// DRY commit (HEAD) first, all of them, so a render that fails pushes nothing; then, per environment, one
// tree written on the tip of its proposed branch and one commit pushed with a lease on that tip (write.ts).

import { configLine, type Config, type EnvironmentConfig } from '../../config/config.ts';
import type { World } from '../../contract/world.ts';
import { UserError, named, words } from '../../errors.ts';
import { repoOpener, withToken } from '../../git/auth.ts';
import { dryCommit } from '../../git/hydrated.ts';
import { loadCheckedConfig } from '../../settings/validate.ts';
import { metadataPaths, proposedBranch } from '../../git/hydrated.ts';
import type { HydrateSettings } from './layout.ts';
import { checkHydrated } from './check.ts';
import { readSourceHydrator, withSourceHydrator, type SourceHydrator } from '../../deploy/argocd/source-hydrator.ts';
import { branchNamedAt, ownedBranches, refuseOwnedBranches, type NamedAt } from './owned.ts';
import { currentBranch, remoteHeadRef } from '../../git/local-repo.ts';
import type { Repo } from '../../git/repo.ts';
import { openPlanner, type Chosen, type Planned } from './plan.ts';
import { inShard } from '../../deploy/shard-split.ts';
import type { HydrateRequest } from './request.ts';
import type { HydratedEnvironment, HydrateResult } from './result.ts';
import { writeBranches, type BranchOutcome } from './write.ts';
import { hydrateValidator } from './validate.ts';
import { ObjectReader } from '../../git/cat-file.ts';
import { noteDrySha } from '../../git/hydrator-notes.ts';
import { BOT_IDENTITY } from '../../git/identity.ts';
import { openSigningKey, signingSource, signWith } from '../../git/signing.ts';
import { deploymentOf } from '../../deploy/kind.ts';

/** The Argo CD Application that deploys `e`, when one does. */
const appOf = (e: EnvironmentConfig) => deploymentOf(e)?.application;

/** The environment's `hydrate:` (carried as written onto the Config by config.ts's unnamedKeys). */
export function hydrateOf(e: EnvironmentConfig): Partial<HydrateSettings> | undefined {
  return e.hydrate;
}

export async function runHydrate(req: HydrateRequest, world: World): Promise<HydrateResult> {
  const config = await loadCheckedConfig(req.workdir, req.config);
  // A shard hydrates its share: an environment's branch is written by exactly one matrix job (deploy/shard-split.ts).
  const asked = chooseEnvironments(config, req.environments).filter((a) => inShard(a.e.name, req.shard));
  const shard = req.shard ? { shard: req.shard } : {};
  const open = world.services.repo ?? repoOpener(world.env);
  const plain = open(req.workdir);
  const dry = await dryCommit(plain, 'HEAD');
  if (!dry)
    throw new UserError('the working directory has no commit to hydrate', {
      hint: 'check out the DRY branch (actions/checkout) before this step',
    });
  if (asked.length === 0)
    return { mode: req.mode, drySha: dry.sha, dryRun: req.dryRun || req.mode === 'check', environments: [], ...shard };
  const repoURL = repositoryUrl(world.env, await plain.remoteUrl());
  const planner = await openPlanner(config, req.workdir, world, plain, repoURL);
  let chosen: Chosen[];
  try {
    chosen = await resolveTargets(config, asked, (p) => planner.configText(dry.sha, p), await dryBranches(plain, world.env));
  } catch (err) {
    planner.close();
    throw err;
  }
  if (req.mode === 'check') {
    try {
      const git = await withToken(plain, req.workdir, world.token, open);
      return {
        mode: 'check',
        drySha: dry.sha,
        dryRun: true,
        environments: await checkHydrated(git, chosen, req.commit, planner),
        ...shard,
      };
    } finally {
      planner.close();
    }
  }
  let planned: Planned[];
  try {
    // What is written is validated first, as check and promote validate their renders (validate.ts).
    planned = await planner.plan(
      dry,
      chosen,
      hydrateValidator(config, (line) => world.warning(line)),
    );
  } finally {
    planner.close();
  }
  const git = req.dryRun ? plain : await withToken(plain, req.workdir, world.token, open);
  const writes = planned.map((p) => ({
    branch: proposedBranch(p.h),
    active: p.h.branch,
    scope: p.h.path,
    metadata: metadataPaths(p.h),
    files: p.files,
    dry,
    environment: p.e.name,
    renderer: p.renderer,
    dryRun: req.dryRun,
    where: branchNamedAt(config, p),
  }));
  // The key is checked before anything is written; its temporary file is gone when the writes are.
  const source = req.dryRun ? undefined : signingSource(req, req.workdir);
  const signing = source ? await openSigningKey(source, world.env) : undefined;
  if (signing) signWith(git, signing);
  const reader = new ObjectReader(req.workdir, world.env);
  let outcomes: BranchOutcome[];
  try {
    outcomes = await writeBranches(git, reader, writes);
  } finally {
    reader.close();
    signing?.cleanup();
  }
  const environments: HydratedEnvironment[] = planned.map((p, k) => ({
    name: p.e.name,
    branch: writes[k].branch,
    ...(p.h.path ? { path: p.h.path } : {}),
    status: outcomes[k].status,
    ...(outcomes[k].commit ? { commit: outcomes[k].commit } : {}),
    ...(outcomes[k].newer ? { newer: outcomes[k].newer } : {}),
    files: p.files.length,
    dropped: p.dropped,
    renderer: p.renderer,
  }));
  // The contract's git-notes variant: each tip that already held this DRY commit's render says so in a note, all
  // of them written by one fast-import and pushed once (a promotion then knows the environment runs this DRY
  // commit; promote/hydrated.ts).
  const behind = environments.filter((e, k) => outcomes[k].behind && e.commit);
  if (!req.dryRun && behind.length > 0) {
    const noted = new Set(
      await noteDrySha(
        git,
        behind.map((e) => e.commit!),
        dry.sha,
        BOT_IDENTITY,
        dry.committed,
      ),
    );
    for (const e of behind) if (noted.has(e.commit!)) e.noted = true;
  }
  return { mode: 'hydrate', drySha: dry.sha, dryRun: req.dryRun, environments, ...shard };
}

/** An environment asked for, with its `hydrate:` as the config writes it (the branch may come from its Application). */
type Asked = Omit<Chosen, 'h'> & { h: Partial<HydrateSettings> };

/** A chosen environment with where its written branch was named when its Application named it. */
type Resolved = Chosen & { named?: NamedAt; dryRevision?: string };

/** The DRY branch as this run knows it: the branch checked out, the branch the run was started for, origin's default branch. */
async function dryBranches(plain: Repo, env: NodeJS.ProcessEnv): Promise<{ branch: string; why: string }[]> {
  const out: { branch: string; why: string }[] = [];
  const checkedOut = await currentBranch(plain);
  if (checkedOut) out.push({ branch: checkedOut, why: 'checked out here' });
  const ref = env.GITHUB_REF;
  if (ref?.startsWith('refs/heads/')) out.push({ branch: ref.slice('refs/heads/'.length), why: 'the branch this run was started for' });
  const head = await remoteHeadRef(plain);
  if (head) out.push({ branch: head, why: "origin's default branch" });
  return out;
}

/** An environment's Application's spec.sourceHydrator at the DRY commit, when it has one. */
async function sourceHydratorOf(
  e: EnvironmentConfig,
  read: (path: string) => Promise<string | undefined>,
): Promise<SourceHydrator | undefined> {
  const ref = deploymentOf(e)?.application;
  const text = ref ? await read(ref.file) : undefined;
  return ref && text !== undefined ? readSourceHydrator(text, ref.file, ref.name) : undefined;
}

/**
 * The environments asked for with their `hydrate:` complete: what the config leaves out read from the
 * Application's spec.sourceHydrator (source-hydrator.ts) at the DRY commit; then each target checked, and every
 * branch written checked against the branches others own (owned.ts).
 */
async function resolveTargets(
  config: Config,
  asked: readonly Asked[],
  read: (path: string) => Promise<string | undefined>,
  dry: readonly { branch: string; why: string }[],
): Promise<Chosen[]> {
  const chosen: Resolved[] = [];
  for (const c of asked) {
    const hydrator = await sourceHydratorOf(c.e, read);
    if (hydrator) {
      const h = withSourceHydrator(c.h, hydrator);
      // The branch written was named in the Application only when the config's hydrate: leaves hydrate-to out.
      const named =
        c.h['hydrate-to'] === undefined
          ? { file: hydrator.file, line: hydrator.writtenLine, key: 'spec.sourceHydrator.hydrateTo.targetBranch' }
          : undefined;
      chosen.push({ ...c, h, ...(named ? { named } : {}), ...(hydrator.dryRevision ? { dryRevision: hydrator.dryRevision } : {}) });
    } else if (c.h.branch !== undefined) chosen.push({ ...c, h: { ...c.h, branch: c.h.branch } });
    else
      throw new UserError(
        `${c.e.name}: hydrate: names no branch, and ${appOf(c.e) ? `its Application ${appOf(c.e)!.file} has no spec.sourceHydrator` : 'no application: says one'}`,
        {
          file: config.file,
          line: configLine(config, ['environments', c.index, 'hydrate']),
          hint: `write hydrate: { branch: environment/${c.e.name} }, or name an Application whose spec.sourceHydrator.syncSource says where`,
        },
      );
  }
  checkTargets(config, chosen);
  const revisions = chosen.flatMap((c) =>
    c.dryRevision ? [{ branch: c.dryRevision, why: `the drySource revision of ${c.e.name}'s Application` }] : [],
  );
  refuseOwnedBranches(config, chosen, ownedBranches(config, await activeBranches(config, chosen, read), [...dry, ...revisions]));
  return chosen;
}

/**
 * Every hydrated environment's active branch, by environment: the chosen ones' as resolved, the others' from their
 * `hydrate:` or their Application (one that cannot be read is not this run's to refuse: it is left out).
 */
async function activeBranches(
  config: Config,
  chosen: readonly Chosen[],
  read: (path: string) => Promise<string | undefined>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of config.environments) {
    const h = hydrateOf(e);
    if (!h) continue;
    const mine = chosen.find((c) => c.e.name === e.name);
    let branch = mine?.h.branch ?? h.branch;
    if (branch === undefined)
      try {
        branch = (await sourceHydratorOf(e, read))?.targetBranch;
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
      }
    if (branch !== undefined) out.set(e.name, branch);
  }
  return out;
}

/** Each target is a plain folder of its branch, and no two environments write the same branch and folder. */
function checkTargets(config: Config, chosen: readonly Chosen[]): void {
  // A path is a folder of the hydrated branch: never outside it, never git's own folder.
  for (const { e, h, index } of chosen)
    if (h.path !== undefined && h.path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
      throw new UserError(`${e.name}: hydrate.path ${JSON.stringify(h.path)} is not a plain folder of the branch`, {
        file: config.file,
        line: configLine(config, ['environments', index, 'hydrate']),
        hint: "write GitOps Promoter's activePath, e.g. path: app-a",
      });
  // Two environments writing the same branch and folder would overwrite each other.
  const seen = new Map<string, string>();
  for (const { e, h, index } of chosen) {
    const key = `${proposedBranch(h)}\0${h.path ?? ''}`;
    const other = seen.get(key);
    if (other !== undefined)
      throw new UserError(`${e.name} hydrates ${proposedBranch(h)} as ${other} does`, {
        file: config.file,
        line: configLine(config, ['environments', index, 'hydrate']),
        hint: 'give each environment its own branch, or its own path: on a shared branch',
      });
    seen.set(key, e.name);
  }
}

/** The environments to hydrate, in the config's order, each with its `hydrate:` and its index; a named one without it is refused. */
export function chooseEnvironments(config: Config, names: readonly string[]): Asked[] {
  const all = config.environments.map((e, index) => ({ e, h: hydrateOf(e), index }));
  for (const n of names) {
    const found = all.find((x) => x.e.name === n);
    if (!found)
      throw new UserError(`names ${n}, which is no environment of the config`, {
        input: 'env',
        hint: `name one of ${all.map((x) => x.e.name).join(', ') || 'the config environments'}`,
      });
    if (!found.h)
      throw new UserError(`names ${n}, which has no hydrate: in the config`, {
        input: 'env',
        file: config.file,
        line: configLine(config, ['environments', found.index]),
        hint: words`add hydrate: { branch: environment/${n} } to it, or leave it out of ${named('env')}`,
      });
  }
  const chosen = all.filter((x): x is Asked => !!x.h && (names.length === 0 || names.includes(x.e.name)));
  if (chosen.length === 0)
    throw new UserError('no environment of the config has hydrate:', {
      file: config.file,
      hint: 'add hydrate: { branch: environment/<name> } to each environment to hydrate (docs/configuration.md)',
    });
  return chosen;
}

/**
 * The DRY repository's URL for hydrator.metadata: the runner's repository on its server, else origin's URL
 * without any credential in it; undefined when neither is known.
 */
export function repositoryUrl(env: NodeJS.ProcessEnv, origin: string | undefined): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
  if (origin === undefined) return undefined;
  try {
    const u = new URL(origin);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\.git$/, '');
  } catch {
    return origin;
  }
}
