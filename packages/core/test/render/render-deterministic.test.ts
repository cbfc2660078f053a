// The non-determinism re-render skipped where the chart cannot render two texts (render/deterministic.ts): the
// names read in templates, helpers, subchart folders and packaged subcharts (packed by the real Helm), in values
// and --set values where a template calls tpl; and, with the real Helm 3.17.3 and 4.1.4, a chart that uses
// randAlphaNum, one whose packaged subchart uses genCA, and one whose values string goes through tpl still render
// a second time and say their non-deterministic values, while a chart that names none renders each side once.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_IGNORE, type CompareOptions } from '../../src/render/compare.ts';
import { fixedRender } from '../../src/render/deterministic.ts';
import { renderEnvironment, Renderer, type RenderSide } from '../../src/render/render.ts';
import { countLine } from '../../src/render/report.ts';

const HELMS: [string, string][] = [
  ['Helm 3', process.env.LOCKSTEP_HELM!],
  ['Helm 4', process.env.LOCKSTEP_HELM4!],
];
const defaults: CompareOptions = { ignore: DEFAULT_IGNORE.map((r) => new RegExp(r)), summarize: [], ignoreDifferences: [] };

const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: {{ .Values.mode | default "a" | quote }}\n';

function chart(extra: Record<string, string> = {}): Map<string, string> {
  return new Map(
    Object.entries({
      'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
      'values.yaml': 'mode: a\n',
      'templates/configmap.yaml': CONFIGMAP,
      ...extra,
    }),
  );
}

const side = (files: Map<string, string>, values: string[] = [], set?: RenderSide['set']): RenderSide => ({
  chart: { files },
  release: 'app',
  namespace: 'prod',
  values,
  ...(set ? { set } : {}),
});

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lockstep-fixed-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `files` under a new folder and packs it with the real Helm: the .tgz's bytes. */
function helmPackage(name: string, files: Record<string, string>): Buffer {
  const dir = mkdtempSync(join(tmp, 'chart-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name, p)), { recursive: true });
    writeFileSync(join(dir, name, p), t);
  }
  execFileSync(process.env.LOCKSTEP_HELM!, ['package', join(dir, name), '--destination', dir], {
    env: { PATH: process.env.PATH, HOME: dir },
    stdio: 'pipe',
  });
  return readFileSync(join(dir, `${name}-1.0.0.tgz`));
}

/** A parent chart holding `sub` packaged (charts/sub-1.0.0.tgz), itself packaged: the .tgz an OCI registry serves. */
function umbrella(subTemplate: string): Buffer {
  const sub = helmPackage('sub', {
    'Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 1.0.0\n',
    'templates/secret.yaml': subTemplate,
  });
  const dir = mkdtempSync(join(tmp, 'parent-'));
  mkdirSync(join(dir, 'parent', 'charts'), { recursive: true });
  writeFileSync(join(dir, 'parent', 'charts', 'sub-1.0.0.tgz'), sub);
  writeFileSync(
    join(dir, 'parent', 'Chart.yaml'),
    'apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 1.0.0\n',
  );
  mkdirSync(join(dir, 'parent', 'templates'));
  writeFileSync(join(dir, 'parent', 'templates', 'configmap.yaml'), CONFIGMAP);
  execFileSync(process.env.LOCKSTEP_HELM!, ['package', join(dir, 'parent'), '--destination', dir], {
    env: { PATH: process.env.PATH, HOME: dir },
    stdio: 'pipe',
  });
  return readFileSync(join(dir, 'parent-1.0.0.tgz'));
}

const GEN_CA =
  '{{- $ca := genCA "app-ca" 365 }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ca\ndata:\n  tls.crt: {{ $ca.Cert | b64enc | quote }}\n';
const PLAIN_SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ca\ndata:\n  tls.crt: {{ "fixed" | b64enc | quote }}\n';

describe('which charts render one text (fixedRender)', () => {
  test('a chart naming none of the functions: fixed; a name inside a longer word is no call', async () => {
    expect(await fixedRender(side(chart()))).toBe(true);
    const words = chart({
      'templates/words.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: words\ndata:\n  a: {{ .Values.dateFormat | default "nowhere" | quote }}\n  b: {{ .Values.lookupTable | default "shuffled" | quote }}\n',
    });
    expect(await fixedRender(side(words))).toBe(true);
  });

  test.each([
    ['a template', 'templates/token.yaml', 'data:\n  token: {{ randAlphaNum 8 }}\n'],
    ['_helpers.tpl', 'templates/_helpers.tpl', '{{- define "app.id" -}}{{ uuidv4 }}{{- end -}}\n'],
    ['a subchart folder', 'charts/db/templates/cert.yaml', '{{- $c := genSelfSignedCert "db" nil nil 365 }}\n'],
    ['a comment (read as a call: the re-render stays)', 'templates/notes.yaml', '{{/* now is not called */}}\n'],
    ['a time read through a pipe', 'templates/at.yaml', 'at: {{ now | date "2006-01-02" }}\n'],
    ['a DNS lookup', 'templates/ip.yaml', 'ip: {{ getHostByName "example.com" }}\n'],
  ])('a name in %s: not fixed', async (_where, path, text) => {
    expect(await fixedRender(side(chart({ [path]: text })))).toBe(false);
  });

  test('values and --set values are read only where a template calls tpl; with tpl, every file of the chart too', async () => {
    const random = ['mode: "{{ randAlphaNum 8 }}"\n'];
    // No template evaluates a string: the values text is data, printed as it is.
    expect(await fixedRender(side(chart(), random))).toBe(true);
    const tpl = chart({ 'templates/configmap.yaml': CONFIGMAP.replace('.Values.mode | default "a"', 'tpl .Values.mode .') });
    expect(await fixedRender(side(tpl, ['mode: b\n']))).toBe(true);
    expect(await fixedRender(side(tpl, random))).toBe(false);
    expect(await fixedRender(side(tpl, [], [{ name: 'mode', value: '{{ now }}' }]))).toBe(false);
    // A file tpl may read through .Files.
    expect(await fixedRender(side(new Map([...tpl, ['files/banner.txt', 'built {{ htpasswd "a" "b" }}\n']])))).toBe(false);
  });

  test('a packaged subchart kept among a folder chart`s files cannot be searched: not fixed', async () => {
    expect(await fixedRender(side(chart({ 'charts/db-1.0.0.tgz': '\u001f\u008b binary' })))).toBe(false);
  });

  test('a packaged chart (Helm-packed) is read with its packaged subcharts; one that does not unpack is not fixed', async () => {
    const packed = (tgz: Buffer): RenderSide => ({ chart: { tgz }, release: 'app', namespace: 'prod', values: [] });
    expect(await fixedRender(packed(umbrella(PLAIN_SECRET)))).toBe(true);
    expect(await fixedRender(packed(umbrella(GEN_CA)))).toBe(false);
    expect(await fixedRender(packed(Buffer.from('not gzip')))).toBe(false);
    expect(await fixedRender(packed(gzipSync(Buffer.from('not a tar archive, only text that ends early'))))).toBe(false);
  });
});

describe.each(HELMS)('the second render with the real %s', (_major, helm) => {
  test('a chart that names none: before and after render once each, the diff as before', async () => {
    const r = new Renderer(helm);
    const env = await renderEnvironment(r, 'prod', side(chart(), ['mode: a\n']), side(chart(), ['mode: b\n']), defaults);
    expect(r.runs).toBe(2);
    expect(countLine(env)).toBe('1 changed, 0 added, 0 removed in prod');
  });

  test('a chart whose packaged subchart uses genCA: rendered again, the certificate ignored as non-deterministic', async () => {
    const tgz = umbrella(GEN_CA);
    const r = new Renderer(helm);
    const env = await renderEnvironment(
      r,
      'prod',
      { chart: { tgz }, release: 'app', namespace: 'prod', values: ['mode: a\n'] },
      { chart: { tgz }, release: 'app', namespace: 'prod', values: ['mode: b\n'] },
      defaults,
    );
    expect(r.runs).toBe(3);
    expect(countLine(env)).toBe(
      '1 changed, 0 added, 0 removed in prod; 1 non-deterministic value ignored (it differs between two renders of the same input: randAlphaNum, genCA, now…)',
    );
  });

  test('a values string holding {{ randAlphaNum 8 }} passed through tpl: rendered again, the value ignored', async () => {
    const tpl = chart({
      'templates/token.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: token\ndata:\n  token: {{ tpl .Values.token . | quote }}\n',
    });
    const r = new Renderer(helm);
    const env = await renderEnvironment(
      r,
      'prod',
      side(tpl, ['mode: a\ntoken: "{{ randAlphaNum 8 }}"\n']),
      side(tpl, ['mode: b\ntoken: "{{ randAlphaNum 8 }}"\n']),
      defaults,
    );
    expect(r.runs).toBe(3);
    expect(countLine(env)).toBe(
      '1 changed, 0 added, 0 removed in prod; 1 non-deterministic value ignored (it differs between two renders of the same input: randAlphaNum, genCA, now…)',
    );
  });
});
