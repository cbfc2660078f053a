// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.

/** True when the registry host is this machine (plain http is allowed there). */
export function isLoopbackHost(host: string): boolean {
  const h = stripPort(host).toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}

/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
export function stripPort(host: string): string {
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return host.slice(1, end < 0 ? undefined : end);
  }
  const c = host.lastIndexOf(':');
  return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}
