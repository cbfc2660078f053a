import { UserError, UserErrors } from '../../src/errors.ts';
import { relocateErrors, sourceDate } from '../../src/contract/world.ts';

describe('world helpers', () => {
  test.each([
    ['86400', '1970-01-02'],
    [undefined, '2030-05-06'],
    ['not-a-number', '2030-05-06'],
  ])('sourceDate(%j)', (epoch, day) => {
    expect(sourceDate(epoch, new Date('2030-05-06T12:00:00Z'))).toBe(day);
  });

  test('relocateErrors moves each location and keeps the kind', () => {
    const show = (p: string) => `sub/${p}`;
    const one = relocateErrors(new UserError('bad', { file: 'a.yaml', line: 3, hint: 'fix' }), show) as UserError;
    expect(one.format()).toBe('sub/a.yaml:3: bad — fix');
    const many = relocateErrors(
      new UserErrors([new UserError('x', { file: 'b' }), new UserError('y')], { summarized: true }),
      show,
    ) as UserErrors;
    expect(many.errors.map((e) => e.format())).toEqual(['sub/b: x', 'y']);
    expect(many.summarized).toBe(true);
    const other = new Error('boom');
    expect(relocateErrors(other, show)).toBe(other);
  });
});
