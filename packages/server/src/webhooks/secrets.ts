/** Webhook signing secrets in the Standard Webhooks format: `whsec_` + base64 of 24 random bytes. */
import { randomBytes } from 'node:crypto';

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;
/** Associated data binding encrypted secrets to their column. */
export const SECRET_CONTEXT = 'webhook_endpoints.secret';
