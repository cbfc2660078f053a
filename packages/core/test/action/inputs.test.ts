import { envInputs, Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { splitList } from '../../src/text/list.ts';
import { userError } from '../helpers.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));

describe('envInputs', () => {
  test.each([
    ['dry-run', { 'INPUT_DRY-RUN': 'true' }, 'true'],
    ['working-directory', { 'INPUT_WORKING-DIRECTORY': ' sub/dir \n' }, 'sub/dir'],
    ['github-token', { 'INPUT_GITHUB-TOKEN': 'ghs_x' }, 'ghs_x'],
    ['app version', { INPUT_APP_VERSION: '1.2.3' }, '1.2.3'],
    ['Chart', { INPUT_CHART: 'charts/a' }, 'charts/a'],
    ['missing', {}, ''],
    ['dry-run', { INPUT_DRY_RUN: 'true' }, ''], // the runner keeps dashes: INPUT_DRY_RUN is another input
  ])('%s from %j → %j', (name, env, expected) => {
    expect(envInputs(env)(name)).toBe(expected);
  });

  test('reads process.env by default', () => {
    process.env['INPUT_LOCKSTEP-TEST'] = 'yes';
    try {
      expect(envInputs()('lockstep-test')).toBe('yes');
    } finally {
      delete process.env['INPUT_LOCKSTEP-TEST'];
    }
  });
});

describe('Inputs', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true], // fallback
  ])('boolean %j → %s', (raw, expected) => {
    expect(inputs({ 'dry-run': raw }).boolean('dry-run', true)).toBe(expected);
  });

  test.each([['yes'], ['1'], ['on'], ['tru']])('boolean %j is an error naming the input', (raw) => {
    const e = userError(() => inputs({ 'dry-run': raw }).boolean('dry-run', false));
    expect(e.message).toBe(`input 'dry-run' is '${raw}', not a boolean`);
    expect(e.hint).toBe('use true or false');
  });

  test('optionalBoolean is undefined when not given, else checked', () => {
    expect(inputs({}).optionalBoolean('cascade')).toBeUndefined();
    expect(inputs({ cascade: 'false' }).optionalBoolean('cascade')).toBe(false);
    expect(() => inputs({ cascade: 'nope' }).optionalBoolean('cascade')).toThrow("input 'cascade' is 'nope', not a boolean");
  });

  const LEVELS = ['patch', 'minor', 'major'] as const;
  test.each([
    ['minor', 'minor'],
    ['', 'patch'],
    [' major ', 'major'],
  ])('choice %j → %s', (raw, expected) => {
    expect(inputs({ level: raw }).choice('level', LEVELS, 'patch')).toBe(expected);
  });

  test.each([
    ['Minor', ' (did you mean minor?)'],
    ['pach', ' (did you mean patch?)'],
    ['majr', ' (did you mean major?)'],
    ['breaking', ''],
  ])('choice %j is an error naming the input, the nearest choice and the choices', (raw, suggestion) => {
    const e = userError(() => inputs({ level: raw }).choice('level', LEVELS, 'patch'));
    expect(e.format()).toBe(`input 'level' is '${raw}'${suggestion} — use one of patch, minor, major`);
  });

  test('optionalChoice', () => {
    expect(inputs({}).optionalChoice('breaking', ['error', 'warn', 'off'])).toBeUndefined();
    expect(inputs({ breaking: 'warn' }).optionalChoice('breaking', ['error', 'warn', 'off'])).toBe('warn');
    expect(() => inputs({ breaking: 'loud' }).optionalChoice('breaking', ['error', 'warn', 'off'])).toThrow("input 'breaking' is 'loud'");
  });

  test.each([
    ['charts/a\ncharts/b', ['charts/a', 'charts/b']],
    ['charts/a, charts/b', ['charts/a', 'charts/b']],
    ['  charts/a  \r\n\n  # a comment\ncharts/b # trailing comment\n', ['charts/a', 'charts/b']],
    ['api=ghcr.io/acme/api:1.0#x', ['api=ghcr.io/acme/api:1.0#x']],
    ['', []],
    ['\n\n', []],
    ['charts/{api,worker}', ['charts/{api,worker}']],
    ['charts/{api,worker}, other/*', ['charts/{api,worker}', 'other/*']],
    ['charts/{a,{b,c}},x\ny/{p,q}', ['charts/{a,{b,c}}', 'x', 'y/{p,q}']],
    ['charts/\\{a,b', ['charts/\\{a', 'b']],
  ])('list %j → %j', (raw, expected) => {
    expect(inputs({ chart: raw }).list('chart')).toEqual(expected);
    expect(splitList(raw)).toEqual(expected);
  });

  test.each([
    ['4', 4],
    ['', 8],
    ['0', 0],
    ['16', 16],
  ])('integer %j → %d', (raw, expected) => {
    expect(inputs({ concurrency: raw }).integer('concurrency', 8, 0, 16)).toBe(expected);
  });

  test.each([['-1'], ['1.5'], ['17'], ['four'], ['0x10']])('integer %j is an error naming the input and range', (raw) => {
    expect(userError(() => inputs({ concurrency: raw }).integer('concurrency', 8, 0, 16)).format()).toBe(
      `input 'concurrency' is '${raw}' — use a whole number from 0 to 16`,
    );
  });

  test('required names the input; string/optional fall back', () => {
    expect(userError(() => inputs({ chart: '  ' }).required('chart')).message).toBe("input 'chart' is required");
    expect(inputs({ chart: ' charts/a ' }).required('chart')).toBe('charts/a');
    expect(inputs({}).string('config', '.github/lockstep.yml')).toBe('.github/lockstep.yml');
    expect(inputs({ config: 'ci.yml' }).string('config', '.github/lockstep.yml')).toBe('ci.yml');
    expect(inputs({}).optional('version')).toBeUndefined();
    expect(inputs({ version: '1.0.0' }).optional('version')).toBe('1.0.0');
  });

  test('reads through envInputs like the runner sets them', () => {
    const i = new Inputs(envInputs({ 'INPUT_DRY-RUN': 'true', INPUT_LEVEL: 'minor', INPUT_CHART: 'a\nb' }));
    expect([i.boolean('dry-run', false), i.choice('level', LEVELS, 'patch'), i.list('chart')]).toEqual([true, 'minor', ['a', 'b']]);
  });
});
