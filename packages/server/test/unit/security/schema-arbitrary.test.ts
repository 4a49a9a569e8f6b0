/**
 * The fuzz's request generators (test/support/schema-arbitrary.ts) must draw from every schema the
 * document can hold. OpenAPI 3.1 writes a nullable field as a type list (`["number", "null"]`):
 * read as "no type", every value looked acceptable, so `invalid` filtered for a refused value
 * forever — the fuzz stalled on `POST /v1/identity_rules` (`sanctions_decline_score`).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Schema, schemaArbitraries } from '../../support/schema-arbitrary.ts';

const nullableScore: Schema = { type: ['number', 'null'], minimum: 0.5, maximum: 1 };
const arbitraries = schemaArbitraries({}, () => undefined);
const ajv = new Ajv2020({ strict: false });

describe('schema arbitraries for type lists', () => {
  it('draws values a nullable number accepts, both null and numbers in range', () => {
    const accepts = ajv.compile(nullableScore);
    const drawn = fc.sample(arbitraries.valid(nullableScore), 300);
    expect(drawn.every((v) => accepts(v))).toBe(true);
    expect(drawn.some((v) => v === null)).toBe(true);
    expect(drawn.some((v) => typeof v === 'number')).toBe(true);
  });

  it('draws values a nullable number refuses, and terminates', () => {
    const accepts = ajv.compile(nullableScore);
    const drawn = fc.sample(arbitraries.invalid(nullableScore), 300);
    expect(drawn.filter((v) => accepts(v))).toEqual([]);
  });
});
