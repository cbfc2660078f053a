import { STATUS_CODES } from 'node:http';
import {
  CutOffError,
  header,
  type HttpMethod,
  type HttpResponse,
  NetworkError,
  REDIRECTS,
  redirectHop,
  type Transport,
} from '../http/transport.ts';

// Octokit calls fetch(url, { method, headers, body, redirect, signal }) and
// reads status, statusText, url, headers (get and iteration), text() and
// arrayBuffer() of the answer. Node's own fetch is undici: its first request
// compiles the llhttp WebAssembly parser, which V8 then tiers up to TurboFan
// in the background (~15 MB of a 500-service promotion's peak, measured),
// and loading it costs start-up time. This adapter gives Octokit the same
// exchange over node:http, through the registry client's transport: one
// keep-alive agent per protocol, HTTP(S)_PROXY/NO_PROXY through Node's own
// agent support, a whole-exchange timeout and body caps.

/** A GitHub API answer larger than this fails while it is read (the largest lockstep reads, a page of 100 pull requests, is ~1 MB). */
const GITHUB_MAX_BYTES = 64 * 1024 * 1024;
/** The same for an error answer. */
const GITHUB_MAX_ERROR_BYTES = 4 * 1024 * 1024;

const METHODS: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** What Octokit passes as fetch's second argument and this reads (no signal is ever passed; redirects are always followed). */
interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * The part of fetch's Response Octokit's request reads, over a whole body
 * already in hand — or none, when the connection dropped after the head:
 * then reading the body fails, as fetch's does, and Octokit sees an empty
 * reply (the client's reply checks call it cut off).
 */
class TransportResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null; [Symbol.iterator](): IterableIterator<[string, string]> };
  readonly body = null;
  readonly status: number;
  readonly url: string;
  readonly redirected: boolean;
  private readonly bytes: Buffer | undefined;
  constructor(status: number, url: string, redirected: boolean, headers: HttpResponse['headers'], bytes: Buffer | undefined) {
    this.status = status;
    this.url = url;
    this.redirected = redirected;
    this.bytes = bytes;
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    // fetch's Headers: lower-case names, repeated fields joined with ", ".
    const fields = new Map<string, string>();
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) fields.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    this.headers = { get: (name) => fields.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => fields.entries() };
  }
  private whole(): Buffer {
    if (this.bytes === undefined) throw new TypeError(`the answer from ${new URL(this.url).host} was cut off`);
    return this.bytes;
  }
  /** UTF-8, a leading byte-order mark dropped, as fetch's text() decodes. */
  text(): Promise<string> {
    return Promise.resolve().then(() => new TextDecoder().decode(this.whole()));
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve().then(() => new Uint8Array(this.whole()).buffer);
  }
}

function bodyBytes(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('lockstep sends GitHub only string or byte bodies');
}

/** An answer fetch would refuse to build (a status outside 200–599) is a failure to get one. */
function checked(response: TransportResponse): TransportResponse {
  if (response.status < 200 || response.status > 599)
    throw new NetworkError(`${new URL(response.url).host}: answered with status ${response.status}`, 'EBADSTATUS');
  return response;
}

/**
 * A fetch for Octokit over a Transport. Redirects are followed as fetch
 * follows them (303, and 301/302 after a POST, continue as a GET without the
 * body), with the registry client's checks: Authorization only to the
 * origin asked, no https → http downgrade, at most five hops.
 */
export function transportFetch(transport: Transport, timeoutMs: number): typeof fetch {
  const send = async (input: unknown, init: FetchInit = {}): Promise<TransportResponse> => {
    const url = String(input);
    let method = (init.method ?? 'GET').toUpperCase();
    if (!METHODS.has(method)) throw new TypeError(`lockstep does not send ${method} requests`);
    let headers = { ...init.headers };
    let body = bodyBytes(init.body);
    let current = new URL(url);
    const origin = current.origin;
    for (let hop = 0; ; hop++) {
      let answer: HttpResponse;
      let whole = true;
      try {
        answer = await transport({
          method: method as HttpMethod,
          url: current.href,
          headers,
          ...(body ? { body } : {}),
          maxBytes: GITHUB_MAX_BYTES,
          maxErrorBytes: GITHUB_MAX_ERROR_BYTES,
          timeoutMs,
        });
      } catch (e) {
        if (!(e instanceof CutOffError)) throw e;
        answer = { status: e.status, headers: e.headers, body: Buffer.alloc(0) };
        whole = false;
      }
      const location = header(answer, 'location');
      if (!REDIRECTS.has(answer.status) || location === undefined)
        return checked(new TransportResponse(answer.status, current.href, hop > 0, answer.headers, whole ? answer.body : undefined));
      let next: URL;
      ({ next, headers } = redirectHop(current, location, origin, headers, hop));
      if (answer.status === 303 ? method !== 'HEAD' : (answer.status === 301 || answer.status === 302) && method === 'POST') {
        method = 'GET';
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
      }
      current = next;
    }
  };
  return send as unknown as typeof fetch;
}
