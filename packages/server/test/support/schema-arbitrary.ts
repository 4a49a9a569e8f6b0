/**
 * fast-check arbitraries from the JSON Schemas (2020-12) of an OpenAPI document, for the fuzz of
 * every documented operation: `valid(schema)` draws values the schema accepts, `invalid(schema)`
 * values it refuses (a required field missing, an unknown one, a wrong type, a string past its
 * length, text PostgreSQL cannot store, JSON nested past the bound). `hints` supply values from the
 * test's world (ids that exist, the partner's origin) for named fields, so valid requests reach past
 * validation; they are mixed with generated values, never replace them.
 */
import fc from 'fast-check';

export type Schema = {
  $ref?: string;
  /** One type, or (OpenAPI 3.1's nullable) a list of them. */
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export type Hints = (name: string) => fc.Arbitrary<unknown> | undefined;

/** Strings drawn for fields without a pattern stay short: length limits are probed by `invalid`. */
const MAX_DRAWN_LENGTH = 24;

export function schemaArbitraries(root: { components?: { schemas?: Record<string, Schema> } }, hints: Hints) {
  const resolve = (s: Schema): Schema => {
    // A type list is a choice of types: read as `anyOf`, so every reader sees one type at a time
    // (read as "no type", every value looked acceptable and `invalid` never found one refused).
    if (Array.isArray(s.type)) {
      const { type, ...rest } = s;
      return { anyOf: type.map((one) => ({ ...rest, type: one })) };
    }
    if (!s.$ref) return s;
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = root.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${s.$ref}`);
    return resolve(target);
  };

  function string(s: Schema): fc.Arbitrary<string> {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? 10_000;
    const fits = (v: string) => v.length >= min && v.length <= max;
    if (s.format === 'date-time')
      return fc
        .date({ min: new Date(2000, 0), max: new Date(2100, 0), noInvalidDate: true })
        .map((d) => d.toISOString());
    if (s.format === 'date')
      return fc
        .date({ min: new Date(1900, 0), max: new Date(2100, 0), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    if (s.format === 'uri') return fc.webUrl({ validSchemes: ['https'] }).filter(fits);
    if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
    if (s.format === 'email') return fc.emailAddress().filter(fits);
    const cap = Math.max(min, Math.min(max, MAX_DRAWN_LENGTH));
    return fc.oneof(
      fc.string({ minLength: min, maxLength: cap }),
      fc.string({ unit: 'grapheme', minLength: min, maxLength: cap }).filter(fits),
    );
  }

  function number(s: Schema, integer: boolean): fc.Arbitrary<number> {
    const min =
      s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-9) : -1e6);
    const max =
      s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-9) : 1e6);
    if (!integer) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    // Small values are the useful ones (amounts, limits); the extremes are probed too.
    const small = fc.integer({ min, max: Math.min(max, Math.max(min, 0) + 5000) });
    return fc.oneof(
      { arbitrary: small, weight: 4 },
      fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }),
    );
  }

  /** A value `s` accepts; `name` is the field it fills (for hints). */
  function valid(schema: Schema, name = ''): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    const hinted = name ? hints(name) : undefined;
    const drawn = validDrawn(s);
    return hinted ? fc.oneof({ arbitrary: hinted, weight: 3 }, { arbitrary: drawn, weight: 1 }) : drawn;
  }

  function validDrawn(s: Schema): fc.Arbitrary<unknown> {
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    if (s.anyOf) return fc.oneof(...s.anyOf.map((a) => valid(a)));
    switch (s.type) {
      case 'string':
        return string(s);
      case 'integer':
        return number(s, true);
      case 'number':
        return number(s, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const items = s.items ? valid(s.items) : fc.jsonValue();
        const constraints = { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) };
        // Arrays of choices are sets in Finlet's API (flows, enabled events): draw them unique.
        return fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) });
      }
      case 'object':
        return object(s);
      default:
        return s.properties ? object(s) : fc.jsonValue({ maxDepth: 2 });
    }
  }

  function object(s: Schema): fc.Arbitrary<Record<string, unknown>> {
    const props = Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, valid(v, k)]));
    const record = fc.record(props, { requiredKeys: s.required ?? [] });
    if (typeof s.additionalProperties !== 'object') return record;
    const keys = s.propertyNames
      ? (string(resolve(s.propertyNames)) as fc.Arbitrary<string>)
      : fc.string({ maxLength: 10 });
    const extra = fc.dictionary(keys, valid(s.additionalProperties), { maxKeys: 3 });
    return fc.tuple(record, extra).map(([r, e]) => ({ ...e, ...r }));
  }

  /** Whether `v` has a type (and enum or const value) that `s` allows, looking no deeper. */
  function shallowAccepts(s: Schema, v: unknown): boolean {
    if (s.anyOf) return s.anyOf.some((a) => shallowAccepts(resolve(a), v));
    if (s.const !== undefined) return v === s.const;
    if (s.enum) return s.enum.includes(v);
    switch (s.type) {
      case 'string':
        return typeof v === 'string';
      case 'integer':
        return Number.isInteger(v);
      case 'number':
        return typeof v === 'number';
      case 'boolean':
        return typeof v === 'boolean';
      case 'null':
        return v === null;
      case 'array':
        return Array.isArray(v);
      case 'object':
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      default:
        return true;
    }
  }

  /** Text no JSON string field of Finlet accepts. */
  const badText = fc.constantFrom('a\u0000b', '\u0000', 'x\ud800y', '\udfff');

  /** A value `s` refuses (or, for the few schemas without any constraint, an unusual one). */
  function invalid(schema: Schema): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    const options: fc.Arbitrary<unknown>[] = [];
    if (s.type || s.enum || s.const !== undefined || s.anyOf) {
      options.push(fc.jsonValue({ maxDepth: 2 }).filter((v) => !shallowAccepts(s, v)));
    }
    if (s.type === 'string') {
      options.push(badText);
      if (s.maxLength !== undefined) options.push(fc.constant('x'.repeat(s.maxLength + 1)));
      if (s.enum) options.push(fc.string({ maxLength: 8 }).filter((v) => !s.enum!.includes(v)));
    }
    if ((s.type === 'integer' || s.type === 'number') && s.maximum !== undefined)
      options.push(fc.constant(s.maximum + 1));
    if (s.type === 'integer') options.push(fc.constantFrom(0.5, -1, 1e300));
    if (s.type === 'object' || s.properties) {
      const base = object(s);
      const required = s.required ?? [];
      if (required.length) {
        options.push(
          fc
            .tuple(base, fc.constantFrom(...required))
            .map(([v, k]) => Object.fromEntries(Object.entries(v).filter(([key]) => key !== k))),
        );
      }
      if (s.additionalProperties === false) options.push(base.map((v) => ({ ...v, fuzz_unknown: 1 })));
      const keys = Object.keys(s.properties ?? {});
      if (keys.length) {
        options.push(
          fc
            .tuple(base, fc.constantFrom(...keys))
            .chain(([v, k]) => invalid(s.properties![k]!).map((bad) => ({ ...v, [k]: bad }))),
        );
      }
    }
    if (s.type === 'array') {
      if (s.maxItems !== undefined && s.items)
        options.push(fc.array(valid(s.items), { minLength: s.maxItems + 1, maxLength: s.maxItems + 1 }));
      if (s.minItems) options.push(fc.constant([]));
      if (s.items) options.push(invalid(s.items).map((bad) => [bad]));
    }
    return options.length ? fc.oneof(...options) : fc.jsonValue({ maxDepth: 3 });
  }

  return { valid, invalid, resolve };
}
