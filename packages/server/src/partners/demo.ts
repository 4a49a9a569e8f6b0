/**
 * The demo shop's partner, created once by `pnpm start` and remembered (secrets encrypted) in the
 * settings table, so restarts keep the same partner, key and webhook endpoint. Its name is the
 * shop's own, because the widget shows it to the shopper ("Paper & Pine asks you to…").
 */
import { eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { partners, settings } from '../db/schema.ts';
import { createPartner } from './create.ts';

/** The demo shop's name (demo/src/pages.ts shows the same). */
export const DEMO_PARTNER_NAME = 'Paper & Pine';

interface Stored {
  partner_id: string;
  origin: string;
  secret_key_enc: string;
  webhook_secret_enc: string;
}

const KEY = 'demo_partner';
const CTX = 'settings.demo_partner';

export async function ensureDemoPartner(deps: Deps, demoOrigin: string) {
  const { db } = deps.database;
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const stored = row?.value as Stored | undefined;
  if (stored && stored.origin === demoOrigin) {
    // Data directories made before the partner carried the shop's name get it now.
    await db.update(partners).set({ name: DEMO_PARTNER_NAME }).where(eq(partners.id, stored.partner_id));
    return {
      partner_id: stored.partner_id,
      secret_key: deps.cipher.decryptText(stored.secret_key_enc, CTX),
      webhook_secret: deps.cipher.decryptText(stored.webhook_secret_enc, CTX),
    };
  }
  const created = await createPartner(deps, {
    name: DEMO_PARTNER_NAME,
    allowedOrigins: [demoOrigin],
    webhookUrl: `${demoOrigin}/webhooks`,
  });
  const value: Stored = {
    partner_id: created.partner_id,
    origin: demoOrigin,
    secret_key_enc: deps.cipher.encrypt(created.secret_key, CTX),
    webhook_secret_enc: deps.cipher.encrypt(created.webhook_endpoint!.secret, CTX),
  };
  const now = deps.clock.now();
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } });
  deps.logger.info({ partner_id: created.partner_id }, 'created the demo partner');
  return {
    partner_id: created.partner_id,
    secret_key: created.secret_key,
    webhook_secret: created.webhook_endpoint!.secret,
  };
}
