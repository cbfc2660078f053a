import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject, sign, webcrypto } from 'node:crypto';
// @peculiar/x509's dependency injection needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

/**
 * A test Sigstore for verification tests: a certificate authority (X.509 by
 * @peculiar/x509, never hand-built ASN.1), a transparency log key, the
 * trusted root naming both, and bundles as GitHub's artifact attestations
 * are — a v0.3 bundle holding a DSSE envelope of an in-toto statement, the
 * short-lived signing certificate (its SAN the workflow, its Fulcio issuer
 * extension the OIDC issuer) and one log entry with its signed entry
 * timestamp and inclusion proof in a one-leaf tree. Built from Sigstore's
 * published formats; only the tests use it.
 */

/** What a test attestation says: who signs it, for which digest, built from which commit. */
export interface AttestOptions {
  /** The certificate's subject alternative name (URI), e.g. the workflow path at a ref. */
  identity: string;
  issuer?: string;
  /** `sha256:<hex>` the statement's subject names. */
  subjectDigest: string;
  /** The source commit the SLSA provenance names. */
  commit?: string;
}

export interface TestSigstore {
  /** The trusted root JSON (as `gh attestation trusted-root` writes one line of). */
  trustedRoot: Record<string, unknown>;
  /** A bundle (JSON bytes) attesting `subjectDigest`, signed by a fresh certificate for `identity`. */
  attest(o: AttestOptions): Promise<Buffer>;
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const LOG_URL = 'https://rekor.lockstep.test';
const ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A fresh test CA and log, valid from an hour ago. */
export async function testSigstore(): Promise<TestSigstore> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const notBefore = new Date(Date.now() - 3600_000);
  const notAfter = new Date(Date.now() + 24 * 3600_000);
  const caKeys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=lockstep test CA, O=lockstep',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  const log = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const logDer = log.publicKey.export({ type: 'spki', format: 'der' });
  const logId = createHash('sha256').update(logDer).digest();
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: LOG_URL,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: logDer.toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start: notBefore.toISOString() },
        },
        logId: { keyId: logId.toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'lockstep', commonName: 'lockstep test CA' },
        uri: 'https://fulcio.lockstep.test',
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rawData).toString('base64') }] },
        validFor: { start: notBefore.toISOString() },
      },
    ],
    ctlogs: [],
    timestampAuthorities: [],
  };
  let serial = 2;

  async function attest(o: AttestOptions): Promise<Buffer> {
    const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: (serial++).toString(16).padStart(2, '0'),
      subject: 'O=sigstore.dev',
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: ALG,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([CODE_SIGNING]),
        new x509.SubjectAlternativeNameExtension([{ type: 'url', value: o.identity }], true),
        new x509.Extension(FULCIO_ISSUER_V1, false, Buffer.from(o.issuer ?? GITHUB_ISSUER, 'ascii')),
      ],
    });
    const signer = createPrivateKey({
      key: Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
      format: 'der',
      type: 'pkcs8',
    });
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'image', digest: { sha256: o.subjectDigest.replace(/^sha256:/, '') } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: {
            buildType: 'https://actions.github.io/buildtypes/workflow/v1',
            resolvedDependencies: o.commit
              ? [{ uri: 'git+https://github.com/acme/app@refs/heads/main', digest: { gitCommit: o.commit } }]
              : [],
          },
        },
      }),
    );
    const payloadType = 'application/vnd.in-toto+json';
    // DSSE's pre-authentication encoding, what the envelope's signature covers.
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${payloadType.length} ${payloadType} ${statement.length} `), statement]);
    const signature = sign('sha256', pae, signer);
    const certPem = leaf.toString('pem');
    const body = Buffer.from(
      JSON.stringify({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(statement).digest('hex') },
          signatures: [{ signature: signature.toString('base64'), verifier: Buffer.from(certPem).toString('base64') }],
        },
      }),
    );
    return Buffer.from(JSON.stringify(bundleJson(leaf, body, statement, payloadType, signature, log.privateKey, logId)));
  }
  return { trustedRoot, attest };
}

/** The v0.3 bundle around a signed envelope, with its log entry in a one-leaf tree (signed entry timestamp and checkpoint by the log key). */
function bundleJson(
  leaf: x509.X509Certificate,
  body: Buffer,
  statement: Buffer,
  payloadType: string,
  signature: Buffer,
  logKey: KeyObject,
  logId: Buffer,
): Record<string, unknown> {
  const integratedTime = Math.floor(Date.now() / 1000);
  // Keys in sorted order: the log signs the canonical JSON of its verification payload.
  const set = sign(
    'sha256',
    Buffer.from(JSON.stringify({ body: body.toString('base64'), integratedTime, logID: logId.toString('hex'), logIndex: 0 })),
    logKey,
  );
  const root = createHash('sha256')
    .update(Buffer.concat([Buffer.from([0]), body]))
    .digest();
  const note = `rekor.lockstep.test - 1\n1\n${root.toString('base64')}\n`;
  const noteSig = Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), logKey)]);
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: Buffer.from(leaf.rawData).toString('base64') },
      tlogEntries: [
        {
          logIndex: '0',
          logId: { keyId: logId.toString('base64') },
          kindVersion: { kind: 'dsse', version: '0.0.1' },
          integratedTime: String(integratedTime),
          inclusionPromise: { signedEntryTimestamp: set.toString('base64') },
          inclusionProof: {
            logIndex: '0',
            rootHash: root.toString('base64'),
            treeSize: '1',
            hashes: [],
            checkpoint: { envelope: `${note}\n\u2014 rekor.lockstep.test ${noteSig.toString('base64')}\n` },
          },
          canonicalizedBody: body.toString('base64'),
        },
      ],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: { payload: statement.toString('base64'), payloadType, signatures: [{ sig: signature.toString('base64'), keyid: '' }] },
  };
}
