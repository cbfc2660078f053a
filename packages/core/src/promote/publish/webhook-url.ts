// Where a notification may be sent (publish/notify.ts): read by the promote-env request before anything runs, so
// it stays light (the entry chunk an action loads first holds it).

import { isLoopbackHost } from '../../http/host-name.ts';

/** Why a webhook URL is refused before anything is sent (plain http only to this machine), or undefined. */
export function webhookProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return undefined;
  return `is ${u.protocol}//${u.host}: a webhook is sent over https (plain http only to this machine)`;
}
