/**
 * `finlet-success`: the session completed. Carries what the partner page sends to its server
 * (`session_id`, `result_token`, `summary`), under the same names as the `onSuccess` payload.
 */
import type { FinletSuccess } from './types.ts';

export class FinletSuccessEvent extends Event {
  static readonly eventName = 'finlet-success';
  readonly session_id: string;
  readonly result_token: string;
  readonly summary: FinletSuccess['summary'];

  constructor(result: FinletSuccess) {
    super(FinletSuccessEvent.eventName, { bubbles: true, composed: true });
    this.session_id = result.session_id;
    this.result_token = result.result_token;
    this.summary = result.summary;
  }
}
