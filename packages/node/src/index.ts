/**
 * `@finlet/node`: Finlet's server SDK for partners. `new Finlet(apiKey, { baseUrl })` calls the API;
 * `webhooks.verify()` and `resultTokens.verify()` check what Finlet sends you.
 */
export {
  type CreatedSession,
  Finlet,
  type FinletOptions,
  type Payment,
  type PostOptions,
  type Session,
  type SessionCreateParams,
} from './client.ts';
export { FinletError, type FinletErrorFields } from './errors.ts';
export type { components, paths } from './generated/openapi.ts';
export { AutoPaginating, type ListPage } from './pagination.ts';
export { type ResultTokenClaims, resultTokens, type VerifyResultTokenOptions } from './result-tokens.ts';
export { type FinletEvent, type WebhookHeaders, webhooks } from './webhooks.ts';
