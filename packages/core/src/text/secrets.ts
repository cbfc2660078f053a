// Light on purpose: the failure path of every action and the CLI's output load it, not the GitHub client.

/** Every encoding of `secret` that could leak through a message: raw, URL-encoded, base64 (also as Basic credentials). */
export function secretForms(secret: string): string[] {
  if (!secret) return [];
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const forms = [
    secret,
    encodeURIComponent(secret),
    b64(secret),
    Buffer.from(secret, 'utf8').toString('base64url'),
    b64(`x-access-token:${secret}`),
    b64(`:${secret}`),
  ];
  // Base64 of a longer text holding the secret shares no fixed substring, but
  // padding-stripped forms do appear inside other encodings.
  return [...new Set(forms.flatMap((f) => [f, f.replace(/=+$/, '')]).filter((f) => f.length >= 4))].sort((a, b) => b.length - a.length);
}

/** Replaces every known form of each secret in `text` with `***`. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of [...secrets].flatMap(secretForms)) out = out.split(s).join('***');
  return out;
}
