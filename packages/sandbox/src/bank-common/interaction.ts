/**
 * The login, one-time-code and consent pages of a sandbox bank (oidc-provider "interactions"). The
 * sandbox users decide what happens: `user_locked` cannot sign in, `user_mfa` must enter 123456,
 * `user_deny` sees Deny focused. Approving the consent creates the OAuth grant and binds the bank
 * consent (named by the authorize parameter `consent_id`) to the user and the chosen accounts.
 */
import type { HttpBindings } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import type { Ledger } from './ledger.ts';
import { t } from './messages.ts';
import type { AuthServer } from './oauth.ts';
import { consentPage, errorPage, type FieldError, loginPage, mfaPage } from './pages.ts';
import { findUser, SANDBOX_MFA_CODE } from './users.ts';

/**
 * What a consent page shows: an account consent (what the client will see, until when) or a
 * payment (amount, payee and reference, approved from one account).
 */
export type ConsentDescription =
  | { kind: 'accounts'; permissions: string[]; until: string }
  | { kind: 'payment'; amount: string; payee: string; reference: string; until: string };

/** What a bank dialect tells the consent page, and how it records the user's decision. */
export interface ConsentGate {
  describe(consentId: string | undefined, clientId: string): ConsentDescription | { error: string };
  authorise(consentId: string, username: string, accountIds: string[]): void;
  reject(consentId: string): void;
}

type Env = { Bindings: HttpBindings };
type Interaction = Awaited<ReturnType<AuthServer['provider']['interactionDetails']>>;

export function interactionRoutes(o: {
  bank: string;
  auth: AuthServer;
  ledger: Ledger;
  gate: ConsentGate;
}): Hono<Env> {
  const { provider } = o.auth;
  const router = new Hono<Env>();
  /** Interaction uid → username that passed the password step but still owes the one-time code. */
  const awaitingCode = new Map<string, string>();

  const details = (c: Context<Env>) => provider.interactionDetails(c.env.incoming, c.env.outgoing);
  const finish = async (c: Context<Env>, result: Parameters<typeof provider.interactionResult>[2]) =>
    c.redirect(
      await provider.interactionResult(c.env.incoming, c.env.outgoing, result, {
        mergeWithLastSubmission: false,
      }),
      303,
    );
  const html = (c: Context<Env>, body: string, status: 200 | 400 | 403 = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(body, status);
  };
  const login = (
    c: Context<Env>,
    i: Interaction,
    username: string,
    errors: FieldError[],
    status: 200 | 400 | 403 = 200,
  ) => {
    const described = o.gate.describe(i.params.consent_id as string | undefined, String(i.params.client_id));
    return html(
      c,
      loginPage({
        bank: o.bank,
        client: String(i.params.client_id),
        payment: 'kind' in described && described.kind === 'payment',
        action: `/interaction/${i.uid}/login`,
        username,
        errors,
      }),
      status,
    );
  };

  const consentView = (
    uid: string,
    username: string,
    clientId: string,
    consentId: string,
    errors: FieldError[],
  ) => {
    const described = o.gate.describe(consentId, clientId);
    if ('error' in described) return errorPage(o.bank, described.error);
    const accounts = o.ledger
      .accountsOf(username)
      .map((a) => ({ id: a.id, label: `${a.nickname} (${a.currency}) ••••${a.iban.slice(-4)}` }));
    return consentPage({
      bank: o.bank,
      client: clientId,
      action: `/interaction/${uid}/confirm`,
      described,
      accounts,
      errors,
      focusDeny: findUser(username)?.behaviour === 'deny',
    });
  };

  router.get('/:uid', async (c) => {
    const interaction = await details(c);
    const clientId = String(interaction.params.client_id);
    const consentId = interaction.params.consent_id as string | undefined;
    const described = o.gate.describe(consentId, clientId);
    if ('error' in described)
      return finish(c, { error: 'invalid_request', error_description: described.error });
    if (interaction.prompt.name === 'login') {
      if (awaitingCode.has(interaction.uid))
        return html(c, mfaPage({ bank: o.bank, action: `/interaction/${interaction.uid}/mfa`, errors: [] }));
      return login(c, interaction, '', []);
    }
    const username = interaction.session?.accountId ?? '';
    return html(c, consentView(interaction.uid, username, clientId, String(consentId), []));
  });

  router.post('/:uid/login', async (c) => {
    const interaction = await details(c);
    const form = await c.req.parseBody();
    const username = String(form.username ?? '').trim();
    const password = String(form.password ?? '');
    const errors: FieldError[] = [];
    if (!username) errors.push({ field: 'username', message: t('missingUsername') });
    if (!password) errors.push({ field: 'password', message: t('missingPassword') });
    if (errors.length > 0) return login(c, interaction, username, errors, 400);
    const user = findUser(username);
    if (user?.behaviour === 'locked')
      return login(c, interaction, username, [{ field: 'username', message: t('locked') }], 403);
    if (!user || user.password !== password) {
      return login(c, interaction, username, [{ field: 'password', message: t('wrongCredentials') }], 400);
    }
    if (user.behaviour === 'mfa') {
      awaitingCode.set(interaction.uid, user.username);
      return html(c, mfaPage({ bank: o.bank, action: `/interaction/${interaction.uid}/mfa`, errors: [] }));
    }
    return finish(c, { login: { accountId: user.username } });
  });

  router.post('/:uid/mfa', async (c) => {
    const interaction = await details(c);
    const username = awaitingCode.get(interaction.uid);
    if (!username) return login(c, interaction, '', [], 400);
    const form = await c.req.parseBody();
    if (String(form.otp ?? '').trim() !== SANDBOX_MFA_CODE) {
      const errors = [{ field: 'otp', message: t('mfaWrong') }];
      return html(c, mfaPage({ bank: o.bank, action: `/interaction/${interaction.uid}/mfa`, errors }), 400);
    }
    awaitingCode.delete(interaction.uid);
    return finish(c, { login: { accountId: username }, amr: ['pwd', 'otp'] } as never);
  });

  router.post('/:uid/confirm', async (c) => {
    const interaction = await details(c);
    const clientId = String(interaction.params.client_id);
    const consentId = String(interaction.params.consent_id);
    const username = interaction.session?.accountId;
    if (interaction.prompt.name !== 'consent' || !username)
      return html(c, errorPage(o.bank, t('errorTitle')), 400);
    const form = await c.req.parseBody({ all: true });
    if (form.decision === 'deny') {
      o.gate.reject(consentId);
      return finish(c, { error: 'access_denied', error_description: 'The user denied the consent.' });
    }
    const owned = new Set(o.ledger.accountsOf(username).map((a) => a.id));
    const chosen = ([] as unknown[])
      .concat(form.account ?? [])
      .map(String)
      .filter((id) => owned.has(id));
    if (chosen.length === 0) {
      const payment = o.gate.describe(consentId, clientId);
      const message =
        'kind' in payment && payment.kind === 'payment' ? 'paymentNoAccount' : 'consentNoAccounts';
      const errors = [{ field: 'account-0', message: t(message) }];
      return html(c, consentView(interaction.uid, username, clientId, consentId, errors), 400);
    }
    const grant = new provider.Grant({ accountId: username, clientId });
    const missing = interaction.prompt.details as {
      missingOIDCScope?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    o.auth.consentOfGrant.set(grantId, consentId);
    o.gate.authorise(consentId, username, chosen);
    return finish(c, { consent: { grantId } });
  });

  return router;
}
