/**
 * The demo shop as a Hono app: pages, the checkout API its pages call, the webhook receiver and
 * static assets. Every response carries a CSP that allows scripts only from the shop itself and
 * from Finlet's origin (for `widget.js`), and frames only from Finlet.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { z } from 'zod';
import { FinletError, FLOWS, finletClient, type ResultVerification } from './finlet.ts';
import {
  elementPage,
  errorPage,
  layout,
  orderPage,
  productPage,
  reactPage,
  vuePage,
  webhooksPage,
} from './pages.ts';
import { reactBundle } from './react-bundle.ts';
import { webhookReceiver, webhookStore } from './webhooks.ts';

export interface DemoOptions {
  publicUrl: string;
  finletUrl: string;
  secretKey: string;
  webhookSecret: string;
  /** The demo partner's id: pins the result token's audience. */
  partnerId: string;
}

const PUBLIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');
const VUE = createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-browser.prod.js');
const ASSETS: Record<string, [file: string, type: string]> = {
  'shop.css': [path.join(PUBLIC, 'shop.css'), 'text/css; charset=utf-8'],
  'checkout.js': [path.join(PUBLIC, 'checkout.js'), 'text/javascript; charset=utf-8'],
  'order.js': [path.join(PUBLIC, 'order.js'), 'text/javascript; charset=utf-8'],
  'element.js': [path.join(PUBLIC, 'element.js'), 'text/javascript; charset=utf-8'],
  'vue-checkout.js': [path.join(PUBLIC, 'vue-checkout.js'), 'text/javascript; charset=utf-8'],
  'vue.js': [VUE, 'text/javascript; charset=utf-8'],
};

const checkoutSchema = z.strictObject({
  flows: z
    .array(z.enum(FLOWS))
    .min(1)
    .refine((f) => new Set(f).size === f.length),
  locale: z.enum(['en', 'es', 'ar']).optional(),
  theme: z.enum(['light', 'dark', 'auto']).optional(),
});
const confirmSchema = z.strictObject({ result_token: z.string().min(1).max(4096) });
const sessionIdSchema = z.string().regex(/^ses_[A-Za-z0-9]{1,64}$/);

export function createDemoApp(opts: DemoOptions) {
  const finlet = finletClient(opts);
  const webhooks = webhookStore();
  const verifications = new Map<string, ResultVerification>();
  /** Sessions this shop created: the only ones it renews tokens for. */
  const checkouts = new Set<string>();
  const finletOrigin = new URL(opts.finletUrl).origin;
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${finletOrigin}`,
    `frame-src ${finletOrigin}`,
    // The loader asks Finlet why a widget cannot run on this page (its frame refused): connect-src.
    `connect-src 'self' ${finletOrigin}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  const page = (
    title: string,
    nav: Parameters<typeof layout>[0]['nav'],
    body: Parameters<typeof layout>[0]['body'],
    scripts: string[] = [],
    module = false,
  ) => layout({ title, nav, finletUrl: opts.finletUrl, scripts, body, module });

  // Built from src/react on first use (react-bundle.ts); the other assets are files.
  app.get('/assets/react-checkout.js', async (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(await reactBundle()));
  });

  app.get('/assets/:name', async (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('Content-Type', asset[1]);
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(await readFile(asset[0])));
  });

  app.get('/', (c) => c.html(page('Checkout demo', 'shop', productPage(), ['/assets/checkout.js'])));

  app.post('/api/checkout', async (c) => {
    const input = checkoutSchema.safeParse(await c.req.json().catch(() => null));
    if (!input.success) return c.json({ error: 'Choose at least one flow.' }, 400);
    try {
      const s = await finlet.createSession(input.data);
      checkouts.add(s.id);
      return c.json({ session_id: s.id, client_token: s.client_token }, 201);
    } catch (e) {
      return c.json(
        { error: e instanceof FinletError ? `${e.code}: ${e.message}` : 'Finlet is unreachable.' },
        502,
      );
    }
  });

  // The widget's onTokenExpired: a checkout left open longer than a client token lives gets a new
  // one. A real shop would also check that the session is the signed-in customer's.
  app.post('/api/checkout/:id/token', async (c) => {
    const id = sessionIdSchema.safeParse(c.req.param('id'));
    if (!id.success || !checkouts.has(id.data)) return c.json({ error: 'not found' }, 404);
    try {
      const { client_token } = await finlet.clientToken(id.data);
      return c.json({ client_token });
    } catch (e) {
      return c.json({ error: e instanceof FinletError ? e.code : 'Finlet is unreachable.' }, 502);
    }
  });

  async function orderView(id: string) {
    let session = null;
    let sessionError = null;
    try {
      session = await finlet.getSession(id);
    } catch (e) {
      sessionError =
        e instanceof FinletError && e.status !== undefined
          ? `${e.status} ${e.code}`
          : 'Finlet is unreachable.';
    }
    return {
      sessionId: id,
      session,
      sessionError,
      verification: verifications.get(id) ?? null,
      webhooks: webhooks.forSession(id),
    };
  }

  // The page posts what onSuccess gave it; only the server's own verification decides.
  app.post('/api/orders/:id/confirm', async (c) => {
    const id = sessionIdSchema.safeParse(c.req.param('id'));
    const body = confirmSchema.safeParse(await c.req.json().catch(() => null));
    if (!id.success || !body.success) return c.json({ error: 'bad request' }, 400);
    const verification = await finlet.verifyResult(body.data.result_token, id.data);
    if (verification.valid || !verifications.get(id.data)?.valid) verifications.set(id.data, verification);
    return c.json(await orderView(id.data));
  });

  app.get('/api/orders/:id', async (c) => {
    const id = sessionIdSchema.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: 'not found' }, 404);
    return c.json(await orderView(id.data));
  });

  app.get('/orders/:id', async (c) => {
    const id = sessionIdSchema.safeParse(c.req.param('id'));
    if (!id.success)
      return c.html(page('Not found', 'order', errorPage('Order not found', 'No such order.')), 404);
    return c.html(
      page(`Order ${id.data}`, 'order', orderPage(await orderView(id.data)), ['/assets/order.js']),
    );
  });

  app.get('/element', async (c) => {
    try {
      const s = await finlet.createSession({ flows: ['payment'] });
      return c.html(page('Markup embed', 'element', elementPage(s.client_token), ['/assets/element.js']));
    } catch {
      return c.html(
        page('Unavailable', 'element', errorPage('Checkout unavailable', 'Finlet could not be reached.')),
        502,
      );
    }
  });

  app.get('/vue', (c) => c.html(page('Vue embed', 'vue', vuePage(), ['/assets/vue-checkout.js'], true)));
  app.get('/react', (c) =>
    c.html(page('React embed', 'react', reactPage(), ['/assets/react-checkout.js'], true)),
  );

  app.route('/webhooks', webhookReceiver(opts.webhookSecret, webhooks));
  app.get('/webhooks', (c) =>
    c.html(page('Webhooks', 'webhooks', webhooksPage(webhooks.list(), webhooks.orderOf))),
  );
  app.get('/api/webhooks', (c) => c.json({ data: webhooks.list() }));

  return app;
}
