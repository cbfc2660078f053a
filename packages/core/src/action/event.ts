import { existsSync, readFileSync } from 'node:fs';

/** Events whose payload names a pull request's (or merge group's) base. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** The event payload, and for a pull request event whose file cannot be read, what is wrong with it. */
export interface EventFile<T> {
  event: T;
  /** Set only for a pull request event: "is missing (…)", "… is not valid JSON". */
  problem?: string;
}

/**
 * Reads GITHUB_EVENT_PATH once. A run of another event without a payload is
 * simply no pull request; a pull request event whose payload is missing or
 * unreadable is reported as such, so a caller can say so instead of treating
 * it as "not a pull request".
 */
export function readEventFile<T extends object>(name: string | undefined, path: string | undefined): EventFile<Partial<T>> {
  const fail = (what: string): EventFile<Partial<T>> => ({
    event: {},
    problem: name !== undefined && PULL_REQUEST_EVENTS.has(name) ? what : undefined,
  });
  if (!path) return fail('is missing (GITHUB_EVENT_PATH is not set)');
  if (!existsSync(path)) return fail(`is missing (GITHUB_EVENT_PATH names ${path}, which does not exist)`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(`${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const event = JSON.parse(text) as unknown;
    return event !== null && typeof event === 'object' && !Array.isArray(event)
      ? { event: event }
      : fail(`${path} does not hold a JSON object`);
  } catch {
    return fail(`${path} is not valid JSON`);
  }
}
