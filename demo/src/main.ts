/**
 * Runs the demo shop alone against a Finlet server that is already running:
 * DEMO_PORT (3000), DEMO_PUBLIC_URL (http://localhost:$DEMO_PORT), FINLET_URL (http://localhost:8080),
 * FINLET_SECRET_KEY, FINLET_WEBHOOK_SECRET and FINLET_PARTNER_ID (the result token's audience), all
 * three printed by `pnpm finlet partners create`.
 */
import { startDemo } from './server.ts';

const env = process.env;
const missing = ['FINLET_SECRET_KEY', 'FINLET_WEBHOOK_SECRET', 'FINLET_PARTNER_ID'].filter((k) => !env[k]);
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: create a partner with
  pnpm finlet partners create --name "Paper & Pine" --allowed-origin http://localhost:3000 --webhook-url http://localhost:3000/webhooks`);
  process.exit(78);
}
const port = Number(env.DEMO_PORT ?? 3000);
const demo = await startDemo({
  port,
  publicUrl: env.DEMO_PUBLIC_URL ?? `http://localhost:${port}`,
  finletUrl: env.FINLET_URL ?? 'http://localhost:8080',
  secretKey: env.FINLET_SECRET_KEY!,
  webhookSecret: env.FINLET_WEBHOOK_SECRET!,
  partnerId: env.FINLET_PARTNER_ID!,
  ...(env.DEMO_HOST ? { host: env.DEMO_HOST } : {}),
});
console.log(`Demo shop on ${demo.url}`);
// `on`, not `once`: the same Ctrl-C can come twice (the terminal's group, then pnpm's copy); a
// second signal must not kill the stop half-way (the server's stop-signals.ts says more).
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  demo.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
