/**
 * `pnpm bench`: the platform bench (HTTP API on PGlite and PostgreSQL against bare Hono and raw
 * INSERT baselines), session creates on 1, 2 and 3 processes sharing one PostgreSQL, the widget's open → first screen in Chromium against a trivial Lit frame,
 * webhook dispatch, bank linking (full sync, account reads), card payment confirmation against the
 * sandbox processor, mixed card and bank payments under 30 % provider faults checked against the
 * providers' ledgers, then sanctions screening. Each section prints its figures, ratios and goals;
 * nothing is asserted. Everything it starts is stopped at the end, also on failure, and the
 * process exits by itself. `pnpm bench platform "widget open"` runs only the sections named.
 */
import { runLinkBench } from './link.ts';
import { runMoneyBench } from './money.ts';
import { runNodesBench } from './nodes.ts';
import { runPaymentBench } from './payment.ts';
import { runPlatformBench } from './platform.ts';
import { runScreeningBench } from './screening.ts';
import { runBench } from './support/cleanup.ts';
import { runWebhookBench } from './webhooks.ts';
import { runWidgetOpenBench } from './widget-open.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

runBench(async () => {
  const started = performance.now();
  console.log(`# Finlet bench — Node ${process.version}, ${new Date().toISOString()}`);
  const sections: [string, () => Promise<void>][] = [
    ['platform', () => runPlatformBench()],
    ['nodes', () => runNodesBench()],
    ['widget open', () => runWidgetOpenBench()],
    ['webhooks', () => runWebhookBench()],
    ['link', () => runLinkBench()],
    ['payment', () => runPaymentBench()],
    ['money', () => runMoneyBench()],
    ['screening', () => runScreeningBench()],
  ];
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !sections.some(([n]) => n === name));
  if (unknown.length)
    throw new Error(`no bench section ${unknown.join(', ')}: ${sections.map(([n]) => n).join(', ')}`);
  const took: string[] = [];
  for (const [name, run] of sections) {
    if (only.length && !only.includes(name)) continue;
    const t = performance.now();
    await run();
    took.push(`${name} ${seconds(t)}`);
    console.log('');
  }
  console.log(`bench finished in ${seconds(started)} (${took.join(', ')})`);
});
