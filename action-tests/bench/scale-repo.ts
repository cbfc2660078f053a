/**
 * The large platform team's monorepo (issue 46), built with git fast-import:
 * `services` services, each with its chart under charts/<name> and its image
 * pinned by tag and digest in three environments' values files, `commits`
 * Conventional Commits on main, a release (`chore(release): X.Y.Z`, tag
 * vX.Y.Z) every `every` commits whose CHANGELOG.md section lists every feat
 * and fix of the cycle as `lockstep release` writes it (newest on top), and
 * staging one release ahead of prod for every service.
 *
 *   S: 20,000 commits, 300 services;   L: 100,000 commits, 1,000 services
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { quietRepo } from './quiet-repo.ts';

export interface ScaleShape {
  commits: number;
  services: number;
  /** Commits per release cycle. */
  every: number;
}

export const SHAPES = {
  S: { commits: 20_000, services: 300, every: 200 },
  L: { commits: 100_000, services: 1_000, every: 200 },
} satisfies Record<string, ScaleShape>;

export const svc = (i: number): string => `svc-${String(i).padStart(4, '0')}`;
const digestOf = (name: string, version: string) => `sha256:${createHash('sha256').update(`${name}@${version}`).digest('hex')}`;
const VERBS = ['handle', 'keep', 'skip', 'retry', 'cache', 'drop', 'trim', 'sort'];
const THINGS = ['an empty page', 'the filter', 'stale tokens', 'large uploads', 'the retry budget', 'unicode names', 'slow peers'];

/** The release version of cycle `k` (1-based): 1.k.0. */
export const releaseOf = (k: number): string => `1.${k}.0`;

/** The values file of one environment: every service pinned to `version` by tag and digest. */
export function scaleValues(env: string, services: number, version: string): string {
  const out = [`# ${env}: one image pin per service (written by lockstep promote)`, 'services:'];
  for (let i = 0; i < services; i++) {
    const name = svc(i);
    out.push(
      `  ${name}:`,
      '    image:',
      `      repository: registry.example.com/acme/${name}`,
      `      tag: v${version}`,
      `      digest: ${digestOf(name, version)}`,
      '    replicas: 2',
    );
  }
  return `${out.join('\n')}\n`;
}

/** The config: every service with its image and values key, every chart, three environments. */
export function scaleConfig(services: number): string {
  const out = ['tag-prefix: v', 'charts: [charts/*]', 'services:'];
  for (let i = 0; i < services; i++)
    out.push(`  ${svc(i)}: { image: registry.example.com/acme/${svc(i)}, values-key: services.${svc(i)}.image }`);
  out.push(
    'environments:',
    '  - { name: dev, values: environments/dev/values.yaml, auto-merge: true }',
    '  - { name: staging, values: environments/staging/values.yaml }',
    '  - { name: prod, values: environments/prod/values.yaml }',
    '',
  );
  return out.join('\n');
}

/**
 * Writes the repository into `dir` (a new folder). Returns the last two
 * releases: staging runs `latest`, prod `previous`. The stream goes to git
 * fast-import as it is made: at L the changelog blobs alone are ~750 MB.
 */
export async function buildScaleRepo(dir: string, shape: ScaleShape): Promise<{ latest: string; previous: string }> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', maxBuffer: 1 << 28 });
  mkdirSync(dir, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  quietRepo(dir);
  let seed = 46;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const importer = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  importer.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(importer, 'close');
  let chunks: string[] = [];
  let pending = 0;
  /** Hands what is made so far to fast-import, waiting while its pipe is full. */
  const flush = async () => {
    if (!importer.stdin.write(`${chunks.join('\n')}\n`)) await once(importer.stdin, 'drain');
    chunks = [];
    pending = 0;
  };
  let mark = 0;
  let time = 1_700_000_000;
  const who = () => `dev <dev@example.com> ${(time += 60)} +0000`;
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}`;
  const commit = (subject: string, files: Record<string, string>, from?: number) => {
    chunks.push('commit refs/heads/main', `mark :${++mark}`, `author ${who()}`, `committer ${who()}`, data(subject));
    if (from !== undefined) chunks.push(`from :${from}`);
    for (const [path, text] of Object.entries(files)) {
      chunks.push(`M 100644 inline ${path}`, data(text));
      pending += text.length;
    }
    return mark;
  };
  // The initial import: charts, config, values at 1.0.0 and an empty changelog.
  const initial: Record<string, string> = {
    '.github/lockstep.yml': scaleConfig(shape.services),
    '.version': '1.0.0\n',
    'CHANGELOG.md': '# Changelog\n',
  };
  for (let i = 0; i < shape.services; i++) {
    initial[`charts/${svc(i)}/Chart.yaml`] = `apiVersion: v2\nname: ${svc(i)}\nversion: 0.1.0\nappVersion: "1.0.0"\n`;
    initial[`charts/${svc(i)}/values.yaml`] = `image:\n  repository: registry.example.com/acme/${svc(i)}\n  tag: v1.0.0\n`;
    initial[`services/${svc(i)}/main.txt`] = '0\n';
  }
  for (const env of ['dev', 'staging', 'prod']) initial[`environments/${env}/values.yaml`] = scaleValues(env, shape.services, '1.0.0');
  let tip = commit('chore: initial import', initial);
  chunks.push('tag v1.0.0', `from :${tip}`, `tagger ${who()}`, data('v1.0.0'));
  // Sections newest first, as lockstep release writes them.
  const sections: string[] = [];
  let feats: string[] = [];
  let fixes: string[] = [];
  let cycle = 0;
  for (let n = 1; n < shape.commits; n++) {
    if (n % shape.every === 0) {
      cycle++;
      const v = releaseOf(cycle);
      const prev = cycle === 1 ? '1.0.0' : releaseOf(cycle - 1);
      const parts = [`## [${v}](https://github.com/acme/platform/compare/v${prev}...v${v}) (2026-01-01)`];
      if (feats.length) parts.push('', '### Features', '', ...feats);
      if (fixes.length) parts.push('', '### Bug Fixes', '', ...fixes);
      sections.unshift(`${parts.join('\n')}\n`);
      tip = commit(`chore(release): ${v}`, { '.version': `${v}\n`, 'CHANGELOG.md': `# Changelog\n\n${sections.join('\n')}` }, tip);
      chunks.push(`tag v${v}`, `from :${tip}`, `tagger ${who()}`, data(`v${v}`));
      if (pending > 1 << 22) await flush();
      feats = [];
      fixes = [];
      continue;
    }
    const scope = svc(Math.floor(rnd() * shape.services));
    const kind = rnd() < 0.5 ? 'feat' : rnd() < 0.6 ? 'fix' : 'chore';
    const subject = `${kind}(${scope}): ${pick(VERBS)} ${pick(THINGS)}`;
    tip = commit(subject, { [`services/${scope}/main.txt`]: `${n}\n` }, tip);
    const entry = `* **${scope}:** ${subject.slice(subject.indexOf(': ') + 2)} (#${1000 + n})`;
    if (kind === 'feat') feats.push(entry);
    else if (kind === 'fix') fixes.push(entry);
  }
  const latest = releaseOf(cycle);
  const previous = releaseOf(cycle - 1);
  commit(
    `chore(deploy): staging runs ${latest}, prod ${previous}`,
    {
      'environments/dev/values.yaml': scaleValues('dev', shape.services, latest),
      'environments/staging/values.yaml': scaleValues('staging', shape.services, latest),
      'environments/prod/values.yaml': scaleValues('prod', shape.services, previous),
    },
    tip,
  );
  await flush();
  importer.stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`git fast-import failed: ${stderr.trim().split('\n').slice(0, 5).join(' / ')}`);
  git('reset', '--quiet', '--hard', 'main');
  return { latest, previous };
}

/** What the generated history depends on: a cached repository is reused only while this is unchanged. */
export function scaleKey(shape: ScaleShape): string {
  return createHash('sha256')
    .update([buildScaleRepo, scaleValues, scaleConfig, JSON.stringify(shape)].map(String).join('\n'))
    .digest('hex')
    .slice(0, 12);
}
