/**
 * What the widget sends for a session's identity verification, step by step: personal details
 * (encrypted as one blob: it holds the date of birth and identity number), the document's type,
 * issuing country and expiry, the images (each encrypted, checked to be the JPEG or PNG they claim
 * to be), and finally `submit`, which records the data validation check and hands everything to
 * the KYC provider (`pending → processing`).
 */
import {
  DOCUMENT_SIDES,
  type DocumentType,
  type IdentityDocument,
  newId,
  type PersonalDetails,
  personalDetailsSchema,
} from '@finlet/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { Deps, SessionRow } from '../context.ts';
import { identityImages, identityVerifications } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import type { VerificationRow } from './resource.ts';

export const DETAILS_CONTEXT = 'identity_verifications.details_enc';
export const imageContext = (id: string, side: string) => `identity_images.image_enc:${id}:${side}`;

/** The session's verification (at most one: a unique index on the session). */
export async function verificationOf(deps: Deps, sessionId: string): Promise<VerificationRow | undefined> {
  const [row] = await deps.database.db
    .select()
    .from(identityVerifications)
    .where(and(eq(identityVerifications.sessionId, sessionId), isNull(identityVerifications.supersededBy)));
  return row;
}

async function editable(deps: Deps, session: SessionRow): Promise<VerificationRow> {
  if (!session.flows.includes('identity'))
    throw new ApiError('flow_not_enabled', 'The session does not include the identity flow.');
  const row = (await verificationOf(deps, session.id)) ?? (await create(deps, session));
  if (row.status !== 'pending')
    throw new ApiError('invalid_state', `The identity verification is ${row.status}.`);
  return row;
}

/**
 * Creates the session's verification on its first step. Concurrent first steps (a double click, a
 * retry, desktop and phone at once) all get here: the unique index lets one insert through and
 * every other request carries on with that row.
 */
async function create(deps: Deps, session: SessionRow): Promise<VerificationRow> {
  const now = deps.clock.now();
  const [created] = await deps.database.db
    .insert(identityVerifications)
    .values({
      id: newId('identity_verification'),
      partnerId: session.partnerId,
      livemode: session.livemode,
      sessionId: session.id,
      customerReference: session.customer.reference ?? '',
      status: 'pending',
      checks: [],
      reviews: [],
      screenedVersions: {},
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({
      target: identityVerifications.sessionId,
      where: isNull(identityVerifications.supersededBy),
    })
    .returning();
  // On a conflict the other insert has committed (PostgreSQL waits for it), so its row is visible.
  const row = created ?? (await verificationOf(deps, session.id));
  if (!row) throw new Error(`identity verification of ${session.id} conflicted but is not there`);
  return row;
}

export async function saveDetails(deps: Deps, session: SessionRow, details: PersonalDetails) {
  const row = await editable(deps, session);
  await deps.database.db
    .update(identityVerifications)
    .set({
      detailsEnc: deps.cipher.encrypt(JSON.stringify(details), DETAILS_CONTEXT),
      updatedAt: deps.clock.now(),
    })
    .where(eq(identityVerifications.id, row.id));
  return row.id;
}

export async function saveDocument(deps: Deps, session: SessionRow, document: IdentityDocument) {
  const row = await editable(deps, session);
  await deps.database.db
    .update(identityVerifications)
    .set({ document, updatedAt: deps.clock.now() })
    .where(eq(identityVerifications.id, row.id));
  return row.id;
}

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

export async function saveImage(
  deps: Deps,
  session: SessionRow,
  image: { side: 'front' | 'back' | 'selfie'; content_type: string; data: string },
) {
  const bytes = Buffer.from(image.data, 'base64');
  if (!SIGNATURES[image.content_type]?.(bytes))
    throw new ApiError('invalid_request', `The image is not a ${image.content_type} file.`, 'data');
  const row = await editable(deps, session);
  const values = {
    verificationId: row.id,
    side: image.side,
    contentType: image.content_type,
    imageEnc: deps.cipher.encrypt(bytes, imageContext(row.id, image.side)),
    createdAt: deps.clock.now(),
  };
  await deps.database.db
    .insert(identityImages)
    .values(values)
    .onConflictDoUpdate({ target: [identityImages.verificationId, identityImages.side], set: values });
  return row.id;
}

export async function imagesOf(deps: Deps, id: string) {
  return deps.database.db
    .select({ side: identityImages.side, imageEnc: identityImages.imageEnc })
    .from(identityImages)
    .where(eq(identityImages.verificationId, id));
}

export async function submit(deps: Deps, session: SessionRow): Promise<VerificationRow> {
  const row = await verificationOf(deps, session.id);
  if (!row) throw new ApiError('invalid_state', 'Send the personal details first.');
  if (row.status !== 'pending') return row; // a retried submit after a lost answer
  if (!row.detailsEnc) throw new ApiError('invalid_state', 'Send the personal details first.');
  if (!row.document) throw new ApiError('invalid_state', 'Choose the document first.');
  const details = JSON.parse(deps.cipher.decryptText(row.detailsEnc, DETAILS_CONTEXT)) as PersonalDetails;
  const stored = new Map((await imagesOf(deps, row.id)).map((i) => [i.side, i.imageEnc]));
  const needed = [...DOCUMENT_SIDES[row.document.type as DocumentType], 'selfie'] as const;
  const missing = needed.find((s) => !stored.has(s));
  if (missing) throw new ApiError('invalid_state', `The ${missing} image is missing.`, missing);
  const image = (side: string) =>
    deps.cipher.decrypt(stored.get(side as 'front')!, imageContext(row.id, side));
  // Data validation: the details must still pass today's rules (e.g. age); the document itself is
  // the provider's to judge (expiry included).
  const validation = personalDetailsSchema.safeParse(details);
  const now = deps.clock.now();
  const reasons = validation.success
    ? []
    : validation.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  const dataCheck = {
    type: 'data_validation',
    outcome: reasons.length ? 'fail' : 'pass',
    reasons,
    checked_at: now.toISOString(),
  };
  const kyc = (await deps.providers.for(session)).kyc();
  const { checkId } = await kyc.connector.submit({
    reference: row.id,
    callbackUrl: kyc.callbackUrl,
    applicant: {
      first_name: details.first_name,
      last_name: details.last_name,
      date_of_birth: details.date_of_birth,
    },
    document: row.document,
    images: {
      front: image('front'),
      selfie: image('selfie'),
      ...(stored.has('back') ? { back: image('back') } : {}),
    },
    ...(row.providerProgress ? { progress: row.providerProgress } : {}),
    // Saved as the provider creates each thing, so a submit retried after a restart reuses them.
    saveProgress: async (progress) => {
      await deps.database.db
        .update(identityVerifications)
        .set({ providerProgress: progress })
        .where(and(eq(identityVerifications.id, row.id), eq(identityVerifications.status, 'pending')));
    },
  });
  const [updated] = await deps.database.db
    .update(identityVerifications)
    .set({ status: 'processing', providerCheckId: checkId, checks: [dataCheck], updatedAt: now })
    .where(and(eq(identityVerifications.id, row.id), eq(identityVerifications.status, 'pending')))
    .returning();
  return updated ?? row;
}
