/**
 * Ids in paths (docs/architecture.md §5): every `/:id` route reads its id through `pathId(kind)`,
 * which answers an id of the wrong shape or prefix with 404 `not_found` — as for an id that does
 * not exist — before anything reaches the database. PostgreSQL cannot even store a NUL (`%00`),
 * so without this one check such an id came back from the query as a 500.
 */
import { type IdKind, isId } from '@finlet/shared';
import { validator } from 'hono/validator';
import { notFound } from '../errors.ts';

/** Validates `:id` as an id of `kind`; the handler reads it as `c.req.valid('param').id`. */
export const pathId = (kind: IdKind) =>
  validator('param', (params: Record<string, string>) => {
    const id = params.id ?? '';
    if (!isId(kind, id)) throw notFound(kind.replaceAll('_', ' '));
    return { id };
  });
