import { metadataPaths, proposedBranch } from '../../../src/git/hydrated.ts';
import { manifestFiles, metadataText, SecretInRender } from '../../../src/operations/hydrate/layout.ts';
import { splitObjects } from '../../../src/render/objects.ts';

const DRY = {
  sha: 'a'.repeat(40),
  author: 'Jane Developer <jane@example.com>',
  date: '2024-01-15T10:30:00Z',
  committed: '1705314600 +0000',
  subject: 'feat: add new feature',
  body: 'This commit adds a new feature.',
};

const RENDER = [
  '# Source: app/templates/svc.yaml',
  'apiVersion: v1',
  'kind: Service',
  'metadata: { name: web, namespace: prod }',
  'spec: { ports: [{ port: 80 }] }',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: { name: web }',
  'spec: { replicas: 2 }',
].join('\n');

describe('proposedBranch', () => {
  test.each([
    [{ branch: 'environment/staging' }, 'environment/staging-next'],
    [{ branch: 'environment/staging', path: 'app-a' }, 'environment/staging-next/app-a'],
    [{ branch: 'environments/prod', path: 'guestbook', 'hydrate-to': 'environments/prod-next' }, 'environments/prod-next'],
  ])('%j → %s', (h, branch) => expect(proposedBranch(h)).toBe(branch));
});

describe('metadataPaths', () => {
  test.each([
    [{ branch: 'b' }, ['hydrator.metadata']],
    [{ branch: 'b', path: 'app-a' }, ['app-a/hydrator.metadata']],
    // Argo CD's Source Hydrator writes both.
    [{ branch: 'b', path: 'app-a', 'hydrate-to': 'b-next' }, ['hydrator.metadata', 'app-a/hydrator.metadata']],
  ])('%j → %j', (h, paths) => expect(metadataPaths(h)).toEqual(paths));
});

describe('metadataText', () => {
  test("GitOps Promoter's fields, two-space JSON, one final newline", () => {
    expect(metadataText(DRY, 'https://github.com/org/repo')).toBe(
      [
        '{',
        `  "drySha": "${'a'.repeat(40)}",`,
        '  "repoURL": "https://github.com/org/repo",',
        '  "author": "Jane Developer <jane@example.com>",',
        '  "date": "2024-01-15T10:30:00Z",',
        '  "subject": "feat: add new feature",',
        '  "body": "This commit adds a new feature.",',
        '  "references": []',
        '}',
        '',
      ].join('\n'),
    );
  });
  test('no repoURL when none is known', () => expect(JSON.parse(metadataText(DRY, undefined))).not.toHaveProperty('repoURL'));
});

describe('manifestFiles', () => {
  test('manifest.yaml: objects in key order, keys sorted, whatever order the tool printed', () => {
    const text = [
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '  namespace: prod',
      'spec:',
      '  ports:',
      '    - port: 80',
      '',
    ].join('\n');
    expect(manifestFiles(splitObjects(RENDER).values(), { branch: 'b' })).toEqual({
      files: [{ path: 'manifest.yaml', content: text }],
      dropped: [],
    });
    const reversed = [...splitObjects(RENDER).values()].reverse();
    expect(manifestFiles(reversed, { branch: 'b' }).files[0].content).toBe(text);
  });

  test('objects layout under a path: one file per object, namespace first', () => {
    const { files } = manifestFiles(splitObjects(RENDER).values(), { branch: 'b', path: 'app-a', layout: 'objects' });
    expect(files.map((f) => f.path)).toEqual(['app-a/deployment-web.yaml', 'app-a/prod-service-web.yaml']);
    expect(files[0].content).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n');
  });

  test('two objects that would share a file name get their own files', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\napiVersion: example.com/v1\nkind: ConfigMap\nmetadata: { name: a }\n';
    const { files } = manifestFiles(splitObjects(text).values(), { branch: 'b', layout: 'objects' });
    expect(files.map((f) => f.path)).toEqual(['configmap-a.yaml', 'configmap-a-2.yaml']);
  });

  test('a file name made of an attacker-chosen object name stays one plain file name', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: "../../.git/hooks/x" }\n';
    const { files } = manifestFiles(splitObjects(text).values(), { branch: 'b', layout: 'objects' });
    expect(files.map((f) => f.path)).toEqual(['configmap-.._.._.git_hooks_x.yaml']);
  });

  const WITH_SECRET = `${RENDER}\n---\napiVersion: v1\nkind: Secret\nmetadata: { name: db, namespace: prod }\nstringData: { password: hunter2 }\n---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: { name: db }\nspec: { encryptedData: { password: AgBy } }\n`;

  test('a Secret is refused by default, naming it', () => {
    expect(() => manifestFiles(splitObjects(WITH_SECRET).values(), { branch: 'b' })).toThrow(new SecretInRender(['Secret prod/db']));
  });

  test('secrets: drop leaves the Secret out and says which; a SealedSecret is written as it is', () => {
    const r = manifestFiles(splitObjects(WITH_SECRET).values(), { branch: 'b', secrets: 'drop' });
    expect(r.dropped).toEqual(['Secret prod/db']);
    expect(r.files[0].content).not.toContain('hunter2');
    expect(r.files[0].content).toContain('kind: SealedSecret');
  });
});
