import { releaseLine } from '../../../src/deploy/flux/flux-release-line.ts';

// Issue 56: a failed render of a HelmRelease kept after other documents in its file points at the HelmRelease's
// document, not at line 1 (which is the HelmRepository's).
const REPOSITORY = [
  'apiVersion: source.toolkit.fluxcd.io/v1',
  'kind: HelmRepository',
  'metadata:',
  '  name: podinfo',
  'spec:',
  '  url: https://stefanprodan.github.io/podinfo',
];
const RELEASE = (name: string) => [
  'apiVersion: helm.toolkit.fluxcd.io/v2',
  'kind: HelmRelease',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  chart:',
  '    spec:',
  '      chart: podinfo',
  '      version: 6.5.4',
];

describe('releaseLine', () => {
  test('HelmRepository, then the HelmRelease: the first line of the HelmRelease’s document', () => {
    const text = [...REPOSITORY, '---', ...RELEASE('podinfo'), ''].join('\n');
    expect(releaseLine('apps/podinfo.yaml', text)).toBe(8);
  });

  test('a comment and a `---` before the HelmRelease: its first key’s line', () => {
    const text = ['---', ...REPOSITORY, '---', '# podinfo for staging', '', ...RELEASE('podinfo'), ''].join('\n');
    expect(releaseLine('apps/podinfo.yaml', text)).toBe(11);
  });

  test('two HelmReleases: the one `#name` names', () => {
    const text = [...RELEASE('one'), '---', ...REPOSITORY, '---', ...RELEASE('two'), ''].join('\n');
    expect(releaseLine('apps/podinfo.yaml#two', text)).toBe(18);
    expect(releaseLine('apps/podinfo.yaml#one', text)).toBe(1);
  });

  test('a file that does not parse, holds no HelmRelease or is absent: line 1', () => {
    expect(releaseLine('a.yaml', 'kind: HelmRelease\n  bad: [\n')).toBe(1);
    expect(releaseLine('a.yaml', [...REPOSITORY, ''].join('\n'))).toBe(1);
    expect(releaseLine('a.yaml', undefined)).toBe(1);
  });
});
