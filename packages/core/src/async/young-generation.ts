import { setFlagsFromString } from 'node:v8';

let held = false;

/**
 * Keeps V8's young generation at the size it has, for a run about to parse a
 * lot of small YAML files. The yaml package allocates ~120 KB to parse a
 * 160-byte values.yaml (lexer, CST, composer), so a thousand-chart check
 * allocates ~600 MB of short-lived objects while holding ~20 MB. V8 answers
 * that rate by doubling the new space up to its ceiling (two 32 MB
 * semi-spaces), and the process's peak resident memory grows by those 64 MB
 * of garbage room (150 MB against 105 MB at the same live data), not by
 * anything kept. With growth factor 1 the new space stays where it is (1–2 MB
 * per semi-space); survivors are promoted a little earlier and scavenges run
 * more often, a few percent of the run's time.
 *
 * V8 reads this flag each time it considers growing the new space, so setting
 * it while the process runs takes effect (unlike --max-semi-space-size, read
 * once when the heap is set up, and a JavaScript action cannot pass Node
 * flags). It changes only how big the heap's nursery gets, never what the
 * program computes. Idempotent; process-wide, as every V8 flag is.
 */
export function holdYoungGeneration(): void {
  if (held) return;
  held = true;
  setFlagsFromString('--semi-space-growth-factor=1');
}
