// How kustomize runs for lockstep, whatever it builds (an overlay: kustomize.ts; a HelmRelease's post-renderers:
// post-render.ts): offline, and its messages without the temp folder's path.

import { join } from 'node:path';
import { offlineEnv } from './helm.ts';

/** The environment kustomize runs in: offlineEnv's, and no git transport for a remote base. */
export function kustomizeEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...offlineEnv(home),
    XDG_CONFIG_HOME: join(home, 'config'),
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** kustomize's error, its last non-empty lines (at most 20, each at most 1,000 characters), the temp folder's path taken out. */
export function kustomizeMessage(stderr: string, root: string): string {
  return stderr
    .split(`${root}/repo/`)
    .join('')
    .split(`${root}/repo`)
    .join('.')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .slice(-20)
    .map((l) => (l.length > 1000 ? `${l.slice(0, 1000)}…` : l))
    .join('\n')
    .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:repo\/)?/g, '');
}
