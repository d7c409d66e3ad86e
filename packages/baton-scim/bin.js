#!/usr/bin/env node
// The baton-scim executable of the `baton-scim` package: the CLI, with the providers this package depends
// on discoverable wherever npm placed them (a project, a global install, the Docker image).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '@baton-scim/cli';

await runProcess({ providerRoots: [dirname(fileURLToPath(import.meta.url))] });
