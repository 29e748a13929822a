/** The options of `index serve` and how they become the index's options. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFaultSpec, type IndexOptions, type TrustedPublisher } from '../local-index/index.js';
import type { CommandLine, OptionSpecs } from './command-line.js';
import { byteSize, nonEmpty, oneOf, positiveSeconds, wholeNumber } from './option-values.js';
import { UsageError } from './usage-error.js';

/** Every option of `index serve`, with what its value may be. */
export const INDEX_SERVE_OPTIONS: OptionSpecs = {
  host: { kind: 'value', accepts: 'a host name or IP address to listen on, e.g. 127.0.0.1' },
  port: { kind: 'value', accepts: 'a port number from 0 to 65535 (0 picks a free one)' },
  storage: { kind: 'value', accepts: 'a directory for the index files' },
  token: { kind: 'value', accepts: 'a token (not empty)' },
  'max-file-size': { kind: 'value', accepts: 'a size of at least 1 byte, e.g. 100MiB, 2GiB or 1048576' },
  faults: { kind: 'value', accepts: 'a fault spec, e.g. rate=0.2,seed=7,kinds=503+reset' },
  'visibility-delay': { kind: 'value', accepts: 'a whole number of milliseconds from 0 to 86400000' },
  'trusted-publishers': { kind: 'value', accepts: 'a JSON file listing trusted publishers' },
  'oidc-audience': { kind: 'value', accepts: 'an audience name (not empty), e.g. pypi' },
  'simple-formats': { kind: 'value', accepts: 'both, html or json' },
  'max-uploads': { kind: 'value', accepts: 'a whole number of uploads from 1 to 10000' },
  'idle-timeout': { kind: 'value', accepts: 'a number of seconds above 0, e.g. 60' },
  'request-timeout': { kind: 'value', accepts: 'a number of seconds above 0, e.g. 900' },
  quiet: { kind: 'flag' },
};

/** What `index serve` runs: the index's options (storage aside) and how it reports. */
export interface ServeSettings {
  options: Omit<IndexOptions, 'storageDir'>;
  /** Where to keep the files; undefined: a fresh temporary directory, removed on exit. */
  storageDir: string | undefined;
  quiet: boolean;
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

function faults(line: CommandLine): IndexOptions['faults'] {
  const spec = line.string('faults');
  if (spec === undefined) return undefined;
  try {
    return parseFaultSpec(spec);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Turns the `index serve` command line into settings; throws UsageError naming a bad option. */
export async function serveSettings(
  line: CommandLine,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<ServeSettings> {
  if (line.positionals.length > 0)
    throw new UsageError(
      `index serve: unexpected argument '${line.positionals[0]}'; see 'release-actions index serve --help'`,
    );
  const token = line.string('token') ?? env['RELEASE_ACTIONS_INDEX_TOKEN'];
  if (token !== undefined && nonEmpty(token) === undefined)
    throw new UsageError(`--token: the token must not be empty (nor RELEASE_ACTIONS_INDEX_TOKEN)`);
  const publishers = line.string('trusted-publishers');
  const given: ServeSettings['options'] = {
    host: line.value('host', nonEmpty) ?? '127.0.0.1',
    port: line.value('port', (text) => wholeNumber(text, 0, 65535)) ?? 8080,
    token,
    maxFileSize: line.value('max-file-size', byteSize),
    faults: faults(line),
    visibilityDelayMs: line.value('visibility-delay', (text) => wholeNumber(text, 0, 86_400_000)),
    trustedPublishers: publishers === undefined ? undefined : await readPublishers(publishers),
    oidcAudience: line.value('oidc-audience', nonEmpty),
    simpleFormats: line.value('simple-formats', oneOf(['both', 'html', 'json'] as const)),
    maxConcurrentUploads: line.value('max-uploads', (text) => wholeNumber(text, 1, 10_000)),
    idleTimeoutMs: line.value('idle-timeout', positiveSeconds),
    requestTimeoutMs: line.value('request-timeout', positiveSeconds),
  };
  // Left out rather than undefined: the index applies its defaults to what is missing.
  const options = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as ServeSettings['options'];
  const storage = line.value('storage', nonEmpty);
  return {
    options,
    storageDir: storage === undefined ? undefined : resolve(cwd, storage),
    quiet: line.flag('quiet'),
  };
}
