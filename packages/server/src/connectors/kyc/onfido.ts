/**
 * Connector to Onfido's API v3.6 (data/providers/onfido/openapi-v3.6.json), a partner's own KYC
 * provider in live mode. `api_base_url` is the region's base with the version, e.g.
 * `https://api.eu.onfido.com/v3.6` (also `api.us…`, `api.ca…`); requests carry
 * `Authorization: Token token=<api_token>`.
 *
 * Submitting is four steps: create the applicant (`POST /applicants`: first and last name, dob),
 * upload the document's sides (`POST /documents`, multipart: type, side, issuing country in ISO
 * alpha-3) and the selfie (`POST /live_photos`, multipart), then create the check
 * (`POST /checks`: reports `document` and `facial_similarity_photo`, the documents uploaded, and
 * the tag `finlet:<verification id>`). Onfido takes no idempotency key, so none of these writes is
 * repeated by the resilience layer (only reads are retried); instead each id Onfido answers
 * (applicant, each upload, the check) is saved with the verification as soon as it is created
 * (`saveProgress`, the verification's `provider_progress`), and a retried submit — after a failure
 * or after a restart — continues from what was saved; concurrent submits of one verification in one
 * process share one run. What remains: a create whose answer was lost (or a crash between Onfido's
 * answer and the save) may be made again; both carry the same tag, the first result decides the
 * verification and a later one changes nothing (a verification takes one result).
 *
 * Webhooks: Onfido signs the raw body with HMAC-SHA256 under the webhook's token, hex, in
 * `X-SHA2-Signature`; it signs no time, so there is no staleness to check — and none is needed,
 * since the webhook only names the check: the result is fetched from Onfido (`GET /checks/{id}`,
 * `GET /reports?check_id=…`) with the account's token, so a replayed webhook fetches the same
 * result and a verification that already has one ignores it. Only `check.completed` of a check
 * that is `complete` and carries a Finlet tag is applied; other authentic events are ignored.
 *
 * Outcomes, per report (`document` → Finlet's document check, `facial_similarity_photo` → selfie):
 *
 * | report | result | sub_result / breakdown | Finlet |
 * |---|---|---|---|
 * | any | `clear` | — | `approved` |
 * | document | `consider` | `rejected` or `suspected` | `declined` |
 * | document | `consider` | `caution`, or none | `review` |
 * | facial_similarity_photo | `consider` | `face_comparison` or `visual_authenticity` is `consider` | `declined` |
 * | facial_similarity_photo | `consider` | otherwise (e.g. `image_integrity`) | `review` |
 * | any | `unidentified`, or the report missing or not `complete` | — | `review` |
 *
 * Reasons name the breakdowns that are `consider` (BREAKDOWN_REASONS), e.g. `document_not_genuine`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { type Clock, systemClock } from '../../clock.ts';
import { ApiError } from '../../errors.ts';
import { unreadableAnswer } from '../http/errors.ts';
import { type PolicyOptions, ProviderPolicy } from '../http/policy.ts';
import { JsonSender, type ProviderAnswer, type ProviderRequest } from '../http/sender.ts';
import { parseCallbackBody } from '../signed-callback.ts';
import { alpha3 } from './alpha3.ts';
import type {
  KycCallback,
  KycCheckInput,
  KycConnector,
  KycProgress,
  KycResult,
  ProviderOutcome,
} from './kyc.ts';

export interface OnfidoOptions {
  /** The region's API base with the version, e.g. `https://api.eu.onfido.com/v3.6`. */
  baseUrl: string;
  apiToken: string;
  /** The token of the webhook registered in Onfido for this account's callback URL. */
  webhookToken: string;
  timeoutMs: number;
  resilience?: Partial<Omit<PolicyOptions, 'provider' | 'timeoutMs'>>;
  clock?: Clock;
}

/**
 * Onfido's API bases (one per region). In production an account must name one: the partner's token
 * goes nowhere else, and a partner cannot make Finlet's server call an address of its choosing.
 */
export const ONFIDO_API_BASE = /^https:\/\/api\.(eu|us|ca)\.onfido\.com\/v3\.6\/?$/;
export const ONFIDO_SIGNATURE_HEADER = 'x-sha2-signature';
/** The tag a check carries so its result finds its verification. */
export const REFERENCE_TAG = 'finlet:';
export const ONFIDO_REPORTS = ['document', 'facial_similarity_photo'] as const;

const RESILIENCE = {
  retries: 2,
  baseDelayMs: 200,
  maxDelayMs: 2000,
  maxRetryAfterMs: 10_000,
  breaker: { threshold: 5, cooldownMs: 30_000 },
};

/** Finlet's document types in Onfido's words. */
const DOCUMENT_TYPE: Record<string, string> = {
  passport: 'passport',
  id_card: 'national_identity_card',
  driving_licence: 'driving_licence',
};

/** A breakdown of a report that is `consider`, as a Finlet reason. */
const BREAKDOWN_REASONS: Record<string, Record<string, string>> = {
  document: {
    visual_authenticity: 'document_not_genuine',
    image_integrity: 'document_unreadable',
    data_validation: 'document_data_invalid',
    data_consistency: 'document_data_inconsistent',
    data_comparison: 'document_data_mismatch',
    compromised_document: 'document_compromised',
    police_record: 'document_reported',
    age_validation: 'applicant_under_age',
    issuing_authority: 'document_issuer_unverified',
  },
  facial_similarity_photo: {
    face_comparison: 'face_mismatch',
    image_integrity: 'selfie_unreadable',
    visual_authenticity: 'selfie_not_genuine',
  },
};
/** Selfie breakdowns that decline rather than send to review. */
const SELFIE_DECLINES = new Set(['face_comparison', 'visual_authenticity']);

const created = z.object({ id: z.string().min(1) });
const webhookSchema = z.object({
  payload: z.object({
    resource_type: z.string(),
    action: z.string().optional(),
    // The document's schema also requires `event` (the action's older name).
    event: z.string().optional(),
    object: z.object({ id: z.string().min(1) }),
  }),
});
const checkSchema = z.object({
  id: z.string(),
  status: z.string().optional(),
  result: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
});
const breakdownSchema = z.record(
  z.string(),
  z.object({ result: z.string().nullish() }).passthrough().nullish(),
);
const reportSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string().optional(),
  result: z.string().nullish(),
  sub_result: z.string().nullish(),
  breakdown: breakdownSchema.nullish(),
});
const reportsSchema = z.object({ reports: z.array(reportSchema) });
type Report = z.infer<typeof reportSchema>;

/**
 * Verifications whose progress is also kept in memory (oldest forgotten first), for a caller that
 * stores none: far more than can be submitting at once.
 */
const REMEMBERED = 10_000;

export function createOnfido(options: OnfidoOptions): KycConnector {
  const http = new JsonSender(
    new ProviderPolicy(
      { provider: 'Onfido', timeoutMs: options.timeoutMs, ...RESILIENCE, ...options.resilience },
      options.clock ?? systemClock,
    ),
  );
  const base = options.baseUrl.replace(/\/$/, '');
  const auth = { authorization: `Token token=${options.apiToken}` };
  const progress = new Map<string, KycProgress & Required<Pick<KycProgress, 'documents'>>>();
  const running = new Map<string, Promise<{ checkId: string }>>();

  /** A create (201 with an id); anything else Onfido answered on purpose is its refusal. */
  const create = (what: string, request: Omit<ProviderRequest, 'url'> & { path: string }) =>
    http.json({ ...request, url: `${base}${request.path}`, method: 'POST', headers: auth }, (answer) => {
      if (answer.status !== 201 && answer.status !== 200) throw refused(what, answer);
      const body = created.safeParse(answer.body);
      if (!body.success) throw unreadableAnswer();
      return body.data.id;
    });

  const read = <T>(path: string, schema: z.ZodType<T>) =>
    http.json({ url: `${base}${path}`, headers: auth }, (answer) => {
      if (answer.status !== 200) throw refused('the read', answer);
      const body = schema.safeParse(answer.body);
      if (!body.success) throw unreadableAnswer();
      return body.data;
    });

  async function run(input: KycCheckInput): Promise<{ checkId: string }> {
    let p = progress.get(input.reference);
    if (!p) {
      // What an earlier submit saved (another process, or this one before a restart).
      p = { ...input.progress, documents: { ...input.progress?.documents } };
      progress.set(input.reference, p);
      if (progress.size > REMEMBERED) progress.delete(progress.keys().next().value!);
    }
    const done = p;
    if (done.check) return { checkId: done.check };
    const type = DOCUMENT_TYPE[input.document.type];
    const country = alpha3(input.document.issuing_country);
    if (!type || !country) throw new ApiError('provider_error', 'Onfido does not take this document.');
    /** Records what Onfido just created, in memory and with the verification, before going on. */
    const save = async () => input.saveProgress?.(structuredClone(done));

    if (!done.applicant) {
      done.applicant = await create('the applicant', {
        path: '/applicants',
        json: {
          first_name: input.applicant.first_name,
          last_name: input.applicant.last_name,
          dob: input.applicant.date_of_birth,
        },
      });
      await save();
    }
    const applicantId = done.applicant;
    const { documents } = done;
    for (const side of ['front', 'back'] as const) {
      const image = input.images[side];
      if (!image || documents[side]) continue;
      const form = new FormData();
      form.set('applicant_id', applicantId);
      form.set('type', type);
      form.set('side', side);
      form.set('issuing_country', country);
      form.set('file', ...file(image, side));
      documents[side] = await create('the document', { path: '/documents', form });
      await save();
    }
    if (!done.live_photo) {
      const form = new FormData();
      form.set('applicant_id', applicantId);
      form.set('file', ...file(input.images.selfie, 'selfie'));
      done.live_photo = await create('the selfie', { path: '/live_photos', form });
      await save();
    }
    done.check = await create('the check', {
      path: '/checks',
      json: {
        applicant_id: applicantId,
        report_names: [...ONFIDO_REPORTS],
        document_ids: Object.values(documents),
        tags: [`${REFERENCE_TAG}${input.reference}`],
      },
    });
    await save();
    return { checkId: done.check };
  }

  async function result(checkId: string): Promise<KycCallback> {
    const id = encodeURIComponent(checkId);
    const check = await read(`/checks/${id}`, checkSchema);
    const tag = check.tags?.find((t) => t.startsWith(REFERENCE_TAG));
    // A check still running, withdrawn, or not Finlet's (another integration of the same account).
    if (check.status !== 'complete' || !tag) return 'ignored';
    const { reports } = await read(`/reports?check_id=${id}`, reportsSchema);
    const named = (name: string) => reports.find((r) => r.name === name);
    return {
      checkId: check.id,
      reference: tag.slice(REFERENCE_TAG.length),
      document: outcomeOf('document', named('document')),
      selfie: outcomeOf('facial_similarity_photo', named('facial_similarity_photo')),
    } satisfies KycResult;
  }

  return {
    signatureHeader: ONFIDO_SIGNATURE_HEADER,
    submit(input) {
      const already = running.get(input.reference);
      if (already) return already;
      const call = run(input).finally(() => running.delete(input.reference));
      running.set(input.reference, call);
      return call;
    },
    async parseCallback(signature, body) {
      if (!verifyOnfidoSignature(options.webhookToken, signature, body)) return null;
      const parsed = parseCallbackBody(body, webhookSchema);
      if (!parsed) return null;
      const { payload } = parsed;
      const action = payload.action ?? payload.event;
      if (payload.resource_type !== 'check' || action !== 'check.completed') return 'ignored';
      return result(payload.object.id);
    },
  };
}

/** True when `signature` is the hex HMAC-SHA256 of exactly this raw body under the webhook token. */
export function verifyOnfidoSignature(token: string, signature: string | undefined, body: string): boolean {
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return false;
  const expected = createHmac('sha256', token).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

/** One report's outcome by the table in this module's comment. */
export function outcomeOf(
  name: (typeof ONFIDO_REPORTS)[number],
  report: Report | undefined,
): { outcome: ProviderOutcome; reasons: string[] } {
  if (report?.status !== 'complete') return { outcome: 'review', reasons: ['report_missing'] };
  if (report.result === 'clear') return { outcome: 'approved', reasons: [] };
  const considered = Object.entries(report.breakdown ?? {})
    .filter(([, b]) => b?.result === 'consider')
    .map(([key]) => key);
  const reasons = considered.map((key) => BREAKDOWN_REASONS[name]?.[key] ?? `${name}_${key}`);
  if (report.result !== 'consider')
    return { outcome: 'review', reasons: ['result_unidentified', ...reasons] };
  if (name === 'document') {
    const sub = report.sub_result;
    if (sub === 'rejected' || sub === 'suspected')
      return { outcome: 'declined', reasons: reasons.length ? reasons : [`document_${sub}`] };
    return { outcome: 'review', reasons: reasons.length ? reasons : ['document_caution'] };
  }
  const declines = considered.some((key) => SELFIE_DECLINES.has(key));
  return {
    outcome: declines ? 'declined' : 'review',
    reasons: reasons.length ? reasons : ['selfie_consider'],
  };
}

function refused(what: string, answer: ProviderAnswer): ApiError {
  const type = z.object({ error: z.object({ type: z.string() }) }).safeParse(answer.body);
  const why = type.success ? `${answer.status} ${type.data.error.type}` : String(answer.status);
  return new ApiError('provider_error', `Onfido refused ${what} (${why}).`);
}

/**
 * An image as a multipart file part: PNG or JPEG by its magic bytes (the widget sends one of them),
 * named with the matching extension, which Onfido also reads.
 */
function file(image: Buffer, name: string): [Blob, string] {
  const png = image.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return [
    new Blob([new Uint8Array(image)], { type: png ? 'image/png' : 'image/jpeg' }),
    `${name}.${png ? 'png' : 'jpg'}`,
  ];
}
