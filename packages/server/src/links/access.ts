/**
 * Calls a bank on behalf of one link: decrypts its tokens (AES-GCM, context `links.tokens`),
 * refreshes them when they are about to expire or the bank refuses them (once), stores the new
 * ones, and turns a consent or refresh token the bank no longer honours into an `expired` link and a
 * `link_expired` error telling the partner to re-authorise in update mode.
 */
import { eq } from 'drizzle-orm';
import type { BankTokens } from '../connectors/bank/oauth.ts';
import { type BankAccess, BankAccessError, type BankConnector } from '../connectors/bank/types.ts';
import type { Deps } from '../context.ts';
import { links } from '../db/schema.ts';
import { ApiError } from '../errors.ts';

export type LinkRow = typeof links.$inferSelect;
export const TOKENS_CONTEXT = 'links.tokens';

export function sealTokens(deps: Deps, tokens: BankTokens): string {
  return deps.cipher.encrypt(JSON.stringify(tokens), TOKENS_CONTEXT);
}

function openTokens(deps: Deps, link: LinkRow): BankTokens {
  if (!link.tokensEnc) throw new ApiError('invalid_state', 'The link has no bank authorisation.');
  return JSON.parse(deps.cipher.decryptText(link.tokensEnc, TOKENS_CONTEXT)) as BankTokens;
}

export function connectorOf(deps: Deps, link: LinkRow): BankConnector {
  const connector = deps.banks.get(link.institution);
  if (!connector) throw new ApiError('provider_unavailable', 'The bank of this link is no longer supported.');
  return connector;
}

export async function withBankAccess<T>(
  deps: Deps,
  link: LinkRow,
  call: (connector: BankConnector, access: BankAccess) => Promise<T>,
): Promise<T> {
  if (link.status !== 'active')
    throw new ApiError(
      link.status === 'expired' ? 'link_expired' : 'invalid_state',
      `The link is ${link.status}; re-authorise it with an update-mode session.`,
    );
  const connector = connectorOf(deps, link);
  let tokens = openTokens(deps, link);
  const refresh = async () => {
    if (!tokens.refreshToken) throw new BankAccessError('consent', 'no refresh token');
    tokens = await connector.refresh(tokens.refreshToken);
    await deps.database.db
      .update(links)
      .set({ tokensEnc: sealTokens(deps, tokens), updatedAt: deps.clock.now() })
      .where(eq(links.id, link.id));
  };
  try {
    if (tokens.expiresAt !== null && tokens.expiresAt - 30_000 < Date.now()) await refresh();
    try {
      return await call(connector, { consentId: link.bankConsentId, accessToken: tokens.accessToken });
    } catch (error) {
      if (!(error instanceof BankAccessError) || error.kind !== 'token') throw error;
      await refresh();
      return await call(connector, { consentId: link.bankConsentId, accessToken: tokens.accessToken });
    }
  } catch (error) {
    if (!(error instanceof BankAccessError)) throw error;
    await deps.database.db
      .update(links)
      .set({ status: 'expired', updatedAt: deps.clock.now() })
      .where(eq(links.id, link.id));
    throw new ApiError(
      'link_expired',
      'The bank consent or its refresh token has expired or was revoked; re-authorise with an update-mode session.',
    );
  }
}
