# baton-scim: the `baton-scim` package (the CLI with the slack, zoom, miro and postman providers), installed
# with plain npm from packed tarballs by the same script the packed-install test runs.
#   docker build -t baton-scim .
#   docker run --rm -v "$PWD:/out" -e BATON_TOKEN=… -e BATON_SERVICE_PROVIDER=slack baton-scim -f /out/sync.c1z
#   docker run --rm baton-scim providers

FROM node:20-bookworm AS build
WORKDIR /src
RUN npm install -g pnpm@12.4.2
COPY . .
ENV npm_config_nodedir=/usr/local
RUN CI=true pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter "@baton-scim/cli..." --filter "@baton-scim/provider-slack" --filter "@baton-scim/provider-zoom" \
      --filter "@baton-scim/provider-miro" --filter "@baton-scim/provider-postman"
RUN node scripts/install-packed.mjs /opt/baton

FROM node:20-bookworm-slim
COPY --from=build /opt/baton /opt/baton
ENV PATH=/opt/baton/node_modules/.bin:$PATH
RUN mkdir -p /out && chown node:node /out
USER node
WORKDIR /out
ENTRYPOINT ["baton-scim"]
