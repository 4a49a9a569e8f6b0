import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../../../src/observability/logger.ts';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', { write: (s: string) => void lines.push(s) }) };
}

describe('log redaction', () => {
  it('keeps secrets, tokens, card and identity numbers out of every log line', () => {
    const { lines, logger } = capture();
    const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzZXNfMTIzIn0.c2lnbmF0dXJlLXZhbHVl';
    logger.info(
      {
        headers: { authorization: 'Bearer sk_test_abcdefghijklmnop123456' },
        body: { secret: 'whsec_abc', client_token: jwt, card: { number: '4242424242424242', cvc: '123' } },
        note: `customer pasted 4242 4242 4242 4242 and SSN 078-05-1120 and key sk_live_ZZZZZZZZZZZZZZZZ and ${jwt}`,
      },
      'request with secrets',
    );
    logger.error(new Error('failed for whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw with 5555555555554444'));
    const out = lines.join('\n');
    for (const secret of [
      'sk_test_abcdefghijklmnop123456',
      'sk_live_ZZZZZZZZZZZZZZZZ',
      'whsec_abc',
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      jwt,
      '4242424242424242',
      '4242 4242 4242 4242',
      '5555555555554444',
      '078-05-1120',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('request with secrets');
    expect(out).toContain('[REDACTED');
  });

  it('leaves ordinary ids and amounts alone', () => {
    expect(scrub('{"session":"ses_3kd9","amount":1299,"at":"2026-01-15T12:00:00Z"}')).toBe(
      '{"session":"ses_3kd9","amount":1299,"at":"2026-01-15T12:00:00Z"}',
    );
  });
});
