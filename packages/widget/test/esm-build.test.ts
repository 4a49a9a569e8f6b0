/**
 * The publishable ES module build (`vite.esm.config.ts` + `rollup.types.config.mjs`, into a
 * directory of its own): one self-contained module that imports in Node with no DOM and runs
 * nothing a bundler could not drop, declarations that need nothing outside the package (no private
 * `@finlet/shared`, no zod), and a partner's TypeScript that type-checks against them — and fails
 * to when it names an exit status that does not exist. package.json publishes exactly these files,
 * and its `sideEffects` leaves the flow app (built from the same package) whole.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetDir } from './build-once.ts';

const out = mkdtempSync(path.join(tmpdir(), 'finlet-esm-'));
const bin = (name: string) => path.join(widgetDir, 'node_modules/.bin', name);

beforeAll(() => {
  const run = (file: string, args: string[]) =>
    execFileSync(file, args, {
      cwd: widgetDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  run(bin('vite'), ['build', '-c', 'vite.esm.config.ts', '--outDir', out, '--logLevel', 'warn']);
  run(bin('rollup'), ['-c', 'rollup.types.config.mjs', '--file', path.join(out, 'index.d.ts'), '--silent']);
  // The flow app, built from the same package: its modules register elements as they load.
  run(bin('vite'), [
    'build',
    '-c',
    'vite.flow.config.ts',
    '--outDir',
    path.join(out, 'flow'),
    '--logLevel',
    'warn',
  ]);
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Type-checks `source` as a partner's module importing the built package; answers the errors. */
function typeErrors(source: string): string[] {
  const file = path.join(out, 'partner.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the ESM build', () => {
  it('leaves the flow app built from the same package whole', () => {
    const html = readFileSync(path.join(out, 'flow/index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/flow\/(assets\/index-[\w-]+\.js)"/.exec(html);
    expect(entry, 'the flow page loads its entry script').not.toBeNull();
    expect(readFileSync(path.join(out, 'flow', entry![1]!), 'utf8')).toContain('finlet-app');
  });

  it('is one module with no imports that loads without a DOM', async () => {
    const js = readFileSync(path.join(out, 'index.js'), 'utf8');
    expect(js).not.toMatch(/^\s*import\s/m);
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const widget = await import(pathToFileURL(path.join(out, 'index.js')).href);
    expect(Object.keys(widget).sort()).toEqual([
      'FinletEventEvent',
      'FinletExitEvent',
      'FinletSuccessEvent',
      'defineFinletWidget',
      'open',
      'preload',
    ]);
    expect(new widget.FinletExitEvent({ status: 'origin_not_allowed' }).status).toBe('origin_not_allowed');
  });

  it('has declarations that need nothing outside the package', () => {
    const dts = readFileSync(path.join(out, 'index.d.ts'), 'utf8');
    expect(dts).not.toMatch(/from ['"]/);
    expect(dts).toMatch(/export \{[^}]*\bopen\b/);
  });

  it("type-checks a partner's use of open(), and refuses an exit status that does not exist", () => {
    const use = `
      import { open, type FinletExit } from './index.js';
      const handle = open({
        token: 'eyJ…',
        onExit: (e: FinletExit) => { if (e.status === 'origin_not_allowed') console.log(e.error?.code); },
        onEvent: (a) => console.log(a.name === 'SUBMIT_PAYMENT', a.metadata),
        onTokenExpired: async () => 'fresh',
      });
      handle.close();
      document.addEventListener('finlet-exit', (e) => console.log(e.status));
    `;
    expect(typeErrors(use)).toEqual([]);
    const misuse = `
      import { open } from './index.js';
      open({ token: 'x', onExit: (e) => { if (e.status === 'gone') return; } });
    `;
    expect(typeErrors(misuse).join('\n')).toMatch(/no overlap.*gone|gone.*no overlap/s);
  });

  it('publishes the built files with their types, the ESM build side-effect free', () => {
    const pkg = JSON.parse(readFileSync(path.join(widgetDir, 'package.json'), 'utf8'));
    // Only the sources (the flow app registers its elements as its modules load) and the scripts
    // have side effects: `false` for the whole package once made the flow build drop all its code.
    expect(pkg.sideEffects).toEqual(['./src/**', './dist/widget.js', './dist/flow/**']);
    expect(pkg.files).toEqual(['dist']);
    const root = pkg.publishConfig.exports['.'];
    expect(root).toEqual({ types: './dist/esm/index.d.ts', import: './dist/esm/index.js' });
    // The same names the configs write (here into `out` instead of dist/esm).
    for (const file of [root.types, root.import])
      expect(existsSync(path.join(out, path.basename(file))), file).toBe(true);
    expect(readFileSync(path.join(widgetDir, 'vite.esm.config.ts'), 'utf8')).toContain("outDir: 'dist/esm'");
    expect(readFileSync(path.join(widgetDir, 'rollup.types.config.mjs'), 'utf8')).toContain(
      "file: 'dist/esm/index.d.ts'",
    );
  });

  it('asks a partner to install nothing: every library is bundled, none is a runtime dependency', () => {
    // The built module has no imports (above), so a listed dependency would only make npm install
    // it for nothing — or fail, for the private workspace packages (`@finlet/shared`).
    const pkg = JSON.parse(readFileSync(path.join(widgetDir, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['lit', '@finlet/shared']));
  });
});
