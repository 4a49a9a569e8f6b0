/**
 * Dashboard API: a partner's settings, the same in both modes — identity decision rules (the
 * partner API's rules, updated by the same service) and the widget's appearance for sessions that
 * set none (theme, primary colour, corner radius, font), which the widget applies as it does a
 * session's. Reading needs `read`, changing `manage_settings`; changes are audited.
 */
import { appearanceSchema, identityRulesSchema } from '@finlet/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Deps } from '../../context.ts';
import { recordAudit } from '../../dashboard/audit.ts';
import { partners } from '../../db/schema.ts';
import { rulesFor } from '../../identity/resource.ts';
import { updateRules } from '../../identity/rules.ts';
import { readJson } from '../../middleware/validate.ts';
import { allow, type DashboardEnv, ownerOf } from './env.ts';

export function settingsRoutes(deps: Deps) {
  const app = new Hono<DashboardEnv>();
  const { db } = deps.database;
  app.use('*', allow('read'));
  const partnerOf = (c: { get(k: 'me'): DashboardEnv['Variables']['me'] }) =>
    ownerOf(c.get('me'), 'test').partnerId;

  app.get('/identity_rules', async (c) =>
    c.json({ object: 'identity_rules', ...(await rulesFor(db, partnerOf(c))) }),
  );
  app.post('/identity_rules', allow('manage_settings'), async (c) => {
    const patch = await readJson(c, identityRulesSchema.partial());
    const partnerId = partnerOf(c);
    const after = await db.transaction(async (tx) => {
      const changed = await updateRules(deps, partnerId, patch, tx);
      await recordAudit(
        tx,
        c.get('me').user,
        {
          action: 'identity_rules.updated',
          targetType: 'identity_rules',
          targetId: partnerId,
          partnerId,
          before: changed.before,
          after: changed.after,
        },
        deps.clock.now(),
      );
      return changed.after;
    });
    return c.json({ object: 'identity_rules', ...after });
  });

  app.get('/appearance', async (c) => {
    const [p] = await db
      .select({ appearance: partners.appearance })
      .from(partners)
      .where(eq(partners.id, partnerOf(c)));
    return c.json({ object: 'appearance', ...(p?.appearance ?? {}) });
  });
  app.post('/appearance', allow('manage_settings'), async (c) => {
    const appearance = await readJson(c, appearanceSchema);
    const partnerId = partnerOf(c);
    await db.transaction(async (tx) => {
      const [before] = await tx
        .select({ appearance: partners.appearance })
        .from(partners)
        .where(eq(partners.id, partnerId))
        .for('update');
      await tx.update(partners).set({ appearance }).where(eq(partners.id, partnerId));
      await deps.notifications.changed(tx, 'partner', partnerId);
      await recordAudit(
        tx,
        c.get('me').user,
        {
          action: 'appearance.updated',
          targetType: 'partner',
          targetId: partnerId,
          partnerId,
          before: before?.appearance ?? {},
          after: appearance,
        },
        deps.clock.now(),
      );
    });
    return c.json({ object: 'appearance', ...appearance });
  });
  return app;
}
