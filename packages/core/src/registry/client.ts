import { checkRealm, chooseChallenge, type Challenge, parseChallenges } from './challenge.ts';
import type { Credentials } from './docker-config.ts';
import { UserError, type Words } from '../errors.ts';
import { ecrExpiredMessage, ecrRegion, mediaTypeProblem, type PullRateLimit, pullRateLimit, pullRateLimitMessage } from './diagnose.ts';
import {
  BodyTooLargeError,
  ForbiddenDestinationError,
  header,
  type HttpMethod,
  type HttpResponse,
  NetworkError,
  REDIRECTS,
  RedirectError,
  redirectHop,
  type Transport,
} from '../http/transport.ts';
import {
  DigestMismatchError,
  digestOf,
  isIndexMediaType,
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  formatPlatform,
  PlatformNotFoundError,
  selectPlatform,
  verifyDigest,
} from './manifest.ts';
import { type Platform } from './platform.ts';
import { formatReference, type ImageReference, isDigest, registryBaseUrl } from './reference.ts';
import { backoffDelay, type Clock, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, type RetryPolicy, systemClock } from './retry.ts';

/** Why an image could not be resolved. */
export type FailureKind =
  'not-found' | 'denied' | 'unauthenticated' | 'platform' | 'unreachable' | 'rate-limited' | 'refused' | 'mismatch' | 'invalid' | 'error';

/** A failure talking to a registry; the message never holds a credential. */
export class RegistryError extends Error {
  readonly kind: FailureKind;
  /** How to fix it, when the failure knows better than a hint chosen by its kind. */
  readonly hint?: string;
  /** The same fix from a terminal, where it differs by more than the inputs' names (no workflow step to add). */
  readonly cliHint?: string;
  constructor(kind: FailureKind, message: string, hint?: string, cliHint?: string) {
    super(message);
    this.name = 'RegistryError';
    this.kind = kind;
    if (hint !== undefined) this.hint = hint;
    if (cliHint !== undefined) this.cliHint = cliHint;
  }

  /** The failure as the user's error: `what` before the registry's message, its own hint (and a terminal's) else `fallback`. */
  asUserError(what: string, fallback: Words): UserError {
    return new UserError(`${what}: ${this.message}`, { hint: this.hint ?? fallback, cliHint: this.cliHint });
  }
}

/** Docker Hub's pull limit hit in `send`; `request` turns it into a RegistryError once it knows whether we pulled anonymously. */
class PullLimitHit extends Error {
  readonly host: string;
  readonly limit: PullRateLimit;
  readonly retryAfterMs?: number;
  constructor(host: string, limit: PullRateLimit, retryAfterMs: number | undefined) {
    super(`rate limited by ${host}`);
    this.host = host;
    this.limit = limit;
    this.retryAfterMs = retryAfterMs;
  }
}

export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
export const SMALL_BODY_MAX_BYTES = 64 * 1024;
/** Tags asked for per page of a tag list, and the pages read at most. */
const TAG_PAGE = 1000;
const TAG_PAGES = 20;

/** The next page a tag list's `Link` header names (`<path?n=…&last=…>; rel="next"`), on the registry's own origin only. */
function nextPage(link: string | string[] | undefined, base: string): string | undefined {
  const text = Array.isArray(link) ? link[0] : link;
  if (!text || !/;\s*rel="?next"?/.test(text)) return undefined;
  const open = text.indexOf('<');
  const close = text.indexOf('>', open);
  if (open < 0 || close < 0) return undefined;
  const next = new URL(text.slice(open + 1, close), base);
  return next.origin === new URL(base).origin ? next.href : undefined;
}

export interface RegistryClientOptions {
  transport: Transport;
  clock?: Clock;
  retry?: RetryPolicy;
  /** Per request, connect to last byte. */
  requestTimeoutMs?: number;
  /** For everything this client does, from its creation. */
  deadlineMs?: number;
  /** Credentials for a registry host, or undefined for anonymous access. */
  /** May be async: a Docker credential helper runs only when a registry asks for credentials. */
  credentials?: (registry: string) => Credentials | undefined | Promise<Credentials | undefined>;
  /** The API base URL of a registry (default: http for loopback hosts, https otherwise). */
  baseUrl?: (registry: string) => string;
  /** Debug lines (requests and statuses; never headers). */
  log?: (line: string) => void;
}

/** What a reference resolved to. */
export interface Resolution {
  /** The digest to record: the tag's manifest or index, or the selected platform's manifest. */
  digest: string;
  /** Media type of what `digest` names, when the registry said. */
  mediaType?: string;
  /** True when `digest` is a multi-platform index. */
  isIndex: boolean;
  /** With a platform: the index the platform's manifest was picked from. */
  indexDigest?: string;
  /** With a platform: the platform picked, e.g. `linux/arm64`. */
  platform?: string;
  /** Things the user should know that do not stop the capture. */
  warnings: string[];
}

/** One request the client authenticates: an absolute URL on the registry, and whether it writes (the push scope). */
export interface Exchange {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  push?: boolean;
  /** Largest 2xx body accepted (default MANIFEST_MAX_BYTES): a blob chunk's size when copying (registry/blob-copy.ts). */
  maxBytes?: number;
}

/** Opens a registry client: the World's `services.registry`; absent, `new RegistryClient(o)`. */
export type RegistryOpener = (o: RegistryClientOptions) => RegistryClient;

interface TokenEntry {
  token: string;
  expiresAt: number;
}

/**
 * A small OCI Distribution client: resolves tags to digests with HEAD (one
 * round trip when the registry sends Docker-Content-Digest), answers Basic
 * and Bearer challenges, caches tokens per registry and scope, retries
 * 429/5xx/network failures with backoff, follows redirects itself and drops
 * credentials when one leaves the registry's origin.
 */
export class RegistryClient {
  readonly requests: { method: string; url: string; status: number | string }[] = [];
  private readonly transport: Transport;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private readonly requestTimeoutMs: number;
  private readonly deadlineAt: number;
  private readonly deadlineMs: number;
  private readonly credentials: (registry: string) => Credentials | undefined | Promise<Credentials | undefined>;
  private readonly baseUrl: (registry: string) => string;
  private readonly log: (line: string) => void;
  /** What each registry asked for on its first 401; absent = not yet challenged. */
  private readonly challenges = new Map<string, Challenge>();
  private readonly tokens = new Map<string, Promise<TokenEntry>>();

  constructor(opts: RegistryClientOptions) {
    this.transport = opts.transport;
    this.clock = opts.clock ?? systemClock;
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 15000;
    this.deadlineMs = opts.deadlineMs ?? 120000;
    this.deadlineAt = this.clock.now() + this.deadlineMs;
    this.credentials = opts.credentials ?? (() => undefined);
    this.baseUrl = opts.baseUrl ?? registryBaseUrl;
    this.log = opts.log ?? (() => {});
  }

  /**
   * Resolves a reference to the digest to record. By default that is what
   * the tag (or pinned digest) names — the index for a multi-arch image; with
   * `platform`, it GETs the index and returns that platform's manifest.
   */
  async resolve(ref: ImageReference, platform?: Platform): Promise<Resolution> {
    const target = ref.digest ?? ref.tag ?? 'latest';
    const warnings: string[] = [];
    if (platform) {
      const res = await this.manifest(ref, 'GET', target);
      const digest = this.checkBody(ref, res, target);
      const mediaType = contentType(res) ?? bodyMediaType(res.body);
      if (!isIndexMediaType(mediaType)) {
        // A single-platform image: its config says which platform it is built for.
        const built = await this.imagePlatform(ref, res.body, target);
        if (
          built.os !== platform.os ||
          built.architecture !== platform.architecture ||
          (platform.variant !== undefined && built.variant !== platform.variant)
        )
          throw new RegistryError(
            'platform',
            `${target} is a single-platform image built for ${formatPlatform(built)}, not ${formatPlatform(platform)}`,
          );
        if (ref.digest && ref.tag) await this.compareTag(ref, digest, warnings);
        return { digest, mediaType, isIndex: false, platform: formatPlatform(built), warnings };
      }
      let sel;
      try {
        sel = selectPlatform(res.body, platform);
      } catch (e) {
        throw new RegistryError(e instanceof PlatformNotFoundError ? 'platform' : 'invalid', (e as Error).message);
      }
      if (!isDigest(sel.digest)) throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
      if (ref.digest && ref.tag) await this.compareTag(ref, digest, warnings);
      return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
    }
    const head = await this.manifest(ref, 'HEAD', target);
    let digest = header(head, 'docker-content-digest');
    let mediaType = contentType(head);
    this.checkMediaType(ref, target, mediaType, undefined);
    if (!digest || !isDigest(digest)) {
      this.log(`${formatReference(ref)}: no Docker-Content-Digest on HEAD; fetching the manifest to hash it`);
      const res = await this.manifest(ref, 'GET', target);
      digest = this.checkBody(ref, res, target);
      mediaType = contentType(res) ?? bodyMediaType(res.body);
    } else if (ref.digest && digest !== ref.digest) {
      throw new RegistryError('mismatch', `the registry answered ${digest} for the pinned digest ${ref.digest}`);
    }
    if (ref.digest && ref.tag) await this.compareTag(ref, digest, warnings);
    return { digest, mediaType, isIndex: isIndexMediaType(mediaType), warnings };
  }

  /** A manifest by tag or digest, its bytes checked against a requested digest; a RegistryError (kind not-found) when there is none. */
  async manifestAt(ref: ImageReference, target: string, accept = MANIFEST_ACCEPT): Promise<StoredManifest> {
    const res = await this.request(ref, 'manifests', 'GET', target, { Accept: accept });
    const digest = this.checkBody({ ...ref, digest: isDigest(target) ? target : undefined }, res, target);
    return { body: res.body, digest, mediaType: contentType(res) ?? bodyMediaType(res.body) };
  }

  /**
   * A manifest by tag or digest, or undefined when the registry has none
   * there (404). For the artifacts stored beside an image (signatures,
   * attestations, a chart version about to be published).
   */
  async fetchManifest(ref: ImageReference, target: string, accept = MANIFEST_ACCEPT): Promise<StoredManifest | undefined> {
    try {
      return await this.manifestAt(ref, target, accept);
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'not-found') return undefined;
      throw e;
    }
  }

  /** A blob of `ref`'s repository (at most 4 MiB), verified against its digest. */
  async fetchBlob(ref: ImageReference, digest: string, mediaType?: string): Promise<Buffer> {
    if (!isDigest(digest)) throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
    const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
    const got = digestOf(res.body, digest.slice(0, digest.indexOf(':')));
    if (got !== digest) throw new RegistryError('mismatch', `the blob served for ${digest} hashes to ${got}`);
    return res.body;
  }

  /**
   * Every tag of `ref`'s repository (`GET /v2/<name>/tags/list`), page after page as the registry's `Link: <…>;
   * rel="next"` leads (same host only), at most TAG_PAGES pages of TAG_PAGE tags: what a chart's semver range is
   * resolved against, as helm-controller and Argo CD list it.
   */
  async tags(ref: ImageReference): Promise<string[]> {
    const base = this.baseUrl(ref.registry);
    let url: string | undefined = `${base}/v2/${ref.repository}/tags/list?n=${TAG_PAGE}`;
    const tags: string[] = [];
    for (let page = 0; url !== undefined; page++) {
      if (page === TAG_PAGES)
        throw new RegistryError('invalid', `${ref.registry}/${ref.repository} lists more than ${TAG_PAGES * TAG_PAGE} tags`);
      const res = await this.exchange(ref, 'tags/list', { method: 'GET', url, headers: { Accept: 'application/json' } });
      let listed: unknown;
      try {
        listed = (JSON.parse(res.body.toString('utf8')) as { tags?: unknown } | null)?.tags;
      } catch {
        throw new RegistryError('invalid', `${ref.registry}/${ref.repository}: the tag list is not JSON`);
      }
      if (Array.isArray(listed)) tags.push(...listed.filter((t): t is string => typeof t === 'string'));
      url = nextPage(res.headers.link, base);
    }
    return tags;
  }

  /**
   * The OCI 1.1 referrers index of `digest` (`GET /v2/<name>/referrers/<digest>`),
   * or undefined when the registry has no referrers API (404): the caller
   * then reads the `sha256-<hex>` tag the OCI spec names as its fallback.
   */
  async referrers(ref: ImageReference, digest: string): Promise<Buffer | undefined> {
    try {
      const res = await this.request(ref, 'referrers', 'GET', digest, { Accept: MEDIA_TYPES.ociIndex });
      return res.body;
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'not-found') return undefined;
      throw e;
    }
  }

  /**
   * Uploads a blob unless the repository holds it already, the way the OCI
   * distribution spec's "monolithic upload" goes: POST opens an upload
   * session, one PUT to its Location with `?digest=` sends the bytes and
   * closes it. Returns the digest and whether bytes were sent.
   */
  async pushBlob(ref: ImageReference, bytes: Buffer): Promise<{ digest: string; pushed: boolean }> {
    const digest = digestOf(bytes);
    if (await this.hasBlob(ref, digest)) return { digest, pushed: false };
    const base = this.baseUrl(ref.registry);
    const opened = await this.exchange(ref, digest, {
      method: 'POST',
      url: `${base}/v2/${ref.repository}/blobs/uploads/`,
      headers: {},
      push: true,
    });
    const url = uploadUrl(header(opened, 'location'), base, ref);
    url.searchParams.set('digest', digest);
    await this.exchange(ref, digest, {
      method: 'PUT',
      url: url.toString(),
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
      push: true,
    });
    return { digest, pushed: true };
  }

  /** PUTs a manifest under a tag; returns its digest (the registry's answer must agree with the bytes sent). */
  async pushManifest(ref: ImageReference, tag: string, body: Buffer, mediaType: string): Promise<string> {
    const digest = digestOf(body);
    const res = await this.exchange(ref, tag, {
      method: 'PUT',
      url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${tag}`,
      headers: { 'Content-Type': mediaType },
      body,
      push: true,
    });
    const stated = header(res, 'docker-content-digest');
    if (stated && stated !== digest)
      throw new RegistryError('mismatch', `${refName(ref, tag)}: the registry stored the manifest as ${stated}, not ${digest}`);
    return digest;
  }

  /**
   * A GET of a URL that is no registry API (a classic Helm repository's
   * index.yaml or chart archive, registry/helm-repository.ts): redirects
   * followed as for a registry (an `authorization` given is dropped at the
   * first hop to another origin, and a challenge from there ends the request),
   * 429/5xx/network failures retried by the same policy; anonymous unless the
   * caller gives `authorization`. Any answer but 200 is a RegistryError
   * (`not-found` for 404, `unauthenticated` for 401, `denied` for 403); a body
   * over `maxBytes` is `invalid`.
   */
  async getUrl(url: string, maxBytes: number, what: string, authorization?: string): Promise<Buffer> {
    let res: HttpResponse;
    try {
      res = await this.follow('GET', url, { Accept: '*/*', ...(authorization ? { Authorization: authorization } : {}) }, maxBytes);
    } catch (e) {
      if (e instanceof PullLimitHit) throw new RegistryError('rate-limited', `${e.host} limited the pulls of ${what}`);
      throw e;
    }
    if (res.status === 200) return res.body;
    const kind = res.status === 404 ? 'not-found' : res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'denied' : 'error';
    throw new RegistryError(kind, `${what}: ${new URL(url).host} answered HTTP ${res.status}`);
  }

  /** The registry's API base URL (`http://127.0.0.1:5000`, `https://ghcr.io`). */
  apiBase(registry: string): string {
    return this.baseUrl(registry);
  }

  /**
   * One authenticated exchange on `ref`'s repository (a read, or with `push` a write under the pull,push scope),
   * retried and redirected as every other: a 2xx answer or a RegistryError. For the blob copy's upload sessions
   * and ranged reads (registry/blob-copy.ts), which need more of the protocol than the methods above speak.
   */
  authorized(ref: ImageReference, target: string, x: Exchange): Promise<HttpResponse> {
    return this.exchange(ref, target, x);
  }

  /** Whether the repository holds a blob (a HEAD; 404 is no). */
  async hasBlob(ref: ImageReference, digest: string): Promise<boolean> {
    try {
      await this.exchange(ref, digest, {
        method: 'HEAD',
        url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/blobs/${digest}`,
        headers: {},
        push: true,
      });
      return true;
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'not-found') return false;
      throw e;
    }
  }

  /** The platform a single-platform manifest's image config names (os, architecture, variant), fetched and verified. */
  private async imagePlatform(ref: ImageReference, manifestBody: Buffer, target: string): Promise<Platform> {
    const config = configDescriptor(manifestBody);
    if (!config) throw new RegistryError('invalid', `${target} is a manifest without an image config, so its platform cannot be checked`);
    const res = await this.request(ref, 'blobs', 'GET', config.digest, { Accept: config.mediaType ?? '*/*' });
    if (digestOf(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
      throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${digestOf(res.body)}`);
    let doc: { os?: unknown; architecture?: unknown; variant?: unknown };
    try {
      doc = JSON.parse(res.body.toString('utf8')) as typeof doc;
    } catch {
      throw new RegistryError('invalid', `the image config ${config.digest} of ${target} is not JSON`);
    }
    if (typeof doc?.os !== 'string' || typeof doc.architecture !== 'string')
      throw new RegistryError('invalid', `the image config ${config.digest} of ${target} names no os/architecture`);
    return {
      os: doc.os,
      architecture: doc.architecture,
      variant: typeof doc.variant === 'string' && doc.variant !== '' ? doc.variant : undefined,
    };
  }

  /** Verifies a GET's body against the header and the pinned digest; returns the body's digest. */
  private checkBody(ref: ImageReference, res: HttpResponse, target: string): string {
    this.checkMediaType(ref, target, contentType(res), res.body);
    let digest: string;
    try {
      digest = verifyDigest(res.body, header(res, 'docker-content-digest'));
    } catch (e) {
      if (e instanceof DigestMismatchError) throw new RegistryError('mismatch', `${target}: ${e.message}`);
      throw e;
    }
    if (ref.digest && digestOf(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
      throw new RegistryError('mismatch', `the manifest served for ${ref.digest} hashes to ${digest}`);
    return digest;
  }

  /** Refuses a schema1 manifest, or one served under another media type than its body declares (case 14). */
  private checkMediaType(ref: ImageReference, target: string, type: string | undefined, body: Buffer | undefined): void {
    const problem = mediaTypeProblem(type, body);
    if (!problem) return;
    const schema1 = problem.includes('schema1');
    throw new RegistryError(
      schema1 ? 'invalid' : 'mismatch',
      `${refName(ref, target)}: ${problem}`,
      schema1
        ? 'rebuild and push the image with a current docker/buildx (it writes schema2 or OCI manifests); lockstep pins only those'
        : 'the registry (or a proxy in front of it) labels the manifest with the wrong Content-Type; report it to whoever runs the registry',
    );
  }

  /** A reference with both a tag and a digest records the digest; a tag that moved on is worth a warning. */
  private async compareTag(ref: ImageReference, pinned: string, warnings: string[]): Promise<void> {
    try {
      const res = await this.manifest({ ...ref, digest: undefined }, 'HEAD', ref.tag!);
      const tagDigest = header(res, 'docker-content-digest');
      if (tagDigest && tagDigest !== pinned)
        warnings.push(`tag '${ref.tag}' now points to ${tagDigest}, not the pinned ${pinned}; recording the pinned digest`);
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'not-found')
        warnings.push(`tag '${ref.tag}' no longer exists; recording the pinned digest ${pinned}`);
      else throw e;
    }
  }

  /** A manifest request with authentication; returns a 2xx answer or throws a RegistryError. */
  private manifest(ref: ImageReference, method: 'GET' | 'HEAD', target: string): Promise<HttpResponse> {
    return this.request(ref, 'manifests', method, target, { Accept: MANIFEST_ACCEPT });
  }

  /** A manifest or blob request with authentication (the same pull scope); a 2xx answer or a RegistryError. */
  private request(
    ref: ImageReference,
    kind: 'manifests' | 'blobs' | 'referrers',
    method: 'GET' | 'HEAD',
    target: string,
    headers: Record<string, string>,
  ): Promise<HttpResponse> {
    return this.exchange(ref, target, { method, url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${kind}/${target}`, headers });
  }

  /** One authenticated exchange (a read, or with `push` a write under the pull,push scope); a 2xx answer or a RegistryError. */
  private async exchange(ref: ImageReference, target: string, x: Exchange): Promise<HttpResponse> {
    try {
      return await this.authorizedRequest(ref, target, x);
    } catch (e) {
      if (!(e instanceof PullLimitHit)) throw e;
      const { message, hint, cliHint } = pullRateLimitMessage(e.host, e.limit, e.retryAfterMs, !(await this.credentials(ref.registry)));
      throw new RegistryError('rate-limited', `${message} (${refName(ref, target)})`, hint, cliHint);
    }
  }

  private async authorizedRequest(ref: ImageReference, target: string, x: Exchange): Promise<HttpResponse> {
    const scope = `repository:${ref.repository}:${x.push ? 'pull,push' : 'pull'}`;
    let fresh = false;
    for (let round = 0; round < 4; round++) {
      const auth = await this.authorization(ref.registry, scope, fresh);
      const res = await this.follow(
        x.method,
        x.url,
        { ...x.headers, ...(auth ? { Authorization: auth } : {}) },
        x.maxBytes ?? MANIFEST_MAX_BYTES,
        x.body,
      );
      if (res.status >= 200 && res.status < 300) return res;
      if (res.status === 401) {
        const challenge = chooseChallenge(parseChallenges(res.headers['www-authenticate']));
        if (!challenge) throw new RegistryError('denied', `${ref.registry} answered 401 without a Basic or Bearer challenge`);
        this.challenges.set(ref.registry, challenge);
        if (auth === undefined) continue; // now we know what it wants
        if (challenge.scheme === 'basic') throw this.basicRejected(ref);
        if (fresh)
          throw (await this.credentials(ref.registry))
            ? new RegistryError('denied', `${ref.registry} refused access to ${ref.repository} (scope ${scope}) even with a fresh token`)
            : new RegistryError(
                'unauthenticated',
                `${ref.registry} refused anonymous access to ${ref.repository} (scope ${scope}); the repository is private or does not exist`,
              );
        fresh = true; // one re-auth: the token may have expired
        continue;
      }
      throw this.statusError(ref, target, res);
    }
    throw new RegistryError('denied', `${ref.registry} kept asking for authentication for ${scope}`);
  }

  /** Basic credentials refused; on ECR that is almost always a password older than its 12 hours. */
  private basicRejected(ref: ImageReference): RegistryError {
    const region = ecrRegion(ref.registry);
    if (region === undefined)
      return new RegistryError('denied', `${ref.registry} rejected the credentials for ${ref.repository} (Basic auth)`);
    const { message, hint, cliHint } = ecrExpiredMessage(ref.registry, ref.repository, region);
    return new RegistryError('denied', message, hint, cliHint);
  }

  private statusError(ref: ImageReference, target: string, res: HttpResponse): RegistryError {
    const detail = registryErrorDetail(res.body);
    const what = refName(ref, target);
    if (res.status === 404) return new RegistryError('not-found', `${what} not found${detail ? ` (${detail})` : ''}`);
    // ECR answers an expired password with 403 DENIED "Your authorization token has expired".
    if (res.status === 403 && ecrRegion(ref.registry) !== undefined && /expired/i.test(detail ?? res.body.toString('utf8', 0, 1024)))
      return this.basicRejected(ref);
    if (res.status === 403)
      return new RegistryError('denied', `access to ${ref.registry}/${ref.repository} denied${detail ? ` (${detail})` : ''}`);
    return new RegistryError('error', `${ref.registry} answered HTTP ${res.status} for ${what}${detail ? ` (${detail})` : ''}`);
  }

  /** The Authorization header for a registry that already challenged us, or undefined. */
  private async authorization(registry: string, scope: string, fresh: boolean): Promise<string | undefined> {
    const challenge = this.challenges.get(registry);
    if (!challenge) return undefined;
    const creds = await this.credentials(registry);
    if (challenge.scheme === 'basic') {
      if (!creds)
        throw new RegistryError('unauthenticated', `${registry} requires a username and password (Basic auth) and none were given`);
      return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    }
    const key = `${registry}\n${challenge.params.realm ?? ''}\n${scope}`;
    const cached = this.tokens.get(key);
    if (cached && !fresh) {
      const entry = await cached;
      if (entry.expiresAt > this.clock.now()) return `Bearer ${entry.token}`;
    }
    const pending = this.fetchToken(registry, challenge, scope, creds);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return `Bearer ${(await pending).token}`;
  }

  private async fetchToken(registry: string, challenge: Challenge, scope: string, creds: Credentials | undefined): Promise<TokenEntry> {
    const realm = checkRealm(challenge.params.realm, registry);
    if ('problem' in realm) throw new RegistryError('refused', `${registry}: ${realm.problem}`);
    const url = new URL(realm.url);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (creds) headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    const res = await this.follow('GET', url.toString(), headers, SMALL_BODY_MAX_BYTES);
    if (res.status === 401 || res.status === 403)
      throw new RegistryError(
        creds ? 'denied' : 'unauthenticated',
        `the token service ${url.origin} refused ${creds ? 'the credentials' : 'anonymous access'} for ${registry} (scope ${scope})`,
      );
    if (res.status < 200 || res.status >= 300)
      throw new RegistryError('error', `the token service ${url.origin} answered HTTP ${res.status} for ${registry} (scope ${scope})`);
    let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      doc = JSON.parse(res.body.toString('utf8')) as typeof doc;
    } catch {
      throw new RegistryError('error', `the token service ${url.origin} did not answer JSON`);
    }
    const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
    if (!token) throw new RegistryError('error', `the token service ${url.origin} answered without a token`);
    const lifetime = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
    // Renew a little early so a token does not expire between check and use.
    return { token, expiresAt: this.clock.now() + Math.max(1, lifetime - 10) * 1000 };
  }

  /** Follows redirects by hand; Authorization goes only to the origin it was meant for. */
  private async follow(
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    maxBytes: number,
    body?: Buffer,
  ): Promise<HttpResponse> {
    let current = new URL(url);
    const origin = current.origin;
    let h = { ...headers };
    for (let hop = 0; ; hop++) {
      const res = await this.send(method, current, h, maxBytes, body);
      const location = header(res, 'location');
      // A challenge from a host we were redirected to is not the registry's: answering it would send the
      // registry's credentials (or fetch a token with them) for another host, so it ends the request here.
      if (res.status === 401 && current.origin !== origin)
        throw new RegistryError(
          'denied',
          `${current.host} (a redirect from ${new URL(url).host}) asked for authentication; lockstep sends no credentials to another host`,
        );
      if (!REDIRECTS.has(res.status) || !location) return res;
      let next: URL;
      try {
        ({ next, headers: h } = redirectHop(current, location, origin, h, hop));
      } catch (e) {
        if (e instanceof RedirectError) throw new RegistryError(e.kind, e.message);
        throw e;
      }
      // A push that lands on another host is not in the registry that was named (and was sent there without
      // its credentials): what the registry answers there proves nothing about the tag here.
      if ((method === 'PUT' || method === 'POST') && next.origin !== origin)
        throw new RegistryError(
          'refused',
          `${current.host} redirected the ${method} to ${next.host}, another host; lockstep pushes only to the registry it was given`,
          `publish to ${next.host} directly if that is where the charts belong, or fix the registry in front of it`,
        );
      this.log(`${method} redirected from ${current.host} to ${next.host}`);
      current = next;
    }
  }

  /** One request with retries on 429/5xx/network errors, honouring Retry-After, within the deadline. */
  private async send(
    method: HttpMethod,
    url: URL,
    headers: Record<string, string>,
    maxBytes: number,
    body?: Buffer,
  ): Promise<HttpResponse> {
    const policy = this.retry;
    let lastProblem = '';
    let made = 0;
    let hubLimit: PullRateLimit | undefined;
    let hubWait: number | undefined;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      const left = this.deadlineAt - this.clock.now();
      if (left <= 0 && hubLimit) throw new PullLimitHit(url.host, hubLimit, hubWait);
      if (left <= 0)
        throw new RegistryError(
          'unreachable',
          `${url.host} unreachable: gave up after ${attempt - 1} attempts when the ${Math.round(this.deadlineMs / 1000)} s deadline passed${lastProblem ? ` (${lastProblem})` : ''}`,
        );
      let res: HttpResponse | undefined;
      let wait: number | undefined;
      made = attempt;
      try {
        res = await this.transport({
          method,
          url: url.toString(),
          headers,
          maxBytes,
          maxErrorBytes: SMALL_BODY_MAX_BYTES,
          timeoutMs: Math.min(this.requestTimeoutMs, left),
          ...(body ? { body } : {}),
        });
        this.requests.push({ method, url: url.toString(), status: res.status });
        this.log(`${method} ${url.origin}${url.pathname} → ${res.status}`);
        if (!isRetryableStatus(res.status)) return res;
        lastProblem = `HTTP ${res.status}`;
        wait = parseRetryAfter(res.headers['retry-after'], this.clock.now());
        hubLimit = pullRateLimit(res);
        hubWait = wait;
        // Docker Hub's pull limit counts over hours: without a Retry-After, retrying within seconds only fails again.
        if (hubLimit && (wait === undefined ? hubLimit.remaining === 0 : wait > policy.maxRetryAfterMs))
          throw new PullLimitHit(url.host, hubLimit, wait);
        if (wait !== undefined && wait > policy.maxRetryAfterMs)
          throw new RegistryError(
            'unreachable',
            `${url.host} answered HTTP ${res.status} and asked to retry after ${Math.round(wait / 1000)} s, longer than lockstep waits`,
          );
      } catch (e) {
        if (e instanceof RegistryError || e instanceof PullLimitHit) throw e;
        if (e instanceof ForbiddenDestinationError) throw new RegistryError('refused', e.message);
        if (e instanceof BodyTooLargeError) throw new RegistryError('invalid', e.message);
        if (!(e instanceof NetworkError)) throw e;
        hubLimit = undefined;
        this.requests.push({ method, url: url.toString(), status: e.code });
        this.log(`${method} ${url.origin}${url.pathname} → ${e.code}`);
        lastProblem = e.message;
        // A name that does not resolve is not asked again, as npm's fetch and curl do not: the resolver said the name
        // does not exist. One that could not answer now (EAI_AGAIN) is retried like any other network fault.
        if (e.code === 'ENOTFOUND') break;
      }
      if (attempt === policy.attempts) break;
      const delay = wait ?? backoffDelay(attempt, policy, this.clock.random());
      // Waiting past the deadline would only delay the same failure.
      if (this.clock.now() + delay >= this.deadlineAt) break;
      await this.clock.sleep(delay);
    }
    if (hubLimit) throw new PullLimitHit(url.host, hubLimit, hubWait);
    throw new RegistryError('unreachable', `${url.host} unreachable after ${made} attempt${made === 1 ? '' : 's'} (${lastProblem})`);
  }
}

/** A manifest as the registry holds it. */
export interface StoredManifest {
  body: Buffer;
  digest: string;
  mediaType?: string;
}

/**
 * Where an upload session continues: the POST's Location, relative or
 * absolute, on the registry's own origin (credentials never go elsewhere).
 */
export function uploadUrl(location: string | undefined, base: string, ref: ImageReference): URL {
  if (!location) throw new RegistryError('invalid', `${ref.registry} opened an upload for ${ref.repository} without a Location`);
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    throw new RegistryError('invalid', `${ref.registry} answered an upload with an invalid Location`);
  }
  if (url.origin !== new URL(base).origin)
    throw new RegistryError('refused', `${ref.registry} sent the upload to ${url.host}; lockstep sends no credentials to another host`);
  return url;
}

/** The `config` descriptor of an image manifest body, when it has a well-formed one. */
function configDescriptor(body: Buffer): { digest: string; mediaType?: string } | undefined {
  try {
    const c = (JSON.parse(body.toString('utf8')) as { config?: { digest?: unknown; mediaType?: unknown } } | null)?.config;
    if (!c || typeof c.digest !== 'string' || !isDigest(c.digest)) return undefined;
    return { digest: c.digest, mediaType: typeof c.mediaType === 'string' ? c.mediaType : undefined };
  } catch {
    return undefined;
  }
}

/** `registry/repository:tag` or `registry/repository@sha256:…`, as errors name an image. */
function refName(ref: ImageReference, target: string): string {
  return `${ref.registry}/${ref.repository}:${target}`.replace(/:(sha\d+:)/, '@$1');
}

function contentType(res: HttpResponse): string | undefined {
  return header(res, 'content-type')?.split(';')[0].trim() || undefined;
}

function bodyMediaType(body: Buffer): string | undefined {
  try {
    const mt = (JSON.parse(body.toString('utf8')) as { mediaType?: unknown } | null)?.mediaType;
    return typeof mt === 'string' ? mt : undefined;
  } catch {
    return undefined;
  }
}

/** `CODE: message` from a registry's JSON error body, shortened and flattened. */
function registryErrorDetail(body: Buffer): string | undefined {
  if (body.length === 0) return undefined;
  try {
    const first = (JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] } | null)?.errors?.[0];
    if (!first) return undefined;
    const text = [first.code, first.message].filter((s) => typeof s === 'string' && s !== '').join(': ');
    return text.replace(/[\r\n]+/g, ' ').slice(0, 200) || undefined;
  } catch {
    return undefined;
  }
}
