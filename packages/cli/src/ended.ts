import { CommanderError } from 'commander';
import type { JsonDocument } from '@lockstep/core/contract/json';
import type { UserError } from '@lockstep/core/errors';

// How a command that ran ends other than done, carried to the one report (program.ts): light, since
// the program loads it at every start.

/** A refusal that is the command line's own mistake, carried to the one place that reports (program.ts): usage, exit 2. */
export class UsageRefusal extends CommanderError {
  readonly error: UserError;
  constructor(error: UserError) {
    super(2, 'lockstep.usage', error.message);
    this.error = error;
  }
}

/**
 * A result that was shown and ends the run in failure (exit 1), carried to the one place that reports
 * (program.ts): the failure's lines on stderr and, with --json, the result's document saying how it ended.
 */
export class ShownFailure extends Error {
  readonly failure: Error;
  readonly outcome: 'held' | 'refused';
  /** The result's --json document (without outcome and errors: the report adds them); absent without --json. */
  readonly doc?: JsonDocument;
  constructor(failure: Error, outcome: 'held' | 'refused', doc?: JsonDocument) {
    super(failure.message);
    this.failure = failure;
    this.outcome = outcome;
    this.doc = doc;
  }
}
