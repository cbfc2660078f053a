// The window gate (issue 19): promotions into an environment land inside its allow windows, outside its
// deny windows and freezes (`windows:`). Its evidence is the target's rules at the World's clock; the
// cron calculus is promote/windows.ts, loaded only when the target has windows (cron-parser and its
// time-zone library are a third of a megabyte every other promotion would compile). A hold makes the
// pull request a draft; a break-glass label on it lifts the hold (an emergency fix in a freeze).

import type { Closed } from '../windows.ts';
import type { Gate } from './gate.ts';

const NAME = 'window';

/** Why the target's windows are closed at the clock's now, and until when; absent when they are open. */
export interface WindowEvidence {
  closed?: Closed;
}

/** Promotion windows and freezes of the target. */
export const window: Gate<typeof NAME, WindowEvidence> = {
  name: NAME,
  title: 'a promotion window',
  settings: ['windows', 'break-glass-label'],
  breakGlass: true,
  async gather({ route, now }) {
    if (!route.to.windows) return undefined;
    const { windowHold } = await import('../windows.ts');
    const closed = windowHold(route.to.name, route.to.windows, now);
    return closed ? { closed } : {};
  },
  holds: (e) => (e.closed ? [{ gate: NAME, ...e.closed }] : []),
  onHold: () => 'draft',
};
