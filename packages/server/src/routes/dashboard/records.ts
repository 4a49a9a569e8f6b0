/**
 * Dashboard API: a partner's records in one mode (`/dashboard/api/test/…` or `/…/live/…`; the
 * mode is in the path, so one screen never mixes them) — the home's figures, sessions with their
 * timeline, payments with refunds and the export, the identity review queue with details and
 * images, links with their accounts. Reads and changes go through the same services as the
 * partner API; every change is audited with the signed-in user.
 */
import {
  createRefundSchema,
  exportPaymentsQuerySchema,
  FLOWS,
  IDENTITY_STATUSES,
  listPaymentsQuerySchema,
  reviewDecisionSchema,
  SESSION_STATUSES,
} from '@finlet/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../context.ts';
import { recordAudit } from '../../dashboard/audit.ts';
import { overview } from '../../dashboard/overview.ts';
import { can } from '../../dashboard/roles.ts';
import { sessionTimeline } from '../../dashboard/timeline.ts';
import {
  imageOf,
  imageSidesOf,
  listVerifications,
  loadVerification,
  personalDetailsOf,
} from '../../identity/listing.ts';
import { reviewVerification } from '../../identity/outcome.ts';
import { toVerificationResource } from '../../identity/resource.ts';
import { findLink, listAccounts, listLinks } from '../../links/listing.ts';
import { toAccountResource, toLinkResource } from '../../links/resources.ts';
import { revokeLink } from '../../links/revoke.ts';
import { pathId } from '../../middleware/path-id.ts';
import { readJson, readQuery } from '../../middleware/validate.ts';
import { exportPayments, listPayments, loadPayment, refundsOf } from '../../payments/listing.ts';
import { createRefund } from '../../payments/refunds.ts';
import { toPaymentResource, toRefundResource } from '../../payments/state.ts';
import { toSessionResource } from '../../sessions/lifecycle.ts';
import { listSessions, loadSession } from '../../sessions/listing.ts';
import { allow, type DashboardEnv, type Mode, ownerOf } from './env.ts';

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  starting_after: z.string().max(100).optional(),
};
const sessionQuery = z.strictObject({
  ...page,
  status: z.enum(SESSION_STATUSES).optional(),
  flow: z.enum(FLOWS).optional(),
  customer_reference: z.string().trim().min(1).max(100).optional(),
});
const identityQuery = z.strictObject({ ...page, status: z.enum(IDENTITY_STATUSES).optional() });
const overviewQuery = z.strictObject({ since: z.iso.datetime({ offset: true }) });
const empty = z.strictObject({});

export function recordRoutes(deps: Deps, mode: Mode) {
  const app = new Hono<DashboardEnv>();
  app.use('*', allow('read'));
  const owner = (c: { get(k: 'me'): DashboardEnv['Variables']['me'] }) => ownerOf(c.get('me'), mode);
  const list = <T>(rows: T[], hasMore: boolean) => ({
    object: 'list' as const,
    data: rows,
    has_more: hasMore,
  });
  const audit = (
    c: Parameters<typeof owner>[0],
    entry: Omit<Parameters<typeof recordAudit>[2], 'partnerId' | 'mode'>,
  ) =>
    recordAudit(
      deps.database.db,
      c.get('me').user,
      { ...entry, partnerId: owner(c).partnerId, mode },
      deps.clock.now(),
    );

  app.get('/overview', async (c) => {
    const q = readQuery(c, overviewQuery);
    return c.json(await overview(deps, owner(c), new Date(q.since)));
  });

  app.get('/sessions', async (c) => {
    const { rows, hasMore } = await listSessions(deps, owner(c), readQuery(c, sessionQuery));
    return c.json(list(rows.map(toSessionResource), hasMore));
  });
  app.get('/sessions/:id', pathId('session'), async (c) => {
    const s = await loadSession(deps, owner(c), c.req.valid('param').id);
    const t = await sessionTimeline(deps, owner(c), s);
    return c.json({
      session: toSessionResource(s),
      timeline: t.timeline,
      payments: t.payments.map(toPaymentResource),
      identity_verifications: t.identityVerifications.map(toVerificationResource),
      links: t.links.map((l) => toLinkResource(deps, l)),
    });
  });

  app.get('/payments', async (c) => {
    const { rows, hasMore } = await listPayments(deps, owner(c), readQuery(c, listPaymentsQuerySchema));
    return c.json(list(rows.map(toPaymentResource), hasMore));
  });
  app.get('/payments/export', async (c) => {
    const file = await exportPayments(deps, owner(c), readQuery(c, exportPaymentsQuerySchema));
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${mode}-${file.filename}"`);
    return c.body(file.body);
  });
  app.get('/payments/:id', pathId('payment'), async (c) => {
    const p = await loadPayment(deps, owner(c), c.req.valid('param').id);
    return c.json({
      payment: toPaymentResource(p),
      refunds: (await refundsOf(deps, p)).map(toRefundResource),
    });
  });
  app.post('/payments/:id/refunds', allow('refund'), pathId('payment'), async (c) => {
    const input = await readJson(c, createRefundSchema);
    const before = await loadPayment(deps, owner(c), c.req.valid('param').id);
    const refund = await createRefund(deps, owner(c), before.id, input.amount);
    const after = await loadPayment(deps, owner(c), before.id);
    await audit(c, {
      action: 'payment.refunded',
      targetType: 'payment',
      targetId: before.id,
      before: toPaymentResource(before),
      after: { ...toPaymentResource(after), refund: toRefundResource(refund) },
    });
    return c.json(toRefundResource(refund), 201);
  });

  app.get('/identity_verifications', async (c) => {
    const { rows, hasMore } = await listVerifications(deps, owner(c), readQuery(c, identityQuery));
    return c.json(list(rows.map(toVerificationResource), hasMore));
  });
  app.get('/identity_verifications/:id', pathId('identity_verification'), async (c) => {
    const row = await loadVerification(deps, owner(c), c.req.valid('param').id);
    // Personal details and images are for the people who decide reviews, not for every viewer.
    const personal = can(c.get('me').user.role, 'view_personal_data');
    return c.json({
      verification: toVerificationResource(row),
      details: personal ? personalDetailsOf(deps, row) : null,
      images: personal ? await imageSidesOf(deps, row) : [],
    });
  });
  app.get(
    '/identity_verifications/:id/images/:side',
    pathId('identity_verification'),
    allow('view_personal_data'),
    async (c) => {
      const row = await loadVerification(deps, owner(c), c.req.valid('param').id);
      const image = await imageOf(deps, row, c.req.param('side'));
      c.header('Content-Type', image.contentType);
      c.header('Content-Disposition', 'inline');
      return c.body(new Uint8Array(image.bytes));
    },
  );
  app.post(
    '/identity_verifications/:id/review',
    pathId('identity_verification'),
    allow('review'),
    async (c) => {
      const input = await readJson(c, reviewDecisionSchema);
      const before = await loadVerification(deps, owner(c), c.req.valid('param').id);
      const { user } = c.get('me');
      const after = await reviewVerification(deps, owner(c), user.id, before.id, input);
      await audit(c, {
        action: 'identity_verification.reviewed',
        targetType: 'identity_verification',
        targetId: before.id,
        before: toVerificationResource(before),
        after: toVerificationResource(after),
      });
      return c.json(toVerificationResource(after));
    },
  );

  app.get('/links', async (c) => {
    const { rows, hasMore } = await listLinks(deps, owner(c), readQuery(c, z.strictObject(page)));
    return c.json(
      list(
        rows.map((l) => toLinkResource(deps, l)),
        hasMore,
      ),
    );
  });
  app.get('/links/:id', pathId('link'), async (c) => {
    const link = await findLink(deps, owner(c), c.req.valid('param').id);
    return c.json({
      link: toLinkResource(deps, link),
      accounts: (await listAccounts(deps, owner(c), link.id)).map(toAccountResource),
    });
  });
  app.post('/links/:id/revoke', allow('revoke_link'), pathId('link'), async (c) => {
    await readJson(c, empty);
    const before = await findLink(deps, owner(c), c.req.valid('param').id);
    const after = await revokeLink(deps, before);
    await audit(c, {
      action: 'link.revoked',
      targetType: 'link',
      targetId: before.id,
      before: toLinkResource(deps, before),
      after: toLinkResource(deps, after),
    });
    return c.json(toLinkResource(deps, after));
  });

  return app;
}
