// Writes packages/core/src/validate/kube-kinds.ts from the kubernetes-models package installed:
// each Kubernetes kind the package models (`apiVersion/kind`, its Lists included) and the
// import() of its own module, so that a validating render loads the validators of the kinds it
// holds (a Deployment's closure is ~0.4 MB of the package's 3.5 MB) and nothing else. Runs on
// Node 24, which strips the types:
//   node scripts/node24.mjs scripts/write-kube-kinds.ts          (npm run kube-kinds)
//   node scripts/node24.mjs scripts/write-kube-kinds.ts --check  exit 1 when the file is stale
// packages/core/test/validate/kube-kinds.test.ts fails on drift too (a kubernetes-models upgrade).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KUBE_KINDS_FILE = join(root, 'packages', 'core', 'src', 'validate', 'kube-kinds.ts');

/** The package's folder and version. */
function kubernetesModels(): { dir: string; version: string } {
  const pkg = createRequire(join(root, 'packages', 'core', 'package.json')).resolve('kubernetes-models/package.json');
  return { dir: dirname(pkg), version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version };
}

/** Each modelled kind (`apiVersion/kind`) and its module's path in the package (`apps/v1/Deployment`), by key. */
export function kubeKinds(dir = kubernetesModels().dir): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_schemas' && e.name !== 'node_modules') walk(p);
        continue;
      }
      if (!e.name.endsWith('.js') || e.name === 'index.js') continue;
      const text = readFileSync(p, 'utf8');
      const apiVersion = /static\{this\.apiVersion="([^"]+)"\}/.exec(text)?.[1];
      const kind = /static\{this\.kind="([^"]+)"\}/.exec(text)?.[1];
      if (!apiVersion || !kind) continue;
      const key = `${apiVersion}/${kind}`;
      const path = relative(dir, p).split(sep).join('/').replace(/\.js$/, '');
      if (out.has(key)) throw new Error(`kubernetes-models models ${key} twice: ${out.get(key)} and ${path}`);
      out.set(key, path);
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The text of kube-kinds.ts for the package installed, as prettier writes it. */
export async function renderKubeKinds(): Promise<string> {
  const { dir, version } = kubernetesModels();
  const kinds = kubeKinds(dir);
  const text = [
    `// Written by scripts/write-kube-kinds.ts (npm run kube-kinds) from kubernetes-models ${version}: do not edit.`,
    '// Each Kubernetes kind the package models, by `apiVersion/kind`, and the import() of its own module: a',
    "// validating render loads the kinds it holds, each once, and the bundle keeps each kind's validators in",
    '// chunks of their own.',
    '',
    "/** A kind's module: the model class it exports, whose prototype carries the kind's validate. */",
    'export type KindModule = Record<string, unknown>;',
    '',
    `/** The ${kinds.size} kinds of kubernetes-models ${version}. */`,
    'export const KUBE_KINDS: ReadonlyMap<string, () => Promise<KindModule>> = new Map<string, () => Promise<KindModule>>([',
    ...[...kinds].map(([key, path]) => `  ['${key}', () => import('kubernetes-models/${path}')],`),
    ']);',
    '',
  ].join('\n');
  return format(text, { ...(await resolveConfig(KUBE_KINDS_FILE)), filepath: KUBE_KINDS_FILE });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderKubeKinds();
  let now = '';
  try {
    now = readFileSync(KUBE_KINDS_FILE, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (now !== text) {
      console.error(`${relative(root, KUBE_KINDS_FILE)} is stale: run npm run kube-kinds`);
      process.exit(1);
    }
  } else if (now !== text) writeFileSync(KUBE_KINDS_FILE, text);
}
