import { isLoopbackHost } from '../http/host-name.ts';

/**
 * Image references per the distribution grammar
 * (`[registry[:port]/]path[:tag][@digest]`), normalised the way the Docker
 * client does: a name without a registry lives on Docker Hub, and a one-part
 * Docker Hub name lives under `library/`.
 */

/** The host Docker Hub's registry API answers on. */
export const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]+))?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const DIGEST_HEX: Record<string, number> = { sha256: 64, sha512: 128 };
const MAX_NAME = 255;

/** A parsed image reference. */
export interface ImageReference {
  /** The text as given (trimmed). */
  original: string;
  /** Registry host[:port] as spoken to, e.g. `ghcr.io`, `localhost:5000`, `registry-1.docker.io`. */
  registry: string;
  /** Repository path on that registry, e.g. `acme/api`, `library/nginx`. */
  repository: string;
  /** The name as the user wrote it, without tag or digest, e.g. `nginx`, `ghcr.io/acme/api`. */
  name: string;
  tag?: string;
  digest?: string;
}

/** Thrown for a reference that does not follow the grammar; the message quotes the offending text. */
export class InvalidReference extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReference';
  }
}

/** Parses and normalises an image reference, or throws InvalidReference. */
export function parseReference(text: string): ImageReference {
  const original = text.trim();
  if (original === '') throw new InvalidReference('the image reference is empty');
  if (/\s/.test(original)) throw new InvalidReference(`'${original}' contains whitespace`);
  let rest = original;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag.length > 128) throw new InvalidReference(`tag '${tag}' is ${tag.length} characters long; at most 128 are allowed`);
    if (!TAG.test(tag))
      throw new InvalidReference(`tag '${tag}' is invalid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
  }
  if (rest === '') throw new InvalidReference(`'${original}' has no repository name`);

  let domain: string | undefined;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // The Docker client's rule: the first part is a registry when it looks like a host.
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first;
      path = rest.slice(slash + 1);
    }
  }
  if (domain !== undefined) {
    const m = DOMAIN.exec(domain);
    if (!m) throw new InvalidReference(`registry '${domain}' in '${original}' is not a valid host[:port]`);
    if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535)) throw new InvalidReference(`port in '${domain}' is out of range`);
  }
  if (path === '') throw new InvalidReference(`'${original}' has no repository path after the registry`);
  for (const part of path.split('/')) {
    if (part === '') throw new InvalidReference(`repository '${path}' has an empty path component`);
    if (part !== part.toLowerCase()) throw new InvalidReference(`repository '${path}' must be lowercase ('${part}' is not)`);
    if (!PATH_COMPONENT.test(part))
      throw new InvalidReference(
        `repository path component '${part}' is invalid (lowercase letters and digits, separated by '.', '_', '__' or '-')`,
      );
  }
  const name = rest;
  if (name.length > MAX_NAME)
    throw new InvalidReference(`repository name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);

  let registry = domain ?? DOCKER_HUB_REGISTRY;
  let repository = path;
  if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
    registry = DOCKER_HUB_REGISTRY;
    if (!repository.includes('/')) repository = `library/${repository}`;
  }
  return { original, registry, repository, name, tag, digest };
}

/** The pattern of a digest's hex part by its length, compiled once (a fleet's status checks ~60,000 digests). */
const hexPatterns = new Map<string, RegExp>();
function hexOf(length: number): RegExp {
  const key = String(length);
  let re = hexPatterns.get(key);
  if (re === undefined) hexPatterns.set(key, (re = new RegExp(`^[a-f0-9]{${length}}$`)));
  return re;
}

function checkDigest(digest: string): void {
  const m = DIGEST.exec(digest);
  if (!m) throw new InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
  const want = DIGEST_HEX[m[1]];
  if (want === undefined) throw new InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
  if (!hexOf(want).test(m[2])) throw new InvalidReference(`digest '${digest}' must have ${want} lowercase hex characters after '${m[1]}:'`);
}

/** True for a well-formed `sha256:`/`sha512:` digest. */
export function isDigest(s: string): boolean {
  try {
    checkDigest(s);
    return true;
  } catch {
    return false;
  }
}

/** The reference as registry/repository[:tag][@digest], fully qualified. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The base URL of a registry's API: http for loopback registries, https otherwise. */
export function registryBaseUrl(registry: string): string {
  return `${isLoopbackHost(registry) ? 'http' : 'https'}://${registry}`;
}

const identities = new Map<string, string | undefined>();

/** Registry and repository of an image name as the registry sees it (`nginx` = `docker.io/library/nginx`), undefined when it does not parse. */
export function imageIdentity(image: string): string | undefined {
  // Kept per name (a pure function of it): a fleet's status compares ~120,000 pins of the same few hundred images.
  if (identities.has(image)) return identities.get(image);
  let identity: string | undefined;
  try {
    const ref = parseReference(image);
    identity = `${ref.registry.toLowerCase()}/${ref.repository}`;
  } catch (e) {
    if (!(e instanceof InvalidReference)) throw e;
  }
  if (identities.size >= 4096) identities.clear();
  return identities.set(image, identity).get(image);
}

const repositories = new Map<string, string>();

/** An image name without its tag or digest: `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
export function imageRepository(image: string): string {
  // Kept per name as imageIdentity is: a fleet's status plans ~30,000 pins of the same few hundred images.
  let repository = repositories.get(image);
  if (repository !== undefined) return repository;
  repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  if (repositories.size >= 4096) repositories.clear();
  repositories.set(image, repository);
  return repository;
}
