/**
 * The Sandbox Processor's browser tokenizer (`sandbox_tokenizer`): the card goes from this frame
 * straight to the processor's `POST /v1/tokens` with the partner's publishable key (a public key
 * that can only make tokens; the processor answers CORS for Finlet's origin only, and the flow's
 * CSP `connect-src` names the processor's origin). Finlet gets `{ type: 'token', token }`.
 * A card field the processor refuses is `card_invalid` for the form; no answer is `network`.
 */
import { WidgetApiError } from '../../../api/widget-api.ts';
import type { Tokenize } from './index.ts';

/** The processor's card-field codes: the customer can fix these. */
const CARD_FIELD_CODES = new Set([
  'invalid_number',
  'invalid_expiry_month',
  'invalid_expiry_year',
  'invalid_cvc',
]);

export const tokenize: Tokenize<'sandbox_tokenizer'> = async (collection, card) => {
  let res: Response;
  try {
    res = await fetch(collection.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${collection.publishable_key}`, 'content-type': 'application/json' },
      body: JSON.stringify(card),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new WidgetApiError('network', 0);
  }
  const body = (await res.json().catch(() => null)) as { id?: unknown; error?: { code?: unknown } } | null;
  if (res.ok && typeof body?.id === 'string') return { type: 'token', token: body.id };
  const code = typeof body?.error?.code === 'string' ? body.error.code : '';
  if (CARD_FIELD_CODES.has(code)) throw new WidgetApiError('card_invalid', res.status);
  throw new WidgetApiError(
    res.status >= 500 || res.status === 429 ? 'provider_unavailable' : 'provider_error',
    res.status,
  );
};
