/**
 * What the identity screens share: their messages, the country list and the country a form
 * starts with (i18n/countries.ts), and whether the customer is on a handheld device.
 */
import { messages } from '../../../i18n/i18n.ts';

export { countryName, countryOptions, defaultCountry } from '../../../i18n/countries.ts';

export const im = messages('identity');

/**
 * A phone or tablet: "Continue on your phone" makes no sense there. A touch screen as the main
 * pointer, or a small screen (the device's, not the frame's: a modal is narrow on a desktop too).
 */
export function onHandheld(): boolean {
  return matchMedia('(pointer: coarse)').matches || Math.min(screen.width, screen.height) < 600;
}
