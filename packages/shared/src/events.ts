/**
 * Event names: webhook event types (`noun.verb`, docs/architecture.md §6) and widget events (UPPER_SNAKE, docs/architecture.md §4).
 * Extend as flows need; never rename.
 */
export const WEBHOOK_EVENT_TYPES = {
  'session.completed': 'The user finished every flow of the session.',
  'session.expired': 'An open session passed its expires_at.',
  'session.canceled': 'The partner canceled the session.',
  'identity.approved': 'An identity verification was approved.',
  'identity.declined': 'An identity verification was declined.',
  'identity.review_required': 'An identity verification (or a re-screening) needs manual review.',
  'link.created': 'A bank link was created.',
  'link.expiring': 'A bank consent expires soon.',
  'link.revoked': 'A bank link was revoked.',
  'payment.processing': 'A payment was submitted to the processor.',
  'payment.requires_action': 'A payment waits for the customer (3-D Secure, bank authorisation).',
  'payment.succeeded': 'A payment succeeded.',
  'payment.failed': 'A payment failed.',
  'payment.canceled': 'A payment was canceled before it completed.',
  'refund.succeeded': 'A refund succeeded.',
  'refund.failed': 'A refund failed.',
  'webhook_endpoint.tested':
    'A test event sent from the dashboard to one endpoint (whatever its event filter); data.object is the endpoint.',
} as const;
export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;
export const webhookEventTypes = Object.keys(WEBHOOK_EVENT_TYPES) as [
  WebhookEventType,
  ...WebhookEventType[],
];

export const WIDGET_EVENT_NAMES = {
  OPEN: 'The widget frame loaded its session.',
  STEP_VIEW: 'A step was shown (metadata.step).',
  SELECT_INSTITUTION: 'The user chose a bank.',
  OAUTH_OPEN: 'The bank consent window opened.',
  OAUTH_CLOSE: 'The bank consent window closed.',
  OAUTH_FAIL: 'The bank consent failed or was denied.',
  SUBMIT_IDENTITY: 'The user submitted personal details.',
  SUBMIT_DOCUMENT: 'The user submitted a document or selfie.',
  SUBMIT_PAYMENT: 'The user submitted a payment.',
  CHALLENGE_OPEN: 'A 3-D Secure challenge opened.',
  ERROR: 'An error screen was shown (metadata.code).',
  EXIT: 'The user left before finishing.',
  SUCCESS: 'The session completed.',
} as const;
export type WidgetEventName = keyof typeof WIDGET_EVENT_NAMES;
export const widgetEventNames = Object.keys(WIDGET_EVENT_NAMES) as [WidgetEventName, ...WidgetEventName[]];
