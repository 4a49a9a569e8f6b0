/**
 * Dashboard API: signing in and out (password, passkey), accepting an invitation, who am I, and
 * the signed-in user's passkeys. Sign-in answers set a new session cookie; `GET /me` gives the
 * page its CSRF token and what the role may do.
 */

import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../context.ts';
import {
  authenticationOptions,
  listPasskeys,
  registerPasskey,
  registrationOptions,
  removePasskey,
  signInWithPasskey,
} from '../../dashboard/passkeys.ts';
import { ROLE_PERMISSIONS } from '../../dashboard/roles.ts';
import { signInWithPassword } from '../../dashboard/sign-in.ts';
import { clearSessionCookie, endSession } from '../../dashboard/sign-in-session.ts';
import { acceptInvitation, describeInvitation, toUserResource } from '../../dashboard/team.ts';
import { partners } from '../../db/schema.ts';
import { readJson } from '../../middleware/validate.ts';
import { type DashboardEnv, signedIn } from './env.ts';

const credentials = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});
const passkeySignIn = z.strictObject({
  challenge_id: z.string().min(10).max(100),
  response: z.looseObject({ id: z.string().max(1500) }),
});
const token = z.string().min(20).max(64);
const accept = z.strictObject({
  token,
  name: z.string().trim().min(1).max(100),
  password: z.string().max(200),
});
const newPasskey = z.strictObject({ name: z.string().trim().min(1).max(60), response: z.looseObject({}) });

/** Routes that need no session (each still passes the Origin check). */
export function publicAuthRoutes(deps: Deps) {
  const app = new Hono<DashboardEnv>();
  app.post('/sign-in', async (c) => {
    const user = await signInWithPassword(deps, c, await readJson(c, credentials));
    return c.json({ user: toUserResource(user) });
  });
  app.post('/sign-in/passkey/options', async (c) => {
    await readJson(c, z.strictObject({}));
    return c.json(await authenticationOptions(deps));
  });
  app.post('/sign-in/passkey', async (c) => {
    const user = await signInWithPasskey(deps, c, await readJson(c, passkeySignIn));
    return c.json({ user: toUserResource(user) });
  });
  app.post('/invitations/lookup', async (c) => {
    const input = await readJson(c, z.strictObject({ token }));
    return c.json(await describeInvitation(deps, input.token));
  });
  app.post('/invitations/accept', async (c) => {
    const user = await acceptInvitation(deps, c, await readJson(c, accept));
    return c.json({ user: toUserResource(user) }, 201);
  });
  return app;
}

/** Routes of the signed-in user about itself. */
export function meRoutes(deps: Deps) {
  const app = new Hono<DashboardEnv>();
  app.use('*', signedIn(deps));
  app.get('/me', async (c) => {
    const { user, session } = c.get('me');
    const [partner] = user.partnerId
      ? await deps.database.db
          .select({ id: partners.id, name: partners.name })
          .from(partners)
          .where(eq(partners.id, user.partnerId))
      : [];
    return c.json({
      user: toUserResource(user),
      partner: partner ?? null,
      permissions: ROLE_PERMISSIONS[user.role],
      csrf_token: session.csrfToken,
    });
  });
  app.post('/sign-out', async (c) => {
    await readJson(c, z.strictObject({}));
    await endSession(deps, c.get('me').session.id);
    clearSessionCookie(deps, c);
    return c.body(null, 204);
  });
  app.get('/passkeys', async (c) =>
    c.json({ object: 'list', data: await listPasskeys(deps, c.get('me').user.id), has_more: false }),
  );
  app.post('/passkeys/options', async (c) => {
    await readJson(c, z.strictObject({}));
    return c.json(await registrationOptions(deps, c.get('me')));
  });
  app.post('/passkeys', async (c) =>
    c.json(await registerPasskey(deps, c.get('me'), await readJson(c, newPasskey)), 201),
  );
  app.delete('/passkeys/:id', async (c) => c.json(await removePasskey(deps, c.get('me'), c.req.param('id'))));
  return app;
}
