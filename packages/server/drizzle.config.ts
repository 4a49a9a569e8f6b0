/** drizzle-kit configuration: `pnpm --filter @finlet/server db:generate` writes SQL migrations. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/schema.ts', './src/db/tables/*.ts'],
  out: './src/db/migrations',
});
