/**
 * Reads the two files `docker build` reads before it runs anything: the Dockerfile (its stages and
 * their instructions, backslash continuations joined, comments dropped) and .dockerignore (which of
 * the repository's files make the build context). deploy/rehearse-image.ts runs what this reads, so
 * it understands only the instructions the rehearsal can carry out and refuses any other by name.
 */

export type Instruction =
  | { kind: 'WORKDIR'; path: string }
  | { kind: 'ENV'; vars: [name: string, value: string][] }
  | { kind: 'COPY'; from?: string; sources: string[]; dest: string }
  | { kind: 'RUN'; command: string }
  | { kind: 'USER'; user: string }
  | { kind: 'EXPOSE'; port: number }
  | { kind: 'HEALTHCHECK'; argv: string[] }
  | { kind: 'STOPSIGNAL'; signal: string }
  | { kind: 'CMD'; argv: string[] };

export interface Stage {
  /** The image or earlier stage it starts from. */
  from: string;
  name: string;
  instructions: Instruction[];
}

export class DockerfileError extends Error {}

/** Instruction lines with continuations joined; comment and blank lines dropped. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push((pending + line).trim());
    pending = '';
  }
  if (pending) throw new DockerfileError('the Dockerfile ends inside a continued line');
  return lines;
}

/** The exec form `["node", "-e", …]`; the shell form is refused (it hides the argv from the check). */
function execForm(keyword: string, args: string): string[] {
  let argv: unknown;
  try {
    argv = JSON.parse(args);
  } catch {
    throw new DockerfileError(`${keyword} must use the exec form ["…", …], got: ${args}`);
  }
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string'))
    throw new DockerfileError(`${keyword} must be an array of strings, got: ${args}`);
  return argv;
}

/** `A=1 B=$A:x` → pairs (values are not quoted in this Dockerfile; quotes are refused). */
function envPairs(args: string): [string, string][] {
  if (/["']/.test(args)) throw new DockerfileError(`ENV with quotes is not understood: ${args}`);
  return args.split(/\s+/).map((pair) => {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new DockerfileError(`ENV must be NAME=value pairs, got: ${args}`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

function copy(args: string): Instruction {
  const words = args.split(/\s+/);
  let from: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() as string;
    const match = /^--from=(.+)$/.exec(flag);
    if (!match) throw new DockerfileError(`COPY flag not understood: ${flag}`);
    from = match[1];
  }
  const dest = words.pop();
  if (!dest || words.length === 0) throw new DockerfileError(`COPY needs sources and a destination: ${args}`);
  return { kind: 'COPY', from, sources: words, dest };
}

function instruction(keyword: string, args: string): Instruction {
  switch (keyword) {
    case 'WORKDIR':
      return { kind: 'WORKDIR', path: args };
    case 'ENV':
      return { kind: 'ENV', vars: envPairs(args) };
    case 'COPY':
      return copy(args);
    case 'RUN':
      return { kind: 'RUN', command: args };
    case 'USER':
      return { kind: 'USER', user: args };
    case 'EXPOSE':
      return { kind: 'EXPOSE', port: Number.parseInt(args, 10) };
    case 'HEALTHCHECK': {
      const at = args.indexOf('CMD ');
      if (at < 0) throw new DockerfileError(`HEALTHCHECK without CMD: ${args}`);
      return { kind: 'HEALTHCHECK', argv: execForm('HEALTHCHECK CMD', args.slice(at + 4).trim()) };
    }
    case 'STOPSIGNAL':
      return { kind: 'STOPSIGNAL', signal: args };
    case 'CMD':
      return { kind: 'CMD', argv: execForm('CMD', args) };
    default:
      throw new DockerfileError(`instruction not understood by the rehearsal: ${keyword} ${args}`);
  }
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match) throw new DockerfileError(`FROM not understood: ${args}`);
      stages.push({ from: match[1] as string, name: match[2] ?? String(stages.length), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new DockerfileError(`${keyword} before the first FROM`);
    stage.instructions.push(instruction(keyword.toUpperCase(), args));
  }
  return stages;
}

/** A .dockerignore pattern as a regular expression over a slash-separated relative path. */
function patternRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether .dockerignore leaves `file` out of the context: a pattern excludes a path that it
 * matches or that lies under a folder it matches; a later `!pattern` takes a path back in.
 */
export function dockerignoreFilter(text: string): (file: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = (include ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      return { include, regexp: patternRegExp(pattern) };
    });
  return (file) => {
    const parts = file.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const { include, regexp } of rules) {
      if (prefixes.some((prefix) => regexp.test(prefix))) excluded = !include;
    }
    return excluded;
  };
}
