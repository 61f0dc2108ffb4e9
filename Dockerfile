# The session gateway as a container: `docker build -t session-gateway .`
# test/process/dist.test.ts runs the same build, start and health-check commands on the host.

# Build stage: compile TypeScript to dist/ (needs the dev dependencies).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies and dist/ only, run by the unprivileged `node` user.
FROM node:20-slim
# The AWS SDK's notice that future releases will need Node 22 is for us, not for the operator
# (see "Node 20" in the README). The heap bound keeps V8 from growing the heap to several times
# what is live (see "Container" in the README); raise it for a large embedded emulator.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    NODE_OPTIONS=--max-old-space-size=768 \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The session history's embedded store (HISTORY_DIR, data/history); mount a volume here to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/ops/healthcheck.js"]
# node itself is PID 1's command: it receives SIGTERM and drains (SHUTDOWN_GRACE_MS).
CMD ["node", "dist/server.js"]
