// Notifications (issue 75 item 5): one event per promotion outcome — opened, held, landed, rolled-back — as a
// step output and in `--json`, and, when `notify-webhook` is set, POSTed there. The body is signed with
// HMAC-SHA256 of `notify-secret` in `X-Hub-Signature-256: sha256=<hex>`, as GitHub signs its own webhooks, and
// carries a stable event id (also `X-Lockstep-Delivery`): the same outcome of the same promotion has the same id
// on every attempt and every re-run, so a receiver drops what it has seen. Delivery is retried on a network error,
// 429 and 5xx with the registry's backoff policy (registry/retry.ts), at most DELIVERY_ATTEMPTS times; a receiver
// that never answers leaves the promotion as it went, with a warning. `notify-format: slack` sends `{ text }`.

import { createHash, createHmac } from 'node:crypto';
import type { HttpRequest, HttpResponse } from '../../http/transport.ts';
import { backoffDelay, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, type Clock } from '../../registry/retry.ts';
import type { PinChange } from '../plan.ts';

/** What a promotion's outcome was, as the event names it. */
export type EventKind = 'opened' | 'held' | 'landed' | 'rolled-back';

/** One notification: what happened to which environment, with what. */
export interface PromotionEvent {
  id: string;
  event: EventKind;
  repository: string;
  environment: string;
  from?: string;
  pull?: { number: number; url: string };
  commit?: string;
  changes: { service: string; from?: string; to?: string }[];
  /** A held promotion: each hold as its gate says it. */
  holds?: string[];
}

/** What was done with the events: delivered (the receiver's status) or why not; absent without a webhook. */
export interface Delivery {
  host: string;
  delivered: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

/** Where the notifications go, as the inputs give it (the URL and secret masked already). */
export interface NotifyTarget {
  url: string;
  secret?: string;
  format: 'json' | 'slack';
}

/** Attempts at one delivery: the first and three retries. */
export const DELIVERY_ATTEMPTS = 4;

/** The event's id: the same for the same outcome of the same promotion (repository, event, environment, pull or commit, what it writes). */
export function eventId(e: Omit<PromotionEvent, 'id'>): string {
  const key = JSON.stringify([e.repository, e.event, e.environment, e.pull?.number ?? null, e.commit ?? null, e.changes, e.holds ?? []]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** A pin change as an event lists it: the service, and its tag@digest before and after. */
export function eventChange(
  c: Pick<PinChange, 'service' | 'oldTag' | 'newTag' | 'oldDigest' | 'newDigest'>,
): PromotionEvent['changes'][number] {
  const pin = (tag?: string, digest?: string) => (tag || digest ? `${tag ?? ''}${digest ? `@${digest}` : ''}` : undefined);
  const [from, to] = [pin(c.oldTag, c.oldDigest), pin(c.newTag, c.newDigest)];
  return { service: c.service, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The body sent: the event as JSON, or Slack's `{ text }`. */
export function eventBody(e: PromotionEvent, format: NotifyTarget['format']): string {
  if (format === 'json') return JSON.stringify(e);
  const what = e.changes.map((c) => `${c.service} ${c.from ?? '—'} → ${c.to ?? '—'}`).join(', ');
  const where = e.pull ? ` <${e.pull.url}|#${e.pull.number}>` : e.commit ? ` ${e.commit.slice(0, 12)}` : '';
  const verb = { opened: 'promotion opened', held: 'promotion held', landed: 'promotion landed', 'rolled-back': 'rollback' }[e.event];
  const held = e.holds?.length ? `: ${e.holds.join('; ')}` : '';
  return JSON.stringify({
    text: `${e.repository}: ${verb} into ${e.environment}${e.from ? ` from ${e.from}` : ''}${where}${what ? ` (${what})` : ''}${held}`,
  });
}

/**
 * POSTs `event` to `target`, signed, retried on a network error, 429 and 5xx (Retry-After honoured up to the
 * policy's bound), each attempt with the same id; never throws: what became of it is the Delivery.
 */
export async function deliver(
  event: PromotionEvent,
  target: NotifyTarget,
  send: (req: HttpRequest) => Promise<HttpResponse>,
  clock: Clock,
): Promise<Delivery> {
  const host = new URL(target.url).host;
  const body = Buffer.from(eventBody(event, target.format));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'lockstep-promote-env',
    'X-Lockstep-Event': event.event,
    'X-Lockstep-Delivery': event.id,
    ...(target.secret ? { 'X-Hub-Signature-256': `sha256=${createHmac('sha256', target.secret).update(body).digest('hex')}` } : {}),
  };
  let last: Omit<Delivery, 'host' | 'attempts' | 'delivered'> = {};
  for (let n = 1; n <= DELIVERY_ATTEMPTS; n++) {
    let wait: number | undefined;
    try {
      const res = await send({
        method: 'POST',
        url: target.url,
        headers,
        body,
        maxBytes: 64 * 1024,
        maxErrorBytes: 4 * 1024,
        timeoutMs: 10000,
      });
      if (res.status >= 200 && res.status < 300) return { host, delivered: true, attempts: n, status: res.status };
      last = { status: res.status, error: `answered HTTP ${res.status}` };
      if (!isRetryableStatus(res.status)) return { host, delivered: false, attempts: n, ...last };
      wait = parseRetryAfter(res.headers['retry-after'], clock.now());
    } catch (e) {
      last = { error: e instanceof Error ? e.message : String(e) };
    }
    if (n < DELIVERY_ATTEMPTS)
      await clock.sleep(Math.min(wait ?? backoffDelay(n, DEFAULT_RETRY, clock.random()), DEFAULT_RETRY.maxRetryAfterMs));
  }
  return { host, delivered: false, attempts: DELIVERY_ATTEMPTS, ...last };
}

/** What the events are read from: a promotion's outcome as run.ts has it. */
export interface Outcome {
  outcome: 'dry-run' | 'nothing' | 'checks' | 'held' | 'pr' | 'direct';
  environment: string;
  from?: string;
  rollback: boolean;
  changes: readonly Pick<PinChange, 'service' | 'oldTag' | 'newTag' | 'oldDigest' | 'newDigest'>[];
  pull?: { number: number; url: string };
  commit?: string;
  holds: readonly string[];
  /** The promotion pull request the base's tip merged (its environment from the branch), when there is one. */
  landed?: { environment: string; number: number; url: string };
}

/** The events of one run: the promotion that landed at the base's tip, then this run's own outcome (none for a dry run or nothing). */
export function promotionEvents(o: Outcome, repository: string): PromotionEvent[] {
  const events: Omit<PromotionEvent, 'id'>[] = [];
  if (o.landed)
    events.push({
      event: 'landed',
      repository,
      environment: o.landed.environment,
      pull: { number: o.landed.number, url: o.landed.url },
      changes: [],
    });
  const changes = o.changes.map(eventChange);
  const base = { repository, environment: o.environment, ...(o.from ? { from: o.from } : {}), changes };
  if (o.outcome === 'pr' && o.pull) events.push({ ...base, event: o.rollback ? 'rolled-back' : 'opened', pull: o.pull });
  if (o.outcome === 'direct' && o.commit) events.push({ ...base, event: o.rollback ? 'rolled-back' : 'landed', commit: o.commit });
  if (o.outcome === 'held' || o.outcome === 'checks') events.push({ ...base, event: 'held', holds: [...o.holds] });
  return events.map((e) => ({ id: eventId(e), ...e }));
}
