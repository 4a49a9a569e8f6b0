/**
 * What the two AIS dialects (UK Open Banking in ob-uk.ts, Berlin Group in berlin-group.ts) do the
 * same way: both authorise the user through the bank's OAuth server with the `accounts` scope,
 * report the institution's circuit breaker as their health, read a bank answer the same way once
 * the dialect has mapped its own refusals (401/403) — any other HTTP error is `provider_error`, a
 * DELETE has no body, anything else must match the dialect's schema — and name account types by
 * the same ISO 20022 cash account codes. Each dialect file keeps only its paths, headers and shapes.
 */
import type { z } from 'zod';
import { ApiError } from '../../errors.ts';
import type { BankAnswer, BankHttp } from './http.ts';
import type { BankOAuth } from './oauth.ts';
import { type BankAccountData, type BankConnector, type InstitutionInfo, unreadable } from './types.ts';

/** ISO 20022 cash account type codes (OB `AccountTypeCode`, BG `cashAccountType`) → Finlet's types. */
export const CASH_ACCOUNT_TYPE: Record<string, Pick<BankAccountData, 'type' | 'subtype'>> = {
  CACC: { type: 'depository', subtype: 'checking' },
  SVGS: { type: 'depository', subtype: 'savings' },
  CARD: { type: 'credit', subtype: 'credit_card' },
};

export abstract class OAuthAisConnector
  implements Pick<BankConnector, 'institution' | 'health' | 'authorizationUrl' | 'exchange' | 'refresh'>
{
  constructor(
    readonly institution: InstitutionInfo,
    protected readonly url: string,
    protected readonly http: BankHttp,
    protected readonly oauth: BankOAuth,
  ) {}

  health() {
    return this.http.breaker.health();
  }

  authorizationUrl(o: { consentId: string; state: string; codeVerifier: string; redirectUri: string }) {
    return this.oauth.authorizationUrl({ ...o, scope: 'accounts' });
  }

  exchange(callback: URLSearchParams, o: { state: string; codeVerifier: string; redirectUri: string }) {
    return this.oauth.exchange(callback, o.state, o.redirectUri, o.codeVerifier);
  }

  refresh(refreshToken: string) {
    return this.oauth.refresh(refreshToken);
  }

  /** An answer the dialect did not refuse as an access error: its body in the dialect's shape. */
  protected readAnswer<S extends z.ZodType>(
    schema: S,
    path: string,
    answer: BankAnswer,
    method?: string,
  ): z.output<S> {
    if (answer.status >= 400)
      throw new ApiError('provider_error', `${this.institution.name} answered HTTP ${answer.status}.`);
    if (method === 'DELETE') return undefined as z.output<S>;
    const parsed = schema.safeParse(answer.body);
    if (!parsed.success)
      throw unreadable(this.institution.name, path.split('?')[0]!.split('/').pop() ?? 'answer');
    return parsed.data;
  }
}
