/**
 * The steps of a session: consent, then one step per flow (in the session's order), then done.
 * Every step but consent (the first screen) is a lazily loaded chunk; a new flow adds its row here.
 */
import type { Flow, WidgetSession } from '@finlet/shared';
import { type Area, localeReady, useArea } from '../i18n/i18n.ts';
// Consent is the first screen after loading, so it ships in the entry chunk.
import './steps/consent/consent.ts';

export type StepName = 'consent' | Flow | 'done';

interface StepDefinition {
  tag: string;
  load(): Promise<unknown>;
  /** The message catalogue area the step's screens read, loaded with its code. */
  area?: Area;
}

const STEPS: Record<StepName, StepDefinition> = {
  consent: { tag: 'finlet-consent', load: async () => {} },
  identity: {
    tag: 'finlet-identity',
    load: () => import('./steps/identity-flow/identity-flow.ts'),
    area: 'identity',
  },
  link: { tag: 'finlet-link', load: () => import('./steps/link/link.ts'), area: 'link' },
  payment: { tag: 'finlet-payment', load: () => import('./steps/payment/payment.ts'), area: 'payment' },
  done: { tag: 'finlet-done', load: () => import('./steps/done/done.ts') },
};

export function stepsOf(session: WidgetSession): StepName[] {
  return ['consent', ...session.flows, 'done'];
}

/** Loads the step's code and its messages in the active locale, and creates its element. */
export async function createStep(name: StepName): Promise<HTMLElement> {
  const definition = STEPS[name];
  await Promise.all([definition.load(), definition.area && useArea(definition.area), localeReady()]);
  const element = document.createElement(definition.tag);
  element.dataset.step = name;
  return element;
}
