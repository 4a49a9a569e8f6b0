/**
 * `pnpm start`: Finlet on the embedded PGlite (unless DATABASE_URL is set) with the sandbox
 * providers and the demo shop, URLs printed. Ctrl-C stops everything gracefully.
 */
import { ConfigError } from '../packages/server/src/env.ts';
import { startStack } from './stack.ts';

try {
  const stack = await startStack();
  const u = stack.urls;
  console.log(`
  Finlet is running.

    Demo shop          ${u.demo}
    Finlet API         ${u.finlet}    (docs: ${u.finlet}/docs)
    widget.js          ${u.finlet}/widget.js
    Sandbox Bank UK    ${u.bankUk}
    Sandbox Bank EU    ${u.bankEu}
    Sandbox KYC        ${u.kyc}
    Sandbox Processor  ${u.processor}

  Demo partner ${stack.demoPartner.partner_id} (its secret key is in the demo shop's server only).
  Press Ctrl-C to stop.
`);
  const stop = () => stack.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(e instanceof ConfigError ? 78 : 1);
}
