/**
 * `createApp(deps)`: the whole HTTP surface of Finlet as one Hono app. Everything it needs comes
 * in through `deps`, so tests build the real app around a test database, a manual clock or a
 * fault-injecting connector.
 */
import { Hono } from 'hono';
import type { AppEnv, Deps } from './context.ts';
import { bodyLimit } from './middleware/body-limit.ts';
import { onError, onNotFound } from './middleware/errors.ts';
import { idempotency } from './middleware/idempotency.ts';
import { partnerAuth } from './middleware/partner-auth.ts';
import { requestContext } from './middleware/request-context.ts';
import { setResponseHeader } from './middleware/response-header.ts';
import { inputGuards } from './middleware/validate.ts';
import { contractRoutes } from './openapi/contract.ts';
import { buildOpenApi } from './openapi/document.ts';
import { registerWebhooks } from './openapi/webhooks.ts';
import { accountRoutes } from './routes/accounts.ts';
import { apiKeyRoutes } from './routes/api-keys.ts';
import { customerRoutes } from './routes/customers.ts';
import { dashboardRoutes } from './routes/dashboard/index.ts';
import { docsRoutes } from './routes/docs.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { identityRuleRoutes } from './routes/identity-rules.ts';
import { identityVerificationRoutes } from './routes/identity-verifications.ts';
import { kycCallbackRoutes } from './routes/kyc-callbacks.ts';
import { linkRoutes } from './routes/links.ts';
import { metricsOnApiPort, metricsRoutes } from './routes/metrics.ts';
import { oauthCallbackRoutes } from './routes/oauth-callback.ts';
import { paymentRoutes } from './routes/payments.ts';
import { processorCallbackRoutes } from './routes/processor-callbacks.ts';
import { providerAccountRoutes } from './routes/provider-accounts.ts';
import { screeningRoutes } from './routes/screenings.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { transactionRoutes } from './routes/transactions.ts';
import { webhookEndpointRoutes } from './routes/webhook-endpoints.ts';
import { wellKnownRoutes } from './routes/well-known.ts';
import { widgetRoutes } from './routes/widget.ts';
import { widgetAssetRoutes } from './routes/widget-assets.ts';
import { widgetIdentityRoutes } from './routes/widget-identity.ts';
import { widgetLinkRoutes } from './routes/widget-link.ts';
import { widgetPaymentRoutes } from './routes/widget-payments.ts';
import { widgetBankPaymentRoutes } from './routes/widget-payments-bank.ts';

export type { Deps } from './context.ts';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(onNotFound);

  app.use('*', requestContext(deps));
  app.use('*', bodyLimit(deps.config.FINLET_BODY_LIMIT));

  app.route('/', healthRoutes(deps));
  if (metricsOnApiPort(deps.config)) app.route('/', metricsRoutes(deps));
  app.route('/', oauthCallbackRoutes(deps));
  app.route(
    '/',
    docsRoutes(() => document()),
  );
  app.route('/.well-known', wellKnownRoutes(deps));
  app.route('/', widgetAssetRoutes(deps));
  app.route('/', processorCallbackRoutes(deps));
  app.route('/callbacks', kycCallbackRoutes(deps));
  app.route('/', dashboardRoutes(deps) as unknown as Hono<AppEnv>);

  const v1 = contractRoutes();
  // Authentication sets the rate limit too: per key id here, per session on the widget API.
  v1.use('*', partnerAuth(deps));
  v1.use('*', idempotency(deps));
  v1.use('*', inputGuards);
  v1.route('/sessions', sessionRoutes(deps));
  v1.route('/webhook_endpoints', webhookEndpointRoutes(deps));
  v1.route('/events', eventRoutes(deps));
  v1.route('/links', linkRoutes(deps));
  v1.route('/accounts', accountRoutes(deps));
  v1.route('/transactions', transactionRoutes(deps));
  v1.route('/payments', paymentRoutes(deps));
  v1.route('/screenings', screeningRoutes(deps));
  v1.route('/identity_verifications', identityVerificationRoutes(deps));
  v1.route('/identity_rules', identityRuleRoutes(deps));
  v1.route('/customers', customerRoutes(deps));
  v1.route('/api_keys', apiKeyRoutes(deps));
  v1.route('/provider_accounts', providerAccountRoutes(deps));
  registerWebhooks(v1);
  app.route('/v1', v1);

  const widget = contractRoutes();
  // Answers depend on the bearer token, and browsers cache a bare 410 forever: never cache them.
  widget.use('*', async (c, next) => {
    await next();
    setResponseHeader(c, 'Cache-Control', 'no-store');
  });
  widget.route('/identity', widgetIdentityRoutes(deps));
  widget.route('/', widgetRoutes(deps));
  widget.route('/', widgetLinkRoutes(deps));
  widget.route('/', widgetBankPaymentRoutes(deps));
  widget.route('/', widgetPaymentRoutes(deps));
  app.route('/widget/v1', widget);

  // The document is generated from the routes' own contracts, once, on first request.
  let built: ReturnType<typeof buildOpenApi> | undefined;
  function document() {
    built ??= buildOpenApi({ '/v1': v1, '/widget/v1': widget }, deps.config.publicUrl);
    return built;
  }
  return app;
}
