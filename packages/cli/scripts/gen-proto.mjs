// Regenerates src/gen/ (protobufjs static code and its typings) from proto/ and core's c1.connector.v2 messages.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const coreProto = join(root, '../core/proto');
const files = [
  join(root, 'proto/c1/connectorapi/baton/v1/baton.proto'),
  join(root, 'proto/c1/connector/v2/grant_manager.proto'),
  join(root, 'proto/c1/connector/v2/task_listings.proto'),
  join(root, 'proto/google/rpc/error_details.proto'),
];
const out = join(root, 'src/gen/baton.js');
const bin = (name) => join(root, 'node_modules/.bin', name);

execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', '--no-verify', '--no-delimited', '--no-beautify', '--no-service', '--force-number', '-r', 'baton-scim-cli', '-p', join(root, 'proto'), '-p', coreProto, '-o', out, ...files], { stdio: 'inherit' });
// protobufjs/minimal is CommonJS; import its default export so Node's ESM loader accepts it.
const js = readFileSync(out, 'utf8').replace('import * as $protobuf from "protobufjs/minimal";', 'import $protobuf from "protobufjs/minimal.js";');
writeFileSync(out, js);
execFileSync(bin('pbts'), ['-o', join(root, 'src/gen/baton.d.ts'), out], { stdio: 'inherit' });
