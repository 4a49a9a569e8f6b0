/**
 * Checks real HTTP responses against an official OpenAPI 3.0 document (the UK OB 4.0 and Berlin
 * Group 1.3.9 files in the repository's `data/openapi/`): the document is parsed with `yaml`, added to
 * Ajv whole so `$ref`s resolve inside it, and the schema for one path/method/status is compiled on
 * demand. Ajv understands OpenAPI's `nullable`; `strict: false` tolerates `example` and friends.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

export interface ContractCheck {
  method: string;
  path: string;
  status: number;
  template: string | undefined;
  errors: string[];
}

export class OpenApiContract {
  private readonly doc: Json;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();
  private readonly templates: { template: string; pattern: RegExp }[];

  constructor(file: string, basePath = '') {
    this.doc = toDraft2020Bounds(parse(readFileSync(file, 'utf8'))) as Json;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
    addFormats(this.ajv);
    this.ajv.addFormat('url', (value: string) => URL.canParse(value, 'http://relative.invalid'));
    this.ajv.addSchema(this.doc, 'spec');
    this.templates = Object.keys(this.doc.paths as Json).map((template) => ({
      template,
      pattern: new RegExp(`^${basePath}${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** Validates one response; returns the problems (empty when it conforms). */
  check(method: string, url: string, status: number, headers: Headers, body: unknown): ContractCheck {
    const pathname = new URL(url).pathname;
    const matches = this.templates.filter((t) => t.pattern.test(pathname));
    // The most literal template wins (`/consents/{id}/status` over `/consents/{id}`).
    const match = matches.sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0];
    const result: ContractCheck = { method, path: pathname, status, template: match?.template, errors: [] };
    if (!match) {
      result.errors.push('no path in the specification matches');
      return result;
    }
    const operation = (this.doc.paths as Record<string, Json>)[match.template]?.[method.toLowerCase()] as
      | Json
      | undefined;
    const responses = operation?.responses as Json | undefined;
    const pointer = responses?.[String(status)]
      ? `#/paths/${escapePointer(match.template)}/${method.toLowerCase()}/responses/${status}`
      : undefined;
    if (!pointer) {
      result.errors.push(`status ${status} is not specified for ${method} ${match.template}`);
      return result;
    }
    const { response, pointer: at } = this.follow(pointer);
    for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      const resolved = header.$ref ? this.follow(header.$ref as string).response : header;
      if (resolved.required && !headers.has(name)) result.errors.push(`missing required header ${name}`);
    }
    const content = response.content as Json | undefined;
    if (!content) {
      if (body !== undefined && body !== '') result.errors.push('the specification defines no body');
      return result;
    }
    const type = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
    const validate = this.validator(`${at}/content/${escapePointer(String(type))}/schema`);
    if (validate && !validate(body)) {
      for (const e of validate.errors ?? [])
        result.errors.push(`${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    }
    return result;
  }

  private follow(pointer: string): { response: Json; pointer: string } {
    let at = pointer;
    let node = this.resolve(at);
    while (typeof node.$ref === 'string') {
      at = node.$ref;
      node = this.resolve(at);
    }
    return { response: node, pointer: at };
  }

  private resolve(pointer: string): Json {
    return pointer
      .slice(2)
      .split('/')
      .reduce<Json>((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, this.doc);
  }

  private validator(pointer: string): ValidateFunction | null {
    if (!this.cache.has(pointer)) this.cache.set(pointer, this.ajv.compile({ $ref: `spec${pointer}` }));
    return this.cache.get(pointer) ?? null;
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** OpenAPI 3.0 writes exclusive bounds draft-4 style (`exclusiveMinimum: true` + `minimum`); Ajv 8 wants numbers. */
function toDraft2020Bounds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft2020Bounds);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = toDraft2020Bounds(value);
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else delete out[flag];
  }
  return out;
}
