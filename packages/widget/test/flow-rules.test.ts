/**
 * The flow's pure rules, checked in Node: which catalogue and text direction a locale gets, how
 * server error codes become screens and exit statuses, how the loader reads a token, and that
 * text on any partner colour keeps WCAG AA contrast.
 */
import { describe, expect, it } from 'vitest';
import { failureOf, failureOfStatus } from '../src/flow/failure.ts';
import { localeReady, setLocale, t } from '../src/i18n/i18n.ts';
import { originOf, readTokenClaims } from '../src/loader/token.ts';
import { onColor } from '../src/theme/theme.ts';

describe('locale', () => {
  it('prefers the session locale, then the host locale, then the browser, and falls back to English', async () => {
    expect(setLocale('es-MX', 'ar', 'en-GB')).toEqual({ tag: 'es-MX', lang: 'es', dir: 'ltr' });
    await localeReady();
    expect(t('app', 'continue')).toBe('Continuar');
    expect(setLocale(null, 'ar-EG', 'en')).toEqual({ tag: 'ar-EG', lang: 'ar', dir: 'rtl' });
    await localeReady();
    expect(t('app', 'stepOf', { n: 1, total: 3 })).toMatch(/^الخطوة (1|١) من (3|٣)$/);
    expect(setLocale('he-IL').dir).toBe('rtl');
    expect(setLocale('iw').lang).toBe('he');
    expect(setLocale(undefined, 'not a tag!', 'de-DE').lang).toBe('de');
    expect(setLocale(undefined, 'sv-SE').lang).toBe('en');
    expect(setLocale(undefined, undefined, undefined)).toEqual({ tag: 'en', lang: 'en', dir: 'ltr' });
  });
});

describe('failures', () => {
  it.each([
    ['token_invalid', 401, 'invalid_token'],
    ['token_missing', 401, 'invalid_token'],
    ['token_expired', 401, 'expired'],
    ['session_expired', 410, 'expired'],
    ['session_canceled', 410, 'canceled'],
  ])('ends the flow on %s (%i) with exit status %s and no retry', (code, status, exit) => {
    expect(failureOf(code, status)).toMatchObject({ exit, retryable: false });
  });

  it('offers Retry for network errors, rate limits and server faults, without ending the flow', () => {
    for (const [code, status] of [
      ['network', 0],
      ['rate_limited', 429],
      ['internal_error', 500],
      ['provider_unavailable', 503],
    ] as const) {
      const failure = failureOf(code, status);
      expect(failure.retryable).toBe(true);
      expect(failure.exit).toBeUndefined();
    }
  });

  it('treats a session the server returns as expired like the session_expired error', () => {
    expect(failureOfStatus('expired')).toMatchObject({ kind: 'expired', exit: 'expired' });
    expect(failureOfStatus('open')).toBeUndefined();
  });
});

describe('token claims (unverified, loader side)', () => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  it('reads iss and sub from a JWT payload, and nothing from garbage', () => {
    const token = `${b64({ alg: 'ES256' })}.${b64({ iss: 'https://finlet.example', sub: 'ses_123' })}.sig`;
    expect(readTokenClaims(token)).toMatchObject({ iss: 'https://finlet.example', sub: 'ses_123' });
    expect(readTokenClaims('not-a-jwt')).toEqual({});
    expect(originOf('https://finlet.example/base/')).toBe('https://finlet.example');
    expect(originOf('javascript:alert(1)')).toBeUndefined();
  });
});

describe('text on the partner colour', () => {
  it('picks black or white so the contrast ratio is at least 4.5:1', () => {
    expect(onColor('#ffcc00')).toBe('#000000');
    expect(onColor('#2452d6')).toBe('#ffffff');
    expect(onColor('#777777')).toBe('#000000');
  });
});
