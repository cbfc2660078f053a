import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { renderInputsTable, renderOutputsTable, renderReadme, replaceBetweenMarkers, syncReadmes } from '../../scripts/readme-tables.mjs';
import { actionsWithYml, houseRuleProblems } from '../harness/action-yml.ts';
import { repoRoot } from '../harness/run-action.ts';

const FIXTURE_YML = `name: demo
description: A demo action
inputs:
  chart:
    description: "Chart folders or globs | one per line"
    required: true
  level:
    description: patch, minor or major
    default: 'patch'
  pattern:
    description: A default with a pipe
    default: "a|b"
  empty:
    description: Empty by default
    default: ''
  working-directory:
    description: Folder to work in
    default: '.'
  config:
    description: Configuration file
    default: ".github/lockstep.yml"
outputs:
  version:
    description: |-
      The new version
      (multi-line on purpose)
runs:
  using: node24
  main: dist/index.js
`;

const README = `# demo

Some prose that stays.

## Inputs

<!-- inputs:start -->
| stale | table |
<!-- inputs:end -->

## Outputs

<!-- outputs:start -->
<!-- outputs:end -->

Trailing prose.
`;

describe('README table renderer', () => {
  test('renders inputs and outputs tables, escaping pipes and line breaks', () => {
    const action = parse(FIXTURE_YML);
    expect(renderInputsTable(action)).toBe(
      [
        '| Input | Description | Default | Required |',
        '| --- | --- | --- | --- |',
        '| `chart` | Chart folders or globs \\| one per line |  | yes |',
        '| `level` | patch, minor or major | `patch` | no |',
        '| `pattern` | A default with a pipe | `a\\|b` | no |',
        '| `empty` | Empty by default | `""` | no |',
        '| `working-directory` | Folder to work in | `.` | no |',
        '| `config` | Configuration file | `.github/lockstep.yml` | no |',
      ].join('\n'),
    );
    expect(renderOutputsTable(action)).toBe(
      ['| Output | Description |', '| --- | --- |', '| `version` | The new version<br>(multi-line on purpose) |'].join('\n'),
    );
  });

  test('replaces only the bytes between the markers', () => {
    const out = renderReadme(README, FIXTURE_YML);
    expect(out.startsWith('# demo\n\nSome prose that stays.\n\n## Inputs\n\n<!-- inputs:start -->\n| Input |')).toBe(true);
    expect(out).toContain(
      '| `config` | Configuration file | `.github/lockstep.yml` | no |\n<!-- inputs:end -->\n\n## Outputs\n\n<!-- outputs:start -->\n| Output |',
    );
    expect(out.endsWith('<!-- outputs:end -->\n\nTrailing prose.\n')).toBe(true);
    expect(out).not.toContain('stale');
    expect(renderReadme(out, FIXTURE_YML)).toBe(out);
  });

  test('keeps CRLF line endings', () => {
    const crlf = README.replace(/\n/g, '\r\n');
    const out = renderReadme(crlf, FIXTURE_YML);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toContain('<!-- inputs:start -->\r\n| Input | Description | Default | Required |\r\n| --- |');
  });

  test.each([
    ['no markers', '# demo\n'],
    ['end before start', '<!-- inputs:end -->\n<!-- inputs:start -->\n'],
    ['twice', '<!-- inputs:start -->\n<!-- inputs:end -->\n<!-- inputs:start -->\n<!-- inputs:end -->\n'],
  ])('refuses a README with %s', (_what, text) => {
    expect(() => replaceBetweenMarkers(text, 'inputs', '| x |')).toThrow(/markers/);
  });

  test('the CLI writes, then --check passes; drift makes --check exit 1 naming the README', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'lockstep-readme-'));
    try {
      mkdirSync(join(tmp, 'actions', 'demo'), { recursive: true });
      writeFileSync(join(tmp, 'actions', 'demo', 'action.yml'), FIXTURE_YML);
      writeFileSync(join(tmp, 'actions', 'demo', 'README.md'), README);
      expect(syncReadmes(tmp).problems).toEqual([
        expect.stringMatching(/^actions\/demo\/README\.md: tables differ .*node scripts\/readme-tables\.mjs/),
      ]);
      expect(syncReadmes(tmp, { write: true }).written).toEqual(['actions/demo/README.md']);
      expect(syncReadmes(tmp).problems).toEqual([]);
      expect(readFileSync(join(tmp, 'actions', 'demo', 'README.md'), 'utf8')).toBe(renderReadme(README, FIXTURE_YML));
      writeFileSync(join(tmp, 'actions', 'demo', 'action.yml'), FIXTURE_YML.replace('The new version', 'The next version'));
      expect(syncReadmes(tmp).problems).toHaveLength(1);
      rmSync(join(tmp, 'actions', 'demo', 'README.md'));
      expect(syncReadmes(tmp).problems).toEqual(['actions/demo/README.md: missing — write it with the inputs/outputs markers']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('action.yml house rules checker', () => {
  test('accepts the fixture', () => {
    expect(houseRuleProblems(FIXTURE_YML.replace(/\|-\n.*\n.*\n/, 'The new version\n'), 'action.yml')).toEqual([]);
  });

  test.each([
    ['runs.using', FIXTURE_YML.replace('using: node24', 'using: node20'), /action\.yml:\d+: runs\.using must be node24/],
    ['runs.main', FIXTURE_YML.replace('main: dist/index.js', 'main: lib/main.js'), /runs\.main must be dist\/index\.js/],
    ['camelCase input', FIXTURE_YML.replace('  level:', '  bumpLevel:'), /action\.yml:7: input 'bumpLevel' must be kebab-case/],
    ['snake_case output', FIXTURE_YML.replace('  version:', '  new_version:'), /output 'new_version' must be kebab-case/],
    [
      'missing description',
      FIXTURE_YML.replace('    description: patch, minor or major\n', ''),
      /input 'level' needs a non-empty description/,
    ],
    [
      'empty description',
      FIXTURE_YML.replace('description: patch, minor or major', "description: ''"),
      /input 'level' needs a non-empty description/,
    ],
    ['multi-line description', FIXTURE_YML, /action\.yml:\d+: output 'version' description must be one line/],
    [
      'unquoted default',
      FIXTURE_YML.replace("default: 'patch'", 'default: patch'),
      /action\.yml:9: input 'level' default must be a quoted string/,
    ],
    ['boolean default', FIXTURE_YML.replace("default: ''", 'default: false'), /input 'empty' default must be a quoted string/],
    [
      'missing working-directory',
      FIXTURE_YML.replace(/ {2}working-directory:\n.*\n.*\n/, ''),
      /every action takes a 'working-directory' input/,
    ],
    ['missing config', FIXTURE_YML.replace(/ {2}config:\n.*\n.*\n/, ''), /every action takes a 'config' input/],
    [
      'config default',
      FIXTURE_YML.replace('".github/lockstep.yml"', '"lockstep.yml"'),
      /input 'config' must default to ".github\/lockstep.yml"/,
    ],
    [
      'dry-run without "false"',
      FIXTURE_YML.replace('inputs:\n', 'inputs:\n  dry-run:\n    description: Print only\n'),
      /input 'dry-run' must default to "false"/,
    ],
    [
      'github-token default',
      FIXTURE_YML.replace('inputs:\n', "inputs:\n  github-token:\n    description: Token\n    default: ''\n"),
      /'github-token' must default to/,
    ],
    ['required as string', FIXTURE_YML.replace('required: true', "required: 'true'"), /input 'chart' required must be true or false/],
    [
      'unknown input key',
      FIXTURE_YML.replace('required: true', 'required: true\n    type: string'),
      /input 'chart' has unknown key 'type'/,
    ],
    [
      'output with value',
      FIXTURE_YML.replace('runs:', '  x:\n    description: X\n    value: y\nruns:'),
      /output 'x': a JavaScript action's outputs take no value/,
    ],
    [
      'duplicate input',
      FIXTURE_YML.replace('inputs:\n', 'inputs:\n  level:\n    description: again\n'),
      /action\.yml:\d+: Map keys must be unique/,
    ],
  ])('flags %s', (_what, text, expected) => {
    expect(houseRuleProblems(text, 'action.yml')).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});

describe('committed actions', () => {
  const actions = actionsWithYml();

  test('every action.yml keeps the house rules and passes the action schema', () => {
    const problems: string[] = [];
    const tmp = mkdtempSync(join(tmpdir(), 'lockstep-action-schema-'));
    for (const name of actions) {
      const rel = `actions/${name}/action.yml`;
      const text = readFileSync(join(repoRoot, rel), 'utf8');
      problems.push(...houseRuleProblems(text, rel));
      // @action-validator 0.6's schema predates node24 (its runs.using enum stops at node20); the
      // house rules above insist on node24, so the schema sees node20 to check everything else.
      const copy = join(tmp, name, 'action.yml');
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, text.replace(/^(\s+using:\s*)(['"]?)node24\2/m, '$1node20'));
      const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/@action-validator/cli/cli.mjs'), copy], { encoding: 'utf8' });
      if (r.status !== 0) problems.push(`${rel}: action schema: ${r.stderr.trim() || r.stdout.trim()}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  test('every README has the tables generated from its action.yml, a usage example and its permissions', () => {
    const problems = [...syncReadmes(repoRoot).problems];
    for (const name of actions) {
      const rel = `actions/${name}/README.md`;
      let text: string;
      try {
        text = readFileSync(join(repoRoot, rel), 'utf8');
      } catch {
        continue; // already reported as missing
      }
      if (!/^\s*(?:-\s+)?uses:\s*\S*actions\/[\w-]+/m.test(text))
        problems.push(`${rel}: needs a usage example (a workflow step with uses:)`);
      if (!/permissions:/.test(text)) problems.push(`${rel}: must state the least permissions: it needs`);
    }
    expect(problems).toEqual([]);
  });
});
