import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction } from '../harness/run-action.ts';

// A check of charts alone loads no deployer code (issue 76: the replayed PRs' check): the deployer kinds, the
// renderers and the registry client load only when the base's config names an environment. A preload records every
// chunk of the bundle the run loads (node:module's load hook); the renderer's code is known by a string only it
// holds (the environment variable Helm is run with for its cache), and the kinds' by an Application's key only they read (drySource, quoted). The same pull request under a config with an environment loads it: the test would
// see the renderer, were it loaded.

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), 'lockstep-lazy-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PRELOAD = `const { registerHooks } = require('node:module');
const { appendFileSync } = require('node:fs');
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:') && url.endsWith('.js')) appendFileSync(process.env.LOADED_LIST, url + '\\n');
    return next(url, context);
  },
});
`;

const chart = (version: string) => `apiVersion: v2\nname: api\nversion: ${version}\nappVersion: "1.0.0"\n`;
const TEMPLATE = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  port: "{{ .Values.port }}"\n';
const REPO: Files = {
  'charts/api/Chart.yaml': chart('1.0.0'),
  'charts/api/values.yaml': 'port: 80\n',
  'charts/api/templates/config.yaml': TEMPLATE,
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.3.0\n',
  'charts/web/templates/svc.yaml': 'kind: Service\n',
};

const newRepo = fixturesRemovedAfterAll();

/** The check of a pull request bumping charts/api with a template change, under `config`; what it loaded. */
async function checked(name: string, config: string | undefined) {
  const repo = newRepo({ ...REPO, ...(config ? { '.github/lockstep.yml': config } : {}) });
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: api listens on 8080', {
    'charts/api/Chart.yaml': chart('1.1.0'),
    'charts/api/templates/config.yaml': TEMPLATE.replace('port:', 'listen:'),
  });
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  const preload = join(tmp, 'preload.cjs');
  writeFileSync(preload, PRELOAD);
  const list = join(tmp, `${name}.loaded`);
  writeFileSync(list, '');
  const run = await runAction('chart-bump-check', {
    workspace: repo.dir,
    eventName: 'pull_request',
    event: { pull_request: { number: 3, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } },
    env: { NODE_OPTIONS: `--require ${preload}`, LOADED_LIST: list },
  });
  const files = readFileSync(list, 'utf8')
    .trim()
    .split('\n')
    .map((u) => fileURLToPath(u));
  return { run, chunks: files.map((f) => basename(f)), text: files.map((f) => readFileSync(f, 'utf8')).join('\n') };
}

test.each([
  ['no config', undefined],
  ['a config naming charts only', 'charts: [charts/*]\n'],
])('a check of charts alone (%s) passes without loading the deployer kinds or the renderers', async (name, config) => {
  const { run, chunks, text } = await checked(name.replace(/ /g, '-'), config);
  expect(run.code).toBe(0);
  expect(run.outputs.ok).toBe('true');
  expect(JSON.parse(run.outputs['changed-charts'])).toEqual([
    { path: 'charts/api', name: 'api', base: '1.0.0', head: '1.1.0', required: 'patch', ok: true, problems: [] },
  ]);
  // The entry and the chunks of the rules, git, YAML, SemVer and globs: more than the entry, not the renderer.
  expect(chunks).toContain('index.js');
  expect(chunks.length).toBeGreaterThan(3);
  expect(text).not.toContain('HELM_CACHE_HOME');
  expect(text).not.toContain('"drySource"');
});

test('the same pull request under a config with an environment loads the renderer', async () => {
  const { run, text } = await checked(
    'environment',
    'charts: [charts/*]\nenvironments:\n  - { name: dev, values: charts/api/values.yaml }\n',
  );
  expect(run.outputs.ok).toBe('true');
  expect(text).toContain('HELM_CACHE_HOME');
  expect(text).toContain('"drySource"');
});
