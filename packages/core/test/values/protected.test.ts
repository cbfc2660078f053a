import { checkPinnedImages, splitReference } from '../../src/values/protected.ts';

const F = 'charts/myapp/values-prod.yaml';
const D = `sha256:${'a'.repeat(64)}`;

describe('checkPinnedImages', () => {
  test.each<[string, string, string[]]>([
    ['a pinned map', `services:\n  api:\n    image:\n      repository: ghcr.io/acme/api\n      tag: "1.7.3"\n      digest: ${D}\n`, []],
    ['a pinned string', `api:\n  image: ghcr.io/acme/api:1.7.3@${D}\n`, []],
    ['a digest-only string', `api:\n  image: ghcr.io/acme/api@${D}\n`, []],
    ['bitnami style map', `image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\n  digest: "${D}"\n`, []],
    ['a map without digest', `image:\n  repository: ghcr.io/acme/api\n  tag: 1.7.3\n`, ['2:image at image is not pinned by digest']],
    [
      'a map with tag latest',
      `image:\n  repository: ghcr.io/acme/api\n  tag: latest\n  digest: ${D}\n`,
      ['3:image at image uses the tag latest'],
    ],
    [
      'a map with an empty tag',
      `image:\n  repository: ghcr.io/acme/api\n  tag: ""\n  digest: ${D}\n`,
      ['3:image at image has an empty tag'],
    ],
    [
      'a short digest',
      `image:\n  repository: ghcr.io/acme/api\n  tag: "1"\n  digest: sha256:abc\n`,
      ['4:image at image digest sha256:abc is not a sha256 digest'],
    ],
    [
      'a string with latest and no digest',
      `worker:\n  image: ghcr.io/acme/worker:latest\n`,
      ['2:image at worker.image uses the tag latest', '2:image at worker.image is not pinned by digest'],
    ],
    ['a bare name', `sidecarImage: busybox\n`, ['1:image at sidecarImage is not pinned by digest']],
    [
      'images in a list',
      `containers:\n  - name: a\n    image: ghcr.io/acme/a:1@${D}\n  - name: b\n    image: ghcr.io/acme/b:2\n`,
      ['5:image at containers.1.image is not pinned by digest'],
    ],
    [
      'an override with only a tag under image',
      `image:\n  tag: latest\n`,
      ['2:image at image uses the tag latest', '2:image at image is not pinned by digest'],
    ],
    ['an override with tag and digest', `image:\n  tag: "1.7.3"\n  digest: ${D}\n`, []],
    ['a digest carried in the tag', `image:\n  repository: ghcr.io/acme/api\n  tag: "1.7.3@${D}"\n`, []],
    [
      'a short digest carried in the tag',
      `image:\n  repository: ghcr.io/acme/api\n  tag: 1.7.3@sha256:abc\n`,
      ['3:image at image digest sha256:abc is not a sha256 digest'],
    ],
    [
      'latest with a digest in the tag',
      `image:\n  repository: ghcr.io/acme/api\n  tag: latest@${D}\n`,
      ['3:image at image uses the tag latest'],
    ],
    [
      'an empty tag with a digest in the tag',
      `image:\n  repository: ghcr.io/acme/api\n  tag: "@${D}"\n`,
      ['3:image at image has an empty tag'],
    ],
    ['non-image keys are ignored', `git:\n  repository: https://github.com/acme/x\nimagePullSecrets: []\nreplicaCount: 2\n`, []],
  ])('%s', (_n, text, expected) => {
    expect(checkPinnedImages(text, F).map((p) => `${p.line}:${p.message}`)).toEqual(expected);
  });

  test.each([
    ['ghcr.io/acme/api:1.7.3', { name: 'ghcr.io/acme/api', tag: '1.7.3', digest: undefined, hasTagSeparator: true }],
    ['localhost:5000/api', { name: 'localhost:5000/api', digest: undefined, hasTagSeparator: false }],
    [`localhost:5000/api:1@${D}`, { name: 'localhost:5000/api', tag: '1', digest: D, hasTagSeparator: true }],
  ])('splitReference(%s)', (ref, expected) => {
    expect(splitReference(ref)).toEqual(expected);
  });
});
