import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinletError, resultTokens } from '../src/index.ts';
import { type RunningServer, startServer } from './support/server.ts';

let s: RunningServer;
let jwksUrl: string;
// The server's own signer, as the widget's completion route uses it.
const issue = (partnerId: string, sessionId = 'ses_result') =>
  s.t.deps.tokens.issueResultToken(partnerId, sessionId, { livemode: false, status: 'completed' });

beforeAll(async () => {
  // The issuer is the server's public URL: here, where it listens.
  s = await startServer();
  jwksUrl = `${s.baseUrl}/.well-known/jwks.json`;
});
afterAll(() => s.close());

async function refusal(p: Promise<unknown>): Promise<FinletError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FinletError);
  return e as FinletError;
}

describe('resultTokens.verify against the server JWKS', () => {
  it('verifies a result token the server signed, with its claims', async () => {
    const token = await issue(s.t.partner.id);
    const claims = await resultTokens.verify(token, {
      jwksUrl,
      audience: s.t.partner.id,
      issuer: 'http://finlet.test',
      sessionId: 'ses_result',
    });
    expect(claims).toMatchObject({
      sub: 'ses_result',
      aud: s.t.partner.id,
      livemode: false,
      status: 'completed',
    });
  });

  it('verifies with the key set passed in (fetched once by the partner)', async () => {
    const jwks = (await (await fetch(jwksUrl)).json()) as JSONWebKeySet;
    const token = await issue(s.t.partner.id);
    await expect(
      resultTokens.verify(token, { jwks, audience: s.t.partner.id, issuer: 'http://finlet.test' }),
    ).resolves.toMatchObject({ sub: 'ses_result' });
  });

  it('refuses a tampered token (claims changed after signing) with result_token_invalid', async () => {
    const [h, p, sig] = (await issue(s.t.partner.id)).split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, status: 'completed', sub: 'ses_other' })).toString(
      'base64url',
    );
    const e = await refusal(
      resultTokens.verify(`${h}.${forged}.${sig}`, {
        jwksUrl,
        audience: s.t.partner.id,
        issuer: 'http://finlet.test',
      }),
    );
    expect(e.code).toBe('result_token_invalid');
  });

  it("refuses another partner's token (audience) and another session's (subject)", async () => {
    const other = await s.t.newPartner('Other Shop');
    const theirs = await issue(other.id);
    expect(
      (
        await refusal(
          resultTokens.verify(theirs, { jwksUrl, audience: s.t.partner.id, issuer: 'http://finlet.test' }),
        )
      ).code,
    ).toBe('result_token_invalid');
    const mine = await issue(s.t.partner.id, 'ses_a');
    expect(
      (
        await refusal(
          resultTokens.verify(mine, {
            jwksUrl,
            audience: s.t.partner.id,
            issuer: 'http://finlet.test',
            sessionId: 'ses_b',
          }),
        )
      ).code,
    ).toBe('result_token_invalid');
  });

  it('refuses an expired token with result_token_expired', async () => {
    const token = await issue(s.t.partner.id);
    s.t.clock.advance(-60 * 60 * 1000); // issued an hour ago: 15 minutes of life are long gone
    const old = await issue(s.t.partner.id);
    s.t.clock.advance(60 * 60 * 1000);
    expect(token).not.toBe(old);
    const e = await refusal(
      resultTokens.verify(old, { jwksUrl, audience: s.t.partner.id, issuer: 'http://finlet.test' }),
    );
    expect(e.code).toBe('result_token_expired');
  });

  it('says connection_error, not invalid, when the keys cannot be fetched', async () => {
    const token = await issue(s.t.partner.id);
    const e = await refusal(
      resultTokens.verify(token, {
        jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json',
        audience: s.t.partner.id,
      }),
    );
    expect(e.code).toBe('connection_error');
  });
});
