import { Slots } from '../../src/async/slots.ts';

// The renderer processes' bound (render/bounded.ts): at most `size` tasks at once, the rest in the order asked.

test('two slots: never more than two tasks at once, the waiting ones started first come first served', async () => {
  const slots = new Slots(2);
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  const task = (n: number) =>
    slots.run(async () => {
      started.push(n);
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running--;
      return n * 10;
    });
  const all = Promise.all([1, 2, 3, 4, 5].map(task));
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([1, 2]);
  // The first to finish hands its slot to the first waiting.
  gates.shift()!();
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([1, 2, 3]);
  while (started.length < 5 || gates.length > 0) {
    gates.shift()?.();
    await new Promise((r) => setImmediate(r));
  }
  expect(await all).toEqual([10, 20, 30, 40, 50]);
  expect(started).toEqual([1, 2, 3, 4, 5]);
  expect(most).toBe(2);
});

test('a task that throws gives its slot back', async () => {
  const slots = new Slots(1);
  await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await slots.run(async () => 'next')).toBe('next');
});

test('a size below one is refused', () => {
  expect(() => new Slots(0)).toThrow('slots: size must be at least 1, got 0');
});
