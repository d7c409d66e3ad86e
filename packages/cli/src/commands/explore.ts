// `explore`: a read-only web view of a .c1z on 127.0.0.1, behind a per-run token, until Ctrl-C.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { print, type CliIo } from '../io.js';
import { resolveFlags } from '../options/resolve.js';
import { cliFlagValues } from '../options/program-flags.js';
import { startExplorer } from '../explore/server.js';
import { CACHE_MAX_MB, defaultCacheDir, type CacheEvent } from '../explore/cache.js';
import { handle } from './handle.js';

interface ExploreOpts { compare?: string; port: number; open: boolean; syncId?: string; cache: boolean; cacheMaxMb: number }


export function registerExplore(program: Command, io: CliIo, setExit: (c: number) => void): void {
  program.command('explore')
    .description('Browse a .c1z (-f) in a local web page: who has access to what, how, and what changed')
    .option('-f, --file <path>', 'the .c1z file to read (default "sync.c1z") ($BATON_FILE)')
    .option('--compare <file>', 'show changes against this other .c1z instead of the previous sync in the file')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)', parsePort, 0)
    .option('--no-open', 'print the URL instead of opening a browser')
    .option('--sync-id <id>', 'read this sync instead of the latest finished one')
    .option('--no-cache', 'decompress into a temp directory removed on exit instead of reusing a cached copy')
    .option('--cache-max-mb <n>', `size limit of the cache of decompressed copies, in MB (least recently used removed first; default ${CACHE_MAX_MB})`, parseMb, CACHE_MAX_MB)
    .action(async (sub: ExploreOpts) => handle(io, setExit, async () => {
      const flags = resolveFlags(cliFlagValues(program), io.env, io.cwd);
      const explorer = await startExplorer({
        file: flags.path('file') ?? resolve(io.cwd, 'sync.c1z'),
        output: 'console',
        syncId: sub.syncId,
        tmpDir: flags.path('c1z-temp-dir'),
        compare: sub.compare === undefined ? undefined : resolve(io.cwd, sub.compare),
        port: sub.port,
        cache: sub.cache ? { dir: defaultCacheDir(io.env), maxBytes: sub.cacheMaxMb * 1024 * 1024, onEvent: (e) => cacheNote(e, io) } : undefined,
      });
      // Ctrl-C ends the server; that is how this command finishes, so it exits 0.
      if (io.stop) io.stop.signalSetsExitCode = false;
      print(io.stdout, `explore: ${explorer.url}`);
      print(io.stderr, 'Serving on 127.0.0.1 only; the URL carries this run\'s token. Press Ctrl-C to stop.');
      if (sub.open) openBrowser(explorer.url, io);
      await new Promise<void>((done) => {
        if (io.signal.aborted) done();
        else io.signal.addEventListener('abort', () => done(), { once: true });
      });
      await explorer.close();
    }));
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('give a port number from 0 to 65535 (0: any free port)');
  return n;
}

function parseMb(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number of megabytes, e.g. 4096');
  return n;
}

function cacheNote(e: CacheEvent, io: CliIo): void {
  if (e.type === 'decode') {
    const why = { new: 'first open of this file', stale: 'the file changed since it was cached', corrupt: 'its cached copy was damaged' }[e.reason];
    print(io.stderr, `Decompressing into the explore cache (${why}); later opens of this unchanged file skip this step.`);
  } else if (e.type === 'bypass') {
    print(io.stderr, e.reason === 'busy'
      ? 'Another explore of this file is using its cached copy; this one decompresses into a temp directory.'
      : 'The file decodes to more than --cache-max-mb; it is read from a copy removed on exit.');
  }
}

/** The platform's opener; a failure only means the person opens the printed URL themselves. */
function openBrowser(url: string, io: CliIo): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => print(io.stderr, `Could not start a browser (${cmd}); open the URL above.`));
    child.unref();
  } catch {
    print(io.stderr, `Could not start a browser (${cmd}); open the URL above.`);
  }
}
