/**
 * Runs `work` on up to `ahead` items at once and yields the results in the items' order, so a pool
 * of extraction threads stays busy while the caller takes each file's result in turn.
 */
export async function* mapAhead<T, R>(
  items: Iterable<T>,
  ahead: number,
  work: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const list = [...items];
  const started: Array<Promise<R>> = [];
  const width = Math.max(1, Math.floor(ahead));
  const startNext = (): void => {
    const i = started.length;
    const item = list[i];
    if (i >= list.length) return;
    const run = work(item as T, i);
    // a failure is the caller's when it reaches that item, not an unhandled rejection before
    run.catch(() => undefined);
    started.push(run);
  };
  for (let i = 0; i < width; i++) startNext();
  for (let i = 0; i < list.length; i++) {
    const result = await (started[i] as Promise<R>);
    startNext();
    yield result;
  }
}
