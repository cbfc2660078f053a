// Property-style check of the byte-minimal editor: many generated Chart.yaml
// variants (quoting, comments, CRLF, BOM, no final newline, flow maps, indent
// widths, key orders, block-scalar annotations, both dependency list styles)
// are edited, and every line but the intended ones must stay byte-identical,
// while the result reads back (yaml, YAML 1.2) as the intended values and each
// new plain value is still a string under Helm's YAML 1.1.
import { isDeepStrictEqual } from 'node:util';
import { isScalar, parseDocument, Scalar } from 'yaml';
import { setBlockScalar, setScalars, type ScalarEdit } from '../../src/edits/yaml-edit.ts';
import { rng } from '../../../../action-tests/harness/random.ts';

/** Checks the file-level layout an edit must keep (BOM, line endings) and returns both texts without a BOM. */
function layoutProblems(before: string, after: string): { problems: string[]; beforeBody: string; afterBody: string } {
  const problems: string[] = [];
  const bom = before.startsWith('\ufeff');
  if (after.startsWith('\ufeff') !== bom) problems.push('BOM changed');
  const beforeBody = bom ? before.slice(1) : before;
  const afterBody = after.startsWith('\ufeff') ? after.slice(1) : after;
  const crlf = beforeBody.includes('\r\n');
  if (crlf && /[^\r]\n/.test(afterBody)) problems.push('a bare LF appeared in a CRLF file');
  if (!crlf && afterBody.includes('\r')) problems.push('a CR appeared in an LF file');
  return { problems, beforeBody, afterBody };
}

type Quote = 'plain' | 'single' | 'double';
const q = (v: string, s: Quote) => (s === 'single' ? `'${v}'` : s === 'double' ? `"${v}"` : v);

interface Variant {
  text: string;
  edits: ScalarEdit[];
  /** 0-based line indexes (in before) that the edits may change. */
  targets: number[];
  /** 0-based index in before after which appVersion is inserted, when it is created. */
  insertAfter?: number;
  describe: string;
}

const NEW_VALUES = ['2.0.0', '1.10', '2.0', '012', '1e3', 'yes', 'v1.2.3', '1.4.0-rc.2', '0.0.0-pr-12-abc1234', '2024.1', 'on', '1_000'];
const NEW_VERSIONS = ['1.2.4', '2.0.0', '1.3.0-rc.1'];

/**
 * The oracle, independent of the code under test: how Helm's YAML 1.1 reader
 * (go-yaml v2) takes each value written plain, fixed by hand. Non-strings:
 * floats (one dot, or an exponent), ints (leading 0 is octal, `_` separators
 * allowed), and the YAML 1.1 booleans.
 */
const YAML11_READS = {
  '2.0.0': 'string',
  '1.10': 'float 1.1',
  '2.0': 'float 2',
  '012': 'int 10 (octal)',
  '1e3': 'float 1000',
  yes: 'bool true',
  'v1.2.3': 'string',
  '1.4.0-rc.2': 'string',
  '0.0.0-pr-12-abc1234': 'string',
  '2024.1': 'float 2024.1',
  on: 'bool true',
  '1_000': 'int 1000',
  '1.2.4': 'string',
  '1.3.0-rc.1': 'string',
} as const satisfies Record<string, string>;

test('the oracle classifies every value the variants write', () => {
  expect([...NEW_VALUES, ...NEW_VERSIONS].filter((v) => !(v in YAML11_READS))).toEqual([]);
});

function generate(seed: number): Variant {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const eol = pick(['\n', '\r\n']);
  const bom = r() < 0.3;
  const finalNewline = r() < 0.7;
  const unit = pick([2, 4]);
  const pad = ' '.repeat(unit);
  const indentedDeps = r() < 0.5;
  const vq = pick<Quote>(['plain', 'single', 'double']);
  const aq = pick<Quote>(['plain', 'single', 'double']);
  const hasApp = r() < 0.75;
  const appValue = pick(['1.2.3', 'v1.2.3', '2024.05.01', 'latest']);
  const comment = () => (r() < 0.35 ? pick(['  # keep in sync', ' # x-release-please-version', '\t# tab comment']) : '');

  type Block = { key: string; lines: string[]; role?: string };
  const blocks: Block[] = [];
  blocks.push({ key: 'apiVersion', lines: [`apiVersion: v2${comment()}`] });
  blocks.push({ key: 'name', lines: [`name: ${pick(['myapp', "'my-app'", '"my.app"'])}${comment()}`] });
  blocks.push({ key: 'version', lines: [`version: ${q('1.2.3', vq)}${comment()}`], role: 'version' });
  if (hasApp)
    blocks.push({
      key: 'appVersion',
      lines: [`appVersion: ${aq === 'plain' && /^\d{4}\.\d/.test(appValue) ? `"${appValue}"` : q(appValue, aq)}${comment()}`],
      role: 'appVersion',
    });
  blocks.push({
    key: 'description',
    lines: pick([
      [`description: A Helm chart`],
      [`description: >-`, `${pad}A long folded`, `${pad}description: with colons`],
      [`description: "quoted: yes"`],
    ]),
  });
  blocks.push({ key: 'type', lines: [`type: application`] });
  if (r() < 0.5)
    blocks.push({
      key: 'keywords',
      lines: pick([
        [`keywords: [web, 'http', "proxy"]`],
        [`keywords:`, `${indentedDeps ? pad : ''}- web`, `${indentedDeps ? pad : ''}- http`],
      ]),
    });
  if (r() < 0.5)
    blocks.push({
      key: 'maintainers',
      lines: pick([
        [`maintainers: [{name: a, email: a@example.com}]`],
        [`maintainers:`, `${indentedDeps ? pad : ''}- name: Bitnami`, `${indentedDeps ? pad : ''}  url: https://github.com/bitnami/charts`],
      ]),
    });
  const nDeps = Math.floor(r() * 4);
  const depRoles: string[] = [];
  if (nDeps > 0) {
    const lines = ['dependencies:'];
    const lead = indentedDeps ? pad : '';
    for (let i = 0; i < nDeps; i++) {
      const dq = pick<Quote>(['plain', 'single', 'double']);
      const ver = pick(['1.0.0', '2.x.x', '~1.2.0', '>=1.0.0 <2.0.0']);
      const verText =
        ver.includes(' ') || ver.startsWith('>') || ver.startsWith('~') ? (dq === 'plain' ? `"${ver}"` : q(ver, dq)) : q(ver, dq);
      if (r() < 0.25) {
        lines.push(`${lead}- {name: dep${i}, version: ${verText}, repository: "file://../dep${i}"}`);
        depRoles.push(`dep${i}:${lines.length - 1}:flow`);
      } else {
        const order = r() < 0.5 ? ['name', 'version', 'repository'] : ['name', 'repository', 'condition', 'version'];
        order.forEach((k, j) => {
          const prefix = j === 0 ? `${lead}- ` : `${lead}  `;
          const value =
            k === 'name'
              ? `dep${i}`
              : k === 'version'
                ? verText
                : k === 'repository'
                  ? `oci://registry-1.docker.io/bitnamicharts`
                  : `dep${i}.enabled`;
          lines.push(`${prefix}${k}: ${value}${k === 'version' ? comment() : ''}`);
          if (k === 'version') depRoles.push(`dep${i}:${lines.length - 1}:block`);
        });
        if (r() < 0.3)
          lines.push(
            `${lead}  alias: dep${i}-alias`,
            `${lead}  import-values:`,
            `${lead}  ${indentedDeps ? pad : ''}- child: default.data`,
            `${lead}  ${indentedDeps ? pad : ''}  parent: myimports`,
          );
        if (r() < 0.3) {
          lines.push(`${lead}  tags:`);
          lines.push(`${lead}  ${indentedDeps ? pad : ''}- bitnami-common`);
        }
      }
    }
    blocks.push({ key: 'dependencies', lines, role: 'deps' });
  }
  if (r() < 0.4) blocks.push({ key: 'kubeVersion', lines: [`kubeVersion: ">=1.23.0-0"`] });
  if (r() < 0.4)
    blocks.push({
      key: 'home',
      lines: [`home: https://bitnami.com`, `icon: https://bitnami.com/assets/stacks/redis/img/redis-stack-220x234.png`],
    });
  if (r() < 0.4)
    blocks.push({
      key: 'sources',
      lines: [
        `sources:`,
        `${indentedDeps ? pad : ''}- https://github.com/bitnami/charts/tree/main/bitnami/redis`,
        '',
        `# deprecated charts are hidden`,
        `deprecated: false`,
      ],
    });
  if (r() < 0.6) {
    const ann = ['annotations:', `${pad}category: Infrastructure`];
    if (r() < 0.3)
      ann.push(
        `${pad}"artifacthub.io/license": Apache-2.0`,
        `${pad}artifacthub.io/links: |`,
        `${pad}${pad}- name: Chart Source`,
        `${pad}${pad}  url: https://github.com/x/y`,
      );
    if (r() < 0.7) ann.push(`${pad}artifacthub.io/changes: |`, `${pad}${pad}- kind: changed`, `${pad}${pad}  description: "Update: x"`);
    if (r() < 0.5)
      ann.push(`${pad}artifacthub.io/images: |`, `${pad}${pad}- name: app`, `${pad}${pad}  image: docker.io/bitnami/app:1.2.3`, '');
    if (r() < 0.5) ann.push(`${pad}licenses: Apache-2.0`);
    blocks.push({ key: 'annotations', lines: ann });
  }
  // Shuffle every key but keep it a valid mapping.
  for (let i = blocks.length - 1; i > 0; i--) {
    if (r() < 0.4) {
      const j = Math.floor(r() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
  }
  const all: string[] = [];
  if (r() < 0.5) all.push('# Copyright Broadcom, Inc. All Rights Reserved.', '# SPDX-License-Identifier: APACHE-2.0', '');
  if (r() < 0.2) all.push('---');
  const targets: number[] = [];
  const edits: ScalarEdit[] = [];
  let versionLine = -1;
  const newVersion = pick(NEW_VERSIONS);
  const newApp = pick(NEW_VALUES);
  const depEdits: ScalarEdit[] = [];
  for (const b of blocks) {
    const start = all.length;
    all.push(...b.lines);
    if (b.role === 'version') {
      versionLine = start;
      targets.push(start);
    }
    if (b.role === 'appVersion') targets.push(start);
    if (b.role === 'deps') {
      depRoles.forEach((d, i) => {
        const [, line] = d.split(':');
        if (r() < 0.6) {
          depEdits.push({ path: ['dependencies', i, 'version'], value: pick(NEW_VALUES) });
          targets.push(start + Number(line));
        }
      });
    }
  }
  edits.push({ path: ['version'], value: newVersion });
  edits.push({ path: ['appVersion'], value: newApp, create: true, after: 'version' });
  edits.push(...depEdits);
  let body = all.join(eol);
  if (finalNewline) body += eol;
  return {
    text: (bom ? '\ufeff' : '') + body,
    edits,
    targets,
    insertAfter: hasApp ? undefined : versionLine,
    describe: `seed ${seed}: eol=${JSON.stringify(eol)} bom=${bom} final=${finalNewline} indent=${unit} indentedDeps=${indentedDeps} vq=${vq} aq=${aq} app=${hasApp}`,
  };
}

/** A parsed document as setIn walks it: maps and lists, indexed by key or position. */
type Tree = Record<string | number, unknown>;

function setIn(obj: unknown, path: readonly (string | number)[], value: string): void {
  let o = obj as Tree;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]] as Tree;
  o[path[path.length - 1]] = value;
}

function nodeAtPath(doc: ReturnType<typeof parseDocument>, path: readonly (string | number)[]): unknown {
  return doc.getIn(path, true);
}

const SEEDS = Array.from({ length: 1500 }, (_, i) => i + 1);

describe('setScalars on generated Chart.yaml variants', () => {
  test('every line but the intended ones stays byte-identical, and the result reads as intended', () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const v = generate(seed);
      let after: string;
      try {
        after = setScalars(v.text, 'Chart.yaml', v.edits);
      } catch (e) {
        failures.push(`${v.describe}: threw ${(e as Error).message}\n${v.text}`);
        continue;
      }
      const { problems, beforeBody, afterBody } = layoutProblems(v.text, after);
      if (/\r?\n$/.test(beforeBody) !== /\r?\n$/.test(afterBody)) problems.push('final newline changed');
      const bl = beforeBody.split('\n');
      const al = afterBody.split('\n');
      if (v.insertAfter !== undefined) {
        if (al.length !== bl.length + 1) problems.push(`expected exactly one inserted line, got ${al.length - bl.length}`);
        else {
          const inserted = al.splice(v.insertAfter + 1, 1)[0];
          if (!/^\s*appVersion: /.test(inserted))
            problems.push(`inserted line is not appVersion, but ${JSON.stringify(inserted)} (after line ${v.insertAfter + 1})`);
        }
      } else if (al.length !== bl.length) problems.push(`line count changed ${bl.length} → ${al.length}`);
      if (al.length === bl.length)
        bl.forEach((line, i) => {
          if (!v.targets.includes(i) && al[i] !== line)
            problems.push(`line ${i + 1} changed: ${JSON.stringify(line)} → ${JSON.stringify(al[i])}`);
        });
      const expected = parseDocument(beforeBody).toJS();
      for (const e of v.edits) setIn(expected, e.path, e.value);
      const doc = parseDocument(afterBody);
      if (doc.errors.length) problems.push(`after does not parse: ${doc.errors[0].message}`);
      else if (!isDeepStrictEqual(doc.toJS(), expected)) problems.push(`reads as ${JSON.stringify(doc.toJS())}`);
      for (const e of v.edits) {
        const n = nodeAtPath(doc, e.path);
        const reads = YAML11_READS[e.value as keyof typeof YAML11_READS];
        if (isScalar(n) && n.type === Scalar.PLAIN && reads !== 'string')
          problems.push(`${e.path.join('.')} = ${e.value} is written plain but YAML 1.1 reads it as ${reads ?? 'an unclassified value'}`);
      }
      if (problems.length) failures.push(`${v.describe}\n  ${problems.join('\n  ')}\n--- before\n${v.text}\n--- after\n${after}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});

/** The lines of a text without the `artifacthub.io/changes` block (its key line, deeper lines, blank lines in it). */
function withoutChanges(body: string): string[] {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => /^\s*["']?artifacthub\.io\/changes["']?:/.test(l));
  if (at < 0) return lines;
  const indent = /^\s*/.exec(lines[at])![0].length;
  let end = at + 1;
  while (end < lines.length && (lines[end].replace(/\r$/, '').trim() === '' || /^\s*/.exec(lines[end])![0].length > indent)) end++;
  return [...lines.slice(0, at), ...lines.slice(end)];
}

describe('setBlockScalar (artifacthub.io/changes) on generated Chart.yaml variants', () => {
  test('only the annotation block changes (plus annotations: when it was missing), and it reads back as written', () => {
    const failures: string[] = [];
    const content = '- kind: changed\n  description: "Update: appVersion to 2.0.0"\n- kind: added\n  description: New thing';
    for (const seed of SEEDS) {
      const v = generate(seed);
      let after: string;
      try {
        after = setBlockScalar(v.text, 'Chart.yaml', ['annotations', 'artifacthub.io/changes'], content, { create: true });
      } catch (e) {
        failures.push(`${v.describe}: threw ${(e as Error).message}\n${v.text}`);
        continue;
      }
      const { problems, beforeBody, afterBody } = layoutProblems(v.text, after);
      const hadAnnotations = /^annotations:/m.test(beforeBody);
      let a = withoutChanges(afterBody);
      const b = withoutChanges(beforeBody);
      if (!hadAnnotations) a = a.filter((l) => !/^annotations:\r?$/.test(l));
      // Byte-equal non-blank lines; the last line of a file without a final newline gains its line break when the block goes after it.
      const kept = (ls: string[]) => ls.filter((l) => l.replace(/\r$/, '').trim() !== '');
      const ka = kept(a);
      const kb = kept(b);
      const noFinal = !/\r?\n$/.test(beforeBody);
      if (ka.length !== kb.length) problems.push(`lines outside the block: ${kb.length} → ${ka.length}`);
      else
        kb.forEach((l, i) => {
          const same = ka[i] === l || (noFinal && ka[i] === `${l}\r`);
          if (!same) problems.push(`line changed: ${JSON.stringify(l)} → ${JSON.stringify(ka[i])}`);
        });
      const expected = parseDocument(beforeBody).toJS();
      expected.annotations = { ...(expected.annotations ?? {}), 'artifacthub.io/changes': `${content}\n` };
      const doc = parseDocument(afterBody);
      if (doc.errors.length) problems.push(`after does not parse: ${doc.errors[0].message}`);
      else if (!isDeepStrictEqual(doc.toJS(), expected)) problems.push(`reads as ${JSON.stringify(doc.toJS().annotations)}`);
      if (problems.length) failures.push(`${v.describe}\n  ${problems.join('\n  ')}\n--- before\n${v.text}\n--- after\n${after}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
