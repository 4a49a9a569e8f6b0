/**
 * Dashboard API: the team (a partner's users and open invitations, or the operator's), inviting,
 * changing a role, disabling, revoking an invitation — and the audit log. A partner's admin manages
 * its partner's team; an operator manages the operators. Each change is audited (dashboard/team.ts).
 */
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../context.ts';
import { toAuditResource } from '../../dashboard/audit.ts';
import { PARTNER_ROLES } from '../../dashboard/roles.ts';
import { createInvitation, listTeam, revokeInvitation, updateTeammate } from '../../dashboard/team.ts';
import { auditLog } from '../../db/schema.ts';
import { pathId } from '../../middleware/path-id.ts';
import { readJson, readQuery } from '../../middleware/validate.ts';
import { allow, type DashboardEnv, signedIn } from './env.ts';

const role = z.enum([...PARTNER_ROLES, 'operator']);
const invite = z.strictObject({ email: z.email().max(254), role });
const patch = z.strictObject({ role: role.optional(), status: z.enum(['active', 'disabled']).optional() });
const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: z.string().max(100).optional(),
  partner: z.string().max(100).optional(),
});

export function teamRoutes(deps: Deps) {
  const app = new Hono<DashboardEnv>();
  app.use('*', signedIn(deps));

  app.get('/team', allow('manage_team'), async (c) =>
    c.json(await listTeam(deps, c.get('me').user.partnerId)),
  );
  app.post('/team/invitations', allow('manage_team'), async (c) => {
    const input = await readJson(c, invite);
    const { user } = c.get('me');
    return c.json(
      await createInvitation(deps, user, { partnerId: user.partnerId, email: input.email, role: input.role }),
      201,
    );
  });
  app.delete('/team/invitations/:id', allow('manage_team'), pathId('invitation'), async (c) =>
    c.json(await revokeInvitation(deps, c.get('me').user, c.req.valid('param').id)),
  );
  app.post('/team/users/:id', allow('manage_team'), pathId('dashboard_user'), async (c) =>
    c.json(await updateTeammate(deps, c.get('me').user, c.req.valid('param').id, await readJson(c, patch))),
  );

  /** A partner's admin reads its partner's log; the operator reads everyone's (or one partner's). */
  app.get('/audit', allow('read_audit'), async (c) => {
    const q = readQuery(c, auditQuery);
    const { user } = c.get('me');
    const { db } = deps.database;
    const scope = user.partnerId
      ? eq(auditLog.partnerId, user.partnerId)
      : q.partner
        ? eq(auditLog.partnerId, q.partner)
        : undefined;
    let cursor: ReturnType<typeof and>;
    if (q.starting_after) {
      const [after] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.id, q.starting_after), scope));
      if (after)
        cursor = or(
          lt(auditLog.createdAt, after.createdAt),
          and(eq(auditLog.createdAt, after.createdAt), lt(auditLog.id, after.id)),
        );
    }
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(scope, cursor))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(q.limit + 1);
    return c.json({
      object: 'list',
      data: rows.slice(0, q.limit).map(toAuditResource),
      has_more: rows.length > q.limit,
    });
  });

  return app;
}
