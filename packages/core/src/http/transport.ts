import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isForbiddenHost } from './hosts.ts';
import { isLoopbackHost } from './host-name.ts';

/** One HTTP request as the registry client (and the GitHub client's fetch, github/transport-fetch.ts) makes it. */
export interface HttpRequest {
  /** The registry client sends POST and PUT only when pushing (publish-chart): its reads never send a body. */
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** Largest body accepted for a 2xx/3xx answer; larger ones fail. */
  maxBytes: number;
  /** Largest body accepted for an error answer (≥ 400). */
  maxErrorBytes: number;
  /** Time for the whole exchange, connect to last body byte. */
  timeoutMs: number;
  /** What a PUT sends (a blob, a manifest); its Content-Length is set from it. */
  body?: Buffer;
}

/** GET/HEAD to read, POST/PUT to push (the registry client); PATCH/DELETE too for GitHub's API. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpResponse {
  status: number;
  /** Lower-cased header names, as node:http gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends one request; never follows redirects. Tests pass a fake. */
export type Transport = (req: HttpRequest) => Promise<HttpResponse>;

/** A failure to get an answer at all (refused, reset, timed out): worth retrying. */
export class NetworkError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'NetworkError';
    this.code = code;
  }
}

/**
 * An answer whose head arrived and whose body was cut off (the connection
 * dropped mid-way). A network failure to the registry client; to the GitHub
 * client an answer whose body could not be read, as fetch reports it.
 */
export class CutOffError extends NetworkError {
  readonly status: number;
  readonly headers: HttpResponse['headers'];
  constructor(message: string, status: number, headers: HttpResponse['headers']) {
    super(message, 'EABORTED');
    this.name = 'CutOffError';
    this.status = status;
    this.headers = headers;
  }
}

/** An answer larger than its cap: not retried. */
export class BodyTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyTooLargeError';
  }
}

/** A destination refused by policy (link-local, metadata): not retried, nothing sent. */
export class ForbiddenDestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenDestinationError';
  }
}

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** node:net's callback for a custom `lookup`, which also takes an error alone (its type says an address always comes). */
type LookupCallback = (err: NodeJS.ErrnoException | null, address?: string | LookupAddress[], family?: number) => void;

/**
 * Refuses to connect to a name that resolves to a link-local or metadata
 * address (a literal IP is checked by the caller before the request).
 */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, options, (err, address, family) => {
    if (err) return callback(err, address, family);
    const list: { address: string }[] = Array.isArray(address) ? address : [{ address }];
    const bad = list.find((a) => isForbiddenHost(a.address.includes(':') ? `[${a.address}]` : a.address));
    if (bad)
      return callback(
        Object.assign(new Error(`${hostname} resolves to the link-local/metadata address ${bad.address}`), { code: 'EFORBIDDEN' }),
      );
    callback(null, address, family);
  });
}

/** Keep-alive agents shared by every request of the default transport. */
export interface NodeTransport extends Transport {
  /** Closes idle connections so the process can exit at once. */
  close(): void;
}

/**
 * The production transport over node:http/node:https with keep-alive agents
 * (one connection per registry reused across images; GitHub's API through
 * its own), a whole-exchange timeout and body caps enforced while reading.
 */
export function nodeTransport(maxSockets = 64, env: NodeJS.ProcessEnv = process.env): NodeTransport {
  // Self-hosted runners often sit behind a proxy: honour HTTP(S)_PROXY/NO_PROXY
  // as curl and docker do (Node ≥ 24.5 agents speak CONNECT for https).
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
  const options = { keepAlive: true, maxSockets, ...(proxied ? { proxyEnv: env } : {}) };
  const agents = {
    'http:': new http.Agent(options),
    'https:': new https.Agent(options),
  };
  const send = ((req: HttpRequest) =>
    new Promise<HttpResponse>((resolve, reject) => {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        reject(new NetworkError(`invalid URL ${req.url}`, 'EINVALIDURL'));
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new ForbiddenDestinationError(`refusing the ${url.protocol} URL ${url.origin}`));
        return;
      }
      if (isForbiddenHost(url.host)) {
        reject(new ForbiddenDestinationError(`refusing to contact ${url.host}: a link-local or metadata address`));
        return;
      }
      const mod = url.protocol === 'https:' ? https : http;
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        r.destroy();
        reject(e);
      };
      const r = mod.request(
        url,
        { method: req.method, headers: withLength(req), agent: agents[url.protocol], lookup: guardedLookup as LookupFunction },
        (res) => {
          const status = res.statusCode ?? 0;
          const cap = status >= 400 ? req.maxErrorBytes : req.maxBytes;
          const declared = Number(res.headers['content-length']);
          if (req.method !== 'HEAD' && Number.isFinite(declared) && declared > cap) {
            fail(new BodyTooLargeError(`response too large from ${url.host}: a ${declared}-byte body; the limit is ${cap} bytes`));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > cap) {
              fail(new BodyTooLargeError(`response too large from ${url.host}: more than ${cap} bytes; the limit is ${cap} bytes`));
              return;
            }
            chunks.push(c);
          });
          res.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
          });
          const cutOff = () => fail(new CutOffError(`${url.host}: the response was cut off`, status, res.headers));
          res.on('error', cutOff);
          res.on('aborted', cutOff);
        },
      );
      const timer = setTimeout(
        () => fail(new NetworkError(`${url.host} did not answer within ${req.timeoutMs} ms`, 'ETIMEDOUT')),
        req.timeoutMs,
      );
      r.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EFORBIDDEN') fail(new ForbiddenDestinationError(`refusing to contact ${e.message}`));
        else fail(new NetworkError(`${url.host}: ${e.code ?? e.message}`, e.code ?? 'ENETWORK'));
      });
      r.end(req.body);
    })) as NodeTransport;
  send.close = () => {
    agents['http:'].destroy();
    agents['https:'].destroy();
  };
  return send;
}

/** A request with a body, and every POST or PUT (0 without one, as the distribution spec asks of an upload), states its length. */
function withLength(req: HttpRequest): Record<string, string> {
  if (req.method !== 'POST' && req.method !== 'PUT' && req.body === undefined) return req.headers;
  return { ...req.headers, 'Content-Length': String(req.body?.length ?? 0) };
}

/** The answers that send a client elsewhere with a Location. */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** A redirect not followed: 'refused' (a downgrade to plain http, another scheme), 'error' (a bad Location, too many hops). */
export class RedirectError extends Error {
  readonly kind: 'refused' | 'error';
  constructor(kind: 'refused' | 'error', message: string) {
    super(message);
    this.name = 'RedirectError';
    this.kind = kind;
  }
}

/**
 * One redirect hop, checked: where it leads and the headers to send there.
 * Credentials go only to the origin the request was meant for; https never
 * falls back to plain http (loopback aside); only http(s) URLs are followed.
 */
export function redirectHop(
  current: URL,
  location: string,
  origin: string,
  headers: Record<string, string>,
  hop: number,
): { next: URL; headers: Record<string, string> } {
  if (hop >= MAX_REDIRECTS) throw new RedirectError('error', `${current.host} redirected more than ${MAX_REDIRECTS} times`);
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new RedirectError('error', `${current.host} redirected to an invalid location`);
  }
  if (current.protocol === 'https:' && next.protocol !== 'https:' && !isLoopbackHost(next.host))
    throw new RedirectError('refused', `${current.host} redirected to insecure ${next.protocol}//${next.host}; refusing`);
  if (next.protocol !== 'https:' && next.protocol !== 'http:')
    throw new RedirectError('refused', `${current.host} redirected to a ${next.protocol} URL; refusing`);
  if (next.origin === origin) return { next, headers };
  return { next, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')) };
}
