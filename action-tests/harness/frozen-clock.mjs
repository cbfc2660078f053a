// Test harness only, never shipped: preloaded with `node --import` (NODE_OPTIONS) into a process that
// runs a committed bundle, it starts the process's clock at LOCKSTEP_HARNESS_NOW (an ISO 8601 instant)
// and lets it run on from there. The bundle itself has no clock hook to abuse: a workflow that could set
// this could as well set any NODE_OPTIONS. Date.now() and `new Date()` without arguments move; dates
// built from a value are untouched.

const at = Date.parse(process.env.LOCKSTEP_HARNESS_NOW ?? '');
if (Number.isNaN(at)) throw new Error(`frozen-clock: LOCKSTEP_HARNESS_NOW is not an instant: ${process.env.LOCKSTEP_HARNESS_NOW}`);
const RealDate = Date;
const offset = at - RealDate.now();
const now = () => RealDate.now() + offset;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now());
    else super(...args);
  }
  static now() {
    return now();
  }
}
globalThis.Date = ShiftedDate;
