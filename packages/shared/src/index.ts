/** @finlet/shared — the contract both halves of Finlet program against. */

export * from './api/api-keys.ts';
export * from './api/bank-payments.ts';
export * from './api/common.ts';
export * from './api/events.ts';
export * from './api/identity.ts';
export * from './api/links.ts';
export * from './api/payments.ts';
export * from './api/provider-accounts.ts';
export * from './api/sessions.ts';
export * from './api/webhook-endpoints.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './exit-status.ts';
export * from './ids.ts';
export * from './money.ts';
export * from './protocol.ts';
export * from './protocol-guard.ts';
