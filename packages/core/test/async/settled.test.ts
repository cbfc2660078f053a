import { settledYet } from '../../src/async/settled.ts';

// settledYet against promises in each state, including one that settles a tick too late to count.

describe('settledYet', () => {
  test('a fulfilled promise has settled, whatever it holds', async () => {
    expect(await settledYet(Promise.resolve('helm'))).toBe(true);
    expect(await settledYet(Promise.resolve(undefined))).toBe(true);
  });

  test('a rejected promise has settled, and its rejection is not thrown', async () => {
    const failed = Promise.reject(new Error('no helm'));
    await expect(settledYet(failed)).resolves.toBe(true);
    await expect(failed).rejects.toThrow('no helm');
  });

  test('a promise still waiting has not, and then has once it settles', async () => {
    let resolve!: (v: string) => void;
    const p = new Promise<string>((r) => (resolve = r));
    expect(await settledYet(p)).toBe(false);
    resolve('3.17.0');
    expect(await settledYet(p)).toBe(true);
  });

  test('a promise that settles only after a later tick has not settled yet', async () => {
    const later = new Promise<string>((r) => setImmediate(() => r('late')));
    const chained = Promise.resolve('x').then((v) => v);
    expect(await settledYet(later)).toBe(false);
    expect(await settledYet(chained)).toBe(true);
  });
});
