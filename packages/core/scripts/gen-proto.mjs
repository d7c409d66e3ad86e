// Regenerates src/gen/ (protobufjs static code and its typings) from proto/.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto/c1/connector/v2');
const files = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).map((f) => join(protoDir, f));
const out = join(root, 'src/gen/c1.js');
const bin = (name) => join(root, 'node_modules/.bin', name);

execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--es6', '--no-verify', '--no-delimited', '--no-beautify', '--force-number', '-p', join(root, 'proto'), '-o', out, ...files], { stdio: 'inherit' });
// protobufjs/minimal is CommonJS; import its default export so Node's ESM loader accepts it.
const js = readFileSync(out, 'utf8').replace('import * as $protobuf from "protobufjs/minimal";', 'import $protobuf from "protobufjs/minimal.js";');
writeFileSync(out, js);
execFileSync(bin('pbts'), ['-o', join(root, 'src/gen/c1.d.ts'), out], { stdio: 'inherit' });
