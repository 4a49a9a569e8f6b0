/** The README is the partner's reference: its tables must name every code, event and variable. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, WEBHOOK_EVENT_TYPES, WIDGET_EVENT_NAMES } from '@finlet/shared';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../../src/env.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../../README.md'), 'utf8');

describe('README', () => {
  it('shows the two commands for a fresh clone', () => {
    expect(readme).toContain('pnpm install && pnpm start');
    expect(readme).toContain('pnpm test');
  });
  it.each(Object.keys(ERROR_CODES))('documents error code %s', (code) => {
    expect(readme).toContain(`| \`${code}\` |`);
  });
  it.each(Object.keys(WEBHOOK_EVENT_TYPES))('documents webhook event %s', (type) => {
    expect(readme).toContain(`| \`${type}\` |`);
  });
  it.each(Object.keys(WIDGET_EVENT_NAMES))('documents widget event %s', (name) => {
    expect(readme).toContain(`| \`${name}\` |`);
  });
  it.each(Object.keys(envSchema.shape))('documents environment variable %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });
});
