// Whether a promise has already settled, asked without waiting for it: a
// step that can start from a guess while an answer is on its way (the Helm a
// render runs with) does not guess when the answer is already there.

const PENDING: unique symbol = Symbol('pending');

/**
 * Whether `p` has settled (fulfilled or rejected) by now: its reactions run before those of a promise resolved
 * after it, so a race against one resolved here is won by `p` only when it was settled already.
 */
export async function settledYet(p: Promise<unknown>): Promise<boolean> {
  try {
    return (await Promise.race([p, Promise.resolve(PENDING)])) !== PENDING;
  } catch {
    return true;
  }
}
