/**
 * One code redemption per OAuth attempt, for the link flow (links/service.ts) and pay by bank
 * (payments/bank-callback.ts) alike. The callback page can load twice — a double-clicked link, a
 * reload, a browser that retries — and a bank revokes the whole grant when a code is redeemed
 * twice, failing the attempt that had succeeded. So each callback first claims its attempt in the
 * database (`callback_at` set where still null, one statement: exactly one callback wins, on any
 * number of server processes); a callback that finds it claimed redeems nothing and waits here for
 * the first one's result, which it then shows.
 */

/** How long a second callback waits for the first one's result before showing what there is. */
export const FIRST_CALLBACK_WAIT_MS = 20_000;
const POLL_MS = 100;

export async function awaitFirstCallback<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  waitMs = FIRST_CALLBACK_WAIT_MS,
): Promise<T> {
  const until = performance.now() + waitMs;
  let value = await read();
  while (!done(value) && performance.now() < until) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    value = await read();
  }
  return value;
}
