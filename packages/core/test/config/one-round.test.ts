import { configOfRefusal, configLine, parseConfigText } from '../../src/config/config.ts';
import { UserError, UserErrors } from '../../src/errors.ts';

// Issue 73, item 10: the loader says every mistake of a file at once, each in the words of the rule it
// breaks; a value the schema refuses under a key it knows is said with what the schema requires there (a
// oneOf's chosen form judged, not the other form's keys), and a refused file still gives the Config of
// what it says otherwise, on which `lockstep config` runs the checks of every command.

/** The problems a config text is refused with, as `line: message — hint`, and the Config it still gives. */
function refusal(text: string): { said: string[]; partial: ReturnType<typeof configOfRefusal> } {
  try {
    parseConfigText(text, '.github/lockstep.yml');
  } catch (e) {
    const all = e instanceof UserErrors ? e.errors : e instanceof UserError ? [e] : [];
    return { said: all.map((u) => `${u.line}: ${u.message} — ${u.hint}`), partial: configOfRefusal(e) };
  }
  return { said: [], partial: undefined };
}

const TEAM =
  '\'environments.0.approval.teams.0\' is "sre", not as the schema requires: A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform — write it as the schema says (see docs/configuration.md)';

test.each([
  ['teams: [sre]', `4: ${TEAM}`],
  [
    'teams: [acme/sre], github-environment: prod',
    "4: unknown key 'environments.0.approval.github-environment' — remove it or fix its spelling (docs/configuration.md lists every key)",
  ],
  [
    'team: [acme/sre]',
    "4: unknown key 'environments.0.approval.team' — remove it or fix its spelling (docs/configuration.md lists every key)",
  ],
])('approval: { %s } is said as the form it chose breaks it', (approval, said) => {
  const text = `environments:\n  - name: prod\n    values: v.yaml\n    approval: { ${approval} }\n`;
  expect(refusal(text).said).toEqual([said]);
});

test('a known key of the wrong type is said with what the schema requires, not as unknown', () => {
  expect(refusal('environments:\n  - name: prod\n    values: v.yaml\n    protected: yes-please\n').said).toEqual([
    '4: \'environments.0.protected\' is "yes-please", which must be boolean: Digest-only images, exact chart versions, draft promotion PRs, never auto-merged — write it as the schema says (see docs/configuration.md)',
  ]);
});

test('schema errors, values read and the loader cross-checks, all in one refusal, in the order of the file', () => {
  const text = [
    'tag-prefx: v',
    'environments:',
    '  - { name: dev, values: d.yaml }',
    '  - name: prod',
    '    values: p.yaml',
    '    min-soak: 3x',
    '    protected: true',
    '    auto-merge: true',
    '    approval: { teams: [sre] }',
    '  - { name: dev, values: d.yaml }',
    'fix-window: soon',
    '',
  ].join('\n');
  const { said, partial } = refusal(text);
  expect(said.map((s) => s.slice(0, s.indexOf(' — ')))).toEqual([
    "1: unknown key 'tag-prefx'",
    "6: 'environments.prod.min-soak' is '3x', not a duration",
    '8: environment prod is protected and sets auto-merge: true',
    '9: \'environments.1.approval.teams.0\' is "sre", not as the schema requires: A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform',
    "10: environment 'dev' appears twice (first on line 3)",
    "11: 'fix-window' is 'soon', not a duration",
  ]);
  // What the file still says, for the checks that follow: its environments at their lines, the refused approval left out.
  expect(partial?.environments.map((e) => [e.name, e.values, e.approval])).toEqual([
    ['dev', 'd.yaml', undefined],
    ['prod', 'p.yaml', undefined],
    ['dev', 'd.yaml', undefined],
  ]);
  expect(configLine(partial!, ['environments', 1, 'values'])).toBe(5);
  expect(partial?.fixWindow).toBe(259_200_000);
});

test('a file that is not YAML gives no Config to check further', () => {
  const { said, partial } = refusal('environments: [\n');
  expect(said).toHaveLength(1);
  expect(partial).toBeUndefined();
});
