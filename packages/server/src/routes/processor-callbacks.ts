/**
 * What the card processor reaches on Finlet: its signed status callbacks (`POST
 * /callbacks/processor` from test mode's sandbox processor, `POST /callbacks/processor/pa_…` from a
 * partner's processor account, checked with that account's secret; a missing, forged or stale
 * `Processor-Signature` → 400 `invalid_signature`; a processor that signs each notification in its
 * body, as Adyen does, is checked by its own `verifyNotifications` and answered as it requires —
 * Adyen's `[accepted]`), and the 3-D Secure return page (`GET /payments/3ds-return`) the challenge
 * redirects to. That page first completes the payment with the processor when the return carries
 * the result (Adyen's `redirectResult` → `/payments/details`), then tells the widget frame
 * (same-origin postMessage from a served script — the page has no inline script) and closes itself
 * when it was a popup.
 */
import { isId } from '@finlet/shared';
import { and, eq, type SQL } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import {
  type CardProcessor,
  type ProcessorEvent,
  ProcessorFailure,
} from '../connectors/payments/processor.ts';
import { PROCESSOR_CALLBACK_PATH } from '../connectors/providers.ts';
import type { AppEnv, Deps } from '../context.ts';
import { payments, sessions } from '../db/schema.ts';
import { ApiError, notFound } from '../errors.ts';
import { RETURN_PATH } from '../payments/confirm.ts';
import { refundFromCallback } from '../payments/refunds.ts';
import { undoProcessorCancel } from '../payments/session-close.ts';
import { applyProcessorPayment } from '../payments/state.ts';

const RETURN_SCRIPT = `// Tells the Finlet frame that the 3-D Secure challenge finished (same origin only).
(() => {
  const params = new URLSearchParams(location.search);
  const message = { ns: 'finlet-3ds', v: 1, payment: params.get('payment'), status: params.get('status') };
  const popup = window.opener && window.opener !== window;
  const target = popup ? window.opener : window.parent !== window ? window.parent : null;
  if (target) target.postMessage(message, location.origin);
  if (popup) window.close();
})();
`;

const RETURN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Returning to checkout</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="${RETURN_PATH}.js" defer></script></head>
<body><main><p role="status">Returning to checkout…</p></main></body></html>
`;

/** Which payments a callback may speak about: those made through the processor that sent it. */
type Scope = (payment: { livemode: boolean; providerAccountId: string | null }) => boolean;

export function processorCallbackRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  async function receive(c: Context<AppEnv>, processor: CardProcessor, mayTouch: Scope) {
    const raw = await c.req.text();
    // Adyen-style processors sign each notification in the body; others sign the request.
    const events = processor.verifyNotifications
      ? processor.verifyNotifications(raw)
      : [processor.verifyCallback(c.req.header('processor-signature'), raw)];
    if (!events || events.some((e) => e === null))
      throw new ApiError('invalid_signature', 'The Processor-Signature is missing, wrong or stale.');
    for (const event of events) if (event) await apply(event, mayTouch);
    // The exact acknowledgement the processor expects, or it sends the notification again.
    if (processor.notificationAnswer) return c.text(processor.notificationAnswer);
    return c.json({ received: true });
  }

  async function apply(event: ProcessorEvent, mayTouch: Scope) {
    const paymentBy = async (where: SQL) => {
      const [row] = await deps.database.db
        .select({
          id: payments.id,
          livemode: payments.livemode,
          providerAccountId: payments.providerAccountId,
        })
        .from(payments)
        .where(where);
      return row && mayTouch(row) ? row : undefined;
    };
    if (event.kind === 'payment') {
      const reference = event.payment.reference;
      const row = isId('payment', reference) ? await paymentBy(eq(payments.id, reference)) : undefined;
      if (row) await applyProcessorPayment(deps, row.id, event.payment);
    } else if (event.kind === 'refund') {
      if (await paymentBy(eq(payments.processorPaymentId, event.refund.payment)))
        await refundFromCallback(deps, event.refund);
    } else if (event.kind === 'cancel_failed') {
      const row = await paymentBy(eq(payments.processorPaymentId, event.payment));
      if (row) await undoProcessorCancel(deps, row.id, event.payment);
    }
  }

  /**
   * A processor whose 3-D Secure return carries the result (Adyen's `redirectResult`) is asked
   * with it now, so the frame's next read finds the payment settled. A processor that does not
   * answer leaves the payment waiting for its notification; the page shows either way.
   */
  async function completeReturn(sessionId: string, params: Record<string, string>) {
    const [row] = await deps.database.db
      .select()
      .from(payments)
      .where(and(eq(payments.sessionId, sessionId), eq(payments.status, 'requires_action')))
      .limit(1);
    if (!row?.processorPaymentId) return;
    const processor = await deps.providers.processorOf(row);
    if (!processor.completeReturn) return;
    try {
      const pp = await processor.completeReturn(row.processorPaymentId, params);
      await applyProcessorPayment(deps, row.id, pp);
    } catch (error) {
      if (!(error instanceof ProcessorFailure)) throw error;
      deps.logger.warn(
        { payment: row.id, code: error.code },
        '3-D Secure return not completed; awaiting notification',
      );
    }
  }

  // Test mode: the sandbox processor Finlet was started with, about test payments only.
  app.post(PROCESSOR_CALLBACK_PATH, (c) =>
    receive(c, deps.providers.sandbox.processor, (p) => !p.livemode && !p.providerAccountId),
  );

  // A partner's processor account: checked with that account's secret, about its own payments only.
  app.post(`${PROCESSOR_CALLBACK_PATH}/:account`, async (c) => {
    const id = c.req.param('account');
    const account = isId('provider_account', id) ? await deps.providers.account(id) : undefined;
    if (!account?.cards) throw notFound('provider account');
    return receive(c, account.cards, (p) => p.providerAccountId === id);
  });

  app.get(RETURN_PATH, async (c) => {
    const id = c.req.query('session');
    let ancestors: string[] = [];
    if (id && isId('session', id)) {
      const [s] = await deps.database.db
        .select({ allowedOrigins: sessions.allowedOrigins })
        .from(sessions)
        .where(eq(sessions.id, id));
      ancestors = s?.allowedOrigins ?? [];
      const redirectResult = c.req.query('redirectResult');
      if (s && redirectResult && redirectResult.length <= 10_000)
        await completeReturn(id, { redirectResult });
    }
    c.header(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' ${ancestors.join(' ')}`.trim(),
    );
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(RETURN_PAGE);
  });

  app.get(`${RETURN_PATH}.js`, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(RETURN_SCRIPT);
  });

  return app;
}
