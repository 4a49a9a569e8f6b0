/**
 * The loader's zod-free guards accept exactly what the protocol's zod schemas accept: one table of
 * messages, good and bad, run through both. A guard that drifts from its schema fails here.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, parseFrameToHost, parseHostToFrame } from '../src/protocol.ts';
import { isFrameToHost, isHostToFrame } from '../src/protocol-guard.ts';

const m = (body: Record<string, unknown>) => ({ ns: 'finlet', v: 1, ...body });
const long = 'x'.repeat(MAX_TOKEN_LENGTH + 1);

const frameToHost: [string, unknown][] = [
  ['ready', m({ type: 'ready' })],
  ['resize', m({ type: 'resize', height: 320 })],
  ['resize, negative', m({ type: 'resize', height: -1 })],
  ['event', m({ type: 'event', name: 'OPEN', at: 'now', metadata: {} })],
  ['event, unknown name', m({ type: 'event', name: 'HACK', at: 'now' })],
  ['success', m({ type: 'success', session_id: 'ses_1', result_token: 'a.b.c', summary: { flows: {} } })],
  ['exit', m({ type: 'exit', status: 'origin_not_allowed' })],
  ['exit, unknown status', m({ type: 'exit', status: 'gone' })],
  ['token_expired', m({ type: 'token_expired' })],
  ['wrong namespace', { ns: 'other', v: 1, type: 'ready' }],
  ['wrong version', { ns: 'finlet', v: 2, type: 'ready' }],
  ['a host message', m({ type: 'token', token: 'a.b.c' })],
  ['not an object', 'ready'],
];

const hostToFrame: [string, unknown][] = [
  ['close', m({ type: 'close' })],
  ['init', m({ type: 'init', locale: 'es', appearance: { theme: 'dark' } })],
  ['init, locale too long', m({ type: 'init', locale: 'x'.repeat(36) })],
  ['init, the hand-off', m({ type: 'init', token: 'a.b.c', locale: 'es' })],
  ['init, hand-off token empty', m({ type: 'init', token: '' })],
  ['init, hand-off token too long', m({ type: 'init', token: long })],
  ['init, hand-off token not a string', m({ type: 'init', token: 42 })],
  ['token', m({ type: 'token', token: 'a.b.c' })],
  ['token, none', m({ type: 'token' })],
  ['token, empty', m({ type: 'token', token: '' })],
  ['token, too long', m({ type: 'token', token: long })],
  ['token, not a string', m({ type: 'token', token: 42 })],
  ['a frame message', m({ type: 'token_expired' })],
];

describe('protocol guards', () => {
  it.each(frameToHost)('frame → host: %s', (_, message) => {
    expect(isFrameToHost(message)).toBe(parseFrameToHost(message) !== null);
  });
  it.each(hostToFrame)('host → frame: %s', (_, message) => {
    expect(isHostToFrame(message)).toBe(parseHostToFrame(message) !== null);
  });
  it('accept the new token messages', () => {
    expect(isFrameToHost(m({ type: 'token_expired' }))).toBe(true);
    expect(isHostToFrame(m({ type: 'token', token: 'a.b.c' }))).toBe(true);
    expect(isHostToFrame(m({ type: 'token', token: long }))).toBe(false);
  });
});
