# Finlet's production image: the server (node --import tsx packages/server/src/main.ts, as the
# README's "Run in production" starts it) with the widget and dashboard built, production
# dependencies only, running as the unprivileged `node` user. No Docker daemon runs where it is
# written and tested: `node --import tsx deploy/rehearse-image.ts` (and its test) carries out these
# instructions on the host instead — the build stage from the committed context less .dockerignore,
# the runtime stage from its COPY --from lines only, CMD as an unprivileged user, the HEALTHCHECK
# until it passes, real requests, SIGTERM — so a missing COPY, a dev-only dependency or a folder the
# user cannot write fails there. The base image, the layers and the HEALTHCHECK timing stay Docker's.
#
#   docker build -t finlet .
#   docker run -e FINLET_DATA_KEY=… -e DATABASE_URL=postgres://… -p 8080:8080 finlet

FROM node:20-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN corepack enable
WORKDIR /app

# Everything installed, the widget and dashboard bundles built (they are served from dist/).
FROM base AS build
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm build
# Then only what the server needs at run time: its production dependencies and its workspace ones,
# with tsx (one of them) also linked at the top, where CMD's `--import tsx` looks for it from /app.
RUN rm -rf node_modules packages/*/node_modules data/node_modules demo/node_modules e2e/node_modules \
 && pnpm install --frozen-lockfile --prod --filter @finlet/server... --config.public-hoist-pattern=tsx

FROM base AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 FINLET_DATA_DIR=/var/lib/finlet
COPY --from=build /app/package.json /app/pnpm-workspace.yaml /app/pnpm-lock.yaml /app/.npmrc ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/data ./data
COPY --from=build /app/packages/shared ./packages/shared
COPY --from=build /app/packages/server ./packages/server
COPY --from=build /app/packages/widget/dist ./packages/widget/dist
COPY --from=build /app/packages/dashboard/dist ./packages/dashboard/dist
RUN mkdir -p /var/lib/finlet && chown node:node /var/lib/finlet
USER node
EXPOSE 8080
# /readyz: the database answers and is migrated, and every required sanctions list is loaded.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "packages/server/src/main.ts"]
