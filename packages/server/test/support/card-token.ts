/**
 * Test support: a card tokenised as the widget's browser does it — posted straight to the
 * processor's tokenizer with the publishable key (the sandbox default `ppk_test_sandbox`, which
 * the sandbox processor and FINLET_PROCESSOR_PUBLISHABLE_KEY share), never through Finlet.
 */
export const SANDBOX_PUBLISHABLE_KEY = 'ppk_test_sandbox';

/** The fields the tokenizer takes (number, expiry, CVC, name, postal code), sent as given. */
export type TestCard = Readonly<Record<string, string | number | undefined>>;

/** The tokenizer's answer: a token, or its refusal (a 4xx with the processor's error body). */
export async function tokeniseInBrowser(
  tokenizerUrl: string,
  card: TestCard,
  publishableKey = SANDBOX_PUBLISHABLE_KEY,
): Promise<{ token: string } | { refused: Response }> {
  const res = await fetch(tokenizerUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${publishableKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(card),
  });
  if (res.status !== 201) return { refused: res };
  return { token: ((await res.json()) as { id: string }).id };
}

/** A token for a card the tokenizer must accept (test set-up). */
export async function cardToken(processorUrl: string, card: TestCard): Promise<string> {
  const made = await tokeniseInBrowser(`${processorUrl}/v1/tokens`, card);
  if ('refused' in made) throw new Error(`tokenise: ${made.refused.status} ${await made.refused.text()}`);
  return made.token;
}
