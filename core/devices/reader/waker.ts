/** Sleeps that can all be cut short at once: how stop() and an unplug interrupt the loops at once. */
export class Waker {
  readonly #waiting = new Set<() => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.#waiting.add(done);
    });
  }

  wakeAll(): void {
    for (const done of [...this.#waiting]) done();
  }
}
