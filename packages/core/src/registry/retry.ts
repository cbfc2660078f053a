/** Time, as the retry logic sees it; tests pass a fake one. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) for jitter. */
  random(): number;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** How many times to try and how long to wait between tries. */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  /** Backoff before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** Cap on one computed backoff. */
  maxDelayMs: number;
  /** Cap on a server's Retry-After; a longer one is treated as "give up". */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 };

/**
 * Parses a `Retry-After` value, delay-seconds or an HTTP-date, into
 * milliseconds from `now`. Undefined when absent or unreadable; a date in the
 * past is 0.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Backoff before attempt `n + 1` (n ≥ 1): exponential with "equal jitter",
 * so waits grow but clients that failed together do not retry in step.
 */
export function backoffDelay(n: number, policy: RetryPolicy, random: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
  return Math.round(exp / 2 + (exp / 2) * random);
}

/** True for the statuses worth another try: 429 and 5xx other than 501/505. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
