import type { HttpRequest, HttpResponse, Transport } from '../src/http/transport.ts';

/** A registry answer for a fake transport (header names lower-cased, as the real transport gives them). */
export function res(status: number, headers: Record<string, string> = {}, body: Buffer | string = ''): HttpResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: lower, body: Buffer.from(body) };
}

/** Answers the n-th request (1-based) with `route`, keeping every request in `seen`. */
export type Route = (req: HttpRequest, n: number) => HttpResponse | Promise<HttpResponse>;

/** A transport that records each request and answers it through `route`. */
export function fakeTransport(route: Route): Transport & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const t = (async (req: HttpRequest) => {
    seen.push(req);
    return route(req, seen.length);
  }) as Transport & { seen: HttpRequest[] };
  t.seen = seen;
  return t;
}
