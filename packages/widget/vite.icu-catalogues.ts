/**
 * Compiles the flow's ICU MessageFormat catalogues (`src/i18n/catalogues/<area>/<locale>.json`)
 * when they are imported: each message is parsed once, here, into intl-messageformat's AST, so the
 * browser formats with the small runtime and never ships the ICU parser (the flow build aliases it
 * to `no-parser`). A message without arguments becomes its plain text. A message that does not
 * parse fails the build, naming the file and the message.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]i18n[\\/]catalogues[\\/][\w-]+[\\/][\w-]+\.json$/;

export function compileMessage(message: string): unknown {
  const ast = parse(message, { ignoreTag: true, requiresOtherClause: true });
  const only = ast[0];
  if (ast.length === 0) return '';
  if (ast.length === 1 && only && only.type === 0) return only.value;
  return ast;
}

export function icuCatalogues(): Plugin {
  return {
    name: 'finlet-icu-catalogues',
    // Before Vite's JSON plugin, which then turns the compiled JSON into a module.
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id.split('?')[0] ?? '')) return null;
      const raw = JSON.parse(code) as Record<string, string>;
      const out: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(raw)) {
        try {
          out[key] = compileMessage(message);
        } catch (error) {
          throw new Error(`${id}: message "${key}" is not valid ICU MessageFormat (${String(error)})`);
        }
      }
      return { code: JSON.stringify(out), map: null };
    },
  };
}

/** The flow build resolves the parser to the package's parser-free build (ASTs only). */
export const noIcuParser = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};
