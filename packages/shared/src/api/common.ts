/** Shapes shared by every partner API resource: lists, timestamps, metadata. */
import { z } from 'zod';

export const timestampSchema = z.iso.datetime();
export const metadataSchema = z
  .record(z.string().max(40), z.string().max(500))
  .refine((m) => Object.keys(m).length <= 50, { message: 'at most 50 metadata keys' });

export const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().max(100).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });
}

/**
 * `schema` or null, for a schema registered under an id (`.meta({ id })`): zod-openapi documents
 * such a schema's `.nullable()` as a bare `$ref` (or an `allOf` null cannot pass), so the document
 * would refuse the nulls the server sends; a union with null is documented `anyOf: [$ref, null]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
