/**
 * What the two AIS dialects (UK Open Banking in ob-uk.ts, Berlin Group in berlin-group.ts) add to
 * every bank connector's OAuth round trip, health and answer reading (bank-connector.ts): the
 * refresh of the user's token, an unreadable answer named by its resource (`accounts`,
 * `balances`, …), and account types named by the same ISO 20022 cash account codes.
 */
import type { z } from 'zod';
import type { ProviderAnswer } from '../http/sender.ts';
import { OAuthBankConnector } from './bank-connector.ts';
import type { BankAccountData, BankConnector } from './types.ts';

/** ISO 20022 cash account type codes (OB `AccountTypeCode`, BG `cashAccountType`) → Finlet's types. */
export const CASH_ACCOUNT_TYPE: Record<string, Pick<BankAccountData, 'type' | 'subtype'>> = {
  CACC: { type: 'depository', subtype: 'checking' },
  SVGS: { type: 'depository', subtype: 'savings' },
  CARD: { type: 'credit', subtype: 'credit_card' },
};

export abstract class OAuthAisConnector
  extends OAuthBankConnector
  implements Pick<BankConnector, 'institution' | 'health' | 'authorizationUrl' | 'exchange' | 'refresh'>
{
  refresh(refreshToken: string) {
    return this.oauth.refresh(refreshToken);
  }

  /** An answer the dialect did not refuse, named in errors by the last segment of its path. */
  protected readResource<S extends z.ZodType>(
    schema: S,
    path: string,
    answer: ProviderAnswer,
    method?: string,
  ): z.output<S> {
    const what = path.split('?')[0]!.split('/').pop() ?? 'answer';
    return this.readAnswer(schema, answer, { what, method });
  }
}
