/** Helpers the identity steps share: the flow's message catalogue and localized country names. */
import { flowMessages } from '../../../i18n/i18n.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';

export const im = flowMessages({ en, es, ar });

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale || 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
