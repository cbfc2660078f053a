import { EXPLICIT_EMPTY, Inputs, mapInputs } from '../../src/contract/inputs.ts';

// The CLI's `--tag-prefix ""` reaches the request as a value; the runner's empty input stays no input.

describe('an input given empty on purpose', () => {
  const given = new Inputs(mapInputs({ 'tag-prefix': EXPLICIT_EMPTY, push: EXPLICIT_EMPTY, charts: EXPLICIT_EMPTY }));
  const absent = new Inputs(mapInputs({ 'tag-prefix': '' }));

  test('is the empty string where text is read', () => {
    expect(given.optional('tag-prefix')).toBe('');
    expect(given.string('tag-prefix', 'v')).toBe('');
    expect(given.list('charts')).toEqual([]);
  });

  test('is no value where only a choice or a boolean makes sense (the default decides)', () => {
    expect(given.choice('push', ['pr', 'direct'] as const, 'pr')).toBe('pr');
    expect(given.optionalBoolean('push')).toBeUndefined();
    expect(given.boolean('push', true)).toBe(true);
  });

  test('the runner’s empty input is not given: the config or the default decides', () => {
    expect(absent.optional('tag-prefix')).toBeUndefined();
    expect(absent.string('tag-prefix', 'v')).toBe('v');
  });
});
