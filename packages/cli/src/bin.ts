#!/usr/bin/env node
// The baton-scim executable of @baton-scim/cli.
import { runProcess } from './process.js';

await runProcess();
