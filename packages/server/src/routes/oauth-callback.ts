/**
 * `GET /oauth/callback`: where the banks send the user back. The code is exchanged here,
 * server-side (the browser never sees a bank token) and once per attempt (links/callback-claim.ts:
 * a page loaded twice shows the first load's result), then a tiny page tells the frame: in a popup
 * it posts `{ type: 'finlet:oauth', attempt, status }` to `window.opener` with Finlet's own origin
 * as targetOrigin and closes; in redirect mode it returns to the partner's `redirect_uri` with
 * `?finlet_resume=<session id>`, where the page reopens the widget and the link step resumes.
 * No inline script (the page loads `/oauth/callback.js`), no Referer (the URL carries the code).
 * Also publishes Finlet's bank-client JWKS for `private_key_jwt`.
 */
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../context.ts';
import { sessions } from '../db/schema.ts';
import { completeCallback } from '../links/service.ts';
import { completeBankPaymentCallback } from '../payments/bank-callback.ts';
import { resumeUrl } from '../sessions/redirect-uri.ts';

const TEXT = {
  en: {
    done: 'Bank connected',
    failed: 'The bank did not connect',
    close: 'You can close this window.',
    back: 'Continue',
    paid: 'Payment authorised',
    unpaid: 'The payment was not authorised',
  },
  es: {
    done: 'Banco conectado',
    failed: 'El banco no se conectó',
    close: 'Puedes cerrar esta ventana.',
    back: 'Continuar',
    paid: 'Pago autorizado',
    unpaid: 'El pago no se autorizó',
  },
  ar: {
    done: 'تم ربط البنك',
    failed: 'لم يتم ربط البنك',
    close: 'يمكنك إغلاق هذه النافذة.',
    back: 'متابعة',
    paid: 'تم تفويض الدفع',
    unpaid: 'لم يتم تفويض الدفع',
  },
} as const;

const CALLBACK_JS = `(function () {
  var el = document.getElementById('finlet-oauth');
  if (!el) return;
  var d = el.dataset;
  if (d.mode === 'popup' && window.opener) {
    window.opener.postMessage({ type: 'finlet:oauth', attempt: d.attempt, status: d.status }, location.origin);
    window.close();
  } else if (d.return) {
    location.replace(d.return);
  }
})();
`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function oauthCallbackRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get('/.well-known/bank-client-jwks.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ keys: [deps.bankClientJwk] });
  });

  app.get('/oauth/callback.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(CALLBACK_JS);
  });

  app.get('/oauth/callback', async (c) => {
    const params = new URL(c.req.url).searchParams;
    // Pay by bank shares this callback: its attempts are tried first, then the link flow's.
    const paid = await completeBankPaymentCallback(deps, params);
    const attempt = paid
      ? {
          id: paid.attempt.id,
          sessionId: paid.attempt.sessionId,
          mode: paid.attempt.mode,
          // Processing is the bank's to settle: the user authorised it (a reload shows the same).
          status:
            paid.payment.status === 'succeeded' || paid.payment.status === 'processing' ? 'paid' : 'failed',
        }
      : await completeCallback(deps, params);
    const [session] = attempt
      ? await deps.database.db.select().from(sessions).where(eq(sessions.id, attempt.sessionId))
      : [];
    const lang = (session?.locale?.split('-')[0] ?? 'en') as keyof typeof TEXT;
    const m = TEXT[lang] ?? TEXT.en;
    const ok =
      attempt?.status === 'choose_accounts' || attempt?.status === 'linked' || attempt?.status === 'paid';
    const title = paid ? (ok ? m.paid : m.unpaid) : ok ? m.done : m.failed;
    // A stored redirect_uri is checked again before it is rendered (sessions/redirect-uri.ts).
    const back = (attempt?.mode === 'redirect' && session && resumeUrl(deps.config, session)) || '';
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    const body = `<!doctype html><html lang="${escapeHtml(lang in TEXT ? lang : 'en')}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main id="finlet-oauth" data-attempt="${escapeHtml(attempt?.id ?? '')}" data-status="${escapeHtml(attempt?.status ?? 'failed')}" data-mode="${escapeHtml(attempt?.mode ?? 'popup')}" data-return="${escapeHtml(back)}"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(back ? '' : m.close)}</p>${back ? `<p><a href="${escapeHtml(back)}">${escapeHtml(m.back)}</a></p>` : ''}</main><script src="/oauth/callback.js"></script></body></html>`;
    return c.html(body, attempt ? 200 : 400);
  });

  return app;
}
