/**
 * Node module hook for the e2e stack process: `scripts/stack.ts` imports `@finlet/demo` and
 * `@finlet/sandbox`, which the repository root does not list as dependencies, so Node cannot find
 * them from `scripts/`. A bare `@finlet/*` import that fails is resolved again from the e2e package,
 * which depends on every workspace package it starts.
 */
const E2E = new URL('../package.json', import.meta.url).href;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('@finlet/') || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return next(specifier, { ...context, parentURL: E2E });
  }
}
