import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Issue 52, items 2–5: a pull request's chart rendered by the committed chart-bump-check bundle with the real Helm
// 3.17.3, written as an attacker would: Secrets hidden inside a `kind: List` (and a list inside it), a mask that a
// word list could reverse, object names that mention a team or close another repository's issue.

const WITH_HELM = `${dirname(process.env.LOCKSTEP_HELM!)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\n`;
const REPO: Files = {
  '.github/lockstep.yml':
    'charts: [charts/*]\nenvironments:\n  - { name: dev, values: envs/dev.yaml }\n  - { name: prod, values: envs/prod.yaml }\n',
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': 'password: ""\nuser: ""\n',
  'charts/myapp/templates/secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: db',
    'data:',
    '  password: {{ .Values.password | b64enc | quote }}',
    '  user: {{ .Values.user | b64enc | quote }}',
    '',
  ].join('\n'),
  'envs/dev.yaml': 'password: Winter2025!\nuser: dev-admin\n',
  'envs/prod.yaml': 'password: Summer2026!\nuser: prod-admin\n',
};
const newRepo = fixturesRemovedAfterAll();

async function check(changes: Files, files: Files = REPO): Promise<ActionRun> {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change the chart', { 'charts/myapp/Chart.yaml': chart('1.5.0'), ...changes });
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
  const run = await runAction('chart-bump-check', { workspace: repo.dir, eventName: 'pull_request', event, env: { PATH: WITH_HELM } });
  if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.stderr}`);
  return run;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');
const everything = (run: ActionRun) => [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');

describe('Secrets are masked wherever they are', () => {
  test('a Secret inside a kind: List, and one inside a SecretList inside it: no value nor its base64 in any output', async () => {
    const run = await check({
      'charts/myapp/templates/list.yaml': [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: Secret',
        '    metadata: { name: listed }',
        '    stringData: { token: "listed-token-{{ .Values.user }}" }',
        '  - apiVersion: v1',
        '    kind: SecretList',
        '    items:',
        '      - apiVersion: v1',
        '        kind: Secret',
        '        metadata: { name: nested }',
        '        data: { key: {{ "nested-value-9" | b64enc | quote }} }',
        '',
      ].join('\n'),
    });
    expect(run.summary).toContain('<details><summary>added: Secret listed</summary>');
    expect(run.summary).toContain('<details><summary>added: Secret nested</summary>');
    expect(run.summary).toContain('+  token: <masked>');
    expect(run.summary).toContain('+  key: <masked>');
    for (const leak of ['listed-token', 'prod-admin', 'dev-admin', 'nested-value-9', b64('nested-value-9'), 'List'])
      expect(everything(run)).not.toContain(leak);
  });
});

describe('the mask cannot be reversed', () => {
  test('a changed password reads changed, an unchanged user unchanged; no hash of either is printed', async () => {
    const run = await check({ 'envs/prod.yaml': 'password: Autumn2026!\nuser: prod-admin\n' });
    expect(run.summary).toContain(
      [
        '<details><summary>changed: Secret db</summary>',
        '',
        '```diff',
        '@@ -1,6 +1,6 @@',
        ' apiVersion: v1',
        ' data:',
        '-  password: <masked>',
        '+  password: <changed>',
        '   user: <unchanged>',
        ' kind: Secret',
        ' metadata:',
        '```',
      ].join('\n'),
    );
    // The offline attack on the old mask: hash a word list holding the passwords (as themselves and as the base64
    // the Secret holds) with every common unkeyed hash, and look for any 12 hex digits of any of them (the old mask's length) in the output.
    const words = [...Array.from({ length: 2000 }, (_, i) => `Password${i}!`), 'Summer2026!', 'Autumn2026!', 'prod-admin'];
    const text = everything(run);
    const found: string[] = [];
    for (const word of words)
      for (const form of [word, b64(word)])
        for (const algorithm of ['sha256', 'sha1', 'md5', 'sha512'])
          for (let at = 0; at + 12 <= 32; at += 4) {
            const piece = createHash(algorithm)
              .update(form)
              .digest('hex')
              .slice(at, at + 12);
            if (text.includes(piece)) found.push(`${algorithm}(${form})[${at}]`);
          }
    expect(found).toEqual([]);
  });
});

describe('object names are inert text', () => {
  test('a name with a team mention, a user mention, a closing keyword for another repository, HTML and backticks acts nowhere', async () => {
    const name = '@acme/everyone @octocat closes evil-org/other#1 <img src=x onerror=alert(1)> `code` </summary></details>';
    const run = await check({
      'charts/myapp/templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(name)}\ndata: { a: b }\n`,
    });
    // Inside a fenced code block (the object's diff) nothing is read as a mention, a keyword or HTML; everywhere else it must be inert.
    const summary = run.summary.replace(/^```diff\n[\s\S]*?^```$/gm, '');
    expect(summary).toContain(
      '<details><summary>added: ConfigMap @\u200dacme/everyone @\u200doctocat c\u200dloses evil-org/other#1 &lt;img src=x onerror=alert(1)&gt; `code` &lt;/summary&gt;&lt;/details&gt;</summary>',
    );
    for (const live of ['@acme/everyone', '@octocat', 'closes evil-org/other#1', '<img', '</summary></details>'])
      expect(summary).not.toContain(live);
  });
});

describe('helm runs under a memory bound', () => {
  test('a template doubling a string 26 times is stopped past the check bound of 512 MiB and said; the bumped chart still passes', async () => {
    // One environment: the after side's two renders grow at once (1 GiB of the machine at most).
    const files = { ...REPO, '.github/lockstep.yml': 'charts: [charts/*]\nenvironments:\n  - { name: dev, values: envs/dev.yaml }\n' };
    const started = Date.now();
    const run = await check(
      {
        'charts/myapp/templates/grow.yaml':
          '{{- $s := "xxxxxxxxxxxxxxxx" }}{{- range until 26 }}{{- $s = repeat 2 $s }}{{- end }}\n# {{ len $s }}\n',
      },
      files,
    );
    expect(run.summary).toContain(
      '- dev: the chart does not render after the change: helm template was stopped past the memory bound of 512 MiB (a template that grows without end)\n',
    );
    // Before the 30 s time limit of the check: the memory bound stopped it.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 90_000);
});
