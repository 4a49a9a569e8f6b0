/**
 * `finlet-success`: the session completed. Carries what the partner page sends to its server
 * (`session_id`, `result_token`, `summary`), under the same names as the `onSuccess` payload.
 */
import { FinletDomEvent } from './dom-event.ts';
import type { FinletSuccess } from './types.ts';

export class FinletSuccessEvent extends FinletDomEvent<FinletSuccess> {
  static readonly eventName = 'finlet-success';
  declare readonly session_id: string;
  declare readonly result_token: string;
  declare readonly summary: FinletSuccess['summary'];
}
