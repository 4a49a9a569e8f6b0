/**
 * Revoking a link: ends the consent at the bank (a consent the bank already ended counts as
 * revoked), forgets the tokens and records `link.revoked`, in one transaction. Revoking a revoked
 * link changes nothing. Used by `DELETE /v1/links/:id` and the dashboard.
 */
import { eq } from 'drizzle-orm';
import type { BankTokens } from '../connectors/bank/oauth.ts';
import { BankAccessError } from '../connectors/bank/types.ts';
import type { Deps } from '../context.ts';
import { links } from '../db/schema.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { connectorOf, type LinkRow, TOKENS_CONTEXT } from './access.ts';
import { toLinkResource } from './resources.ts';

export async function revokeLink(deps: Deps, link: LinkRow): Promise<LinkRow> {
  if (link.status === 'revoked') return link;
  if (link.tokensEnc) {
    const tokens = JSON.parse(deps.cipher.decryptText(link.tokensEnc, TOKENS_CONTEXT)) as BankTokens;
    try {
      await connectorOf(deps, link).revoke({
        consentId: link.bankConsentId,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
      });
    } catch (error) {
      // A consent the bank already ended is as good as revoked.
      if (!(error instanceof BankAccessError)) throw error;
    }
  }
  const now = deps.clock.now();
  const updated = await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(links)
      .set({ status: 'revoked', tokensEnc: null, updatedAt: now })
      .where(eq(links.id, link.id))
      .returning();
    await recordEvent(tx, {
      partnerId: link.partnerId,
      type: 'link.revoked',
      object: toLinkResource(deps, row!),
      now,
    });
    return row!;
  });
  deps.pokeDispatcher();
  return updated;
}
