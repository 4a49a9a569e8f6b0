/** Session resource (docs/architecture.md §2): what a partner creates, reads and cancels. */
import { z } from 'zod';
import { amountCeilings, currencySchema, maxAmount } from '../money.ts';
import { metadataSchema, timestampSchema } from './common.ts';
import { IDENTITY_COUNTRIES } from './countries.ts';

export const FLOWS = ['identity', 'link', 'payment'] as const;
export const flowSchema = z.enum(FLOWS);
export type Flow = z.infer<typeof flowSchema>;

export const SESSION_STATUSES = ['open', 'completed', 'expired', 'canceled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** An http(s) origin with no path, e.g. https://shop.example or http://localhost:3000. */
export const originSchema = z
  .string()
  .max(200)
  // The shape in the document; the URL check below is the server's rule (no default port, lower case).
  .regex(
    /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:[1-9][0-9]{0,4})?$/,
    {
      message: 'must be an origin such as https://shop.example (scheme, host, optional port; no path)',
    },
  )
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
      } catch {
        return false;
      }
    },
    { message: 'must be an origin such as https://shop.example (scheme, host, optional port; no path)' },
  );

/** Hosts a `redirect_uri` may name over plain http, outside production (a developer's machine). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `uri` may not be a session's `redirect_uri` (the partner page a redirect-mode flow returns
 * the user to), or null when it may: https (http only to a loopback host when `httpLoopback`), no
 * other scheme, no credentials, and its origin one of the session's `allowed_origins` — the pages
 * the partner registered, so Finlet never sends a user anywhere else.
 */
export function redirectUriProblem(
  uri: string,
  allowedOrigins: readonly string[],
  opts: { httpLoopback: boolean },
): string | null {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return 'must be an absolute https URL';
  }
  const loopbackHttp = opts.httpLoopback && u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname);
  if (u.protocol !== 'https:' && !loopbackHttp) {
    return opts.httpLoopback
      ? 'must use https (http only for localhost, 127.0.0.1 or [::1])'
      : 'must use https';
  }
  if (u.username || u.password) return 'must not carry credentials';
  if (!allowedOrigins.includes(u.origin)) return `must be on one of allowed_origins (${u.origin} is not)`;
  return null;
}

export const appearanceSchema = z.strictObject({
  theme: z.enum(['light', 'dark', 'auto']).optional(),
  color_primary: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  radius: z
    .string()
    .regex(/^\d{1,2}px$/)
    .optional(),
  font_family: z
    .string()
    .max(100)
    .regex(/^[\w\s,'"-]+$/)
    .optional(),
});
export type Appearance = z.infer<typeof appearanceSchema>;

/**
 * An e-mail address as the published schema's `format: email` means it (RFC 5321: a dot-atom local
 * part, host labels that neither start nor end with a hyphen). zod's default pattern also admits
 * `a@b-.example`, which the OpenAPI document then said was not an e-mail address.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export const customerSchema = z.strictObject({
  reference: z.string().min(1).max(100),
  email: z.email({ pattern: EMAIL }).max(254).optional(),
  name: z.string().max(200).optional(),
  phone: z.string().max(30).optional(),
  /** ISO 3166-1 alpha-2 country of residence: the identity flow starts with it chosen. */
  country: z.enum(IDENTITY_COUNTRIES, { message: 'an ISO 3166-1 alpha-2 country code' }).optional(),
});

export const sessionPaymentSchema = z
  .strictObject({
    amount: z.number().int().positive(),
    currency: currencySchema,
    description: z.string().min(1).max(200),
  })
  .refine((p) => p.amount <= maxAmount(p.currency), {
    message: 'amount exceeds the limit',
    path: ['amount'],
  })
  .meta({ allOf: amountCeilings });

export const createSessionSchema = z
  .strictObject({
    flows: z
      .array(flowSchema)
      .min(1)
      .max(3)
      .refine((f) => new Set(f).size === f.length, { message: 'flows must not repeat' })
      .meta({ uniqueItems: true }),
    customer: customerSchema,
    payment: sessionPaymentSchema.optional(),
    link: z.strictObject({ id: z.string().max(100) }).optional(),
    allowed_origins: z.array(originSchema).min(1).max(10),
    redirect_uri: z.url().max(500).optional(),
    locale: z.string().min(2).max(35).optional(),
    appearance: appearanceSchema.optional(),
    metadata: metadataSchema.optional(),
  })
  .refine((s) => !s.flows.includes('payment') || s.payment !== undefined, {
    message: 'payment is required when flows includes "payment"',
    path: ['payment'],
  })
  .meta({ id: 'CreateSessionRequest' });
export type CreateSession = z.infer<typeof createSessionSchema>;

export const flowStateSchema = z.object({
  status: z.string(),
  result: z.record(z.string(), z.unknown()).nullable(),
});

export const sessionSchema = z
  .object({
    id: z.string(),
    object: z.literal('session'),
    livemode: z.boolean(),
    status: z.enum(SESSION_STATUSES),
    flows: z.array(flowSchema),
    flow_states: z.record(z.string(), flowStateSchema),
    customer: customerSchema,
    payment: z.object({ amount: z.number(), currency: z.string(), description: z.string() }).nullable(),
    allowed_origins: z.array(z.string()),
    redirect_uri: z.string().nullable(),
    locale: z.string().nullable(),
    appearance: appearanceSchema.nullable(),
    metadata: z.record(z.string(), z.string()),
    created_at: timestampSchema,
    expires_at: timestampSchema,
    completed_at: timestampSchema.nullable(),
    canceled_at: timestampSchema.nullable(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** Returned once, on creation: the session plus its client token for the widget. */
export const createdSessionSchema = sessionSchema
  .extend({ client_token: z.string() })
  .meta({ id: 'CreatedSession' });

/**
 * `POST /v1/sessions/:id/client_token`: a fresh client token for a session still in use, for a
 * widget open longer than a token lives (`onTokenExpired`). `expires_at` is the token's own expiry.
 */
export const clientTokenSchema = z
  .object({
    object: z.literal('client_token'),
    session_id: z.string(),
    client_token: z.string(),
    expires_at: z.string(),
  })
  .meta({ id: 'ClientToken' });
export type ClientToken = z.infer<typeof clientTokenSchema>;

/** `GET /widget/v1/session/embedding`: the calling page's origin may embed the session's widget. */
export const widgetEmbeddingSchema = z
  .object({ embeddable: z.literal(true), origin: z.string() })
  .meta({ id: 'WidgetEmbedding' });
export type WidgetEmbedding = z.infer<typeof widgetEmbeddingSchema>;

/** What the widget frame reads about its session (`GET /widget/v1/session`): no partner secrets. */
export const widgetSessionSchema = z
  .object({
    id: z.string(),
    status: z.enum(SESSION_STATUSES),
    partner: z.object({ name: z.string() }),
    flows: z.array(flowSchema),
    flow_states: z.record(z.string(), flowStateSchema),
    payment: z.object({ amount: z.number(), currency: z.string(), description: z.string() }).nullable(),
    allowed_origins: z.array(z.string()),
    locale: z.string().nullable(),
    appearance: appearanceSchema.nullable(),
    /**
     * The customer's country (`customer.country`), if the partner gave it: the identity flow
     * starts with it. Nothing else about the customer reaches the browser.
     */
    customer_country: z.string().nullable(),
    expires_at: timestampSchema,
    /**
     * Whether the loader's prepared frame (`/flow/warm`, one policy for every session) can run this
     * session: `shared` when its card processor is the deployment's own (test mode), `session`
     * when the frame must load as the session's own page (`/flow/?session=…`), whose policy names
     * the partner's processor.
     */
    frame_policy: z.enum(['shared', 'session']),
  })
  .meta({ id: 'WidgetSession' });
export type WidgetSession = z.infer<typeof widgetSessionSchema>;

/** `POST /widget/v1/session/complete` answer: what the frame hands to the host in `success`. */
export const widgetCompleteSchema = z
  .object({
    session_id: z.string(),
    result_token: z.string(),
    summary: z.object({ flows: z.record(z.string(), z.object({ status: z.string() })) }),
  })
  .meta({ id: 'WidgetComplete' });
export type WidgetComplete = z.infer<typeof widgetCompleteSchema>;
