import { ensureNode24 } from '../../scripts/node24.mjs';

/** Installs the Node 24 runtime once before any test runs a bundle. */
export default function globalSetup(): void {
  process.env.LOCKSTEP_NODE24 = ensureNode24();
}
