/**
 * Turning the card the customer typed into what Finlet may receive, in the browser: each card
 * processor says how (`card_collection` of the widget's payment read) and has one module here —
 * `sandbox_tokenizer` posts the card to the processor's own tokenizer for a token, `adyen_cse`
 * encrypts each field with the processor's public key. Finlet's server then gets only
 * `{ payment_method }`, never the card number or CVC. Each module is its own lazy chunk, loaded
 * when the customer pays, so the flow's first load carries none of them. A new processor is one
 * more module and one more line in `LOADERS`.
 */
import type { CardCollectionInfo, CardSourceBody } from '@finlet/shared';
import type { CardDetails } from '../payment-card.ts';

export type Tokenize<K extends CardCollectionInfo['kind']> = (
  collection: Extract<CardCollectionInfo, { kind: K }>,
  card: CardDetails,
) => Promise<CardSourceBody>;

const LOADERS: { [K in CardCollectionInfo['kind']]: () => Promise<{ tokenize: Tokenize<K> }> } = {
  sandbox_tokenizer: () => import('./sandbox.ts'),
  adyen_cse: () => import('./adyen-cse.ts'),
};

/** The card as the processor's browser side makes it; throws a `WidgetApiError` the form can show. */
export async function cardSource(collection: CardCollectionInfo, card: CardDetails): Promise<CardSourceBody> {
  const loader = LOADERS[collection.kind] as () => Promise<{ tokenize: Tokenize<typeof collection.kind> }>;
  const { tokenize } = await loader();
  return tokenize(collection as never, card);
}
