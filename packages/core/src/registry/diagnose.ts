import { header, type HttpResponse } from '../http/transport.ts';
import { MEDIA_TYPES } from './manifest.ts';

/** Docker Hub's pull limit as a 429 answer describes it (any field may be missing). */
export interface PullRateLimit {
  /** Pulls allowed per window (`ratelimit-limit: 100;w=21600`). */
  limit?: number;
  /** Pulls left in the window (`ratelimit-remaining: 0;w=21600`). */
  remaining?: number;
  /** The window in seconds (`w=`). */
  windowSeconds?: number;
}

/** `100;w=21600` → { count: 100, window: 21600 }. */
function parseQuota(value: string | undefined): { count?: number; window?: number } {
  const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(value ?? '');
  return m ? { count: Number(m[1]), window: m[2] === undefined ? undefined : Number(m[2]) } : {};
}

/**
 * Docker Hub's pull limit, when a 429 answer is Docker Hub's: it carries the
 * `ratelimit-*` / `docker-ratelimit-source` headers or a `TOOMANYREQUESTS`
 * error body. Undefined for any other answer (another registry's 429 is a
 * plain retryable status).
 */
export function pullRateLimit(res: HttpResponse): PullRateLimit | undefined {
  if (res.status !== 429) return undefined;
  const limit = parseQuota(header(res, 'ratelimit-limit'));
  const remaining = parseQuota(header(res, 'ratelimit-remaining'));
  const hub =
    header(res, 'docker-ratelimit-source') !== undefined ||
    limit.count !== undefined ||
    remaining.count !== undefined ||
    /"TOOMANYREQUESTS"/.test(res.body.toString('utf8', 0, 4096));
  if (!hub) return undefined;
  return { limit: limit.count, remaining: remaining.count, windowSeconds: remaining.window ?? limit.window };
}

function duration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60}min`;
  return `${seconds}s`;
}

/**
 * The error text for Docker Hub's pull limit: what was hit, when it frees up
 * (a Retry-After, else the window), and how to get past it.
 */
export function pullRateLimitMessage(
  host: string,
  rl: PullRateLimit,
  retryAfterMs: number | undefined,
  anonymous: boolean,
): { message: string; hint: string; cliHint?: string } {
  const quota =
    rl.remaining !== undefined && rl.limit !== undefined
      ? ` (${rl.remaining} of ${rl.limit} remaining${rl.windowSeconds ? ` per ${duration(rl.windowSeconds)}` : ''})`
      : rl.windowSeconds
        ? ` (per ${duration(rl.windowSeconds)})`
        : '';
  const resets =
    retryAfterMs !== undefined
      ? `it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s`
      : rl.windowSeconds
        ? `the limit counts pulls over a rolling ${duration(rl.windowSeconds)} window, so pulls free up within ${duration(rl.windowSeconds)}`
        : 'Docker Hub did not say when the limit resets';
  const state = rl.remaining === undefined || rl.remaining === 0 ? 'is used up' : 'refused this pull';
  const message = `rate limited by ${host}: Docker Hub's pull rate limit ${state}${quota}${anonymous ? ' for anonymous pulls from this address' : ' for this account'}; ${resets}`;
  const elsewhere = 'or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry';
  if (!anonymous)
    return {
      message,
      hint: 'wait for the window to pass, use an account on a paid Docker plan, or pull through a registry mirror / copy the image to your own registry',
    };
  return {
    message,
    hint: `authenticate to Docker Hub (username/password inputs, or docker/login-action before this step): authenticated pulls have a higher limit; ${elsewhere}`,
    cliHint: `authenticate to Docker Hub (docker login, or --username with the password on --password-stdin): authenticated pulls have a higher limit; ${elsewhere}`,
  };
}

/** Amazon ECR's private registry hosts: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;

/** The AWS region of an ECR registry host, or undefined for any other host. */
export function ecrRegion(host: string): string | undefined {
  return ECR_HOST.exec(host)?.[2]?.toLowerCase();
}

/**
 * The error for ECR refusing a Basic password: ECR passwords are
 * authorization tokens that expire after 12 hours, so an old
 * `aws ecr get-login-password` output is the likely cause.
 */
export function ecrExpiredMessage(
  registry: string,
  repository: string,
  region: string,
): { message: string; hint: string; cliHint: string } {
  const role = `check the IAM role may call ecr:BatchGetImage on ${repository}`;
  return {
    message: `${registry} refused the password for ${repository}: the ECR credentials are likely expired (an ECR password from aws ecr get-login-password lasts 12 hours)`,
    hint: `get a fresh password in the same job — \`aws ecr get-login-password --region ${region}\` (or aws-actions/amazon-ecr-login) right before this step — and ${role}`,
    cliHint: `get a fresh password — \`aws ecr get-login-password --region ${region}\` piped to --password-stdin, or to docker login — and ${role}`,
  };
}

/** Docker's schema1 manifests (signed and unsigned), which lockstep does not pin. */
const SCHEMA1 = new Set([
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);

/** The four manifest media types lockstep asks for. */
const ACCEPTED = new Set<string>(Object.values(MEDIA_TYPES));

/**
 * Why a manifest answer cannot be pinned, or undefined when it can: a
 * schema1 manifest (by Content-Type or `schemaVersion: 1`), or a
 * Content-Type naming one manifest type while the body's `mediaType` names
 * another (what was hashed is not what the registry says it is). A missing or
 * generic Content-Type, or a body without `mediaType`, is not a disagreement.
 */
export function mediaTypeProblem(contentType: string | undefined, body: Buffer | undefined): string | undefined {
  if (contentType !== undefined && SCHEMA1.has(contentType))
    return `unsupported media type ${contentType} (a Docker schema1 manifest, deprecated and not content-addressable by its digest)`;
  if (body === undefined) return undefined;
  let doc: { schemaVersion?: unknown; mediaType?: unknown };
  try {
    doc = JSON.parse(body.toString('utf8')) as typeof doc;
  } catch {
    return undefined;
  }
  if (doc?.schemaVersion === 1)
    return `unsupported media type: the manifest is Docker schema1 (schemaVersion 1), deprecated and not pinned by lockstep`;
  const declared = typeof doc?.mediaType === 'string' ? doc.mediaType : undefined;
  if (declared !== undefined && SCHEMA1.has(declared)) return `unsupported media type ${declared} (a Docker schema1 manifest)`;
  if (contentType !== undefined && declared !== undefined && ACCEPTED.has(contentType) && contentType !== declared)
    return `unsupported media type: served as Content-Type ${contentType} but the manifest's mediaType is ${declared}`;
  return undefined;
}
