import { UserError } from '../../src/errors.ts';
import {
  formatApplicationImage,
  overlayImages,
  overlayPin,
  overlayProblems,
  parseApplicationImage,
  readOverlayImages,
  setOverlayPins,
  type OverlayTarget,
} from '../../src/kustomize/overlay.ts';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

const OVERLAY = [
  '# prod overlay',
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - ../../base',
  'images:',
  '  - name: ghcr.io/acme/api   # the public API',
  "    newTag: '1.7.3'",
  `    digest: ${D1}`,
  '  - name: ghcr.io/acme/worker',
  '    newTag: "0.9.0"',
  '',
].join('\n');

/** Promotes one service's image to `target` in `text` (a kustomization or an Argo CD Application). */
function promote(text: string, image: string, target: OverlayTarget, file = 'deploy/overlays/prod/kustomization.yaml'): string {
  const images = readOverlayImages(text, file);
  return setOverlayPins(text, images, [{ image, pin: overlayPin(images, image, 'svc'), target }]);
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('no UserError');
}

describe('overlayImages', () => {
  test('the images: entries as written, and an Argo CD Application’s strings parsed', () => {
    expect(overlayImages(OVERLAY)).toEqual([
      { name: 'ghcr.io/acme/api', newTag: '1.7.3', digest: D1 },
      { name: 'ghcr.io/acme/worker', newTag: '0.9.0' },
    ]);
    const app = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: { name: myapp-prod }',
      'spec:',
      '  source:',
      '    path: deploy/overlays/prod',
      '    kustomize:',
      '      images:',
      `        - ghcr.io/acme/api=mirror.example.com/acme/api:1.7.3@${D1}`,
      `        - ghcr.io/acme/worker:0.9.0`,
      '',
    ].join('\n');
    expect(overlayImages(app, 'apps/prod.yaml')).toEqual([
      { name: 'ghcr.io/acme/api', newName: 'mirror.example.com/acme/api', newTag: '1.7.3', digest: D1 },
      { name: 'ghcr.io/acme/worker', newTag: '0.9.0' },
    ]);
  });

  test.each([
    ['name=newName:tag@digest', `a/b=reg:5000/c/d:1.2@${D1}`, { name: 'a/b', newName: 'reg:5000/c/d', newTag: '1.2', digest: D1 }],
    ['name:tag@digest', `reg:5000/c/d:1.2@${D1}`, { name: 'reg:5000/c/d', newTag: '1.2', digest: D1 }],
    ['name@digest', `c/d@${D1}`, { name: 'c/d', digest: D1 }],
    ['name with a port, no tag', 'reg:5000/c/d', { name: 'reg:5000/c/d' }],
  ])('Argo CD string %s', (_, text, parsed) => {
    expect(parseApplicationImage(text)).toEqual(parsed);
    expect(formatApplicationImage(parsed, text.includes('='))).toBe(text);
  });
});

describe('overlayPin: which entry is the service’s', () => {
  const images = (lines: string[]) => readOverlayImages(['images:', ...lines, ''].join('\n'), 'k.yaml');
  test.each([
    ['by name', ['  - name: ghcr.io/acme/api', '    newTag: "1"'], 'ghcr.io/acme/api:latest', 2],
    ['by newName', ['  - name: api', '    newName: ghcr.io/acme/api', '    newTag: "1"'], 'ghcr.io/acme/api', 2],
    ['docker.io spelled two ways', ['  - name: nginx', '    newTag: "1.27"'], 'docker.io/library/nginx', 2],
    ['moved registry: same last segment', ['  - name: old.example.com/team/api', '    newTag: "1"'], 'ghcr.io/acme/api', 2],
    ['an exact name beats a last-segment one', ['  - name: old.example.com/x/api', '  - name: ghcr.io/acme/api'], 'ghcr.io/acme/api', 3],
  ])('%s', (_, lines, image, line) => {
    expect(overlayPin(images(lines), image, 'api').line).toBe(line);
  });

  test('no entry: none, at the list’s line', () => {
    const pin = overlayPin(images(['  - name: ghcr.io/acme/worker']), 'ghcr.io/acme/api', 'api');
    expect(pin).toEqual({ file: 'k.yaml', line: 1 });
  });

  test('two entries of the same last segment: an error naming both lines', () => {
    const e = userError(() =>
      overlayPin(images(['  - name: a.example.com/x/api', '  - name: b.example.com/y/api']), 'ghcr.io/acme/api', 'api'),
    );
    expect(e.format()).toBe(
      'k.yaml:3: api: two entries fit the image ghcr.io/acme/api: a.example.com/x/api (line 2) and b.example.com/y/api (line 3) — keep one entry for ghcr.io/acme/api, or name it exactly in name:',
    );
  });
});

describe('setOverlayPins: byte-minimal edits', () => {
  test.each<[string, string, string, OverlayTarget, string]>([
    [
      'tag and digest of an entry, its comment and quoting kept',
      OVERLAY,
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'ghcr.io/acme/api' },
      OVERLAY.replace("newTag: '1.7.3'", "newTag: '1.8.0'").replace(D1, D2),
    ],
    [
      'a digest created after newTag in the entry’s indentation',
      OVERLAY,
      'ghcr.io/acme/worker',
      { tag: '0.9.1', digest: D2, repository: 'ghcr.io/acme/worker' },
      OVERLAY.replace('    newTag: "0.9.0"\n', `    newTag: "0.9.1"\n    digest: ${D2}\n`),
    ],
    [
      'a moved image: newName written with the digest',
      OVERLAY,
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'registry.example.com/acme/api' },
      OVERLAY.replace(
        "  - name: ghcr.io/acme/api   # the public API\n    newTag: '1.7.3'",
        "  - name: ghcr.io/acme/api   # the public API\n    newName: registry.example.com/acme/api\n    newTag: '1.8.0'",
      ).replace(D1, D2),
    ],
    [
      'a tag-only target empties the old digest',
      OVERLAY,
      'ghcr.io/acme/api',
      { tag: '1.8.0' },
      OVERLAY.replace("newTag: '1.7.3'", "newTag: '1.8.0'").replace(`digest: ${D1}`, 'digest: ""'),
    ],
    [
      'an entry appended when the service has none',
      OVERLAY,
      'ghcr.io/acme/cron',
      { tag: '2.0.0', digest: D2, repository: 'ghcr.io/acme/cron' },
      `${OVERLAY}  - name: ghcr.io/acme/cron\n    newTag: "2.0.0"\n    digest: ${D2}\n`,
    ],
    [
      'images: created at the end when the overlay has none (no final newline)',
      'resources:\n  - ../../base',
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'ghcr.io/acme/api' },
      `resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "1.8.0"\n    digest: ${D2}\n`,
    ],
    [
      'an empty images: [] replaced by the list, CRLF kept',
      'resources:\r\n  - ../../base\r\nimages: []\r\nnamespace: prod\r\n',
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'ghcr.io/acme/api' },
      `resources:\r\n  - ../../base\r\nimages:\r\n  - name: ghcr.io/acme/api\r\n    newTag: "1.8.0"\r\n    digest: ${D2}\r\nnamespace: prod\r\n`,
    ],
    [
      'an indented list keeps its indentation when appended to',
      'images:\n- name: ghcr.io/acme/worker\n  newTag: "1"\nnamespace: prod\n',
      'ghcr.io/acme/api',
      { tag: '2', digest: D2, repository: 'ghcr.io/acme/api' },
      `images:\n- name: ghcr.io/acme/worker\n  newTag: "1"\n- name: ghcr.io/acme/api\n  newTag: "2"\n  digest: ${D2}\nnamespace: prod\n`,
    ],
  ])('%s', (_, before, image, target, after) => {
    expect(promote(before, image, target)).toBe(after);
  });

  const APP = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: myapp-prod',
    'spec:',
    '  source:',
    '    path: deploy/overlays/prod',
    '    kustomize:',
    '      images:',
    `        - "ghcr.io/acme/api:1.7.3@${D1}"   # api`,
    '        - ghcr.io/acme/worker=mirror.example.com/acme/worker:0.9.0',
    '',
  ].join('\n');

  test.each<[string, string, OverlayTarget, string]>([
    [
      'a string rewritten in place, quoted as it was',
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'ghcr.io/acme/api' },
      APP.replace(`ghcr.io/acme/api:1.7.3@${D1}`, `ghcr.io/acme/api:1.8.0@${D2}`),
    ],
    [
      'name= kept, the digest added',
      'ghcr.io/acme/worker',
      { tag: '0.9.1', digest: D2, repository: 'mirror.example.com/acme/worker' },
      APP.replace('mirror.example.com/acme/worker:0.9.0', `mirror.example.com/acme/worker:0.9.1@${D2}`),
    ],
    [
      'a moved image gains name=',
      'ghcr.io/acme/api',
      { tag: '1.8.0', digest: D2, repository: 'registry.example.com/acme/api' },
      APP.replace(`ghcr.io/acme/api:1.7.3@${D1}`, `ghcr.io/acme/api=registry.example.com/acme/api:1.8.0@${D2}`),
    ],
    [
      'a string appended',
      'ghcr.io/acme/cron',
      { tag: '2.0.0', digest: D2, repository: 'ghcr.io/acme/cron' },
      `${APP}        - ghcr.io/acme/cron:2.0.0@${D2}\n`,
    ],
  ])('Argo CD Application: %s', (_, image, target, after) => {
    expect(promote(APP, image, target, 'apps/prod.yaml')).toBe(after);
  });
});

describe('bad overlays: file:line', () => {
  test.each([
    ['not YAML', 'images:\n  - name: [a\n', 'k.yaml:3: invalid YAML'],
    ['images not a list', 'resources: []\nimages:\n  name: ghcr.io/acme/api\n', 'k.yaml:2: images is not a list'],
    [
      'two entries for one image',
      'images:\n  - name: ghcr.io/acme/api\n    newTag: "1"\n  - name: ghcr.io/acme/api\n    newTag: "2"\n',
      'k.yaml:4: two entries for the image ghcr.io/acme/api (lines 2 and 4)',
    ],
    ['an entry without a name', 'images:\n  - newTag: "1"\n', 'k.yaml:2: images[0] is not an entry with a name'],
    [
      'another kind of file',
      'apiVersion: v1\nkind: ConfigMap\n',
      'k.yaml:2: the file is a ConfigMap, not a Kustomization or an Argo CD Application',
    ],
  ])('%s', (_, text, start) => {
    expect(userError(() => readOverlayImages(text, 'k.yaml')).format()).toMatch(
      new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});

describe('overlayProblems: protected rules', () => {
  test('an entry without a sha256 digest, and one tagged latest, each at its line', () => {
    const text = [
      'images:',
      '  - name: ghcr.io/acme/api',
      '    newTag: latest',
      `    digest: ${D1}`,
      '  - name: ghcr.io/acme/worker',
      '    newTag: "1.0"',
      '',
    ].join('\n');
    expect(overlayProblems(readOverlayImages(text, 'p.yaml')).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'p.yaml:2: ghcr.io/acme/api uses the tag latest in a protected environment',
      'p.yaml:5: ghcr.io/acme/worker is not pinned by a sha256 digest in a protected environment',
    ]);
  });
});
