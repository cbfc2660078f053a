import { parseConfigText, verifyFor, verifyOptOut } from '../../src/config/config.ts';
import { effectiveConfig } from '../../src/config/effective.ts';
import { UserError } from '../../src/errors.ts';

// The verify: block: top level or per service (replacing it), the issuer defaulted, `{}` turning it off,
// and the schema's refusals named at their line.

const FILE = '.github/lockstep.yml';

describe('verify: in the config', () => {
  const text = [
    'verify:',
    '  keys: [.github/cosign.pub]',
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    '  web:',
    '    image: ghcr.io/acme/web',
    '    verify:',
    '      attestation: { trusted-root: .github/root.jsonl, identity: "https://github.com/acme/web/.github/workflows/build.yml@refs/heads/main" }',
    '  legacy: { image: ghcr.io/acme/legacy, verify: {} }',
    '',
  ].join('\n');

  test('a service takes its own block, else the top level; an empty block verifies nothing', () => {
    const c = parseConfigText(text, FILE);
    expect(verifyFor(c, 'api')).toEqual({ keys: ['.github/cosign.pub'] });
    expect(verifyFor(c, 'web')).toEqual({
      attestation: {
        trustedRoot: '.github/root.jsonl',
        issuer: 'https://token.actions.githubusercontent.com',
        identity: 'https://github.com/acme/web/.github/workflows/build.yml@refs/heads/main',
      },
    });
    expect(verifyFor(c, 'legacy')).toBeUndefined();
    expect(verifyFor(c, 'unlisted')).toEqual({ keys: ['.github/cosign.pub'] });
    expect(verifyFor(parseConfigText('services:\n  api: { image: x/y }\n', FILE), 'api')).toBeUndefined();
    // Only legacy's `{}` turns a policy off: that line is what the run names when it writes legacy unverified.
    expect(verifyOptOut(c, 'legacy')).toEqual({ file: FILE, line: 9 });
    expect(verifyOptOut(c, 'api')).toBeUndefined();
    expect(verifyOptOut(c, 'web')).toBeUndefined();
  });

  test('lockstep config shows the blocks in the file’s key names, the issuer filled in', () => {
    const out = effectiveConfig(parseConfigText(text, FILE));
    expect(out.verify).toEqual({ keys: ['.github/cosign.pub'] });
    expect((out.services as Record<string, Record<string, unknown>>).web.verify).toEqual({
      attestation: {
        'trusted-root': '.github/root.jsonl',
        issuer: 'https://token.actions.githubusercontent.com',
        identity: 'https://github.com/acme/web/.github/workflows/build.yml@refs/heads/main',
      },
    });
  });

  test.each([
    ['verify:\n  key: [a.pub]\n', "unknown key 'verify.key'", 2],
    [
      'verify:\n  keys: []\n',
      "'verify.keys' is [], which must NOT have fewer than 1 items: cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them",
      2,
    ],
    ['verify:\n  attestation: { identity: x }\n', "'verify.attestation' needs key 'trusted-root'", 2],
    ['services:\n  api: { image: x/y }\nverify: {}\n', "'verify' is empty: it verifies nothing, and unsigned images would be written", 3],
    [
      'verify:\n',
      "'verify' is null, which must be object: What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass",
      1,
    ],
    [
      'services:\n  api:\n    image: x/y\n    verify: {}\n',
      "'services.api.verify' is empty and there is no top-level verify: to turn off: it verifies nothing",
      4,
    ],
  ])('%j is refused at its line', (yaml, message, line) => {
    let err: unknown;
    try {
      parseConfigText(yaml, FILE);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(message);
    expect((err as UserError).line).toBe(line);
  });
});
