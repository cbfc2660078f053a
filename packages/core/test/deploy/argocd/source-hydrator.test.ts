import { drySourceAsSource, readSourceHydrator, withSourceHydrator } from '../../../src/deploy/argocd/source-hydrator.ts';
import { UserError } from '../../../src/errors.ts';

const APP = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata:',
  '  name: prod-guestbook',
  'spec:',
  '  destination:',
  '    namespace: prod',
  '  sourceHydrator:',
  '    drySource:',
  '      repoURL: https://github.com/acme/monorepo',
  '      path: charts/guestbook',
  '      targetRevision: HEAD',
  '    syncSource:',
  '      targetBranch: environments/prod',
  '      path: guestbook-prod',
  '    hydrateTo:',
  '      targetBranch: environments/prod-next',
  '',
].join('\n');

function refusal(text: string): { message: string; line?: number } {
  try {
    readSourceHydrator(text, 'apps/prod.yaml', undefined);
  } catch (err) {
    if (err instanceof UserError) return { message: err.message, line: err.line };
    throw err;
  }
  throw new Error('not refused');
}

describe('readSourceHydrator', () => {
  test('syncSource and hydrateTo read; an Application without sourceHydrator is none', () => {
    expect(readSourceHydrator(APP, 'apps/prod.yaml', undefined)).toEqual({
      targetBranch: 'environments/prod',
      path: 'guestbook-prod',
      hydrateTo: 'environments/prod-next',
      file: 'apps/prod.yaml',
      writtenLine: 17,
    });
    // Without hydrateTo the branch written is syncSource's (line 14); a drySource revision other than HEAD is kept.
    expect(
      readSourceHydrator(
        APP.replace(/ {4}hydrateTo:\n.*\n/, '').replace('targetRevision: HEAD', 'targetRevision: main'),
        'apps/prod.yaml',
        undefined,
      ),
    ).toEqual({
      targetBranch: 'environments/prod',
      path: 'guestbook-prod',
      dryRevision: 'main',
      file: 'apps/prod.yaml',
      writtenLine: 14,
    });
    expect(readSourceHydrator('kind: Application\nspec:\n  source:\n    path: charts/x\n', 'a.yaml', undefined)).toBeUndefined();
  });

  test.each([
    [
      'a folder out of the branch',
      '      path: guestbook-prod',
      '      path: ../../etc',
      15,
      'spec.sourceHydrator.syncSource.path is "../../etc", not a plain folder (not the root)',
    ],
    [
      'the root',
      '      path: guestbook-prod',
      '      path: .',
      15,
      'spec.sourceHydrator.syncSource.path is ".", not a plain folder (not the root)',
    ],
    [
      'an option for a branch',
      '      targetBranch: environments/prod\n',
      '      targetBranch: --upload-pack=evil\n',
      14,
      'spec.sourceHydrator.syncSource.targetBranch is "--upload-pack=evil", not a plain branch name',
    ],
    [
      'a mapping for a branch',
      '      targetBranch: environments/prod-next',
      '      targetBranch: { a: 1 }',
      17,
      'spec.sourceHydrator.hydrateTo.targetBranch is {"a":1}, not a plain branch name',
    ],
    ['no targetBranch', '      targetBranch: environments/prod\n', '', 14, 'spec.sourceHydrator.syncSource.targetBranch is missing'],
  ])('refuses %s at its line', (_what, from, to, line, message) => {
    expect(refusal(APP.replace(from, to))).toEqual({ message, line });
  });

  test('the named Application among several', () => {
    const other = APP.replace('prod-guestbook', 'other').replace(/environments\/prod/g, 'environments/other');
    expect(readSourceHydrator(`${other}---\n${APP}`, 'a.yaml', 'prod-guestbook')?.targetBranch).toBe('environments/prod');
  });
});

describe('withSourceHydrator', () => {
  const s = { targetBranch: 'environments/prod', path: 'guestbook-prod' };
  test("what the config leaves out taken from the Application; Argo CD writes syncSource's branch without hydrateTo", () => {
    expect(withSourceHydrator({}, s)).toEqual({ branch: 'environments/prod', path: 'guestbook-prod', 'hydrate-to': 'environments/prod' });
    expect(withSourceHydrator({ layout: 'objects', path: 'mine' }, { ...s, hydrateTo: 'environments/prod-next' })).toEqual({
      branch: 'environments/prod',
      path: 'mine',
      'hydrate-to': 'environments/prod-next',
      layout: 'objects',
    });
  });
});

describe('drySourceAsSource', () => {
  test('drySource becomes spec.source for the render; an Application with a source is left as it is', () => {
    const out = drySourceAsSource(APP, undefined);
    expect(out).toContain(
      '  source:\n    repoURL: https://github.com/acme/monorepo\n    path: charts/guestbook\n    targetRevision: HEAD\n',
    );
    const plain = 'kind: Application\nspec:\n  source:\n    path: charts/x\n';
    expect(drySourceAsSource(plain, undefined)).toBe(plain);
  });
});
