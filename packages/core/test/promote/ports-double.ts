// The one builder of a promotion's test doubles (promote/ports.ts): a test writes the port methods it uses and
// the builder fills the rest, so the production interface keeps no optional method for the doubles' sake. What
// it fills reads as a repository (and a GitHub) with nothing more to say: no file, no listing, no history, no
// pull request, deployment or approval. What writes (publish, a pull request, auto-merge, a deployment, a trail
// comment) is refused: a test that writes says what the write answers.

import type { PlanWorld } from '../../src/promote/plan-world.ts';
import type { PromoteGit, PromoteGitHub, PromoteWorld } from '../../src/promote/ports.ts';
import type { WhatsInPorts } from '../../src/promote/whats-in.ts';

/** A write the test did not write an answer for. */
const unwritten = (what: string) => async (): Promise<never> => {
  throw new Error(`${what}: this test's double does not write`);
};

/** The git side: `own` over a repository that has nothing more to say. */
export function gitDouble(own: Partial<PromoteGit> = {}): PromoteGit {
  return {
    fetchBranch: async () => undefined,
    knownTip: async () => undefined,
    readAt: async () => undefined,
    readBytesAt: async () => undefined,
    resolveRef: async () => undefined,
    fetchTags: async () => undefined,
    listFiles: async () => undefined,
    lastCommit: async () => undefined,
    firstParentLog: async () => ({ entries: [], complete: true }),
    deepenHistory: async () => false,
    commitInfo: async () => undefined,
    landedAt: async () => undefined,
    landings: async (_c, groups) => groups.map(() => undefined),
    publish: unwritten('publish'),
    commitsBetween: async () => undefined,
    commitsInRanges: async () => new Map(),
    hydratorNote: async () => undefined,
    ...own,
  };
}

/** The GitHub side: `own` over a repository without pull requests, deployments, teams or reviews. */
export function gitHubDouble(own: Partial<PromoteGitHub> = {}): PromoteGitHub {
  return {
    checkStates: async (_sha, names) => names.map((name) => ({ name, state: 'missing' as const })),
    upsertPull: unwritten('upsertPull'),
    enableAutoMerge: unwritten('enableAutoMerge'),
    readyForReview: unwritten('readyForReview'),
    recordDeployment: unwritten('recordDeployment'),
    latestDeployments: async () => new Map(),
    pullsOf: async () => [],
    mergedPromotion: async () => undefined,
    mergedPullOf: async () => undefined,
    deployedAt: async () => undefined,
    leaveTrail: unwritten('leaveTrail'),
    approvals: async () => ({ approved: [], stale: [] }),
    teamMember: async () => false,
    environmentReviewers: async () => undefined,
    breakGlass: async () => undefined,
    ...own,
  };
}

/** What reading what ships asks: `own` over the git double's reads and no pull requests. */
export function whatsInDouble(own: Partial<WhatsInPorts> = {}): WhatsInPorts {
  const git = gitDouble();
  return {
    readAt: git.readAt,
    resolveRef: git.resolveRef,
    fetchTags: git.fetchTags,
    commitsBetween: git.commitsBetween,
    commitsInRanges: git.commitsInRanges,
    pullsOf: async () => [],
    ...own,
  };
}

/** A registry the test did not give: refused as a registry refuses (what reads a chart says it tried there). */
const noRegistry = (what: string) => async (): Promise<never> => {
  throw Object.assign(new Error(`${what}: no registry client`), { name: 'RegistryError' });
};

/**
 * The whole promotion's ports: `own` over the git double, no GitHub (no token), no local file, no registry
 * (a digest is neither resolved nor verified, a chart not read) and no Helm or kustomize on PATH; the log is dropped.
 */
export function worldDouble(own: Partial<PromoteWorld> = {}): PromoteWorld {
  return {
    git: gitDouble(),
    readLocal: () => undefined,
    resolveDigest: noRegistry('resolveDigest'),
    verifyDigest: noRegistry('verifyDigest'),
    readChart: noRegistry('readChart'),
    pullChartArchive: noRegistry('pullChartArchive'),
    // A chart reference as it is asked: a test that pulls a range says what it resolves to.
    resolveChart: async (ref) => ref,
    pullRepositoryChart: noRegistry('pullRepositoryChart'),
    copyImage: noRegistry('copyImage'),
    findHelm: async () => undefined,
    helmCandidate: () => undefined,
    learnHelmVersion: () => undefined,
    findKustomize: () => undefined,
    log: () => {},
    webhook: async () => {
      throw new Error('no webhook in this double');
    },
    ...own,
  };
}

/** What planning reads: `own` over a base with no file, no other commit, no registry and no token. */
export function planWorldDouble(own: Partial<PlanWorld> = {}): PlanWorld {
  const world = worldDouble();
  return {
    readBase: async () => undefined,
    readAt: async () => undefined,
    resolveRef: async () => undefined,
    lastCommit: async () => undefined,
    fileHistory: async () => ({ entries: [], complete: true }),
    deepenHistory: async () => false,
    readLocal: world.readLocal,
    resolveDigest: world.resolveDigest,
    verifyDigest: world.verifyDigest,
    renderedRun: async () => ({ unrendered: 'no render in this double' }),
    renderedHistory: async () => undefined,
    ...own,
  };
}
