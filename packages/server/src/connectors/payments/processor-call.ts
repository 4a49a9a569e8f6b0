/**
 * One request to a card processor, as every card connector sends it: through the connector's
 * `JsonSender` (its resilience policy), a 2xx answer parsed with `schema` (an answer that does not
 * parse is unreadable: the money may have moved), any other status refused by the connector's own
 * `rejection` (its error body in Finlet's codes), and a request left unanswered turned into a
 * `ProcessorFailure` whose kind says whether the money may have moved (`unknown`) or certainly did
 * not (`unavailable`).
 */
import type { z } from 'zod';
import { ProviderUnanswered, unreadableAnswer } from '../http/errors.ts';
import type { JsonSender, ProviderAnswer, ProviderRequest } from '../http/sender.ts';
import { ProcessorFailure } from './processor.ts';

export async function callProcessor<T>(
  http: JsonSender,
  request: ProviderRequest,
  schema: z.ZodType<T>,
  rejection: (status: number, body: unknown) => ProcessorFailure,
): Promise<T> {
  const read = (answer: ProviderAnswer): T => {
    if (answer.status < 200 || answer.status >= 300) throw rejection(answer.status, answer.body);
    const parsed = schema.safeParse(answer.body);
    if (!parsed.success) throw unreadableAnswer();
    return parsed.data;
  };
  try {
    return await http.json(request, read);
  } catch (error) {
    if (!(error instanceof ProviderUnanswered)) throw error;
    throw new ProcessorFailure(
      error.outcome === 'unknown' ? 'unknown' : 'unavailable',
      error.code,
      error.message,
    );
  }
}
