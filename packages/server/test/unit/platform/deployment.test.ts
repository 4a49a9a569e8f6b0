/**
 * The deployment files agree with each other and with the server (no Docker daemon runs where the
 * tests run, so the image is never built here): the compose file's three Finlet nodes share one
 * PostgreSQL and the data key, are health-checked on /readyz and set only variables the server
 * knows; the proxy sends to all three on the port they listen on; the image runs as a non-root
 * user, checks /readyz and starts the server exactly as the README's "Run in production" says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '../../../src/env.ts';

const root = path.resolve(import.meta.dirname, '../../../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  hostname?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}
const compose = parse(read('deploy/compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const nodes = Object.entries(compose.services).filter(([name]) => /^finlet-\d+$/.test(name));

describe('deploy/compose.yaml', () => {
  it('runs three Finlet nodes on one PostgreSQL 15, with the same database and data key', () => {
    expect(nodes.map(([name]) => name)).toEqual(['finlet-1', 'finlet-2', 'finlet-3']);
    expect(compose.services.postgres?.image).toBe('postgres:15');
    const envs = nodes.map(([, s]) => s.environment!);
    for (const env of envs) {
      expect(env.DATABASE_URL).toBe(envs[0]!.DATABASE_URL);
      expect(env.FINLET_DATA_KEY).toBe(envs[0]!.FINLET_DATA_KEY);
      expect(env.NODE_ENV).toBe('production');
    }
    expect(new URL(envs[0]!.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).host).toBe('postgres:5432');
    // Secrets from the environment, never written in the file.
    expect(envs[0]!.FINLET_DATA_KEY).toMatch(/^\$\{FINLET_DATA_KEY:\?/);
  });

  it('names each node by its own hostname (how `finlet lists` tells their list loads apart)', () => {
    expect(nodes.map(([, s]) => s.hostname ?? s.environment!.FINLET_NODE_NAME)).toEqual(
      nodes.map(([name]) => name),
    );
  });

  it('health-checks every node on /readyz and sets only variables the server reads', () => {
    const known = new Set(Object.keys(envSchema.shape));
    for (const [, s] of nodes) {
      expect(s.healthcheck?.test.join(' ')).toContain('/readyz');
      for (const name of Object.keys(s.environment!)) expect(known, name).toContain(name);
    }
  });

  it('puts a proxy in front that sends to all three nodes on the port they listen on', () => {
    const caddyfile = read('deploy/Caddyfile');
    const upstreams = caddyfile
      .match(/reverse_proxy ([^{\n]+)/)![1]!
      .trim()
      .split(/\s+/);
    expect(upstreams).toEqual(nodes.map(([name, s]) => `${name}:${s.environment!.PORT}`));
    expect(caddyfile).toMatch(/health_uri \/readyz/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('runs the final image as a non-root user with a /readyz health check', () => {
    const users = [...runtime.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)$/);
    expect(runtime).toMatch(/^HEALTHCHECK [^\n]*(\\\n[^\n]*)*\/readyz/m);
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('pnpm install --frozen-lockfile --prod');
  });

  it("starts the server with the README's production command", () => {
    const cmd = JSON.parse(runtime.match(/^CMD (\[.*\])$/m)![1]!) as string[];
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Run in production'));
    expect(section.length).toBeLessThan(readme.length);
    expect(section).toContain(`\n${cmd.join(' ')}\n`);
  });
});
