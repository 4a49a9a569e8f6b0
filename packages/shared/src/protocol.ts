/**
 * The browser ↔ frame message protocol (docs/architecture.md §4). Every message carries `ns: "finlet"` and `v: 1`.
 * Receivers check, in order: event.source, then `parseMessage`, then event.origin.
 */
import { z } from 'zod';
import { widgetEventNames } from './events.ts';

const base = { ns: z.literal('finlet'), v: z.literal(1) };

/** The longest client token a message may carry (the server refuses longer bearer tokens too). */
export const MAX_TOKEN_LENGTH = 4096;

export const EXIT_STATUSES = [
  'user_exit',
  'invalid_token',
  'expired',
  'canceled',
  'origin_not_allowed',
  'error',
  'consent_denied',
  'institution_unavailable',
] as const;
export type ExitStatus = (typeof EXIT_STATUSES)[number];

export const sessionSummarySchema = z.object({
  flows: z.record(z.string(), z.object({ status: z.string() })),
});

export const frameToHostSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('ready') }),
  z.object({ ...base, type: z.literal('resize'), height: z.number().finite().nonnegative().max(100_000) }),
  z.object({
    ...base,
    type: z.literal('event'),
    name: z.enum(widgetEventNames),
    at: z.string(),
    metadata: z.record(z.string(), z.unknown()).default({}),
  }),
  z.object({
    ...base,
    type: z.literal('success'),
    session_id: z.string(),
    result_token: z.string(),
    summary: sessionSummarySchema,
  }),
  z.object({
    ...base,
    type: z.literal('exit'),
    status: z.enum(EXIT_STATUSES),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  }),
  // The client token expired while the widget is open: the frame asks the page for a fresh one
  // (the page's `onTokenExpired`) and holds the call that failed until the host answers `token`.
  z.object({ ...base, type: z.literal('token_expired') }),
]);
export type FrameToHost = z.infer<typeof frameToHostSchema>;

export const hostToFrameSchema = z.discriminatedUnion('type', [
  // The page closes the widget (`handle.close()`). The frame answers with its last message:
  // `success` if the session has completed (the user paid, then closed), else `exit` `user_exit`.
  z.object({ ...base, type: z.literal('close') }),
  z.object({
    ...base,
    type: z.literal('init'),
    // The hand-off: the session's client token (its `sub` names the session), given to the frame
    // by message so it is never in a URL. A frame takes one session in its lifetime.
    token: z.string().min(1).max(MAX_TOKEN_LENGTH).optional(),
    locale: z.string().max(35).optional(),
    appearance: z.record(z.string(), z.string().max(200)).optional(),
  }),
  // The answer to `token_expired`: a fresh client token for the same session, or none (the page has
  // no `onTokenExpired`, or it failed), in which case the widget ends with `exit` `expired`.
  z.object({ ...base, type: z.literal('token'), token: z.string().min(1).max(MAX_TOKEN_LENGTH).optional() }),
]);
export type HostToFrame = z.infer<typeof hostToFrameSchema>;

type Without<T> = T extends unknown ? Omit<T, 'ns' | 'v'> : never;
export type FrameToHostBody = Without<FrameToHost>;
export type HostToFrameBody = Without<HostToFrame>;

export function frameMessage(body: FrameToHostBody): FrameToHost {
  return { ns: 'finlet', v: 1, ...body } as FrameToHost;
}
export function hostMessage(body: HostToFrameBody): HostToFrame {
  return { ns: 'finlet', v: 1, ...body } as HostToFrame;
}

export function parseFrameToHost(data: unknown): FrameToHost | null {
  const r = frameToHostSchema.safeParse(data);
  return r.success ? r.data : null;
}
export function parseHostToFrame(data: unknown): HostToFrame | null {
  const r = hostToFrameSchema.safeParse(data);
  return r.success ? r.data : null;
}
