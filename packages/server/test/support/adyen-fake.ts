/**
 * A small scripted Adyen, for the flows Prism cannot play because they need state: the 3-D Secure
 * redirect round trip (`/payments` → RedirectShopper → the shopper's return with `redirectResult` →
 * `/payments/details` → Authorised), refusals, refunds and cancels of payments it made, and faults
 * (a 500, an answer that never comes). Every request it receives and every answer it gives is
 * validated with ajv against the official Checkout API v71 document, and every notification it
 * sends against the Webhooks v1 document: a test asserts `problems` is empty, so the fake cannot
 * drift from what Adyen documents. Notifications are signed as Adyen signs them (HMAC-SHA256 of
 * the documented fields under the hex HMAC key), by code written from the documentation here, not
 * the connector's.
 *
 * Scripts are chosen by the (test-format) encrypted card number, as Adyen's test cards choose:
 * `test_4111111111111111` Authorised; `test_4212345678901237` 3-D Secure redirect, then Authorised;
 * `test_4000020000000000` Refused (12, not enough balance); `test_5555444433331111` Pending. A
 * browser's real client-side encryption works too: the fake has its own client encryption key pair
 * (`publicKey`, Adyen's `10001|<hex modulus>`), decrypts each JWE field as Adyen would and picks the
 * script by the number inside. Its 3-D Secure page is a page a shopper can pass (Adyen's test
 * password `password`), which sends the browser back to the `returnUrl` with the `redirectResult`.
 */
import {
  constants,
  createDecipheriv,
  createHmac,
  generateKeyPairSync,
  type KeyObject,
  privateDecrypt,
  randomBytes,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dataFile } from '@finlet/data';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { CardSource } from '../../src/connectors/payments/processor.ts';

const checkout = JSON.parse(readFileSync(dataFile('providers', 'adyen', 'CheckoutService-v71.json'), 'utf8'));
const webhooks = JSON.parse(readFileSync(dataFile('providers', 'adyen', 'Webhooks-v1.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema(checkout, 'checkout');
ajv.addSchema(webhooks, 'webhooks');

/** Problems with `value` against a component schema of a document; empty when valid. */
export function documentProblems(doc: 'checkout' | 'webhooks', schema: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${doc}#/components/schemas/${schema}`);
  if (!validate) return [`no schema ${schema} in ${doc}`];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${schema}${e.instancePath} ${e.message}`);
}

/** Problems with a notification against the schema the Webhooks document gives its event code. */
export function notificationProblems(body: {
  notificationItems: { NotificationRequestItem: unknown }[];
}): string[] {
  const first = body.notificationItems[0]?.NotificationRequestItem as { eventCode?: string } | undefined;
  const code = first?.eventCode ?? '';
  const ref: string | undefined =
    webhooks.webhooks[`/${code}`]?.post?.requestBody?.content?.['application/json']?.schema?.$ref;
  if (!ref) return [`the Webhooks document has no event ${code}`];
  return documentProblems('webhooks', ref.split('/').at(-1)!, body);
}

export const ADYEN_TEST_CARDS = {
  authorised: 'test_4111111111111111',
  threeDS: 'test_4212345678901237',
  refused: 'test_4000020000000000',
  pending: 'test_5555444433331111',
} as const;

/** A card as the browser hands it over after Adyen CSE, in Adyen's test format (`test_<value>`). */
export const encryptedTestCard = (number: string, holderName?: string): CardSource => ({
  type: 'encrypted',
  encrypted_card_number: number,
  encrypted_expiry_month: 'test_03',
  encrypted_expiry_year: 'test_2030',
  encrypted_security_code: 'test_737',
  ...(holderName ? { holder_name: holderName } : {}),
});

export const FAKE_HMAC_KEY = '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056';

interface Payment {
  psp: string;
  reference: string;
  amount: { currency: string; value: number };
  returnUrl: string;
  merchantAccount: string;
  /** The redirectResult the shopper's return carries; undefined once used. */
  redirectResult?: string;
}

export interface AdyenFake {
  url: string;
  /** The client encryption public key (`10001|<hex modulus>`) a browser encrypts card fields with. */
  publicKey: string;
  /** Validation problems of requests received, answers given and notifications sent. */
  problems: string[];
  requests: { path: string; apiKey: string | undefined; idempotencyKey: string | undefined; body: unknown }[];
  /** The next request to `path` fails: `500` (after doing nothing), or `hang` (no answer). */
  failNext(path: string, how: '500' | 'hang'): void;
  /** The shopper completes the challenge: Adyen's redirect back to the `returnUrl`, with `redirectResult`. */
  completeChallenge(challengeUrl: string): string;
  /** A standard notification item, signed (or with `signature` instead), as Adyen sends it. */
  notification(item: Record<string, unknown>, o?: { signature?: string; hmacKey?: string }): string;
  close(): Promise<void>;
}

const psp = () => randomBytes(8).toString('hex').toUpperCase();

/** Adyen's notification HMAC, written from the documentation (docs.adyen.com "Verify HMAC signatures"). */
export function signNotificationItem(item: Record<string, unknown>, hmacKey = FAKE_HMAC_KEY): string {
  const amount = (item.amount ?? {}) as { value?: number; currency?: string };
  const fields = [
    item.pspReference,
    item.originalReference,
    item.merchantAccountCode,
    item.merchantReference,
    amount.value,
    amount.currency,
    item.eventCode,
    item.success,
  ].map((v) => (v === undefined ? '' : String(v)));
  return createHmac('sha256', Buffer.from(hmacKey, 'hex')).update(fields.join(':')).digest('base64');
}

/** A client encryption key pair: the private half stays here, as it stays at Adyen. */
function clientEncryptionKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const hex = (b64url: string) => Buffer.from(b64url, 'base64url').toString('hex').toUpperCase();
  // Adyen writes the exponent without leading zeros: `10001`.
  return { privateKey, publicKey: `${hex(jwk.e!).replace(/^0+/, '')}|${hex(jwk.n!)}` };
}

/**
 * What Adyen reads in an encrypted field: a compact JWE (RSA-OAEP key wrap, A256CBC-HS512) is
 * opened with the private key and answered in the test format (`test_<value>`); anything else is
 * taken as it is. A JWE that does not open (another key, a bad tag) reads as nothing.
 */
function openField(value: string | undefined, privateKey: KeyObject, field: string): string | undefined {
  const parts = value?.split('.');
  if (!value || parts?.length !== 5) return value;
  try {
    const [, wrapped, iv, ciphertext, tag] = parts.map((p) => Buffer.from(p, 'base64url'));
    const cek = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      wrapped!,
    );
    const aad = Buffer.from(parts[0]!);
    const aadBits = Buffer.alloc(8);
    aadBits.writeBigUInt64BE(BigInt(aad.length * 8));
    const mac = createHmac('sha512', cek.subarray(0, 32))
      .update(Buffer.concat([aad, iv!, ciphertext!, aadBits]))
      .digest()
      .subarray(0, 32);
    if (!mac.equals(tag!)) return undefined;
    const decipher = createDecipheriv('aes-256-cbc', cek.subarray(32), iv!);
    const plain = Buffer.concat([decipher.update(ciphertext!), decipher.final()]).toString();
    const read = (JSON.parse(plain) as Record<string, string>)[field];
    return read === undefined ? undefined : `test_${read}`;
  } catch {
    return undefined;
  }
}

/** The fake's 3-D Secure page: a password form, as Adyen's test issuer shows. */
const challengePage = (pspRef: string, wrong: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>3-D Secure</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Verify your payment</h1>
<p>Your bank asks for your 3-D Secure password (test password: password).</p>
${wrong ? '<p role="alert">That password is not right. Try again.</p>' : ''}
<form method="get" action="/threeDS/complete"><input type="hidden" name="psp" value="${pspRef}">
<label for="password">Password</label> <input id="password" name="password" type="password" autofocus>
<button type="submit">Submit</button></form></main></body></html>`;

export async function startAdyenFake(): Promise<AdyenFake> {
  const keys = clientEncryptionKeys();
  const problems: string[] = [];
  const requests: AdyenFake['requests'] = [];
  const payments = new Map<string, Payment>();
  const byKey = new Map<string, { status: number; body: unknown }>();
  const faults = new Map<string, '500' | 'hang'>();
  let url = '';

  function answer(res: ServerResponse, status: number, body: unknown, schema: string) {
    problems.push(...documentProblems('checkout', schema, body).map((p) => `answer: ${p}`));
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function payments_(body: Record<string, unknown>): { status: number; body: unknown } {
    const method = body.paymentMethod as Record<string, string>;
    const amount = body.amount as Payment['amount'];
    const p: Payment = {
      psp: psp(),
      reference: String(body.reference),
      amount,
      returnUrl: String(body.returnUrl),
      merchantAccount: String(body.merchantAccount),
    };
    payments.set(p.psp, p);
    const number = openField(method.encryptedCardNumber, keys.privateKey, 'number');
    const card = {
      cardSummary: number?.slice(-4) ?? '',
      expiryDate: '3/2030',
      paymentMethod: 'visa',
    };
    switch (number) {
      case ADYEN_TEST_CARDS.authorised:
        return {
          status: 200,
          body: {
            pspReference: p.psp,
            resultCode: 'Authorised',
            merchantReference: p.reference,
            amount,
            additionalData: card,
          },
        };
      case ADYEN_TEST_CARDS.threeDS:
        // As long as real ones (hundreds of characters).
        p.redirectResult = `X6Xtf${randomBytes(384).toString('base64url')}`;
        return {
          status: 200,
          body: {
            pspReference: p.psp,
            resultCode: 'RedirectShopper',
            merchantReference: p.reference,
            // As the document's card-3d-secure-redirect example: the card's summary comes with it.
            additionalData: { cardSummary: '1237', paymentMethod: 'visa', cardBin: '421234' },
            action: {
              paymentMethodType: 'scheme',
              type: 'redirect',
              method: 'GET',
              url: `${url}/threeDS/redirect?psp=${p.psp}`,
            },
          },
        };
      case ADYEN_TEST_CARDS.refused:
        return {
          status: 200,
          body: {
            pspReference: p.psp,
            resultCode: 'Refused',
            refusalReason: 'Not enough balance',
            refusalReasonCode: '12',
            merchantReference: p.reference,
          },
        };
      case ADYEN_TEST_CARDS.pending:
        return {
          status: 200,
          body: { pspReference: p.psp, resultCode: 'Pending', merchantReference: p.reference },
        };
      default:
        return {
          status: 422,
          body: { status: 422, errorCode: '101', message: 'Invalid card number', errorType: 'validation' },
        };
    }
  }

  function details(body: { details?: { redirectResult?: string } }): { status: number; body: unknown } {
    const result = body.details?.redirectResult;
    const p = [...payments.values()].find((x) => result && x.redirectResult === result);
    if (!p)
      return {
        status: 422,
        body: {
          status: 422,
          errorCode: '14_018',
          message: 'Invalid redirectResult',
          errorType: 'validation',
        },
      };
    return {
      status: 200,
      body: {
        pspReference: p.psp,
        resultCode: 'Authorised',
        merchantReference: p.reference,
        amount: p.amount,
        additionalData: { cardSummary: '1237', expiryDate: '3/2030', paymentMethod: 'visa' },
      },
    };
  }

  function modification(
    kind: 'refunds' | 'cancels' | 'reversals',
    paymentPsp: string,
    body: Record<string, unknown>,
  ) {
    if (!payments.has(paymentPsp))
      return {
        status: 422,
        body: {
          status: 422,
          errorCode: '167',
          message: 'Original pspReference required',
          errorType: 'validation',
        },
      };
    return {
      status: 201,
      body: {
        merchantAccount: body.merchantAccount,
        paymentPspReference: paymentPsp,
        pspReference: psp(),
        ...(body.reference ? { reference: body.reference } : {}),
        status: 'received',
        ...(kind === 'refunds' ? { amount: body.amount } : {}),
      },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && (path === '/threeDS/redirect' || path === '/threeDS/complete')) {
      const query = new URL(req.url ?? '/', url).searchParams;
      const pspRef = query.get('psp') ?? '';
      if (
        path === '/threeDS/complete' &&
        query.get('password') === 'password' &&
        payments.get(pspRef)?.redirectResult
      ) {
        res.writeHead(302, { location: completeChallenge(`${url}/threeDS/redirect?psp=${pspRef}`) }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(challengePage(encodeURIComponent(pspRef), path === '/threeDS/complete'));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    const apiKey = req.headers['x-api-key'] as string | undefined;
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    requests.push({ path, apiKey, idempotencyKey, body });
    // The document: "A unique identifier for the message with a maximum of 64 characters".
    if (idempotencyKey && idempotencyKey.length > 64)
      problems.push(`request ${path}: Idempotency-Key over 64 characters`);
    const fault = faults.get(path);
    if (fault) {
      faults.delete(path);
      if (fault === 'hang') return; // never answers
      answer(
        res,
        500,
        { status: 500, errorCode: '905', message: 'Internal error', errorType: 'internal' },
        'ServiceError',
      );
      return;
    }
    if (!apiKey)
      return answer(
        res,
        401,
        {
          status: 401,
          errorCode: '000',
          message: 'HTTP Status Response - Unauthorized',
          errorType: 'security',
        },
        'ServiceError',
      );
    const replay = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
    let result: { status: number; body: unknown };
    let schemas: [string, string];
    const mod = /^\/payments\/([^/]+)\/(refunds|cancels)$/.exec(path);
    if (path === '/payments') {
      schemas = ['PaymentRequest', 'PaymentResponse'];
      result = replay ?? payments_(body);
    } else if (path === '/payments/details') {
      schemas = ['PaymentDetailsRequest', 'PaymentDetailsResponse'];
      result = replay ?? details(body);
    } else if (mod) {
      const kind = mod[2] as 'refunds' | 'cancels';
      schemas =
        kind === 'refunds'
          ? ['PaymentRefundRequest', 'PaymentRefundResponse']
          : ['PaymentCancelRequest', 'PaymentCancelResponse'];
      result = replay ?? modification(kind, decodeURIComponent(mod[1]!), body);
    } else if (/^\/payments\/[^/]+\/reversals$/.test(path)) {
      // A reversal: Adyen cancels the payment if it is not captured yet, else refunds it.
      schemas = ['PaymentReversalRequest', 'PaymentReversalResponse'];
      result = replay ?? modification('reversals', decodeURIComponent(path.split('/')[2]!), body);
    } else {
      res.writeHead(404).end();
      return;
    }
    problems.push(...documentProblems('checkout', schemas[0], body).map((p) => `request ${path}: ${p}`));
    if (idempotencyKey && !replay) byKey.set(idempotencyKey, result);
    answer(res, result.status, result.body, result.status < 300 ? schemas[1] : 'ServiceError');
  }

  function completeChallenge(challengeUrl: string): string {
    const p = payments.get(new URL(challengeUrl).searchParams.get('psp') ?? '');
    if (!p?.redirectResult) throw new Error('no challenge pending there');
    const back = new URL(p.returnUrl);
    back.searchParams.set('redirectResult', p.redirectResult);
    return back.toString();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      problems.push(`fake crashed: ${error.message}`);
      res.writeHead(500).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    publicKey: keys.publicKey,
    problems,
    requests,
    failNext: (path, how) => faults.set(path, how),
    completeChallenge,
    notification(item, o = {}) {
      const signed = {
        ...item,
        additionalData: {
          ...((item.additionalData as object | undefined) ?? {}),
          hmacSignature: o.signature ?? signNotificationItem(item, o.hmacKey),
        },
      };
      const body = { live: 'false', notificationItems: [{ NotificationRequestItem: signed }] };
      problems.push(...notificationProblems(body).map((p) => `notification: ${p}`));
      return JSON.stringify(body);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
