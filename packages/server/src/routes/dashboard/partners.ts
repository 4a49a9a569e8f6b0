/**
 * Dashboard API for the operator: the partners (list, create, one with its team) and inviting a
 * partner's users (typically its first admin). Partner data itself stays with the partner's users.
 */
import { originSchema } from '@finlet/shared';
import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../context.ts';
import { recordAudit } from '../../dashboard/audit.ts';
import { PARTNER_ROLES } from '../../dashboard/roles.ts';
import { createInvitation, listTeam } from '../../dashboard/team.ts';
import { partners } from '../../db/schema.ts';
import { ApiError, notFound } from '../../errors.ts';
import { pathId } from '../../middleware/path-id.ts';
import { readJson } from '../../middleware/validate.ts';
import { createPartner } from '../../partners/create.ts';
import { allow, type DashboardEnv, signedIn } from './env.ts';

const newPartner = z.strictObject({
  name: z.string().trim().min(1).max(100),
  allowed_origins: z.array(originSchema).min(1).max(10),
});
const invite = z.strictObject({ email: z.email().max(254), role: z.enum(PARTNER_ROLES) });

type PartnerRow = typeof partners.$inferSelect;
const toPartnerResource = (p: PartnerRow) => ({
  id: p.id,
  object: 'partner' as const,
  name: p.name,
  allowed_origins: p.allowedOrigins,
  created_at: p.createdAt.toISOString(),
});

export function partnerRoutes(deps: Deps) {
  const app = new Hono<DashboardEnv>();
  app.use('*', signedIn(deps), allow('manage_partners'));
  const { db } = deps.database;

  async function load(id: string) {
    const [p] = await db.select().from(partners).where(eq(partners.id, id));
    if (!p) throw notFound('partner');
    return p;
  }

  app.get('/', async (c) => {
    const rows = await db.select().from(partners).orderBy(desc(partners.createdAt)).limit(500);
    return c.json({ object: 'list', data: rows.map(toPartnerResource), has_more: false });
  });

  app.post('/', async (c) => {
    const input = await readJson(c, newPartner);
    const { user } = c.get('me');
    const created = await createPartner(deps, {
      name: input.name,
      allowedOrigins: input.allowed_origins,
      withKey: false,
    }).catch((e) => {
      throw e instanceof ApiError ? e : new ApiError('invalid_request', (e as Error).message, 'name');
    });
    const row = await load(created.partner_id);
    await recordAudit(
      db,
      user,
      {
        action: 'partner.created',
        targetType: 'partner',
        targetId: row.id,
        partnerId: row.id,
        after: toPartnerResource(row),
      },
      deps.clock.now(),
    );
    return c.json(toPartnerResource(row), 201);
  });

  app.get('/:id', pathId('partner'), async (c) => {
    const row = await load(c.req.valid('param').id);
    return c.json({ ...toPartnerResource(row), team: await listTeam(deps, row.id) });
  });

  app.post('/:id/invitations', pathId('partner'), async (c) => {
    const row = await load(c.req.valid('param').id);
    const input = await readJson(c, invite);
    return c.json(
      await createInvitation(deps, c.get('me').user, {
        partnerId: row.id,
        email: input.email,
        role: input.role,
      }),
      201,
    );
  });

  return app;
}
