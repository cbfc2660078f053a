import { isForbiddenHost } from '../http/hosts.ts';
import { isLoopbackHost } from '../http/host-name.ts';

/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…"`. */
export interface Challenge {
  /** Lower-cased scheme, e.g. `bearer`, `basic`. */
  scheme: string;
  /** Parameters with lower-cased names and unquoted values. */
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1) into its challenges.
 * Quoted values may hold commas, `=` and backslash escapes; several
 * challenges may share one header, separated by commas. Malformed tails are
 * dropped rather than guessed at.
 */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  if (header === undefined) return [];
  const text = Array.isArray(header) ? header.join(', ') : header;
  const out: Challenge[] = [];
  let i = 0;
  const n = text.length;
  const skipWs = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[i])) i++;
    return text.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    skipWs();
    if (text[i] === ',') {
      i++;
      continue;
    }
    const word = token();
    if (word === '') {
      // Not a token: skip one character so a stray byte cannot loop us.
      i++;
      continue;
    }
    skipWs();
    if (text[i] === '=' && current && text[i + 1] !== '=') {
      // auth-param of the current challenge
      i++;
      skipWs();
      let value = '';
      if (text[i] === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < n) i++;
          value += text[i];
          i++;
        }
        i++; // closing quote
      } else {
        value = token();
      }
      current.params[word.toLowerCase()] = value;
      continue;
    }
    if (text[i] === '=' && !current) {
      // A parameter before any scheme: malformed, stop here.
      break;
    }
    // A new challenge: scheme [token68 | params]
    current = { scheme: word.toLowerCase(), params: {} };
    out.push(current);
    skipWs();
    // token68 (e.g. `Negotiate abc==`): a token followed by '=' padding and then a comma or the end.
    const save = i;
    const t68 = /^[A-Za-z0-9\-._~+/]+=*/.exec(text.slice(i));
    if (t68) {
      const after = text.slice(i + t68[0].length).trimStart();
      if ((after === '' || after.startsWith(',')) && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+=[^=]/.test(text.slice(i))) {
        current.params.token68 = t68[0];
        i += t68[0].length;
        continue;
      }
    }
    i = save;
  }
  return out;
}

/** Picks the challenge to answer: Bearer first (registries prefer it), then Basic. */
export function chooseChallenge(challenges: Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

/**
 * Checks a Bearer token realm before anything is sent to it: an absolute
 * https URL (plain http only when both the registry and the realm are on
 * loopback, as in tests), not a link-local or metadata address. Returns the
 * URL or an explanation.
 */
export function checkRealm(realm: string | undefined, registry: string): { url: URL } | { problem: string } {
  if (!realm) return { problem: 'the Bearer challenge has no realm' };
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return { problem: `token realm '${realm}' is not an absolute URL` };
  }
  if (isForbiddenHost(url.host))
    return { problem: `token realm ${url.origin} points at a link-local or metadata address; refusing to contact it` };
  if (url.protocol === 'https:') return { url };
  if (url.protocol === 'http:' && isLoopbackHost(url.host) && isLoopbackHost(registry)) return { url };
  return { problem: `token realm ${url.origin} is not https; refusing to send credentials over ${url.protocol.replace(':', '')}` };
}
