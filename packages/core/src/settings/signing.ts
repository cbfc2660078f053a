// The signing settings, declared once and listed in each table whose operation writes commits with git
// (prepare-release, promote-env, hydrate-env): the action's secret and the key file both faces take.

import type { Setting } from './table.ts';
/** `signing-key` (the key itself, a secret: never a flag) and `signing-key-file` (a key file, or a public key with ssh-agent). */
export const SIGNING_SETTINGS = [
  {
    input: 'signing-key',
    kind: 'secret',
    docs: 'An SSH private key (no passphrase), kept as a secret: every commit lockstep writes with git (commit-mode git) is SSH-signed with it, so git verify-commit with an allowed-signers file passes (Flux verify, Argo CD source integrity). Written to a 0600 temporary file removed after the run; never logged. Empty: commits are not signed.',
  },
  {
    input: 'signing-key-file',
    kind: 'path',
    docs: "A file holding the SSH private key (no passphrase) that signs the commits lockstep writes with git, or its public key (.pub) with the private key in ssh-agent (SSH_AUTH_SOCK): the terminal's way to sign (signing-key gives the key itself).",
  },
] as const satisfies readonly Setting[];
