/**
 * The link flow (issue 4): start an OAuth round trip at the chosen bank, complete it on the
 * callback (code exchange server-side, consent expiry and accounts with fresh balances read from
 * the bank), let the user pick accounts, then activate the link — `link.created` and the session's
 * link flow state `linked` commit in one transaction. Update mode (`sessions.link_id`) re-authorises
 * the same link: new consent and tokens, accounts matched by the bank's account id, so nothing is
 * duplicated.
 */
import { randomBytes } from 'node:crypto';
import { newId, randomBase62, type WidgetLink } from '@finlet/shared';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { bankFailureCode } from '../connectors/bank/oauth.ts';
import { maskTail } from '../connectors/bank/types.ts';
import type { Deps, SessionRow } from '../context.ts';
import { linkAccounts, linkAttempts, links, sessions } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { setFlowState } from '../sessions/lifecycle.ts';
import { recordEvent } from '../webhooks/outbox.ts';
import { sealTokens } from './access.ts';
import { awaitFirstCallback } from './callback-claim.ts';
import { toLinkResource } from './resources.ts';

export type AttemptRow = typeof linkAttempts.$inferSelect;
const VERIFIER_CONTEXT = 'link_attempts.verifier';
const SCOPES = ['accounts', 'balances', 'transactions', 'owners'];

export const callbackUrl = (deps: Deps) => `${deps.config.publicUrl}/oauth/callback`;

async function updateModeLink(deps: Deps, session: SessionRow) {
  if (!session.linkId) return undefined;
  const [link] = await deps.database.db
    .select()
    .from(links)
    .where(and(eq(links.id, session.linkId), eq(links.partnerId, session.partnerId)));
  if (!link) throw new ApiError('not_found', 'The link to update does not exist.');
  return link;
}

export async function startLink(
  deps: Deps,
  session: SessionRow,
  input: { institution: string; mode: 'popup' | 'redirect' },
): Promise<{ attempt: string; authorization_url: string }> {
  if (!session.flows.includes('link'))
    throw new ApiError('flow_not_enabled', 'The session does not include the link flow.');
  if (session.flowStates.link?.status === 'linked')
    throw new ApiError('invalid_state', 'The bank is already linked.');
  if (input.mode === 'redirect' && !session.redirectUri)
    throw new ApiError('invalid_request', 'Redirect mode needs the session’s redirect_uri.', 'mode');
  const existing = await updateModeLink(deps, session);
  if (existing && existing.institution !== input.institution)
    throw new ApiError('invalid_request', 'Update mode re-authorises the link’s own bank.', 'institution');
  // The session's providers say which banks it may link; the rest of the round trip is that bank's.
  const connector = (await deps.providers.for(session)).banks.link(input.institution);
  if (!connector) throw new ApiError('invalid_request', 'Unknown institution.', 'institution');
  const redirectUri = callbackUrl(deps);
  const consent = await connector.createConsent({ redirectUri });
  const state = randomBase62(32);
  const codeVerifier = randomBytes(32).toString('base64url');
  const authorizationUrl = await connector.authorizationUrl({
    consentId: consent.consentId,
    state,
    codeVerifier,
    redirectUri,
  });
  const now = deps.clock.now();
  await deps.database.db.insert(linkAttempts).values({
    id: state,
    sessionId: session.id,
    partnerId: session.partnerId,
    livemode: session.livemode,
    institution: input.institution,
    linkId: existing?.id ?? null,
    bankConsentId: consent.consentId,
    verifierEnc: deps.cipher.encrypt(codeVerifier, VERIFIER_CONTEXT),
    mode: input.mode,
    status: 'awaiting_consent',
    createdAt: now,
    updatedAt: now,
  });
  return { attempt: state, authorization_url: authorizationUrl };
}

async function failAttempt(deps: Deps, attempt: AttemptRow, error: string): Promise<AttemptRow> {
  const [row] = await deps.database.db
    .update(linkAttempts)
    .set({ status: 'failed', error, updatedAt: deps.clock.now() })
    .where(and(eq(linkAttempts.id, attempt.id), eq(linkAttempts.status, 'awaiting_consent')))
    .returning();
  return row ?? attempt;
}

/**
 * Completes the OAuth redirect. Returns the attempt (unknown state → undefined). Never throws
 * for a bank failure: the attempt records it, so the frame can show it. One callback per attempt
 * redeems the code (links/callback-claim.ts); a second one shows the first one's result.
 */
export async function completeCallback(deps: Deps, params: URLSearchParams): Promise<AttemptRow | undefined> {
  const state = params.get('state') ?? '';
  if (!/^[0-9A-Za-z]{32}$/.test(state)) return undefined;
  const read = async () =>
    (await deps.database.db.select().from(linkAttempts).where(eq(linkAttempts.id, state)))[0];
  const attempt = await read();
  if (attempt?.status !== 'awaiting_consent') return attempt;
  const [claimed] = await deps.database.db
    .update(linkAttempts)
    .set({ callbackAt: deps.clock.now() })
    .where(and(eq(linkAttempts.id, state), isNull(linkAttempts.callbackAt)))
    .returning({ id: linkAttempts.id });
  if (!claimed) return awaitFirstCallback(read, (a) => a?.status !== 'awaiting_consent');
  const connector = deps.banks.get(attempt.institution);
  if (!connector) return failAttempt(deps, attempt, 'institution_unavailable');
  try {
    const tokens = await connector.exchange(params, {
      state,
      codeVerifier: deps.cipher.decryptText(attempt.verifierEnc, VERIFIER_CONTEXT),
      redirectUri: callbackUrl(deps),
    });
    const access = { consentId: attempt.bankConsentId, accessToken: tokens.accessToken };
    const consent = await connector.consent(attempt.bankConsentId);
    if (consent.status !== 'active') return failAttempt(deps, attempt, 'consent_denied');
    const accounts = await connector.accounts(access);
    const balances = await Promise.all(
      accounts.map((a) => connector.balance(access, a.bankAccountId).catch(() => null)),
    );
    const now = deps.clock.now();
    return await deps.database.db.transaction(async (tx) => {
      // The customer reference travels from the session to the link (no other customer data does).
      const [session] = await tx
        .select({ customer: sessions.customer })
        .from(sessions)
        .where(eq(sessions.id, attempt.sessionId));
      let linkId = attempt.linkId;
      const patch = {
        bankConsentId: attempt.bankConsentId,
        consentExpiresAt: consent.expiresAt,
        tokensEnc: sealTokens(deps, tokens),
        expiringNotifiedAt: null,
        updatedAt: now,
      };
      if (linkId) {
        await tx.update(links).set(patch).where(eq(links.id, linkId));
      } else {
        linkId = newId('link');
        await tx.insert(links).values({
          id: linkId,
          partnerId: attempt.partnerId,
          livemode: attempt.livemode,
          sessionId: attempt.sessionId,
          customerReference: session?.customer.reference ?? null,
          institution: attempt.institution,
          status: 'pending',
          scopes: SCOPES,
          createdAt: now,
          ...patch,
        });
      }
      for (const [i, a] of accounts.entries()) {
        const b = balances[i];
        const balance = b
          ? {
              object: 'balance',
              currency: b.currency,
              available: b.available,
              current: b.current,
              limit: b.limit,
              as_of: b.asOf,
            }
          : null;
        const masked = {
          iban: maskTail(a.iban),
          sort_code: a.sortCode,
          account_number: maskTail(a.accountNumber),
        };
        const full = JSON.stringify({ iban: a.iban, sort_code: a.sortCode, account_number: a.accountNumber });
        await tx
          .insert(linkAccounts)
          .values({
            id: newId('account'),
            linkId,
            partnerId: attempt.partnerId,
            livemode: attempt.livemode,
            bankAccountId: a.bankAccountId,
            name: a.name,
            type: a.type,
            subtype: a.subtype,
            currency: a.currency,
            identifiers: masked,
            identifiersEnc: deps.cipher.encrypt(full, 'link_accounts.identifiers'),
            balance: null,
            createdAt: now,
          })
          .onConflictDoUpdate({
            target: [linkAccounts.linkId, linkAccounts.bankAccountId],
            set: { name: a.name, identifiers: masked, balance: null },
          });
        if (balance) {
          await tx
            .update(linkAccounts)
            .set({ balance })
            .where(and(eq(linkAccounts.linkId, linkId), eq(linkAccounts.bankAccountId, a.bankAccountId)));
        }
      }
      const [done] = await tx
        .update(linkAttempts)
        .set({ status: 'choose_accounts', resultLinkId: linkId, updatedAt: now })
        .where(eq(linkAttempts.id, state))
        .returning();
      return done!;
    });
  } catch (error) {
    deps.logger.warn(
      { institution: attempt.institution, code: bankFailureCode(error) },
      'bank authorisation failed',
    );
    return failAttempt(deps, attempt, bankFailureCode(error));
  }
}

export async function latestAttempt(deps: Deps, session: SessionRow): Promise<AttemptRow | undefined> {
  const [attempt] = await deps.database.db
    .select()
    .from(linkAttempts)
    .where(eq(linkAttempts.sessionId, session.id))
    .orderBy(desc(linkAttempts.createdAt))
    .limit(1);
  return attempt;
}

export async function widgetLinkView(deps: Deps, session: SessionRow): Promise<WidgetLink> {
  const attempt = await latestAttempt(deps, session);
  // Update mode names its bank before any attempt: the widget offers only that one.
  const updating = attempt ? undefined : await updateModeLink(deps, session);
  const institutionId = attempt?.institution ?? updating?.institution;
  const institution = institutionId ? deps.banks.get(institutionId)?.institution : undefined;
  const accounts =
    attempt?.resultLinkId && attempt.status !== 'failed'
      ? await deps.database.db
          .select()
          .from(linkAccounts)
          .where(eq(linkAccounts.linkId, attempt.resultLinkId))
      : [];
  return {
    attempt: attempt?.id ?? null,
    status: attempt?.status ?? 'none',
    error: attempt?.error ?? null,
    update_mode: Boolean(session.linkId),
    institution: institution ? { id: institution.id, name: institution.name } : null,
    accounts: accounts.map((a) => ({
      id: a.id,
      name: a.name,
      subtype: a.subtype as WidgetLink['accounts'][number]['subtype'],
      currency: a.currency,
      mask: (a.identifiers.iban ?? a.identifiers.account_number ?? '').slice(-4),
      balance: ((a.balance as { available?: number | null; current?: number | null } | null)?.available ??
        (a.balance as { current?: number | null } | null)?.current ??
        null) as number | null,
    })),
  };
}

/** The user's account choice: activates the link and finishes the session's link flow. */
export async function chooseAccounts(
  deps: Deps,
  session: SessionRow,
  accountIds: string[],
): Promise<WidgetLink> {
  const attempt = await latestAttempt(deps, session);
  if (attempt?.status !== 'choose_accounts' || !attempt.resultLinkId)
    throw new ApiError('invalid_state', 'There are no accounts to choose yet.');
  const linkId = attempt.resultLinkId;
  const rows = await deps.database.db.select().from(linkAccounts).where(eq(linkAccounts.linkId, linkId));
  const known = new Set(rows.map((r) => r.id));
  const unknown = accountIds.find((id) => !known.has(id));
  if (unknown)
    throw new ApiError('invalid_request', 'An account id is not part of this link.', 'account_ids');
  await deps.database.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(linkAttempts)
      .set({ status: 'linked', updatedAt: deps.clock.now() })
      .where(and(eq(linkAttempts.id, attempt.id), eq(linkAttempts.status, 'choose_accounts')))
      .returning();
    if (!claimed) throw new ApiError('invalid_state', 'The accounts were already chosen.');
    for (const row of rows) {
      await tx
        .update(linkAccounts)
        .set({ selected: accountIds.includes(row.id) })
        .where(eq(linkAccounts.id, row.id));
    }
    const [link] = await tx
      .update(links)
      .set({ status: 'active', updatedAt: deps.clock.now() })
      .where(eq(links.id, linkId))
      .returning();
    await setFlowState(deps, tx, session.id, 'link', {
      status: 'linked',
      result: {
        link_id: linkId,
        institution: attempt.institution,
        accounts: accountIds.length,
        update: Boolean(attempt.linkId),
      },
    });
    // Update mode re-authorises an existing link: no second `link.created`.
    if (!attempt.linkId) {
      await recordEvent(tx, {
        partnerId: session.partnerId,
        type: 'link.created',
        object: toLinkResource(deps, link!),
        now: deps.clock.now(),
      });
    }
  });
  deps.pokeDispatcher();
  return widgetLinkView(deps, session);
}
