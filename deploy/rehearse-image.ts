/**
 * A rehearsal of the production image without a Docker daemon: runs the Dockerfile's own
 * instructions on this host, so a broken recipe fails here (a missing COPY, a dev-only dependency
 * needed at run time, a wrong CMD, a healthcheck that cannot pass, a folder the non-root user cannot
 * write). Each stage is a folder standing for its root filesystem: the build stage gets the context
 * (the committed files less .dockerignore) and runs its RUN lines with its ENV; the runtime stage
 * holds only what its COPY --from lines bring; then its CMD starts as an unprivileged user (`nobody`
 * stands in for the image's user) beside a throwaway PostgreSQL, its HEALTHCHECK must pass, real
 * requests must answer and SIGTERM must end it with exit 0. It prints each step and the runtime
 * folder's size (the image less its node base).
 *
 * What it does not prove: the base image (this host's Node and system libraries stand in for
 * node:20-slim), the layers, and the HEALTHCHECK's timing options, which are Docker's.
 *
 *   node --import tsx deploy/rehearse-image.ts   (as root: it switches user and starts PostgreSQL)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../packages/server/test/support/free-port.ts';
import { startCluster } from '../packages/server/test/support/postgres-cluster.ts';
import { dockerignoreFilter, type Instruction, parseDockerfile, type Stage } from './dockerfile.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
/** Who runs the image's CMD here, for the image's non-root user. */
const STAND_IN = { user: 'nobody', group: 'nogroup' };
const HEALTHY_WITHIN_MS = 120_000;
const STOPPED_WITHIN_MS = 30_000;

export class RehearsalError extends Error {}

/** A stage as built so far: its root folder, environment, working directory and user. */
export interface StageState {
  root: string;
  env: Record<string, string>;
  workdir: string;
  user?: string;
  healthcheck?: string[];
  cmd?: string[];
}

export interface RehearsalOptions {
  /** The Dockerfile's text (the repository's by default). */
  dockerfile?: string;
  /** Built stages by their instructions, reused across rehearsals in one process (the tests). */
  stageCache?: Map<string, StageState>;
  log?: (line: string) => void;
}

export interface RehearsalResult {
  runtimeBytes: number;
}

const inRoot = (root: string, absolute: string) => path.join(root, absolute);

/** `/a:$PATH` → each literal absolute part moved into the stage root, then `$VAR`s expanded. */
function envValue(value: string, state: StageState): string {
  return value
    .split(':')
    .map((part) => (part.startsWith('/') ? inRoot(state.root, part) : part))
    .join(':')
    .replace(/\$\{?(\w+)\}?/g, (_, name: string) => state.env[name] ?? '');
}

/** The build context: the committed files less those .dockerignore leaves out. */
function buildContext(into: string): void {
  const ignored = dockerignoreFilter(readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((f) => f && !ignored(f))) {
    mkdirSync(path.join(into, path.dirname(file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(into, file), { verbatimSymlinks: true });
  }
}

/** The image's user names as this host knows them (`node` → the stand-in). */
const hostOwner = (owner: string) =>
  owner.replace(/^node(?=:|$)/, STAND_IN.user).replace(/:node$/, `:${STAND_IN.group}`);

/**
 * One command of a RUN line as this host can run it: `corepack enable` is skipped (pnpm is on the
 * host already), mkdir/chown/chmod get their absolute paths moved into the stage root and the
 * image's user mapped; any other command with an absolute path is refused (it would touch the host).
 */
function hostCommand(command: string, state: StageState, log: (line: string) => void): string | null {
  const words = command.trim().split(/\s+/);
  if (words.join(' ') === 'corepack enable') {
    log(`    skipped \`corepack enable\`: pnpm ${pnpmVersion()} is installed on this host`);
    return null;
  }
  const [program] = words;
  if (program === 'mkdir' || program === 'chown' || program === 'chmod') {
    const owner = program === 'chown' ? words.findIndex((w, i) => i > 0 && !w.startsWith('-')) : -1;
    return words
      .map((w, i) => (i === owner ? hostOwner(w) : i > 0 && w.startsWith('/') ? inRoot(state.root, w) : w))
      .join(' ');
  }
  if (words.slice(1).some((w) => w.startsWith('/')))
    throw new RehearsalError(`RUN ${command}: an absolute path that the rehearsal cannot map into the stage`);
  return command.trim();
}

let pnpmVersionCache: string | undefined;
function pnpmVersion(): string {
  pnpmVersionCache ??= execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
  return pnpmVersionCache;
}

/** pnpm's package store on this host: a cache only, so the rehearsal does not download everything again. */
let hostStoreCache: string | undefined;
function hostStore(): string {
  hostStoreCache ??= execFileSync('pnpm', ['store', 'path'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  return hostStoreCache;
}

function run(command: string, state: StageState, log: (line: string) => void): void {
  for (const part of command.split('&&')) {
    const host = hostCommand(part, state, log);
    if (host === null) continue;
    log(`    $ ${host.replace(state.root, '<root>')}`);
    const env = { ...state.env, npm_config_store_dir: hostStore() };
    const result = spawnSync('/bin/sh', ['-c', host], { cwd: state.workdir, env, encoding: 'utf8' });
    if (result.status !== 0)
      throw new RehearsalError(
        `RUN ${part.trim()} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
  }
}

/** COPY: a folder's contents or a file into `dest`, relative to the working directory. */
function copy(
  step: Extract<Instruction, { kind: 'COPY' }>,
  state: StageState,
  stages: Map<string, StageState>,
  context: string,
) {
  const dest = step.dest.startsWith('/')
    ? inRoot(state.root, step.dest)
    : path.join(state.workdir, step.dest);
  const source = step.from ? stages.get(step.from) : undefined;
  if (step.from && !source) throw new RehearsalError(`COPY --from=${step.from}: no such stage`);
  for (const item of step.sources) {
    const from = source ? inRoot(source.root, item) : path.join(context, item);
    let isFolder: boolean;
    try {
      isFolder = statSync(from).isDirectory();
    } catch {
      throw new RehearsalError(
        `COPY ${step.from ? `--from=${step.from} ` : ''}${item}: not found in the stage`,
      );
    }
    const target = isFolder || !step.dest.endsWith('/') ? dest : path.join(dest, path.basename(item));
    cpSync(from, target, { recursive: true, verbatimSymlinks: true });
  }
}

function startStage(stage: Stage, stages: Map<string, StageState>, work: string): StageState {
  const root = path.join(work, stage.name);
  const parent = stages.get(stage.from);
  if (parent) {
    cpSync(parent.root, root, { recursive: true, verbatimSymlinks: true });
    const moved = (value: string) => value.split(parent.root).join(root);
    const env = Object.fromEntries(Object.entries(parent.env).map(([k, v]) => [k, moved(v)]));
    return { ...parent, root, env, workdir: moved(parent.workdir) };
  }
  // An image stands in for itself only by its Node: this host's.
  mkdirSync(root, { recursive: true });
  return { root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, workdir: root };
}

function buildStage(
  stage: Stage,
  stages: Map<string, StageState>,
  work: string,
  context: string,
  log: (line: string) => void,
) {
  const state = startStage(stage, stages, work);
  for (const step of stage.instructions) {
    if (step.kind === 'WORKDIR') {
      state.workdir = inRoot(state.root, step.path);
      mkdirSync(state.workdir, { recursive: true });
    } else if (step.kind === 'ENV') {
      for (const [name, value] of step.vars) state.env[name] = envValue(value, state);
    } else if (step.kind === 'COPY') {
      log(`  COPY ${step.from ? `--from=${step.from} ` : ''}${step.sources.join(' ')} ${step.dest}`);
      copy(step, state, stages, context);
    } else if (step.kind === 'RUN') {
      log(`  RUN ${step.command}`);
      run(step.command, state, log);
    } else if (step.kind === 'USER') state.user = step.user;
    else if (step.kind === 'HEALTHCHECK') state.healthcheck = step.argv;
    else if (step.kind === 'CMD') state.cmd = step.argv;
  }
  return state;
}

function folderBytes(folder: string): number {
  return Number(execFileSync('du', ['-sb', folder], { encoding: 'utf8' }).split('\t')[0]);
}

/** argv as the stand-in user, with only the stage's environment (never this host's). */
function asStandIn(argv: string[], state: StageState, env: Record<string, string>) {
  const setpriv = ['--reuid', STAND_IN.user, '--regid', STAND_IN.group, '--clear-groups', '--'];
  return spawn('setpriv', [...setpriv, ...argv], {
    cwd: state.workdir,
    env: { ...state.env, HOME: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The runtime stage's CMD with a database and the settings production requires. */
async function runImage(state: StageState, log: (line: string) => void): Promise<void> {
  if (!state.cmd) throw new RehearsalError('the runtime stage has no CMD');
  if (!state.healthcheck) throw new RehearsalError('the runtime stage has no HEALTHCHECK');
  if (!state.user || state.user === 'root') throw new RehearsalError('the runtime stage runs as root');
  const cluster = await startCluster();
  const port = await freePort();
  const metricsPort = await freePort();
  const sanctions = path.join(state.workdir, 'data/sanctions');
  const env: Record<string, string> = {
    PORT: String(port),
    DATABASE_URL: cluster.url,
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    // As deploy/compose.yaml runs each node: two workers, behind one proxy, metrics on their own port.
    FINLET_WORKERS: '2',
    FINLET_TRUST_PROXY: '1',
    FINLET_METRICS_HOST: '127.0.0.1',
    FINLET_METRICS_PORT: String(metricsPort),
    // Production refuses the sandbox providers' defaults; nothing is called during the rehearsal.
    FINLET_PROCESSOR_URL: 'https://processor.invalid',
    FINLET_PROCESSOR_API_KEY: 'psk_live_rehearsal',
    FINLET_PROCESSOR_CALLBACK_SECRET: 'pcs_live_rehearsal',
    FINLET_KYC_URL: 'https://kyc.invalid',
    FINLET_KYC_API_KEY: 'ksk_live_rehearsal',
    FINLET_KYC_CALLBACK_SECRET: 'kcs_live_rehearsal',
    FINLET_BANK_UK_URL: 'https://bank-uk.invalid',
    FINLET_BANK_EU_URL: 'https://bank-eu.invalid',
    FINLET_BANK_CLIENT_ID: 'finlet-rehearsal',
    // No network here for the official lists: the image's own copies, as a mounted volume would be.
    FINLET_SANCTIONS_OFAC_SDN: `${sanctions}/ofac-2021-07/sdn.csv.gz`,
    FINLET_SANCTIONS_UN: `${sanctions}/un/consolidated-2026-02-27.xml.gz`,
  };
  log(`→ starting CMD ${JSON.stringify(state.cmd)} as ${STAND_IN.user} (for ${state.user}) on port ${port}`);
  const server = asStandIn(state.cmd, state, env);
  let output = '';
  server.stdout?.on('data', (b) => (output += b));
  server.stderr?.on('data', (b) => (output += b));
  let exitCode: number | null | undefined;
  const exited = exitOf(server).then((code) => {
    exitCode = code;
    return code;
  });
  try {
    await untilHealthy(state, env, () => exitCode, log);
    await checkRequests(
      `http://127.0.0.1:${port}`,
      ['/healthz', '/readyz', '/widget.js', '/docs/scalar.js'],
      log,
    );
    await checkRequests(`http://127.0.0.1:${metricsPort}`, ['/metrics'], log);
    await checkScreening(state, env, port, log);
    log('→ SIGTERM');
    server.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(STOPPED_WITHIN_MS).then(() => 'timeout' as const)]);
    if (code !== 0) throw new RehearsalError(`SIGTERM: the server ended with ${code}, not 0`);
    log('  exited 0');
  } catch (error) {
    if (error instanceof RehearsalError) error.message += `\n--- the server printed:\n${output.slice(-4000)}`;
    throw error;
  } finally {
    server.kill('SIGKILL');
    cluster.stop();
  }
}

async function untilHealthy(
  state: StageState,
  env: Record<string, string>,
  serverExit: () => number | null | undefined,
  log: (line: string) => void,
) {
  log(`→ HEALTHCHECK ${JSON.stringify(state.healthcheck)} until it exits 0`);
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    if (serverExit() !== undefined)
      throw new RehearsalError(`the server exited (${serverExit()}) before it was healthy`);
    if ((await exitOf(asStandIn(state.healthcheck as string[], state, env))) === 0) {
      log(`  healthy after ${attempt} attempt(s)`);
      return;
    }
    await sleep(1000);
  }
  throw new RehearsalError(`the HEALTHCHECK did not pass within ${HEALTHY_WITHIN_MS / 1000} s`);
}

async function checkRequests(origin: string, routes: string[], log: (line: string) => void) {
  for (const route of routes) {
    const response = await fetch(`${origin}${route}`);
    const body = await response.text();
    log(`  GET ${route} → ${response.status}`);
    if (response.status !== 200)
      throw new RehearsalError(`GET ${route} answered ${response.status}: ${body}`);
  }
}

/** Output of a one-off command in the image (as `docker exec` would run it), or a RehearsalError. */
async function execInImage(argv: string[], state: StageState, env: Record<string, string>): Promise<string> {
  const child = asStandIn(argv, state, env);
  let output = '';
  child.stdout?.on('data', (b) => (output += b));
  child.stderr?.on('data', (b) => (output += b));
  const code = await exitOf(child);
  if (code !== 0) throw new RehearsalError(`${argv.join(' ')} exited ${code}:\n${output}`);
  return output;
}

/**
 * The lists load from where FINLET_SANCTIONS_* name them: a partner made with the image's admin CLI
 * screens a name on the OFAC list and gets its entry back.
 */
async function checkScreening(
  state: StageState,
  env: Record<string, string>,
  port: number,
  log: (line: string) => void,
) {
  const cli = ['node', '--import', 'tsx', 'packages/server/src/cli/main.ts'];
  const args = [
    'partners',
    'create',
    '--name',
    'Rehearsal',
    '--allowed-origin',
    'https://shop.invalid',
    '--json',
  ];
  const created = JSON.parse(await execInImage([...cli, ...args], state, env)) as { secret_key: string };
  log('  admin CLI: partners create → a secret key');
  const response = await fetch(`http://127.0.0.1:${port}/v1/screenings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${created.secret_key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Julio Cesar Nasser David' }),
  });
  const body = await response.text();
  log(`  POST /v1/screenings (a name on the OFAC list) → ${response.status}`);
  if (response.status !== 200 || !body.includes('"entry_id":"6330"'))
    throw new RehearsalError(`the listed name did not hit OFAC entry 6330: ${response.status} ${body}`);
}

export async function rehearse(options: RehearsalOptions = {}): Promise<RehearsalResult> {
  const log = options.log ?? console.log;
  if (process.getuid?.() !== 0) throw new RehearsalError('run as root: it switches to an unprivileged user');
  const stages = parseDockerfile(
    options.dockerfile ?? readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8'),
  );
  const work = mkdtempSync(path.join(tmpdir(), 'finlet-image-'));
  chmodSync(work, 0o755); // the stand-in user must reach the runtime stage's files, as in the image
  const built = new Map<string, StageState>();
  try {
    log(`→ pnpm's package store: this host's (${hostStore()}), a download cache only`);
    const context = path.join(work, '.context');
    buildContext(context);
    let key = '';
    for (const stage of stages) {
      key += JSON.stringify(stage);
      const cached = options.stageCache?.get(key);
      log(`→ stage ${stage.name} (FROM ${stage.from})${cached ? ': built by an earlier rehearsal' : ''}`);
      const state = cached ?? buildStage(stage, built, work, context, log);
      options.stageCache?.set(key, state);
      built.set(stage.name, state);
    }
    const runtime = built.get((stages.at(-1) as Stage).name) as StageState;
    const runtimeBytes = folderBytes(runtime.root);
    log(`→ runtime stage: ${(runtimeBytes / 1e6).toFixed(1)} MB (du of its folder, without the node base)`);
    await runImage(runtime, log);
    log('→ rehearsal passed');
    return { runtimeBytes };
  } finally {
    if (!options.stageCache) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  rehearse().catch((error) => {
    console.error(error instanceof RehearsalError ? `rehearsal failed: ${error.message}` : error);
    process.exit(1);
  });
}
