/**
 * Reading a partner's identity verifications: the list (`status=review` is the review queue), one
 * verification, and — for a person deciding a review — its personal details and images, decrypted.
 * Shared by the partner API and the dashboard.
 */
import type { IdentityStatus, PersonalDetails } from '@finlet/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { afterCursor, pageOf } from '../db/list-cursor.ts';
import { type Owner, ownedBy } from '../db/ownership.ts';
import { identityImages, identityVerifications } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { DETAILS_CONTEXT, imageContext, imagesOf } from './capture.ts';
import type { VerificationRow } from './resource.ts';

const t = identityVerifications;

export async function listVerifications(
  deps: Deps,
  owner: Owner,
  q: { limit: number; starting_after?: string | undefined; status?: IdentityStatus | undefined },
) {
  const { db } = deps.database;
  const cursor = await afterCursor(db, t, ownedBy(t, owner), q.starting_after, 'verification');
  const rows = await db
    .select()
    .from(t)
    .where(and(ownedBy(t, owner), q.status ? eq(t.status, q.status) : undefined, cursor))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(q.limit + 1);
  return pageOf(rows, q.limit);
}

export async function loadVerification(deps: Deps, owner: Owner, id: string): Promise<VerificationRow> {
  const [row] = await deps.database.db
    .select()
    .from(t)
    .where(and(eq(t.id, id), ownedBy(t, owner)));
  if (!row) throw notFound('identity verification');
  return row;
}

/** The personal details as the customer entered them (null once erased). */
export function personalDetailsOf(deps: Deps, row: VerificationRow): PersonalDetails | null {
  return row.detailsEnc
    ? (JSON.parse(deps.cipher.decryptText(row.detailsEnc, DETAILS_CONTEXT)) as PersonalDetails)
    : null;
}

/** Which sides have an image (front, back, selfie); purged or erased images are gone. */
export async function imageSidesOf(deps: Deps, row: VerificationRow): Promise<string[]> {
  return (await imagesOf(deps, row.id)).map((i) => i.side).sort();
}

export async function imageOf(deps: Deps, row: VerificationRow, side: string) {
  const [image] = await deps.database.db
    .select()
    .from(identityImages)
    .where(and(eq(identityImages.verificationId, row.id), eq(identityImages.side, side as 'front')));
  if (!image) throw notFound('image');
  return {
    contentType: image.contentType,
    bytes: deps.cipher.decrypt(image.imageEnc, imageContext(row.id, side)),
  };
}
