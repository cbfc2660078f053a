import { ACTION_TABLES } from '../../src/settings/tables.ts';
import { renderKeysTable } from '../../../../scripts/write-settings.ts';

// docs/configuration.md's table of the keys inputs override names, beside those inputs, the actions that read a
// key with no input of theirs: hydrate-env reads each environment's validate (operations/hydrate/validate.ts)
// and the config's charts (the chart a values file outside any chart folder renders with) from the config alone.

const row = (key: string) =>
  renderKeysTable(ACTION_TABLES)
    .split('\n')
    .find((l) => l.startsWith(`| \`${key}\` |`));

test('validate: overridden by the check and promote inputs, read by hydrate-env with no input', () => {
  expect(row('validate')).toBe(
    '| `validate` | each environment | `validate` (chart-bump-check), `validate` (promote-env); hydrate-env reads it with no input | `"error"` when `protected` is `true`, else `"warn"` |',
  );
});

test('charts: read by promote-env and hydrate-env with no input', () => {
  expect(row('charts')).toBe(
    '| `charts` | top level | `charts` (chart-bump-check), `charts` (bump-chart), `charts` (publish-chart), `charts` (prepare-release); promote-env, hydrate-env read it with no input |  |',
  );
});

test('render, values-contract: hydrate-env reads neither (it renders whatever the render mode, and judges no values contract)', () => {
  expect(row('render')).toBe('| `render` | each environment | `render` (chart-bump-check), `render` (promote-env) | `"auto"` |');
  expect(row('values-contract')).toBe(
    '| `values-contract` | each environment | `values-contract` (chart-bump-check), `values-contract` (promote-env) | `"error"` when `protected` is `true`, else `"warn"` |',
  );
});
