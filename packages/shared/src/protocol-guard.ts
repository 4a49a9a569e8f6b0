/**
 * A zod-free check of protocol messages for the loader, whose 3 KB budget cannot carry zod.
 * It accepts exactly what `frameToHostSchema` / `hostToFrameSchema` accept (a test holds the two
 * together); the frame side may use either.
 */
import type { FrameToHost, HostToFrame } from './protocol.ts';

/** protocol.ts's MAX_TOKEN_LENGTH, repeated: importing that module would bring zod along. */
const MAX_TOKEN_LENGTH = 4096;

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

const EXIT = new Set([
  'user_exit',
  'invalid_token',
  'expired',
  'canceled',
  'origin_not_allowed',
  'error',
  'consent_denied',
  'institution_unavailable',
]);
const EVENTS = new Set([
  'OPEN',
  'STEP_VIEW',
  'SELECT_INSTITUTION',
  'OAUTH_OPEN',
  'OAUTH_CLOSE',
  'OAUTH_FAIL',
  'SUBMIT_IDENTITY',
  'SUBMIT_DOCUMENT',
  'SUBMIT_PAYMENT',
  'CHALLENGE_OPEN',
  'ERROR',
  'EXIT',
  'SUCCESS',
]);

function isSummary(x: unknown): boolean {
  if (!isObj(x) || !isObj(x.flows)) return false;
  return Object.values(x.flows).every((f) => isObj(f) && isStr(f.status));
}

export function isFrameToHost(m: unknown): m is FrameToHost {
  if (!isObj(m) || m.ns !== 'finlet' || m.v !== 1) return false;
  switch (m.type) {
    case 'ready':
    case 'token_expired':
      return true;
    case 'resize':
      return (
        typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && m.height <= 100_000
      );
    case 'event':
      return (
        isStr(m.name) && EVENTS.has(m.name) && isStr(m.at) && (m.metadata === undefined || isObj(m.metadata))
      );
    case 'success':
      return isStr(m.session_id) && isStr(m.result_token) && isSummary(m.summary);
    case 'exit':
      return (
        isStr(m.status) &&
        EXIT.has(m.status) &&
        (m.error === undefined || (isObj(m.error) && isStr(m.error.code) && isStr(m.error.message)))
      );
    default:
      return false;
  }
}

export function isHostToFrame(m: unknown): m is HostToFrame {
  if (!isObj(m) || m.ns !== 'finlet' || m.v !== 1) return false;
  if (m.type === 'close') return true;
  const tokenOk =
    m.token === undefined || (isStr(m.token) && m.token.length > 0 && m.token.length <= MAX_TOKEN_LENGTH);
  if (m.type === 'token') return tokenOk;
  if (m.type !== 'init' || !tokenOk) return false;
  if (m.locale !== undefined && !(isStr(m.locale) && m.locale.length <= 35)) return false;
  if (m.appearance === undefined) return true;
  return isObj(m.appearance) && Object.values(m.appearance).every((v) => isStr(v) && v.length <= 200);
}
