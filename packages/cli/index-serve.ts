/** `release-actions index serve`: run the local index until interrupted. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  parseFaultSpec,
  startIndex,
  type IndexOptions,
  type TrustedPublisher,
} from '../local-index/index.js';
import { INDEX_SERVE_HELP } from './help.js';
import type { CliOutput } from './output.js';
import { UsageError } from './usage-error.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** Parses a size like `100MiB`, `2GB` or `1048576`. */
export function parseSize(text: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined)
    throw new UsageError(`${option}: '${text}' is not a size; use e.g. 100MiB, 2GiB or a number of bytes`);
  return Math.floor(Number(match[1]) * unit);
}

function parseInteger(text: string, option: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${option}: '${text}' is not a whole number`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`${option}: ${value} is out of range ${min}-${max}`);
  return value;
}

async function readPublishers(file: string): Promise<TrustedPublisher[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--trusted-publishers: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed))
    throw new UsageError(`--trusted-publishers: ${file} must hold a JSON list of publishers`);
  parsed.forEach((entry: Record<string, unknown>, i) => {
    for (const key of ['issuer', 'repository', 'workflow']) {
      if (typeof entry?.[key] !== 'string')
        throw new UsageError(`--trusted-publishers: ${file}: publisher ${i + 1} needs a string '${key}'`);
    }
    if (!entry.jwks && !entry.publicKey)
      throw new UsageError(`--trusted-publishers: ${file}: publisher ${i + 1} needs 'jwks' or 'publicKey'`);
  });
  return parsed as TrustedPublisher[];
}

/** Turns `index serve` arguments into index options (throws UsageError on bad input). */
export async function serveOptions(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ options: IndexOptions; quiet: boolean } | 'help'> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        storage: { type: 'string' },
        token: { type: 'string' },
        'max-file-size': { type: 'string' },
        faults: { type: 'string' },
        'visibility-delay': { type: 'string' },
        'trusted-publishers': { type: 'string' },
        'oidc-audience': { type: 'string' },
        'simple-formats': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`index serve: ${(error as Error).message}`);
  }
  if (values.help) return 'help';
  const options: IndexOptions = {
    host: values.host ?? '127.0.0.1',
    port: values.port === undefined ? 8080 : parseInteger(values.port, '--port', 0, 65535),
    storageDir: resolve(values.storage ?? '.release-actions/index'),
  };
  const token = values.token ?? env.RELEASE_ACTIONS_INDEX_TOKEN;
  if (token !== undefined) {
    if (token === '') throw new UsageError('--token: the token must not be empty');
    options.token = token;
  }
  if (values['max-file-size'] !== undefined)
    options.maxFileSize = parseSize(values['max-file-size'], '--max-file-size');
  if (values.faults !== undefined) {
    try {
      options.faults = parseFaultSpec(values.faults);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (values['visibility-delay'] !== undefined) {
    options.visibilityDelayMs = parseInteger(values['visibility-delay'], '--visibility-delay', 0, 86_400_000);
  }
  if (values['trusted-publishers'] !== undefined)
    options.trustedPublishers = await readPublishers(values['trusted-publishers']);
  if (values['oidc-audience'] !== undefined) options.oidcAudience = values['oidc-audience'];
  const formats = values['simple-formats'];
  if (formats !== undefined) {
    if (formats !== 'both' && formats !== 'html' && formats !== 'json') {
      throw new UsageError(`--simple-formats: '${formats}' is not both, html or json`);
    }
    options.simpleFormats = formats;
  }
  return { options, quiet: values.quiet ?? false };
}

/** Runs `index serve` until `stop` aborts; resolves with the exit code. */
export async function indexServe(args: string[], io: CliOutput, stop: AbortSignal): Promise<number> {
  const parsed = await serveOptions(args);
  if (parsed === 'help') {
    io.out(INDEX_SERVE_HELP);
    return 0;
  }
  const { options, quiet } = parsed;
  if (!quiet) {
    options.onRequest = (entry) => {
      const fault = entry.fault ? ` [fault: ${entry.fault}]` : '';
      io.out(`${entry.method} ${entry.path} ${entry.status} ${entry.durationMs.toFixed(1)}ms${fault}\n`);
    };
  }
  const index = await startIndex(options);
  io.out(
    [
      `release-actions local index, storage ${options.storageDir}`,
      `upload URL:       ${index.uploadUrl}`,
      `simple index URL: ${index.simpleUrl}`,
      `JSON API:         ${index.jsonUrl}<project>/json`,
      options.token !== undefined
        ? 'uploads need user __token__ and the configured token'
        : 'uploads need no authentication',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolvePromise) => {
    if (stop.aborted) resolvePromise();
    else stop.addEventListener('abort', () => resolvePromise(), { once: true });
  });
  await index.close();
  io.out('stopped\n');
  return 0;
}
