// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.

/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
export function privateKeyLabel(text: string): string | undefined {
  for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g)) if (/PRIVATE KEY/.test(m[1])) return m[1];
  return undefined;
}
