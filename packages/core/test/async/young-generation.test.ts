import { HeapSettings } from '../../src/async/young-generation.ts';

// The heap settings' flags as V8 is given them (a recording setter in place of node:v8's setFlagsFromString): each
// set once, and memory-saver mode lifted while a render's outputs are read, put back after the last such read.

const recorded = () => {
  const flags: string[] = [];
  return { flags, heap: new HeapSettings((f) => flags.push(f)) };
};
const tick = () => new Promise((r) => setImmediate(r));

describe('HeapSettings', () => {
  test('each setting sets its flag once', () => {
    const { flags, heap } = recorded();
    heap.holdYoungGeneration();
    heap.favourSmallHeap();
    heap.saveHeapMemory();
    heap.holdYoungGeneration();
    heap.saveHeapMemory();
    expect(flags).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20', '--memory-saver-mode']);
  });

  test('outsideMemorySaver lifts the mode for the work and puts it back; a run without the mode sets nothing', async () => {
    const { flags, heap } = recorded();
    expect(await heap.outsideMemorySaver(async () => 'read')).toBe('read');
    expect(flags).toEqual([]);
    heap.saveHeapMemory();
    const during: string[][] = [];
    await heap.outsideMemorySaver(async () => {
      during.push([...flags]);
    });
    expect(during).toEqual([['--memory-saver-mode', '--no-memory-saver-mode']]);
    expect(flags).toEqual(['--memory-saver-mode', '--no-memory-saver-mode', '--memory-saver-mode']);
  });

  test('overlapping work: lifted once, put back after the last; a failing one puts it back too', async () => {
    const { flags, heap } = recorded();
    heap.saveHeapMemory();
    let release!: () => void;
    const first = heap.outsideMemorySaver(() => new Promise<void>((r) => (release = r)));
    const second = heap.outsideMemorySaver(async () => {
      throw new Error('render failed');
    });
    await expect(second).rejects.toThrow('render failed');
    await tick();
    expect(flags).toEqual(['--memory-saver-mode', '--no-memory-saver-mode']);
    release();
    await first;
    expect(flags).toEqual(['--memory-saver-mode', '--no-memory-saver-mode', '--memory-saver-mode']);
  });

  test('saveHeapMemory while work runs outside the mode: set once that work has ended', async () => {
    const { flags, heap } = recorded();
    await heap.outsideMemorySaver(async () => {
      heap.saveHeapMemory();
      expect(flags).toEqual([]);
    });
    expect(flags).toEqual(['--memory-saver-mode']);
  });
});
