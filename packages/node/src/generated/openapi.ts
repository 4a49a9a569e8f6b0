/**
 * Generated from Finlet's OpenAPI document by `pnpm --filter @finlet/node generate`: do not edit.
 * A test fails when this file no longer matches what the server documents.
 */
export interface paths {
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List linked accounts (optionally of one link) */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the balance fresh from the bank */
        get: operations["getAccountBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Account owners, with an ownership match score for ?name= */
        get: operations["getAccountOwners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List secret keys (never the secret) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create a secret key (the secret is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a secret key */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Revoke a key (it stops working at once) */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key (it stops working at once) */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_keys/{id}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll a key: a new secret; the old one works for overlap_seconds (24 h, at most 7 days) */
        post: operations["rollApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{reference}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a customer's personal data */
        delete: operations["eraseCustomerData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an event with its deliveries and attempts */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver an event again to every subscribed endpoint */
        post: operations["redeliverEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity decision rules */
        get: operations["getIdentityRules"];
        put?: never;
        /** Change identity decision rules */
        post: operations["updateIdentityRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity_verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identity verifications (status=review: the review queue) */
        get: operations["listIdentityVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity_verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an identity verification with its checks */
        get: operations["getIdentityVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity_verifications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a verification in review */
        post: operations["reviewIdentityVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bank links */
        get: operations["listLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a bank link */
        get: operations["getLink"];
        put?: never;
        post?: never;
        /** Revoke a bank link (ends the consent at the bank) */
        delete: operations["revokeLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a payment */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List refunds of a payment */
        get: operations["listRefunds"];
        put?: never;
        /** Refund a payment in full or in part */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export payments as CSV or ISO 20022 camt.053 */
        get: operations["exportPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active provider accounts */
        get: operations["listProviderAccounts"];
        put?: never;
        /** Add a provider account (a live key; credentials are never returned) */
        post: operations["createProviderAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider_accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a provider account */
        get: operations["getProviderAccount"];
        put?: never;
        /** Change settings, credentials (replaced as a whole) or payee */
        post: operations["updateProviderAccount"];
        /** Delete a provider account (it stops serving new sessions) */
        delete: operations["deleteProviderAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen a name against the sanctions lists */
        post: operations["createScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sessions */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description Answers the session with its `client_token` (shown once) for the widget.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open session */
        post: operations["cancelSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{id}/client_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A fresh client token for a session in use (the widget’s onTokenExpired) */
        post: operations["createSessionClientToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactions/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incremental transaction sync of a link */
        get: operations["syncTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Create a webhook endpoint */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint (its pending deliveries stop) */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret (the previous one keeps signing for 24 h) */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Identity verification status (waiting screen) */
        get: operations["getWidgetIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit personal details */
        post: operations["saveIdentityDetails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose the identity document */
        post: operations["saveIdentityDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived link that opens this step on a phone */
        post: operations["createIdentityHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document side or the selfie (base64 JPEG/PNG) */
        post: operations["uploadIdentityImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session as the phone sees it (hand-off token) */
        get: operations["getIdentityHandoffSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/identity/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the checks */
        post: operations["submitIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the banks a customer can link */
        get: operations["listInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/institutions/{id}/logo.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bank’s logo (public: an <img> sends no token) */
        get: operations["getInstitutionLogo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The link flow as the widget sees it */
        get: operations["getWidgetLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/link/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose the accounts to share and finish the link */
        post: operations["chooseWidgetLinkAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/link/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the bank consent (returns the bank authorization URL) */
        post: operations["startWidgetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order and payment methods of the session */
        get: operations["getWidgetPaymentState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payment/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banks that can take this order by bank payment (linked bank first) */
        get: operations["listPaymentInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a card payment (Idempotency-Key per attempt) */
        post: operations["confirmCardPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment of this session, refreshed from the processor */
        get: operations["getWidgetPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abandon the 3-D Secure challenge of a payment */
        post: operations["cancelWidgetPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/payments/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a pay-by-bank payment (Idempotency-Key per attempt; returns the bank authorization URL) */
        post: operations["startBankPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session as the widget sees it */
        get: operations["getWidgetSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/session/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the session and get the result token */
        post: operations["completeWidgetSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/session/embedding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May the calling page (its Origin) embed this session? For the loader, when the frame never answers */
        get: operations["getWidgetEmbedding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "identity.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An identity verification was approved. */
        post: operations["identityApprovedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "identity.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An identity verification was declined. */
        post: operations["identityDeclinedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "identity.review_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An identity verification (or a re-screening) needs manual review. */
        post: operations["identityReviewRequiredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bank link was created. */
        post: operations["linkCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bank consent expires soon. */
        post: operations["linkExpiringWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bank link was revoked. */
        post: operations["linkRevokedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A payment was canceled before it completed. */
        post: operations["paymentCanceledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A payment failed. */
        post: operations["paymentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A payment was submitted to the processor. */
        post: operations["paymentProcessingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.requires_action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A payment waits for the customer (3-D Secure, bank authorisation). */
        post: operations["paymentRequiresActionWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A payment succeeded. */
        post: operations["paymentSucceededWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "refund.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A refund failed. */
        post: operations["refundFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "refund.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A refund succeeded. */
        post: operations["refundSucceededWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The partner canceled the session. */
        post: operations["sessionCanceledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The user finished every flow of the session. */
        post: operations["sessionCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An open session passed its expires_at. */
        post: operations["sessionExpiredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.tested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A test event sent from the dashboard to one endpoint (whatever its event filter); data.object is the endpoint. */
        post: operations["webhookEndpointTestedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Account: {
            balance: components["schemas"]["Balance"] | null;
            /** Format: date-time */
            created_at: string;
            currency: string;
            id: string;
            identifiers: {
                account_number: string | null;
                iban: string | null;
                sort_code: string | null;
            };
            link: string;
            livemode: boolean;
            name: string;
            /** @enum {string} */
            object: "account";
            /** @enum {string} */
            subtype: "checking" | "savings" | "credit_card" | "other";
            /** @enum {string} */
            type: "depository" | "credit" | "other";
        };
        ApiKey: {
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: string;
            /** Format: date-time */
            last_used_at: string | null;
            last4: string;
            /** @enum {string} */
            mode: "test" | "live";
            /** @enum {string} */
            object: "api_key";
            /** Format: date-time */
            revoked_at: string | null;
            /** @enum {string} */
            status: "active" | "expiring" | "expired" | "revoked";
        };
        Balance: {
            account: string;
            /** Format: date-time */
            as_of: string;
            available: number | null;
            currency: string;
            current: number | null;
            limit: number | null;
            /** @enum {string} */
            object: "balance";
        };
        BankPaymentStarted: {
            attempt: string;
            authorization_url: string;
            payment: components["schemas"]["WidgetPayment"];
        };
        ClientToken: {
            client_token: string;
            expires_at: string;
            /** @enum {string} */
            object: "client_token";
            session_id: string;
        };
        ConfirmCardRequest: {
            payment_method: {
                token: string;
                /** @enum {string} */
                type: "token";
            } | {
                encrypted_card_number: string;
                encrypted_expiry_month: string;
                encrypted_expiry_year: string;
                encrypted_security_code: string;
                holder_name?: string;
                /** @enum {string} */
                type: "encrypted";
            };
        };
        CreateApiKeyRequest: {
            description?: string;
            /** @enum {string} */
            mode?: "test" | "live";
        };
        CreatedApiKey: {
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: string;
            /** Format: date-time */
            last_used_at: string | null;
            last4: string;
            /** @enum {string} */
            mode: "test" | "live";
            /** @enum {string} */
            object: "api_key";
            /** Format: date-time */
            revoked_at: string | null;
            secret: string;
            /** @enum {string} */
            status: "active" | "expiring" | "expired" | "revoked";
        };
        CreatedSession: {
            allowed_origins: string[];
            appearance: {
                color_primary?: string;
                font_family?: string;
                radius?: string;
                /** @enum {string} */
                theme?: "light" | "dark" | "auto";
            } | null;
            /** Format: date-time */
            canceled_at: string | null;
            client_token: string;
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            customer: {
                /** @enum {string} */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** Format: email */
                email?: string;
                name?: string;
                phone?: string;
                reference: string;
            };
            /** Format: date-time */
            expires_at: string;
            flow_states: {
                [key: string]: {
                    result: {
                        [key: string]: unknown;
                    } | null;
                    status: string;
                };
            };
            flows: ("identity" | "link" | "payment")[];
            id: string;
            livemode: boolean;
            locale: string | null;
            metadata: {
                [key: string]: string;
            };
            /** @enum {string} */
            object: "session";
            payment: {
                amount: number;
                currency: string;
                description: string;
            } | null;
            redirect_uri: string | null;
            /** @enum {string} */
            status: "open" | "completed" | "expired" | "canceled";
        };
        CreateProviderAccountRequest: {
            /** @enum {string} */
            capability: "cards" | "pay_by_bank" | "bank_data" | "kyc";
            connector: string;
            /** @default {} */
            credentials: {
                [key: string]: unknown;
            };
            payee?: {
                iban: string;
                name: string;
            } | {
                account_number: string;
                name: string;
                sort_code: string;
            };
            /** @default {} */
            settings: {
                [key: string]: unknown;
            };
        };
        CreateRefundRequest: {
            amount?: number;
        };
        CreateSessionRequest: {
            allowed_origins: string[];
            appearance?: {
                color_primary?: string;
                font_family?: string;
                radius?: string;
                /** @enum {string} */
                theme?: "light" | "dark" | "auto";
            };
            customer: {
                /** @enum {string} */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** Format: email */
                email?: string;
                name?: string;
                phone?: string;
                reference: string;
            };
            flows: ("identity" | "link" | "payment")[];
            link?: {
                id: string;
            };
            locale?: string;
            metadata?: {
                [key: string]: string;
            };
            payment?: {
                amount: number;
                /** @enum {string} */
                currency: "AED" | "AUD" | "BHD" | "BRL" | "CAD" | "CHF" | "CLP" | "CNY" | "CZK" | "DKK" | "EUR" | "GBP" | "HKD" | "HUF" | "IDR" | "ILS" | "INR" | "ISK" | "JOD" | "JPY" | "KRW" | "KWD" | "MXN" | "NOK" | "NZD" | "OMR" | "PLN" | "RON" | "SAR" | "SEK" | "SGD" | "THB" | "TND" | "TRY" | "USD" | "VND" | "ZAR";
                description: string;
            } & (unknown & unknown & unknown);
            /** Format: uri */
            redirect_uri?: string;
        };
        CreateWebhookEndpointRequest: {
            description?: string;
            /**
             * @default [
             *       "*"
             *     ]
             */
            enabled_events: (("session.completed" | "session.expired" | "session.canceled" | "identity.approved" | "identity.declined" | "identity.review_required" | "link.created" | "link.expiring" | "link.revoked" | "payment.processing" | "payment.requires_action" | "payment.succeeded" | "payment.failed" | "payment.canceled" | "refund.succeeded" | "refund.failed" | "webhook_endpoint.tested") | "*")[];
            metadata?: {
                [key: string]: string;
            };
            /** Format: uri */
            url: string;
        };
        Delivery: {
            attempts: number;
            endpoint_id: string;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        DeliveryAttempt: {
            /** Format: date-time */
            at: string;
            attempt: number;
            duration_ms: number;
            endpoint_id: string;
            error: string | null;
            /** @enum {string} */
            outcome: "succeeded" | "http_error" | "timeout" | "network_error";
            status_code: number | null;
        };
        Erasure: {
            customer_reference: string;
            erased: {
                events: number;
                idempotency_records: number;
                identity_verifications: number;
                images: number;
                personal_details: number;
                session_customer_fields: number;
            };
            /** @enum {string} */
            object: "erasure";
        };
        Error: {
            error: {
                code: string;
                doc_url?: string;
                message: string;
                param?: string;
                request_id: string;
                /** @enum {string} */
                type: "invalid_request_error" | "authentication_error" | "permission_error" | "not_found" | "idempotency_error" | "rate_limit_error" | "provider_error" | "api_error";
            };
        };
        Event: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: {
                    [key: string]: unknown;
                };
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            type: string;
        };
        EventWithDeliveries: {
            attempts: components["schemas"]["DeliveryAttempt"][];
            /** Format: date-time */
            created_at: string;
            data: {
                object: {
                    [key: string]: unknown;
                };
            };
            deliveries: components["schemas"]["Delivery"][];
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            type: string;
        };
        /** @description An identity verification was approved. */
        IdentityApprovedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["IdentityVerification"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "identity.approved";
        };
        /** @description An identity verification was declined. */
        IdentityDeclinedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["IdentityVerification"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "identity.declined";
        };
        /** @description An identity verification (or a re-screening) needs manual review. */
        IdentityReviewRequiredEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["IdentityVerification"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "identity.review_required";
        };
        IdentityRules: {
            /** @enum {string} */
            object: "identity_rules";
            /**
             * @default review
             * @enum {string}
             */
            pep_action: "review" | "approve";
            /**
             * @default review
             * @enum {string}
             */
            provider_review_action: "review" | "decline";
            /** @default null */
            sanctions_decline_score: number | null;
            /** @default 0.88 */
            sanctions_review_score: number;
        };
        IdentityVerification: {
            checks: {
                /** Format: date-time */
                checked_at: string;
                hits?: {
                    entries?: {
                        entry_id: string;
                        list: string;
                        name: string;
                        program: string;
                    }[];
                    entry_id: string;
                    explanation: string;
                    list: string;
                    lists?: string[];
                    matched_name: string;
                    name: string;
                    program: string;
                    score: number;
                }[];
                /** @enum {string} */
                outcome: "pass" | "fail" | "review" | "not_performed";
                reasons: string[];
                /** @enum {string} */
                type: "data_validation" | "document" | "selfie" | "sanctions" | "pep";
            }[];
            /** Format: date-time */
            created_at: string;
            customer_reference: string;
            /** Format: date-time */
            decided_at: string | null;
            document: {
                issuing_country: string;
                /** @enum {string} */
                type: "passport" | "id_card" | "driving_licence";
            } | null;
            /** Format: date-time */
            erased_at: string | null;
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "identity_verification";
            reviews: {
                /** Format: date-time */
                decided_at: string;
                decided_by: string;
                /** @enum {string} */
                decision: "approved" | "declined";
                note: string | null;
                /** @enum {string} */
                previous_status: "pending" | "processing" | "approved" | "declined" | "review";
            }[];
            session_id: string;
            /** @enum {string} */
            status: "pending" | "processing" | "approved" | "declined" | "review";
        };
        Institution: {
            country: string;
            /** @enum {string} */
            health: "healthy" | "degraded";
            id: string;
            logo_url: string;
            name: string;
            products: ("accounts" | "balances" | "transactions" | "owners" | "payment_initiation")[];
        };
        Link: {
            /** Format: date-time */
            consent_expires_at: string | null;
            /** Format: date-time */
            created_at: string;
            customer_reference: string | null;
            id: string;
            institution: {
                id: string;
                name: string;
            };
            livemode: boolean;
            /** @enum {string} */
            object: "link";
            scopes: ("accounts" | "balances" | "transactions" | "owners")[];
            session_id: string | null;
            /** @enum {string} */
            status: "pending" | "active" | "expired" | "revoked" | "error";
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A bank link was created. */
        LinkCreatedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Link"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "link.created";
        };
        /** @description A bank consent expires soon. */
        LinkExpiringEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Link"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "link.expiring";
        };
        /** @description A bank link was revoked. */
        LinkRevokedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Link"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "link.revoked";
        };
        Owners: {
            account: string;
            /** @enum {string} */
            object: "owners";
            owners: {
                addresses: string[];
                emails: string[];
                names: string[];
            }[];
            ownership: {
                matched_owner: string | null;
                name: string;
                score: number;
            } | null;
        };
        Payment: {
            amount: number;
            amount_refunded: number;
            card: {
                brand: string;
                exp_month: number;
                exp_year: number;
                last4: string;
            } | null;
            /** Format: date-time */
            created_at: string;
            currency: string;
            description: string;
            failure_code: string | null;
            id: string;
            livemode: boolean;
            /** @enum {string} */
            method: "card" | "bank";
            next_action: {
                /** @enum {string} */
                type: "three_d_secure";
                url: string;
            } | null;
            /** @enum {string} */
            object: "payment";
            session: string;
            /** @enum {string} */
            status: "requires_payment_method" | "processing" | "requires_action" | "succeeded" | "failed" | "canceled";
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A payment was canceled before it completed. */
        PaymentCanceledEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "payment.canceled";
        };
        /** @description A payment failed. */
        PaymentFailedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "payment.failed";
        };
        PaymentInstitution: {
            country: string;
            /** @enum {string} */
            health: "healthy" | "degraded";
            id: string;
            linked: boolean;
            logo_url: string;
            name: string;
        };
        PaymentInstitutionList: {
            data: components["schemas"]["PaymentInstitution"][];
        };
        /** @description A payment was submitted to the processor. */
        PaymentProcessingEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "payment.processing";
        };
        /** @description A payment waits for the customer (3-D Secure, bank authorisation). */
        PaymentRequiresActionEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "payment.requires_action";
        };
        /** @description A payment succeeded. */
        PaymentSucceededEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "payment.succeeded";
        };
        ProviderAccount: {
            /** @enum {string} */
            capability: "cards" | "pay_by_bank" | "bank_data" | "kyc";
            connector: string;
            /** Format: date-time */
            created_at: string;
            credentials: {
                [key: string]: string;
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "provider_account";
            payee: {
                iban: string;
                name: string;
            } | {
                account_number: string;
                name: string;
                sort_code: string;
            } | null;
            settings: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "active" | "deleted";
            /** Format: date-time */
            updated_at: string;
        };
        Refund: {
            amount: number;
            /** Format: date-time */
            created_at: string;
            currency: string;
            failure_code: string | null;
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "refund";
            payment: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        /** @description A refund failed. */
        RefundFailedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Refund"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "refund.failed";
        };
        /** @description A refund succeeded. */
        RefundSucceededEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Refund"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "refund.succeeded";
        };
        RollApiKeyRequest: {
            /** @default 86400 */
            overlap_seconds: number;
        };
        RolledApiKey: {
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: string;
            /** Format: date-time */
            last_used_at: string | null;
            last4: string;
            /** @enum {string} */
            mode: "test" | "live";
            /** @enum {string} */
            object: "api_key";
            previous_key: components["schemas"]["ApiKey"];
            /** Format: date-time */
            revoked_at: string | null;
            secret: string;
            /** @enum {string} */
            status: "active" | "expiring" | "expired" | "revoked";
        };
        Screening: {
            /** Format: date-time */
            created_at: string;
            hits: {
                entries: {
                    entry_id: string;
                    list: string;
                    name: string;
                    program: string;
                }[];
                entry_id: string;
                explanation: string;
                list: string;
                lists: string[];
                matched_name: string;
                name: string;
                program: string;
                score: number;
            }[];
            id: string;
            lists: {
                /** Format: date-time */
                loaded_at: string;
                name: string;
                version: string;
            }[];
            livemode: boolean;
            /** @enum {string} */
            object: "screening";
        };
        Session: {
            allowed_origins: string[];
            appearance: {
                color_primary?: string;
                font_family?: string;
                radius?: string;
                /** @enum {string} */
                theme?: "light" | "dark" | "auto";
            } | null;
            /** Format: date-time */
            canceled_at: string | null;
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            customer: {
                /** @enum {string} */
                country?: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                /** Format: email */
                email?: string;
                name?: string;
                phone?: string;
                reference: string;
            };
            /** Format: date-time */
            expires_at: string;
            flow_states: {
                [key: string]: {
                    result: {
                        [key: string]: unknown;
                    } | null;
                    status: string;
                };
            };
            flows: ("identity" | "link" | "payment")[];
            id: string;
            livemode: boolean;
            locale: string | null;
            metadata: {
                [key: string]: string;
            };
            /** @enum {string} */
            object: "session";
            payment: {
                amount: number;
                currency: string;
                description: string;
            } | null;
            redirect_uri: string | null;
            /** @enum {string} */
            status: "open" | "completed" | "expired" | "canceled";
        };
        /** @description The partner canceled the session. */
        SessionCanceledEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Session"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "session.canceled";
        };
        /** @description The user finished every flow of the session. */
        SessionCompletedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Session"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "session.completed";
        };
        /** @description An open session passed its expires_at. */
        SessionExpiredEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["Session"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "session.expired";
        };
        StartBankPaymentRequest: {
            institution: string;
            /** @enum {string} */
            method: "bank";
            /**
             * @default popup
             * @enum {string}
             */
            mode: "popup" | "redirect";
        };
        Transaction: {
            account: string;
            amount: number;
            bank_reference: string;
            booking_date: string | null;
            counterparty: string | null;
            currency: string;
            description: string;
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "transaction";
            /** @enum {string} */
            status: "pending" | "booked";
            value_date: string | null;
        };
        TransactionsSync: {
            added: components["schemas"]["Transaction"][];
            has_more: boolean;
            modified: components["schemas"]["Transaction"][];
            next_cursor: string;
            /** @enum {string} */
            object: "transactions_sync";
            removed: {
                id: string;
            }[];
        };
        UpdateProviderAccountRequest: {
            credentials?: {
                [key: string]: unknown;
            };
            payee?: {
                iban: string;
                name: string;
            } | {
                account_number: string;
                name: string;
                sort_code: string;
            };
            settings?: {
                [key: string]: unknown;
            };
        };
        WebhookEndpoint: {
            /** Format: date-time */
            created_at: string;
            description: string | null;
            enabled_events: string[];
            id: string;
            livemode: boolean;
            metadata: {
                [key: string]: string;
            };
            /** @enum {string} */
            object: "webhook_endpoint";
            /** Format: date-time */
            previous_secret_expires_at: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            url: string;
        };
        /** @description A test event sent from the dashboard to one endpoint (whatever its event filter); data.object is the endpoint. */
        WebhookEndpointTestedEvent: {
            /** Format: date-time */
            created_at: string;
            data: {
                object: components["schemas"]["WebhookEndpoint"];
            };
            id: string;
            livemode: boolean;
            /** @enum {string} */
            object: "event";
            /** @enum {string} */
            type: "webhook_endpoint.tested";
        };
        WebhookEndpointWithSecret: {
            /** Format: date-time */
            created_at: string;
            description: string | null;
            enabled_events: string[];
            id: string;
            livemode: boolean;
            metadata: {
                [key: string]: string;
            };
            /** @enum {string} */
            object: "webhook_endpoint";
            /** Format: date-time */
            previous_secret_expires_at: string | null;
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            url: string;
        };
        WidgetComplete: {
            result_token: string;
            session_id: string;
            summary: {
                flows: {
                    [key: string]: {
                        status: string;
                    };
                };
            };
        };
        WidgetEmbedding: {
            /** @enum {boolean} */
            embeddable: true;
            origin: string;
        };
        WidgetIdentityHandoff: {
            /** Format: date-time */
            expires_at: string;
            /** @description How long the link works, in seconds. */
            ttl_seconds: number;
            /**
             * Format: uri
             * @description Opens the identity step on a phone; carries the hand-off token.
             */
            url: string;
        };
        WidgetPayment: {
            amount: number;
            card: {
                brand: string;
                exp_month: number;
                exp_year: number;
                last4: string;
            } | null;
            currency: string;
            failure_code: string | null;
            id: string;
            next_action: {
                /** @enum {string} */
                type: "three_d_secure";
                url: string;
            } | null;
            /** @enum {string} */
            status: "requires_payment_method" | "processing" | "requires_action" | "succeeded" | "failed" | "canceled";
        };
        WidgetPaymentState: {
            amount: number;
            card_collection: {
                /** @enum {string} */
                kind: "sandbox_tokenizer";
                publishable_key: string;
                url: string;
            } | {
                client_key: string;
                /** @enum {string} */
                kind: "adyen_cse";
                public_key: string;
            } | null;
            currency: string;
            description: string;
            methods: ("card" | "bank")[];
            payment: components["schemas"]["WidgetPayment"] | null;
        };
        WidgetSession: {
            allowed_origins: string[];
            appearance: {
                color_primary?: string;
                font_family?: string;
                radius?: string;
                /** @enum {string} */
                theme?: "light" | "dark" | "auto";
            } | null;
            customer_country: string | null;
            /** Format: date-time */
            expires_at: string;
            flow_states: {
                [key: string]: {
                    result: {
                        [key: string]: unknown;
                    } | null;
                    status: string;
                };
            };
            flows: ("identity" | "link" | "payment")[];
            /** @enum {string} */
            frame_policy: "shared" | "session";
            id: string;
            locale: string | null;
            partner: {
                name: string;
            };
            payment: {
                amount: number;
                currency: string;
                description: string;
            } | null;
            /** @enum {string} */
            status: "open" | "completed" | "expired" | "canceled";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                limit?: number;
                link?: string;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Account"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountBalance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountOwners: {
        parameters: {
            query?: {
                name?: string;
            };
            header?: never;
            path: {
                /** @description The account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Owners"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "test",
                 *       "description": "Checkout service"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The api key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The api key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The api key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rollApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The api key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overlap_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["RollApiKeyRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolledApiKey"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseCustomerData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer reference the sessions were made with. */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
                type?: "session.completed" | "session.expired" | "session.canceled" | "identity.approved" | "identity.declined" | "identity.review_required" | "link.created" | "link.expiring" | "link.revoked" | "payment.processing" | "payment.requires_action" | "payment.succeeded" | "payment.failed" | "payment.canceled" | "refund.succeeded" | "refund.failed" | "webhook_endpoint.tested";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventWithDeliveries"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The event's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventWithDeliveries"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRules"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIdentityRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sanctions_review_score": 0.9,
                 *       "pep_action": "review"
                 *     }
                 */
                "application/json": {
                    /**
                     * @default review
                     * @enum {string}
                     */
                    pep_action?: "review" | "approve";
                    /**
                     * @default review
                     * @enum {string}
                     */
                    provider_review_action?: "review" | "decline";
                    /** @default null */
                    sanctions_decline_score?: number | null;
                    /** @default 0.88 */
                    sanctions_review_score?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityRules"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIdentityVerifications: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
                status?: "pending" | "processing" | "approved" | "declined" | "review";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["IdentityVerification"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity verification's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVerification"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reviewIdentityVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The identity verification's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approved",
                 *       "note": "Passport checked by hand."
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "approved" | "declined";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVerification"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLinks: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Link"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                "created[gte]"?: string;
                "created[lt]"?: string;
                limit?: number;
                session?: string;
                starting_after?: string;
                status?: "requires_payment_method" | "processing" | "requires_action" | "succeeded" | "failed" | "canceled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Payment"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRefunds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Refund"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The payment's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 500
                 *     }
                 */
                "application/json": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPayments: {
        parameters: {
            query: {
                "created[gte]"?: string;
                "created[lt]"?: string;
                currency?: string;
                format: "csv" | "camt053";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`Content-Disposition`): CSV, or an ISO 20022 camt.053 statement. */
            200: {
                headers: {
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    /** @description This request’s id. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                    "text/csv": string;
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProviderAccounts: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProviderAccount"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProviderAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "capability": "pay_by_bank",
                 *       "connector": "ob_uk",
                 *       "settings": {
                 *         "institutions": [
                 *           "sandbox-bank-uk"
                 *         ]
                 *       },
                 *       "payee": {
                 *         "name": "Paper & Pine Ltd",
                 *         "sort_code": "20-00-00",
                 *         "account_number": "55779911"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProviderAccountRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAccount"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProviderAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAccount"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProviderAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The provider account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payee": {
                 *         "name": "Paper & Pine Ltd",
                 *         "iban": "DE89370400440532013000"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProviderAccountRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAccount"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProviderAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The provider account's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderAccount"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createScreening: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ada Lovelace",
                 *       "birth_date": "1815-12-10",
                 *       "country": "GB",
                 *       "type": "individual"
                 *     }
                 */
                "application/json": {
                    birth_date?: string;
                    country?: string;
                    name: string;
                    /** @enum {string} */
                    type?: "individual" | "entity";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Screening"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Session"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flows": [
                 *         "identity",
                 *         "payment"
                 *       ],
                 *       "customer": {
                 *         "reference": "cus_1042",
                 *         "email": "ada@example.com",
                 *         "name": "Ada Lovelace",
                 *         "country": "GB"
                 *       },
                 *       "payment": {
                 *         "amount": 1299,
                 *         "currency": "GBP",
                 *         "description": "Blue mug"
                 *       },
                 *       "allowed_origins": [
                 *         "https://shop.example"
                 *       ],
                 *       "redirect_uri": "https://shop.example/return"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSession"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The session's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSessionClientToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The session's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientToken"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    syncTransactions: {
        parameters: {
            query: {
                count?: number;
                cursor?: string;
                link: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionsSync"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        has_more: boolean;
                        /** @enum {string} */
                        object: "list";
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://shop.example/finlet/webhooks",
                 *       "enabled_events": [
                 *         "payment.succeeded",
                 *         "identity.approved"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details_submitted: boolean;
                        document: {
                            issuing_country: string;
                            /** @enum {string} */
                            type: "passport" | "id_card" | "driving_licence";
                        } | null;
                        id: string | null;
                        images: ("front" | "back" | "selfie")[];
                        /** @enum {string|null} */
                        status: "pending" | "processing" | "approved" | "declined" | "review" | null;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveIdentityDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Ada",
                 *       "last_name": "Lovelace",
                 *       "date_of_birth": "1990-12-10",
                 *       "nationality": "GB",
                 *       "email": "ada@example.com",
                 *       "phone": "+447911123456",
                 *       "address": {
                 *         "line1": "12 St James Square",
                 *         "city": "London",
                 *         "postal_code": "SW1Y 4JH",
                 *         "country": "GB"
                 *       }
                 *     }
                 */
                "application/json": {
                    address: {
                        city: string;
                        /** @enum {string} */
                        country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                        line1: string;
                        line2?: string;
                        postal_code?: string;
                        region?: string;
                    };
                    /** Format: date */
                    date_of_birth: string;
                    /** Format: email */
                    email: string;
                    first_name: string;
                    id_number?: string;
                    last_name: string;
                    /** @enum {string} */
                    nationality: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                    phone: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details_submitted: boolean;
                        document: {
                            issuing_country: string;
                            /** @enum {string} */
                            type: "passport" | "id_card" | "driving_licence";
                        } | null;
                        id: string | null;
                        images: ("front" | "back" | "selfie")[];
                        /** @enum {string|null} */
                        status: "pending" | "processing" | "approved" | "declined" | "review" | null;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveIdentityDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "passport",
                 *       "issuing_country": "GB",
                 *       "expiry_date": "2031-04-30"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    expiry_date: string;
                    /** @enum {string} */
                    issuing_country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                    /** @enum {string} */
                    type: "passport" | "id_card" | "driving_licence";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details_submitted: boolean;
                        document: {
                            issuing_country: string;
                            /** @enum {string} */
                            type: "passport" | "id_card" | "driving_licence";
                        } | null;
                        id: string | null;
                        images: ("front" | "back" | "selfie")[];
                        /** @enum {string|null} */
                        status: "pending" | "processing" | "approved" | "declined" | "review" | null;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIdentityHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetIdentityHandoff"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadIdentityImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "side": "front",
                 *       "content_type": "image/jpeg",
                 *       "data": "/9j/4AAQSkZJRgABAQ=="
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    content_type: "image/jpeg" | "image/png";
                    data: string;
                    /** @enum {string} */
                    side: "front" | "back" | "selfie";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details_submitted: boolean;
                        document: {
                            issuing_country: string;
                            /** @enum {string} */
                            type: "passport" | "id_card" | "driving_licence";
                        } | null;
                        id: string | null;
                        images: ("front" | "back" | "selfie")[];
                        /** @enum {string|null} */
                        status: "pending" | "processing" | "approved" | "declined" | "review" | null;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityHandoffSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSession"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details_submitted: boolean;
                        document: {
                            issuing_country: string;
                            /** @enum {string} */
                            type: "passport" | "id_card" | "driving_licence";
                        } | null;
                        id: string | null;
                        images: ("front" | "back" | "selfie")[];
                        /** @enum {string|null} */
                        status: "pending" | "processing" | "approved" | "declined" | "review" | null;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                country?: string;
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Institution"][];
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstitutionLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The institution’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo, cached for a day. */
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: {
                            balance: number | null;
                            currency: string;
                            id: string;
                            mask: string;
                            name: string;
                            /** @enum {string} */
                            subtype: "checking" | "savings" | "credit_card" | "other";
                        }[];
                        attempt: string | null;
                        error: string | null;
                        institution: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        status: "none" | "awaiting_consent" | "choose_accounts" | "linked" | "failed";
                        update_mode: boolean;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    chooseWidgetLinkAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account_ids": [
                 *         "acc_3kP9sW2xQ7vN1bL8mR4tY6zH"
                 *       ]
                 *     }
                 */
                "application/json": {
                    account_ids: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: {
                            balance: number | null;
                            currency: string;
                            id: string;
                            mask: string;
                            name: string;
                            /** @enum {string} */
                            subtype: "checking" | "savings" | "credit_card" | "other";
                        }[];
                        attempt: string | null;
                        error: string | null;
                        institution: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        status: "none" | "awaiting_consent" | "choose_accounts" | "linked" | "failed";
                        update_mode: boolean;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startWidgetLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "institution": "sandbox-bank-uk",
                 *       "mode": "popup"
                 *     }
                 */
                "application/json": {
                    institution: string;
                    /**
                     * @default popup
                     * @enum {string}
                     */
                    mode?: "popup" | "redirect";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempt: string;
                        authorization_url: string;
                    };
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetPaymentState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetPaymentState"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPaymentInstitutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstitutionList"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmCardPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payment_method": {
                 *         "type": "token",
                 *         "token": "tok_1Nv8qL2eZvKYlo2C"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConfirmCardRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetPayment"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetPayment"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelWidgetPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetPayment"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object — or it belongs to another partner. */
            404: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "not_found",
                     *         "code": "not_found",
                     *         "message": "No such object (or it belongs to another partner).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startBankPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes the POST safe to retry: the same key and body within 24 h replays the first answer (`idempotent-replayed: true`). */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "bank",
                 *       "institution": "sandbox-bank-uk",
                 *       "mode": "popup"
                 *     }
                 */
                "application/json": components["schemas"]["StartBankPaymentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankPaymentStarted"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider answered with an error. */
            502: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_error",
                     *         "message": "An upstream provider failed or answered something Finlet could not read.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A provider did not answer in time. */
            504: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "provider_error",
                     *         "code": "provider_timeout",
                     *         "message": "The provider did not answer in time.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSession"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeWidgetSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "idempotent-replayed"?: "true";
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetComplete"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object is not in a state that allows this, or the Idempotency-Key is in use or was used with another body. */
            409: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_state",
                     *         "message": "The object is not in a state that allows this operation.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "body_too_large",
                     *         "message": "The request body exceeds the size limit.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "unsupported_media_type",
                     *         "message": "The body must be application/json.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetEmbedding"];
                };
            };
            /** @description The request is invalid (`invalid_request`, `unknown_parameter`, `invalid_json`, …; `param` names the field). */
            400: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "invalid_request",
                     *         "message": "A parameter is missing, of the wrong type or not allowed.",
                     *         "param": "amount",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No, or an unknown, expired or revoked credential. */
            401: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "authentication_error",
                     *         "code": "invalid_api_key",
                     *         "message": "The secret key is unknown, revoked or expired (rolled).",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The credential may not do this. */
            403: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "permission_error",
                     *         "code": "permission_denied",
                     *         "message": "This key may not do that: a test key cannot create or manage live keys or live provider accounts.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session has expired or was canceled. */
            410: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "invalid_request_error",
                     *         "code": "session_expired",
                     *         "message": "The session has expired.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "rate_limit_error",
                     *         "code": "rate_limited",
                     *         "message": "Too many requests for this key; retry after the Retry-After seconds.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong on Finlet’s side; `request_id` helps find it. */
            500: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "internal_error",
                     *         "message": "Something went wrong on Finlet’s side. The request id helps us find it.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database or a provider is unavailable; retry later. */
            503: {
                headers: {
                    /** @description This request’s id, in every log line and error. */
                    "request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "type": "api_error",
                     *         "code": "database_unavailable",
                     *         "message": "Finlet’s database did not answer in time or could not be reached; retry shortly.",
                     *         "request_id": "req_4hN2bXc8Yq1LmP0sT7vW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    identityApprovedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityApprovedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    identityDeclinedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityDeclinedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    identityReviewRequiredWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityReviewRequiredEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCreatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkExpiringWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkExpiringEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkRevokedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRevokedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentCanceledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCanceledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentProcessingWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentProcessingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentRequiresActionWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequiresActionEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    paymentSucceededWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSucceededEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    refundFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundFailedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    refundSucceededWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundSucceededEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sessionCanceledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCanceledEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sessionCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCompletedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sessionExpiredWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionExpiredEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEndpointTestedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry of it. */
                "webhook-id": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body` (two for 24 h after a secret rotation). */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointTestedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else (or no answer in time) is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
