/**
 * Passkeys through the dashboard API with a software authenticator: a signed-in user registers
 * one and a fresh browser signs in with it; each challenge serves once (a replayed registration or
 * assertion is refused), an assertion made for another origin is refused, and a disabled user's
 * passkey signs no one in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { softAuthenticator } from './authenticator.ts';
import { browser, code, ORIGIN, person } from './support.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
}, 60_000);
afterAll(async () => {
  t.deps.screening.close();
  await t.close();
});

async function withPasskey(origin = ORIGIN) {
  const user = await person(t, t.partner.id, 'reviewer');
  const key = softAuthenticator(origin);
  const options = await (await user.post('/passkeys/options')).json();
  const response = key.register(options);
  const res = await user.post('/passkeys', { name: 'Laptop', response });
  expect(res.status).toBe(201);
  return { user, key, response, res };
}

async function passkeySignIn(key: ReturnType<typeof softAuthenticator>) {
  const b = browser(t);
  const { challenge_id, options } = await (await b.post('/sign-in/passkey/options')).json();
  const response = key.assert(options);
  return { b, challenge_id, response, res: await b.post('/sign-in/passkey', { challenge_id, response }) };
}

describe('dashboard passkeys', () => {
  it('registers a passkey, lists it, and signs a fresh browser in with it', async () => {
    const { user, key, res } = await withPasskey();
    expect(res.status).toBe(201);
    const listed = (await (await user.get('/passkeys')).json()).data;
    expect(listed.map((p: { id: string; name: string }) => [p.id, p.name])).toEqual([[key.id, 'Laptop']]);

    const { b, res: signedIn } = await passkeySignIn(key);
    expect(signedIn.status).toBe(200);
    expect((await (await b.get('/me')).json()).user.email).toBe(user.email);
  });

  it('takes each registration challenge once', async () => {
    const { user, response, res } = await withPasskey();
    expect(res.status).toBe(201);
    const again = await user.post('/passkeys', { name: 'Again', response });
    expect(again.status).toBe(401);
    expect(await code(again)).toBe('passkey_invalid');
  });

  it('refuses a replayed assertion and one made for another origin', async () => {
    const { key } = await withPasskey();
    const first = await passkeySignIn(key);
    expect(first.res.status).toBe(200);
    const replay = await browser(t).post('/sign-in/passkey', {
      challenge_id: first.challenge_id,
      response: first.response,
    });
    expect(replay.status).toBe(401);
    expect(await code(replay)).toBe('passkey_invalid');

    // The right passkey, but the browser was on a look-alike site relaying the challenge.
    const b = browser(t);
    const { challenge_id, options } = await (await b.post('/sign-in/passkey/options')).json();
    const forged = key.assert(options, 'http://finlet.test.evil.example');
    const res = await b.post('/sign-in/passkey', { challenge_id, response: forged });
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('passkey_invalid');
  });

  it('signs no one in with the passkey of a disabled user', async () => {
    const { user, key } = await withPasskey();
    const admin = await person(t, t.partner.id, 'admin');
    expect((await admin.post(`/team/users/${user.id}`, { status: 'disabled' })).status).toBe(200);
    const { res } = await passkeySignIn(key);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('passkey_invalid');
  });
});
