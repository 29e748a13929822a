/** `release-actions index serve`: run the local index until interrupted. */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startIndex, type RequestLogEntry, type RunningIndex } from '../local-index/index.js';
import type { CommandLine } from './command-line.js';
import type { Command, CommandContext } from './command.js';
import { INDEX_SERVE_OPTIONS, serveSettings, type ServeSettings } from './index-serve-options.js';
import type { CliOutput } from './output.js';

const HELP = `Usage: release-actions index serve [options]

Serve a PyPI-compatible index: twine uploads to <url>/legacy/, pip installs from <url>/simple/ (PEP 503
HTML and PEP 691 JSON), the JSON API answers at <url>/pypi/<project>/json. Uploads are checked by PyPI's
own rules and answered with PyPI's messages. Without --storage the files live in a fresh temporary
directory, printed at start and removed on exit. Stops on Ctrl+C or SIGTERM.

Options:
  --host <host>                  Interface to listen on (default 127.0.0.1)
  --port <port>                  Port to listen on, 0-65535; 0 picks a free one (default 8080)
  --storage <dir>                Keep files and state in <dir>, across runs (default: a temporary
                                 directory, removed on exit)
  --token <token>                Require uploads to authenticate as __token__ with this password
                                 (also read from RELEASE_ACTIONS_INDEX_TOKEN; never printed)
  --max-file-size <size>         Largest file accepted, e.g. 100MiB, 2GiB (default 100MiB, as PyPI)
  --faults <spec>                Inject faults at a seeded rate, e.g.
                                 rate=0.2,seed=7,kinds=503+429+reset+slow+stored-502,scope=upload,slow-ms=2000
                                 (stored-reset, drawn only when named: the file is stored, the
                                 connection dropped without an answer)
  --visibility-delay <ms>        Show new files on the read APIs only after this delay, as PyPI's CDN
  --trusted-publishers <file>    JSON list of trusted publishers for /_/oidc/mint-token:
                                 [{"issuer","jwks"|"publicKey","repository","workflow","environment"?,"project"?}]
  --oidc-audience <aud>          Audience OIDC tokens must name (default pypi). With trusted publishers
                                 the index also serves a Sigstore stand-in (Fulcio, Rekor, its
                                 trusted_root.json) at <url>/_/sigstore and checks uploaded PEP 740
                                 attestations against it
  --simple-formats <which>       both, html (a PEP 503-only mirror) or json (default both)
  --max-uploads <n>              Uploads received at once; more are answered 503 with Retry-After
                                 (default 32)
  --idle-timeout <seconds>       Cut a request that sends nothing for this long (default 60)
  --request-timeout <seconds>    Cut a request that has not finished in this long (default 900)
  --quiet                        Do not print a line per request
  -h, --help                     Show this help

Exit codes: 0 stopped by Ctrl+C or SIGTERM, 1 could not start (port in use, storage not writable),
2 bad command line.

Examples:
  release-actions index serve --port 8080 --token s3cret
  twine upload --repository-url http://127.0.0.1:8080/legacy/ -u __token__ -p s3cret dist/*
  pip install --index-url http://127.0.0.1:8080/simple/ my-project
`;

/** Where the index keeps its files, and how to let go of them. */
interface Storage {
  dir: string;
  temporary: boolean;
  release(): Promise<void>;
}

async function openStorage(settings: ServeSettings, context: CommandContext): Promise<Storage> {
  if (settings.storageDir !== undefined)
    return { dir: settings.storageDir, temporary: false, release: async () => undefined };
  const dir = await mkdtemp(join(context.tempDir, 'release-actions-index-'));
  // A second Ctrl+C ends the process at once; the files must not outlive it either.
  const unregister = context.atExit(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    temporary: true,
    release: async () => {
      await rm(dir, { recursive: true, force: true });
      unregister();
    },
  };
}

function banner(index: RunningIndex, storage: Storage, settings: ServeSettings): string {
  return [
    storage.temporary
      ? `release-actions local index, storage ${storage.dir} (temporary: removed on exit; --storage keeps files)`
      : `release-actions local index, storage ${storage.dir}`,
    `upload URL:       ${index.uploadUrl}`,
    `simple index URL: ${index.simpleUrl}`,
    `JSON API:         ${index.jsonUrl}<project>/json`,
    settings.options.token !== undefined
      ? 'uploads need user __token__ and the configured token'
      : 'uploads need no authentication',
    ...(settings.options.trustedPublishers?.length
      ? [
          `Sigstore stand-in: ${index.url}/_/sigstore (PEP 740 attestations; set RELEASE_ACTIONS_SIGSTORE_URL to it for publish-pypi and verify-pypi)`,
        ]
      : []),
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

function requestLine(entry: RequestLogEntry): string {
  const fault = entry.fault ? ` [fault: ${entry.fault}]` : '';
  return `${entry.method} ${entry.path} ${entry.status} ${entry.durationMs.toFixed(1)}ms${fault}\n`;
}

/** Notices wait until the banner is out, so the first lines are always the URLs. */
function noticeBoard(io: CliOutput): { post(message: string): void; open(): void } {
  let held: string[] | null = [];
  return {
    post: (message) => (held ? held.push(message) : io.out(`${message}\n`)),
    open: () => {
      for (const message of held ?? []) io.out(`${message}\n`);
      held = null;
    },
  };
}

function stopped(stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
}

async function serve(line: CommandLine, context: CommandContext): Promise<number> {
  const { io } = context;
  const settings = await serveSettings(line, context.env, context.cwd);
  const storage = await openStorage(settings, context);
  const notices = noticeBoard(io);
  let index: RunningIndex;
  try {
    index = await startIndex({
      ...settings.options,
      storageDir: storage.dir,
      onNotice: notices.post,
      ...(settings.quiet ? {} : { onRequest: (entry: RequestLogEntry) => io.out(requestLine(entry)) }),
    });
  } catch (error) {
    await storage.release();
    throw error;
  }
  io.out(banner(index, storage, settings));
  notices.open();
  await stopped(context.stop);
  await index.close();
  await storage.release();
  io.out(storage.temporary ? `stopped; removed ${storage.dir}\n` : 'stopped\n');
  return 0;
}

/** `index serve`. */
export const indexServeCommand: Command = {
  name: ['index', 'serve'],
  usage: 'index serve',
  summary: 'Serve a local PyPI-compatible index (upload, simple and JSON APIs)',
  help: HELP,
  options: INDEX_SERVE_OPTIONS,
  run: serve,
};
