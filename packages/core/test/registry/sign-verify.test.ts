import { generateKeyPairSync } from 'node:crypto';
import { LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import { pushChart } from '../../src/registry/chart-push.ts';
import { RegistryClient } from '../../src/registry/client.ts';
import { signingKey } from '../../src/registry/cosign-sign.ts';
import { verifyCosignSignature } from '../../src/registry/cosign.ts';
import { nodeTransport, type NodeTransport } from '../../src/http/transport.ts';
import { parseReference } from '../../src/registry/reference.ts';

// Issue 20: what publish-chart signs, the verifier promote-env and capture-digests use accepts — the
// signer (registry/cosign-sign.ts) and the verifier (registry/cosign.ts) were written apart, so this
// round trip through a real registry is what proves they speak the same cosign format.

let reg: LocalRegistry;
let transport: NodeTransport;
beforeAll(async () => {
  reg = await LocalRegistry.start();
  transport = nodeTransport();
});
afterAll(async () => {
  transport?.close();
  await reg?.stop();
});

const pair = (kind: 'ec' | 'ed25519' | 'rsa') =>
  kind === 'ec'
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : kind === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ed25519');

test.each(['ec', 'ed25519', 'rsa'] as const)(
  'a chart pushed and signed by publish (%s) verifies with its public key, not with another',
  async (kind) => {
    const keys = pair(kind);
    const client = new RegistryClient({ transport });
    const repo = parseReference(`${reg.host}/charts-${kind}/myapp`);
    const chart = {
      name: 'myapp',
      version: '1.2.0',
      metadata: { name: 'myapp', version: '1.2.0', apiVersion: 'v2' },
      archive: Buffer.from(`chart-${kind}`),
    };
    const key = signingKey(keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const pushed = await pushChart(client, repo, chart, { dryRun: false, key });
    expect(pushed.status).toBe('pushed');
    expect(pushed.signature?.status).toBe('pushed');

    const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const ok = await verifyCosignSignature(client, repo, pushed.digest, [publicPem]);
    expect(ok.ok).toBe(true);
    const otherPem = pair(kind).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const refused = await verifyCosignSignature(client, repo, pushed.digest, [otherPem]);
    expect(refused.ok).toBe(false);
  },
);
