import { UserError } from '../../src/errors.ts';
import { globMatcher, globProblem } from '../../src/text/glob.ts';

describe('bounded globs', () => {
  test.each<[string, string | undefined]>([
    ['charts/*', undefined],
    ['**/charts/*/values-*.yaml', undefined],
    ['apps/**/charts/**', undefined],
    [
      `${'a/**/'.repeat(3)}c`,
      "holds 3 '**'; lockstep matches at most 2 in one glob, since each one multiplies the work of matching a deep path",
    ],
    [
      '*a*a*a*b',
      'holds 4 wildcards (* or **); lockstep matches at most 3 in one glob, since each one multiplies the work of matching a long path',
    ],
    [
      '+(a|b)*x*y*z',
      'holds 4 wildcards (* or **); lockstep matches at most 3 in one glob, since each one multiplies the work of matching a long path',
    ],
    [`charts/${'x'.repeat(260)}`, 'is 267 characters long; lockstep matches globs of at most 256'],
  ])('%s → %s', (glob, problem) => {
    expect(globProblem(glob)).toBe(problem);
  });

  test('a matcher refuses a glob out of bounds, naming the config line', () => {
    let thrown: unknown;
    try {
      globMatcher(['charts/*', '**/**/**/x'], { key: 'charts', file: '.github/lockstep.yml', line: 3 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).format()).toBe(
      ".github/lockstep.yml:3: charts: '**/**/**/x' holds 3 '**'; lockstep matches at most 2 in one glob, since each one multiplies the work of matching a deep path — shorten the glob (name the folders, or use one **)",
    );
  });

  test('within bounds it matches as picomatch with dot: true', () => {
    const m = globMatcher(['charts/*', '**/values-*.yaml']);
    expect(['charts/a', 'charts/.hidden', 'x/y/values-prod.yaml', 'charts/a/b'].map(m)).toEqual([true, true, true, false]);
  });

  test('the worst glob within bounds against a 40-folder path of long names stays fast', () => {
    const m = globMatcher('**/*a/**/b');
    const path = Array(40).fill('a'.repeat(200)).join('/');
    expect(m(path)).toBe(false);
  });
});
