/**
 * How the Sandbox KYC decides, deterministically, so tests and demos can reach every outcome
 * (README "Sandbox values"):
 *
 * | input                                   | document | selfie   | reason                 |
 * |-----------------------------------------|----------|----------|------------------------|
 * | surname `Decline`                       | declined | —        | `document_not_genuine` |
 * | surname `Review`                        | review   | —        | `document_unreadable`  |
 * | surname `Mismatch`                      | approved | declined | `face_mismatch`        |
 * | document `expiry_date` before today     | declined | —        | `document_expired`     |
 * | image bytes that are not JPEG or PNG    | declined | —        | `image_unreadable`     |
 * | anything else                           | approved | approved | —                      |
 */

export type Outcome = 'approved' | 'declined' | 'review';

export interface CheckOutcome {
  document: { outcome: Outcome; reasons: string[] };
  selfie: { outcome: Outcome; reasons: string[] };
}

export interface CheckSubject {
  last_name: string;
  document_expiry_date: string;
  images: { front: Buffer; back?: Buffer; selfie: Buffer };
}

const isImage = (b: Buffer) =>
  (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
  b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

export function decide(subject: CheckSubject, today: string): CheckOutcome {
  const surname = subject.last_name.trim().toLowerCase();
  const ok = { outcome: 'approved' as Outcome, reasons: [] as string[] };
  const images = [subject.images.front, subject.images.back, subject.images.selfie].filter(
    (b): b is Buffer => !!b,
  );
  if (!images.every(isImage))
    return { document: { outcome: 'declined', reasons: ['image_unreadable'] }, selfie: ok };
  if (subject.document_expiry_date < today)
    return { document: { outcome: 'declined', reasons: ['document_expired'] }, selfie: ok };
  if (surname === 'decline')
    return { document: { outcome: 'declined', reasons: ['document_not_genuine'] }, selfie: ok };
  if (surname === 'review')
    return { document: { outcome: 'review', reasons: ['document_unreadable'] }, selfie: ok };
  if (surname === 'mismatch')
    return { document: ok, selfie: { outcome: 'declined', reasons: ['face_mismatch'] } };
  return { document: ok, selfie: ok };
}
