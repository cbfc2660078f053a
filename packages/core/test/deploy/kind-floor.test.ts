import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * How an environment is deployed is read in one place: deploy/ (kind.ts picks the kind's module, which answers
 * for it). Outside deploy/ and config/ (which reads the config file into those keys), no code reads which of
 * the keys naming a deployer an environment gives (kustomization, application, helmrelease, fluxKustomization,
 * ocirepository), nor a Deployment's kind: it asks the Deployment (its files, build, release, chartPin,
 * application, renderer, render). An environment is any value whose type has a name and the keys naming
 * deployers (the config's EnvironmentConfig, promote's PromoteEnvironment and RoutedEnvironment, deploy's
 * DeployedEnvironment), found by the type checker, not by spelling.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const KIND_KEYS = new Set(['kustomization', 'application', 'helmrelease', 'fluxKustomization', 'ocirepository', 'flux-kustomization']);

/** Where `program`'s files pass `inside` and read an environment's deployer keys or a Deployment's kind: `file:line .key`. */
function kindReads(program: ts.Program, inside: (file: string) => boolean): string[] {
  const checker = program.getTypeChecker();
  const out: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !inside(source.fileName)) continue;
    const visit = (node: ts.Node) => {
      const key = ts.isPropertyAccessExpression(node)
        ? node.name
        : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)
          ? node.argumentExpression
          : undefined;
      if (key && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
        const has = (k: string) => type.getProperty(k) !== undefined;
        const environment = has('name') && has('kustomization') && has('helmrelease');
        const deployment = has('kind') && has('renderer') && has('pinKey') && has('render');
        if ((environment && KIND_KEYS.has(key.text)) || (deployment && key.text === 'kind')) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          out.push(`${relative(SRC, source.fileName)}:${line} .${key.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * Where `program`'s files passing `inside` branch on a Deployment's kind through what only some kinds have: its
 * `release` (a Flux HelmRelease), its chart pin's `by` (who pins the version). (Its `build`, the path kustomize
 * builds, is gone: what asked it asks the kind which tool renders it, `renderer`, and builds its `pinPath`.)
 * Each as `file .key`, once per read.
 */
function kindProxies(program: ts.Program, inside: (file: string) => boolean): string[] {
  const checker = program.getTypeChecker();
  const out: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !inside(source.fileName)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
        const has = (k: string) => type.getProperty(k) !== undefined;
        const deployment = has('kind') && has('renderer') && has('pinKey') && has('render');
        const pin = has('by') && has('revision') && has('file');
        const key = node.name.text;
        if ((deployment && key === 'release') || (pin && key === 'by')) out.push(`${relative(SRC, source.fileName)} .${key}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort();
}

/**
 * The source files a program of this file parsed, by name: a later program (the same files and one more) takes them
 * as they are, as the language service shares its files between programs, instead of parsing every file again.
 */
const parsed = new Map<string, ts.SourceFile>();

/** Every .ts file of packages/core/src as one program (the repository's compiler options). */
function coreProgram(extra: string[] = []): ts.Program {
  const root = join(SRC, '..', '..', '..');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const known = parsed.get(fileName);
    if (known) return known;
    const file = read(fileName, languageVersion, onError, shouldCreate);
    if (file) parsed.set(fileName, file);
    return file;
  };
  return ts.createProgram([...config.fileNames.filter((f) => f.startsWith(SRC)), ...extra], config.options, host);
}

const outsideFloor = (file: string) =>
  file.startsWith(SRC + '/') && !file.startsWith(join(SRC, 'deploy') + '/') && !file.startsWith(join(SRC, 'config') + '/');

describe('the deployer kinds are one floor (deploy/)', () => {
  const program = coreProgram();

  it('no code outside deploy/ and config/ reads which deployer keys an environment gives, or a Deployment’s kind', () => {
    expect(kindReads(program, outsideFloor)).toEqual([]);
  });

  // Code outside the floor asks the kind a question of its own (as values-drift asks setValues and metrics asks
  // inputs), never what only some kinds have: the last such read (render-ahead's `chartPin.by`) went with issue 72.
  it('nothing outside deploy/ reads a Deployment’s release or its chart pin’s by', () => {
    expect(kindProxies(program, outsideFloor)).toEqual([]);
  });

  it('finds a read of each kind key from an environment type, an element access, and a Deployment’s kind; not a same-named key of another type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kind-floor-'));
    try {
      const file = join(dir, 'breaks.ts');
      const src = (p: string) => JSON.stringify(join(SRC, p));
      writeFileSync(
        file,
        [
          `import type { EnvironmentConfig } from ${src('config/config.ts')};`,
          `import type { PromoteEnvironment } from ${src('promote/request.ts')};`,
          `import { deploymentOf } from ${src('deploy/kind.ts')};`,
          `export const a = (e: EnvironmentConfig) => e.kustomization ?? e.fluxKustomization;`,
          `export const b = (e: PromoteEnvironment | undefined) => e?.application !== undefined && e['helmrelease'];`,
          `export const c = (e: EnvironmentConfig) => deploymentOf(e)?.kind === 'overlay' || e.ocirepository;`,
          `export const d = (o: { application?: string; kind: string }) => o.application ?? o.kind;`,
          `export const f = (e: EnvironmentConfig) => deploymentOf(e)?.application?.file;`,
          `export const g = (e: EnvironmentConfig) => deploymentOf(e)?.release ?? deploymentOf(e)?.chartPin?.by;`,
          `export const h = (o: { build?: string; by?: string; release?: string }) => o.build ?? o.by ?? o.release;`,
          '',
        ].join('\n'),
      );
      const reads = kindReads(coreProgram([file]), (f) => f === file).map((r) => r.replace(/^.*breaks\.ts/, 'breaks.ts'));
      expect(reads).toEqual([
        'breaks.ts:4 .kustomization',
        'breaks.ts:4 .fluxKustomization',
        'breaks.ts:5 .application',
        'breaks.ts:5 .helmrelease',
        'breaks.ts:6 .kind',
        'breaks.ts:6 .ocirepository',
      ]);
      const proxies = kindProxies(coreProgram([file]), (f) => f === file).map((r) => r.replace(/^.*breaks\.ts/, 'breaks.ts'));
      expect(proxies).toEqual(['breaks.ts .by', 'breaks.ts .release']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
