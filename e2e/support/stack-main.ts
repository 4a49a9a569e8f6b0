/**
 * The e2e world, started by Playwright's `webServer`: the whole Finlet stack (`startStack`) on test
 * ports with a fresh data directory, a second partner whose only allowed origin is the hostile
 * origin, a live-mode partner whose cards go through the scripted Adyen (`live-partner.ts`), the
 * hostile origin itself, and a test-control server that mints what the product never
 * would (an already-expired client token). Everything tests need is written to `e2e/.tmp/stack.json`
 * before the control server answers `/ready`, which is what Playwright waits for. The widget and the
 * dashboard are served from copies of their `dist` folders taken at start (run `pnpm build` first).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTROL_PORT, HOSTILE_ORIGIN, HOSTILE_PORT, STACK_FILE, type StackInfo, TEST_ENV } from './ports.ts';

register('./workspace-hooks.mjs', import.meta.url);
const { startStack } = await import('../../scripts/stack.ts');
const { createPartner } = await import('../../packages/server/src/partners/create.ts');
const { startHostile } = await import('./hostile.ts');
const { startControl } = await import('./control.ts');
const { startLivePartner } = await import('./live-partner.ts');
const { onStopSignal } = await import('../../packages/server/src/stop-signals.ts');

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finlet-e2e-'));
// Snapshots of the built widget and dashboard: a rebuild during the run must not swap chunks under a test.
const widgetDist = path.join(dataDir, 'widget-dist');
cpSync(path.resolve(here, '../../packages/widget/dist'), widgetDist, { recursive: true });
const dashboardDist = path.join(dataDir, 'dashboard-dist');
cpSync(path.resolve(here, '../../packages/dashboard/dist'), dashboardDist, { recursive: true });
const stack = await startStack({
  env: {
    ...TEST_ENV,
    FINLET_DATA_DIR: dataDir,
    FINLET_WIDGET_DIST: widgetDist,
    FINLET_DASHBOARD_DIST: dashboardDist,
  },
});
const other = await createPartner(stack.server.deps, {
  name: 'Other Shop',
  allowedOrigins: [HOSTILE_ORIGIN],
});
const live = await startLivePartner(stack, stack.urls.demo);
const hostile = await startHostile(HOSTILE_PORT);
const info: StackInfo = {
  finlet: stack.urls.finlet,
  demo: stack.urls.demo,
  hostile: HOSTILE_ORIGIN,
  control: `http://127.0.0.1:${CONTROL_PORT}`,
  demoPartner: stack.demoPartner,
  otherPartner: { partner_id: other.partner_id, secret_key: other.secret_key },
  livePartner: live.partner,
  adyen: live.adyen.url,
};
const out = path.resolve(here, '../.tmp');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, STACK_FILE), JSON.stringify(info, null, 2));
const control = await startControl(CONTROL_PORT, stack, info, live.adyen);
console.log(`e2e stack ready: finlet ${info.finlet}, demo ${info.demo}, hostile ${info.hostile}`);

async function stop() {
  await Promise.allSettled([control.close(), hostile.close(), live.adyen.close()]);
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
onStopSignal(stop);
