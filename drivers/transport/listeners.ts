/** A tiny typed listener set, shared by the transports so each stays about one concern. */
export class Listeners<T extends unknown[]> {
  readonly #set = new Set<(...args: T) => void>();

  add(listener: (...args: T) => void): () => void {
    this.#set.add(listener);
    return () => this.#set.delete(listener);
  }

  emit(...args: T): void {
    for (const listener of [...this.#set]) listener(...args);
  }

  clear(): void {
    this.#set.clear();
  }
}
