// At most so many tasks at once, the rest waiting their turn first come, first served: what bounds the renderer
// processes a run starts (helm template, kustomize) to the machine's cores, wherever they are asked for.

/** A fixed number of slots; `run` waits for a free one, runs the task, and hands the slot on. */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    if (!(size >= 1)) throw new Error(`slots: size must be at least 1, got ${size}`);
    this.#free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}
