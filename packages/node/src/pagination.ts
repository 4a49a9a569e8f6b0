/**
 * Cursor pagination over Finlet's list convention (`{ data, has_more }`, next page with
 * `starting_after=<last id>`). A list call's result is both awaitable — the one page asked for — and
 * async-iterable — every item across pages, fetched one page at a time as the loop reaches them:
 * `for await (const p of finlet.payments.list({ limit: 50 }))`.
 */
export interface ListPage<T> {
  data: T[];
  has_more: boolean;
}

export class AutoPaginating<T> implements AsyncIterable<T>, PromiseLike<ListPage<T>> {
  readonly #fetchPage: (startingAfter: string | undefined) => Promise<ListPage<T>>;
  readonly #startingAfter: string | undefined;
  #first: Promise<ListPage<T>> | undefined;

  constructor(
    fetchPage: (startingAfter: string | undefined) => Promise<ListPage<T>>,
    startingAfter?: string,
  ) {
    this.#fetchPage = fetchPage;
    this.#startingAfter = startingAfter;
  }

  /** The first page alone (what `await` gives). */
  firstPage(): Promise<ListPage<T>> {
    this.#first ??= this.#fetchPage(this.#startingAfter);
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: awaiting a list call gives its first page, by design
  then<A = ListPage<T>, B = never>(
    onFulfilled?: ((page: ListPage<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page = await this.firstPage();
    for (;;) {
      yield* page.data;
      // Every listed resource has an `id`; the cursor is the last one's.
      const last = page.data.at(-1) as { id?: unknown } | undefined;
      if (!page.has_more || typeof last?.id !== 'string') return;
      page = await this.#fetchPage(last.id);
    }
  }

  /** Every item, across pages, in one array (mind the size of what you ask for). */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this) all.push(item);
    return all;
  }
}
