/**
 * The ids of a list of events as a set, made when first asked about: the page hands the ids of
 * the events shown to several views, and most of them never look one up (a set of 100,000 ids
 * made on every filter change costs more than the filter). Its size is known at once.
 */
export class LazyIdSet implements ReadonlySet<string> {
  private built: Set<string> | null = null;

  /** `events`: with unique ids (as the events of a snapshot are). */
  constructor(private readonly events: readonly { readonly id: string }[]) {}

  /** True once the set was made (a lookup asked for it). */
  get made(): boolean {
    return this.built !== null;
  }

  get size(): number {
    return this.events.length;
  }

  private get ids(): Set<string> {
    if (!this.built) {
      const ids = new Set<string>();
      for (const e of this.events) ids.add(e.id);
      this.built = ids;
    }
    return this.built;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.ids) callback.call(thisArg, id, id, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.ids.entries();
  }

  keys(): SetIterator<string> {
    return this.ids.keys();
  }

  values(): SetIterator<string> {
    return this.ids.values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.ids.values();
  }
}
