import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The smallest Node program that does the core of chart-bump-check, bundled
 * by ncc as the action is: the event's base and head, `git diff --name-only`,
 * the changed chart folders by a picomatch glob, their base and head
 * Chart.yaml through one `git cat-file --batch`, parsed by the yaml library
 * (with line counting, as any check that reports file:line must) and compared
 * by semver, one output line. No config, no rules beyond "the version went
 * up", no summary. Its time, beside the floor's, tells how much of the 2×
 * budget Node, the libraries the project must use and two git processes
 * take before any of lockstep's own rules run. Built with the same yaml,
 * semver and picomatch packages the core bundles (resolved from
 * packages/core), into `dir`; returns the bundle's path.
 */
export async function buildMinimalCheck(dir: string): Promise<string> {
  const core = createRequire(join(import.meta.dirname, '..', '..', 'packages', 'core', 'package.json'));
  const lib = (name: string) => JSON.stringify(core.resolve(name));
  const src = join(dir, 'minimal-check-src', 'index.mjs');
  mkdirSync(dirname(src), { recursive: true });
  writeFileSync(
    src,
    `import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from ${lib('yaml')};
import semver from ${lib('semver')};
import picomatch from ${lib('picomatch')};
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const base = event.pull_request.base.sha;
const head = event.pull_request.head.sha;
const git = (args, input) =>
  new Promise((resolve, reject) => {
    const child = spawn('git', args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error('git ' + args[0] + ' exited ' + code))));
    child.stdin.end(input ?? '');
  });
const inChart = picomatch('charts/*/**');
const names = (await git(['diff', '--name-only', '-z', base + '...' + head])).toString('utf8').split('\\0').filter(Boolean);
const charts = [...new Set(names.filter((n) => inChart(n)).map((n) => n.split('/').slice(0, 2).join('/')))];
const objects = await git(['cat-file', '--batch'], charts.flatMap((c) => [base + ':' + c + '/Chart.yaml', head + ':' + c + '/Chart.yaml']).join('\\n') + '\\n');
const texts = [];
for (let at = 0; at < objects.length; ) {
  const nl = objects.indexOf(10, at);
  const header = objects.subarray(at, nl).toString('utf8').split(' ');
  if (header[1] === 'missing') { texts.push(''); at = nl + 1; continue; }
  const size = Number(header[2]);
  texts.push(objects.subarray(nl + 1, nl + 1 + size).toString('utf8'));
  at = nl + 2 + size;
}
const version = (text) => {
  const doc = parseDocument(text, { lineCounter: new LineCounter() });
  const v = doc.get('version');
  return semver.valid(typeof v === 'string' ? v : undefined) ?? '0.0.0';
};
const results = charts.map((chart, i) => ({ chart, ok: semver.gt(version(texts[2 * i + 1]), version(texts[2 * i])) }));
appendFileSync(process.env.GITHUB_OUTPUT, 'ok=' + results.every((r) => r.ok) + '\\n');
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
`,
  );
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as (
    entry: string,
    options: Record<string, unknown>,
  ) => Promise<{ code: string }>;
  const { code } = await ncc(src, { cache: false, quiet: true, target: 'es2022', sourceMapRegister: false });
  const out = join(dir, 'minimal-check');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(join(out, 'index.js'), code);
  return join(out, 'index.js');
}
