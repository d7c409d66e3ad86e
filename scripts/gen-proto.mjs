// Regenerates the protobufjs static code and typings of both packages from their .proto files:
//   packages/core/src/gen/c1.{js,d.ts}     core's c1.connector.v2 messages (and the well-known types they use)
//   packages/cli/src/gen/baton.{js,d.ts}   the CLI's service messages only
// The CLI's messages refer to core's types (Resource, Grant, google.protobuf.Any, …) through core's
// exported namespaces instead of carrying a second copy, and live in their own protobufjs root, so neither
// package's classes replace the other's.
// Usage: node scripts/gen-proto.mjs [--out DIR]  (DIR gets core/ and cli/ subfolders; default: in place)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const corePkg = join(repo, 'packages/core');
const cliPkg = join(repo, 'packages/cli');
const outArg = process.argv.indexOf('--out');
const outRoot = outArg > 0 ? process.argv[outArg + 1] : undefined;
if (outArg > 0 && !outRoot) throw new Error('--out needs a directory');
const outDir = (pkg, name) => (outRoot ? join(outRoot, name) : join(pkg, 'src/gen'));

// protobufjs must be the instance protobufjs-cli uses: its targets check reflection classes by instanceof.
const requireCli = createRequire(join(cliPkg, 'package.json'));
const pbjs = requireCli('protobufjs-cli/pbjs.js');
const protobuf = createRequire(requireCli.resolve('protobufjs-cli/pbjs.js'))('protobufjs');
const pbtsBin = join(cliPkg, 'node_modules/.bin/pbts');

const DETACHED = '__core';

function loadRoot(paths, files) {
  const root = new protobuf.Root();
  root.resolvePath = (origin, target) => {
    const wellKnown = target.lastIndexOf('google/protobuf/');
    if (wellKnown > -1 && target.substring(wellKnown) in protobuf.common) return target.substring(wellKnown);
    for (const dir of paths) if (existsSync(join(dir, target))) return join(dir, target);
    return protobuf.util.path.resolve(origin, target);
  };
  return root.loadSync(files, { keepCase: false }).resolveAll();
}

/** Top-level messages and enums of every package in `root`, by full name. */
function definitions(ns, out = new Map()) {
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) out.set(nested.fullName, nested);
    else if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Service)) definitions(nested, out);
  }
  return out;
}

function generate(root, rootName, jsFile, transform = (s) => s) {
  const options = {
    target: 'static-module', wrap: 'es6', es6: true, verify: false, delimited: false, beautify: false,
    service: false, 'force-number': true, ...(rootName ? { root: rootName } : {}),
  };
  let js;
  pbjs.generate(root, options, (err, output) => {
    if (err) throw err;
    js = output;
  });
  // protobufjs/minimal is CommonJS; import its default export so Node's ESM loader accepts it.
  js = js.replace(/import \* as \$protobuf from "protobufjs\/minimal(?:\.js)?";/, 'import $protobuf from "protobufjs/minimal.js";');
  writeFileSync(jsFile, transform(js));
  execFileSync(pbtsBin, ['-o', jsFile.replace(/\.js$/, '.d.ts'), jsFile], { stdio: 'inherit' });
}

// core: everything under proto/c1/connector/v2.
const coreProtoDir = join(corePkg, 'proto');
const coreV2 = join(coreProtoDir, 'c1/connector/v2');
const coreFiles = readdirSync(coreV2).filter((f) => f.endsWith('.proto')).sort().map((f) => join(coreV2, f));
const coreOut = outDir(corePkg, 'core');
mkdirSync(coreOut, { recursive: true });
generate(loadRoot([coreProtoDir], coreFiles), undefined, join(coreOut, 'c1.js'));
const coreOwned = new Set(definitions(loadRoot([coreProtoDir], coreFiles)).keys());

// cli: its own files; whatever core defines is moved out of the tree (so it is not emitted) under a
// detached `__core` namespace, which makes the generated references read `$root.__core.c1…`, rewritten to `$c1…` (core's c1Proto).
const cliFiles = [
  'c1/connectorapi/baton/v1/baton.proto',
  'c1/connector/v2/grant_manager.proto',
  'c1/connector/v2/task_listings.proto',
  'google/rpc/error_details.proto',
].map((f) => join(cliPkg, 'proto', f));
const cliRoot = loadRoot([join(cliPkg, 'proto'), coreProtoDir], cliFiles);
const detached = new protobuf.Namespace(DETACHED);
for (const [fullName, obj] of definitions(cliRoot)) {
  if (!coreOwned.has(fullName)) continue;
  const pkgPath = fullName.split('.').slice(1, -1);
  obj.parent.remove(obj);
  let ns = detached;
  for (const part of pkgPath) ns = ns.get(part) ?? ns.add(new protobuf.Namespace(part)).get(part);
  // Reparent without registering, so the detached tree is never emitted itself.
  obj.parent = ns;
}
// Drop namespaces left empty (e.g. google.protobuf when core has every well-known type the CLI uses).
(function prune(ns) {
  for (const nested of [...ns.nestedArray]) {
    if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Type) && !(nested instanceof protobuf.Service)) {
      prune(nested);
      if (nested.nestedArray.length === 0) ns.remove(nested);
    }
  }
})(cliRoot);
const cliOut = outDir(cliPkg, 'cli');
mkdirSync(cliOut, { recursive: true });
// Each top-level package core defines is imported from core's exports (`c1Proto`, `googleProto`).
const coreImport = `import { ${detached.nestedArray.map((ns) => `${ns.name}Proto as $${ns.name}`).join(', ')} } from "@baton-scim/core";`;
const toCore = (text) => text.replace(new RegExp(`(?:\\$root\\.)?${DETACHED}\\.(\\w+)\\.`, 'g'), '$$$1.');
generate(cliRoot, 'baton-scim-cli', join(cliOut, 'baton.js'), (js) =>
  // Code references and JSDoc types alike (pbts turns the latter into the typings).
  toCore(js).replace('import $protobuf from "protobufjs/minimal.js";', `$&\n${coreImport}`),
);
const dts = join(cliOut, 'baton.d.ts');
writeFileSync(dts, `${coreImport}\n${readFileSync(dts, 'utf8')}`);
for (const file of [join(cliOut, 'baton.js'), dts]) {
  if (readFileSync(file, 'utf8').includes(DETACHED)) throw new Error(`${file}: unresolved reference to a core type`);
}
