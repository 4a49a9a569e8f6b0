/**
 * What every bank connector does the same way, whatever its dialect (UK Open Banking, Berlin
 * Group) and whatever it is for (account information in ais-connector.ts, payment initiation in
 * payments-*.ts): it authorises the user through the bank's OAuth server with the `accounts` scope,
 * reports the institution's circuit breaker as its health, sends JSON to the bank's API, and reads
 * the answer the same way once the dialect has mapped its own refusals (401/403) — any other HTTP
 * error is `provider_error`, a DELETE has no body, anything else must match the dialect's schema.
 * Each dialect file keeps only its paths, headers, refusals and shapes.
 */
import type { z } from 'zod';
import { ApiError } from '../../errors.ts';
import type { JsonSender, ProviderAnswer } from '../http/sender.ts';
import type { BankOAuth } from './oauth.ts';
import { type BankAuthorization, type InstitutionInfo, unreadable } from './types.ts';

export abstract class OAuthBankConnector implements BankAuthorization {
  constructor(
    readonly institution: InstitutionInfo,
    protected readonly url: string,
    protected readonly http: JsonSender,
    protected readonly oauth: BankOAuth,
  ) {}

  health() {
    return this.http.health();
  }

  authorizationUrl(o: { consentId: string; state: string; codeVerifier: string; redirectUri: string }) {
    return this.oauth.authorizationUrl({ ...o, scope: 'accounts' });
  }

  async checkRedirect(callback: URLSearchParams, o: { state: string }): Promise<void> {
    await this.oauth.validateRedirect(callback, o.state);
  }

  exchange(callback: URLSearchParams, o: { state: string; codeVerifier: string; redirectUri: string }) {
    return this.oauth.exchange(callback, o.state, o.redirectUri, o.codeVerifier);
  }

  /**
   * One call to the bank's API (`path` on its base URL, or a link the bank gave on its own origin):
   * a JSON body if any, with the dialect's `headers`. Every call is repeated after a fault: reads
   * are safe, and each dialect's writes are safe to repeat — an orphan consent is never authorised
   * and expires, a payment carries an idempotency key derived from the Finlet payment id.
   */
  protected send(
    path: string,
    init: { method?: string; body?: unknown },
    headers: Record<string, string>,
  ): Promise<ProviderAnswer> {
    return this.http.json({
      url: path.startsWith('http') ? path : `${this.url}${path}`,
      method: init.method ?? 'GET',
      headers,
      json: init.body || undefined,
      idempotent: true,
    });
  }

  /** An answer the dialect did not refuse as an access error: its body in the dialect's shape. */
  protected readAnswer<S extends z.ZodType>(
    schema: S,
    answer: ProviderAnswer,
    o: { what: string; method?: string },
  ): z.output<S> {
    if (answer.status >= 400)
      throw new ApiError('provider_error', `${this.institution.name} answered HTTP ${answer.status}.`);
    if (o.method === 'DELETE') return undefined as z.output<S>;
    const parsed = schema.safeParse(answer.body);
    if (!parsed.success) throw unreadable(this.institution.name, o.what);
    return parsed.data;
  }
}
