# baton-scim with the four documented built-in providers (slack, zoom, miro, postman).
#   docker build -t baton-scim .
#   docker run --rm -v "$PWD:/out" -e BATON_TOKEN=… -e BATON_SERVICE_PROVIDER=slack baton-scim -f /out/sync.c1z

FROM node:20-bookworm AS build
WORKDIR /src
RUN npm install -g pnpm@12.4.2
COPY . .
ENV npm_config_nodedir=/usr/local
RUN CI=true pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter "@baton-scim/cli..." --filter "@baton-scim/provider-slack" --filter "@baton-scim/provider-zoom" \
      --filter "@baton-scim/provider-miro" --filter "@baton-scim/provider-postman"
RUN mkdir /pkgs \
 && for p in packages/core packages/scim packages/cli packages/providers/slack packages/providers/zoom packages/providers/miro packages/providers/postman; do \
      (cd "$p" && pnpm pack --pack-destination /pkgs); done \
 && npm install -g --prefix /opt/baton /pkgs/*.tgz

FROM node:20-bookworm-slim
COPY --from=build /opt/baton /opt/baton
ENV PATH=/opt/baton/bin:$PATH
RUN mkdir -p /out && chown node:node /out
USER node
WORKDIR /out
ENTRYPOINT ["baton-scim"]
