import { UserError } from '../src/errors.ts';

/** The UserError a call throws (fails the test when it throws something else, or nothing). */
export function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError, nothing was thrown');
}
