/** Shared pieces of the local-index tests: indexes in temp dirs, real twine and pip, twine-shaped raw uploads. */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  filetypeOf,
  hashFile,
  readDistMetadata,
  uploadFormFields,
  type FormField,
} from '../../../packages/dists/index.js';
import { runChecked, runProcess as run } from '../../../packages/process/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The Debian interpreter that has twine, pip and venv. */
export const PYTHON = '/usr/bin/python3';
/** Debian's twine. */
export const TWINE = '/usr/bin/twine';
/** The repository root. */
export const REPO_ROOT = join(here, '..', '..', '..');

/** A spec for make-dists.py. */
export interface DistSpec {
  name: string;
  version: string;
  requires?: string[];
  payload?: number;
  sdist?: boolean;
  tag?: string;
  summary?: string;
  description?: string;
  /** Name part of the wheel filename and dist-info directory, when it should differ from `name`. */
  fileName?: string;
  /** Version part of the wheel filename and dist-info directory, when it should differ from `version`. */
  fileVersion?: string;
  /** The wheel's `.dist-info/entry_points.txt`. */
  entryPoints?: string;
}

/** Writes wheels (and sdists when asked) with Python's zipfile/tarfile; returns their paths. */
export async function makeDists(specs: DistSpec[], outDir?: string): Promise<string[]> {
  const out = outDir ?? (await mkdtemp(join(tmpdir(), 'li-dists-')));
  const specFile = join(out, `.spec-${randomBytes(4).toString('hex')}.json`);
  await writeFile(specFile, JSON.stringify(specs));
  const { stdout } = await runChecked(PYTHON, [join(here, 'make-dists.py'), out, specFile]);
  await rm(specFile, { force: true });
  return stdout.trim().split('\n').filter(Boolean);
}

export { startTestIndex, type TestIndex } from '../../support/test-index.js';

/** The result of a child process. */
export interface Completed {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (this process's environment plus `env`) without throwing on a non-zero exit. */
export function runProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<Completed> {
  return run(command, args, { env: { ...process.env, ...env }, timeoutMs });
}

/** Debian's twine uploading `files`, with a null keyring and no config file in the way. */
export async function twineUpload(
  url: string,
  files: string[],
  options: { password?: string; extra?: string[] } = {},
): Promise<Completed> {
  const home = await mkdtemp(join(tmpdir(), 'li-home-'));
  try {
    const auth =
      options.password !== undefined
        ? ['-u', '__token__', '-p', options.password]
        : ['-u', '__token__', '-p', 'unused'];
    return await runProcess(
      TWINE,
      [
        'upload',
        '--non-interactive',
        '--disable-progress-bar',
        '--repository-url',
        url,
        ...auth,
        ...(options.extra ?? []),
        ...files,
      ],
      {
        HOME: home,
        PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
        NO_COLOR: '1',
        TERM: 'dumb',
        COLUMNS: '400',
      },
    );
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * A fresh `/usr/bin/python3 -m venv`; `pip` runs its pip with no network but the index given. With
 * `systemSitePackages`, Debian's setuptools and wheel are visible (for builds without isolation).
 */
export async function freshVenv(options: { systemSitePackages?: boolean } = {}): Promise<{
  dir: string;
  pip(args: string[]): Promise<Completed>;
  python(args: string[]): Promise<Completed>;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'li-venv-'));
  const made = await runProcess(PYTHON, [
    '-m',
    'venv',
    ...(options.systemSitePackages ? ['--system-site-packages'] : []),
    dir,
  ]);
  if (made.code !== 0) throw new Error(`python3 -m venv failed: ${made.stderr}`);
  const env = {
    PIP_CONFIG_FILE: '/dev/null',
    PIP_NO_CACHE_DIR: '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PIP_RETRIES: '0',
    PIP_TIMEOUT: '20',
    NO_PROXY: '*',
  };
  return {
    dir,
    pip: (args) => runProcess(join(dir, 'bin', 'python'), ['-m', 'pip', ...args], env),
    python: (args) => runProcess(join(dir, 'bin', 'python'), args, env),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An HTTP answer with its reason phrase. */
export interface Answer {
  status: number;
  reason: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The form twine would send for `path` (twine's field names and order, via dists' uploadFormFields). */
export async function twineForm(path: string): Promise<FormField[]> {
  const { metadata } = await readDistMetadata(path);
  const { size: _size, ...hashes } = await hashFile(path);
  const filetype = filetypeOf(basename(path)) ?? 'sdist';
  const pyversion = filetype === 'sdist' ? 'source' : (basename(path).split('-').at(-3) ?? 'py3');
  return uploadFormFields(metadata, { filetype, pyversion, hashes });
}

/** How rawUpload sends: the token (Basic auth as `__token__`), extra headers, the file part's Content-Type. */
export interface RawUploadOptions {
  password?: string;
  headers?: Record<string, string>;
  /** The file part's Content-Type (default application/octet-stream, as twine); null sends none. */
  contentType?: string | null;
  /** Names of fields to send as file parts (a client sending `keywords` as a file, say). */
  fileFields?: string[];
}

/** POSTs a multipart upload shaped like requests_toolbelt's (what twine sends), streaming the file. */
export async function rawUpload(
  url: string,
  fields: FormField[],
  file: { path: string; filename?: string } | null,
  options: RawUploadOptions = {},
): Promise<Answer> {
  const boundary = randomBytes(16).toString('hex');
  const head = Buffer.concat(
    fields.map(([name, value]) => {
      const asFile = options.fileFields?.includes(name) ? `; filename="${name}.txt"` : '';
      return Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${asFile}\r\n\r\n${value}\r\n`,
      );
    }),
  );
  const contentType = options.contentType === undefined ? 'application/octet-stream' : options.contentType;
  const fileHead = file
    ? Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${file.filename ?? basename(file.path)}"\r\n` +
          (contentType === null ? '' : `Content-Type: ${contentType}\r\n`) +
          '\r\n',
      )
    : Buffer.alloc(0);
  const tail = Buffer.from(`${file ? '\r\n' : ''}--${boundary}--\r\n`);
  const size = file ? (await stat(file.path)).size : 0;
  const headers: Record<string, string> = {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
    'Content-Length': String(head.length + fileHead.length + size + tail.length),
    ...options.headers,
  };
  if (options.password !== undefined) {
    headers.Authorization = `Basic ${Buffer.from(`__token__:${options.password}`).toString('base64')}`;
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          reason: res.statusMessage ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
          headers: res.headers,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(head);
    req.write(fileHead);
    if (!file) {
      req.end(tail);
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', reject);
    // An index that answers early (file too large, bad auth) closes the connection: stop sending then,
    // or the rest of the body meets a reset socket after the answer was already taken.
    req.on('response', () => stream.destroy());
    stream.on('end', () => {
      if (!req.destroyed) req.end(tail);
    });
    stream.pipe(req, { end: false });
  });
}

/** GET with an optional Accept header; no redirects followed. */
export async function get(url: string, accept?: string): Promise<Answer & { bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: accept ? { Accept: accept } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          reason: res.statusMessage ?? '',
          body: bytes.toString('utf8'),
          bytes,
          headers: res.headers,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
