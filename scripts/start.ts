/**
 * `pnpm start`: Finlet on the embedded PGlite (unless DATABASE_URL is set) with the sandbox
 * providers and the demo shop, URLs and the demo partner's test key printed. Ctrl-C stops
 * everything gracefully. A bad variable or a busy port stops the start with one line naming the
 * variable to change (exit 78).
 */
import { DataDirLockedError } from '../packages/server/src/db/lock.ts';
import { ConfigError } from '../packages/server/src/env.ts';
import { EX_CONFIG, PortInUseError } from '../packages/server/src/listen.ts';
import { onStopSignal } from '../packages/server/src/stop-signals.ts';
import { startStack } from './stack.ts';

try {
  const stack = await startStack();
  // Before the banner: a Ctrl-C from the moment it shows stops the stack gracefully.
  onStopSignal(() => {
    console.log('\n  Stopping Finlet…');
    return stack.close().then(() => process.exit(0));
  });
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

  Demo partner       ${stack.demoPartner.partner_id}
  Its test key       ${stack.demoPartner.secret_key}
                     (for the README's curl examples: export FINLET_KEY=${stack.demoPartner.secret_key})

  Press Ctrl-C to stop.
`);
} catch (e) {
  if (e instanceof ConfigError || e instanceof PortInUseError) {
    console.error(e.message);
    process.exit(EX_CONFIG);
  }
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(75);
  }
  console.error(e);
  process.exit(1);
}
