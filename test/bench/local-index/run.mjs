// Benchmark of the local index's ingest on loopback, against the limit of the same client and link:
//   - one 1 GiB wheel: `curl -F` (twine's form fields) to the index vs `curl --data-binary` to a null endpoint
//   - 200 small wheels, one request each, the same two ways
//   - the index process's peak memory (VmHWM) while receiving the 1 GiB file: target < 100 MB (streamed),
//     beside the null endpoint's own peak (what node's http costs before the index does anything)
// It runs the built product: dist/cli/index.js (npm run build), or RELEASE_ACTIONS_CLI=<path>.
// Generated files are cached under the OS temp dir; the index's storage is thrown away after each run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cli = process.env.RELEASE_ACTIONS_CLI ?? join(root, 'dist', 'cli', 'index.js');
const python = '/usr/bin/python3';
const GIB = 1024 ** 3;
const MEMORY_TARGET = 100 * 1024 * 1024;

if (!existsSync(cli)) {
  console.error(
    `local-index bench: ${cli} is missing; run 'npm run build' first (or set RELEASE_ACTIONS_CLI)`,
  );
  process.exit(1);
}

/** Writes (once) the bench's files with test/local-index/support/make-dists.py. */
async function dists(name, specs) {
  const dir = join(tmpdir(), 'release-actions-bench-local-index', name);
  const done = join(dir, '.done');
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const specFile = join(dir, '.spec.json');
    await writeFile(specFile, JSON.stringify(specs));
    execFileSync(python, [join(root, 'test', 'local-index', 'support', 'make-dists.py'), dir, specFile], {
      stdio: 'ignore',
    });
    await writeFile(done, '');
  }
  return (await readdir(dir))
    .filter((f) => f.endsWith('.whl'))
    .sort()
    .map((f) => join(dir, f));
}

/** twine's form fields for a wheel made by make-dists.py (metadata read back from the archive). */
function formFields(path) {
  const script = [
    'import sys, zipfile, hashlib, email',
    'p = sys.argv[1]; name = p.rsplit("/", 1)[-1]; dist, ver = name.split("-")[:2]',
    'm = email.message_from_bytes(zipfile.ZipFile(p).read(f"{dist}-{ver}.dist-info/METADATA"))',
    'h = hashlib.sha256(); b = hashlib.blake2b(digest_size=32)',
    'f = open(p, "rb")',
    'for c in iter(lambda: f.read(1 << 20), b""): h.update(c); b.update(c)',
    'print("\\n".join([":action=file_upload", "protocol_version=1", f"metadata_version={m[\'Metadata-Version\']}",',
    '  f"name={m[\'Name\']}", f"version={m[\'Version\']}", f"summary={m[\'Summary\']}", "filetype=bdist_wheel",',
    '  "pyversion=py3", f"requires_python={m[\'Requires-Python\']}", f"sha256_digest={h.hexdigest()}",',
    '  f"blake2_256_digest={b.hexdigest()}"]))',
  ].join('\n');
  return execFileSync(python, ['-c', script, path], { encoding: 'utf8' }).trim().split('\n');
}

/** Runs curl (asynchronously: the null endpoint lives in this process) and times it. */
function curl(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`curl exited with ${code}`));
      else resolve({ status: Number(out.trim()), seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}

function curlUpload(url, path, fields) {
  const args = [];
  // -F treats ';' and ',' in values specially only for files; quote values to keep them literal.
  for (const field of fields) {
    const eq = field.indexOf('=');
    args.push('-F', `${field.slice(0, eq)}="${field.slice(eq + 1).replace(/["\\]/g, '\\$&')}"`);
  }
  args.push('-F', `content=@${path};filename=${basename(path)};type=application/octet-stream`, url);
  return curl(args);
}

function curlNull(url, path) {
  return curl(['--data-binary', `@${path}`, '-H', 'Content-Type: application/octet-stream', url]);
}

/** Reads VmRSS or VmHWM of a process, in bytes. */
async function memoryOf(pid, field) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
}

/**
 * Starts a server process of node's and waits for the line that names its URL (the first group of `announced`);
 * `memory` reads the process's VmRSS or VmHWM, `stop` ends it.
 */
async function startServerProcess(what, args, announced) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = announced.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`${what} exited: ${output}`)));
  });
  return {
    url,
    memory: (field) => memoryOf(child.pid, field),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

const startNullEndpoint = () =>
  startServerProcess('null endpoint', [join(here, 'null-endpoint.mjs')], /^(\S+)\n/);

const startIndex = (storage) =>
  startServerProcess(
    'index',
    [cli, 'index', 'serve', '--port', '0', '--storage', storage, '--quiet', '--max-file-size', '2GiB'],
    /upload URL:\s+(\S+)/,
  );

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const rate = (bytes, seconds) => `${mb(bytes / seconds)} MiB/s`;

// ---- files
process.stdout.write('preparing files (cached after the first run)... ');
const [big] = await dists('big', [{ name: 'bench-big', version: '1.0.0', payload: GIB - 64 * 1024 }]);
const small = await dists(
  'small',
  Array.from({ length: 200 }, (_, i) => ({ name: 'bench-small', version: `1.0.${i}` })),
);
const bigSize = (await stat(big)).size;
const smallSizes = await Promise.all(small.map(async (f) => (await stat(f)).size));
const smallBytes = smallSizes.reduce((a, b) => a + b, 0);
const bigFields = formFields(big);
const smallFields = small.map(formFields);
console.log('done');

// ---- the limit: the same client POSTing the same bytes to a null endpoint
const nul = await startNullEndpoint();
const nullIdle = await nul.memory('VmRSS');
const nullBig = await curlNull(nul.url, big);
const nullPeak = await nul.memory('VmHWM');
let nullSmall = 0;
for (const file of small) nullSmall += (await curlNull(nul.url, file)).seconds;
await nul.stop();

// ---- the index
const storage = await mkdtemp(join(tmpdir(), 'ra-bench-index-'));
const index = await startIndex(storage);
const idle = await index.memory('VmRSS');
const indexBig = await curlUpload(index.url, big, bigFields);
const peak = await index.memory('VmHWM');
if (indexBig.status !== 200) throw new Error(`1 GiB upload answered ${indexBig.status}`);
let indexSmall = 0;
for (const [i, file] of small.entries()) {
  const result = await curlUpload(index.url, file, smallFields[i]);
  if (result.status !== 200) throw new Error(`${basename(file)} answered ${result.status}`);
  indexSmall += result.seconds;
}
await index.stop();
const journal = (await readFile(join(storage, 'journal.jsonl'), 'utf8')).trim().split('\n').length;
await rm(storage, { recursive: true, force: true });
if (journal !== 201) throw new Error(`expected 201 stored files, the journal has ${journal}`);

// ---- report
const rows = [
  [
    '1 GiB wheel',
    rate(bigSize, nullBig.seconds),
    rate(bigSize, indexBig.seconds),
    (nullBig.seconds / indexBig.seconds).toFixed(2),
  ],
  [
    '200 small wheels',
    `${(200 / nullSmall).toFixed(0)} files/s`,
    `${(200 / indexSmall).toFixed(0)} files/s (${(smallBytes / 1024 / indexSmall).toFixed(0)} KiB/s)`,
    (nullSmall / indexSmall).toFixed(2),
  ],
];
console.log('\ningest on loopback (curl; the limit is curl --data-binary to a null endpoint)');
console.log('| upload | null endpoint (limit) | local index | index / limit |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const verdict = peak < MEMORY_TARGET ? 'OK' : 'OVER TARGET';
console.log(
  `\nindex memory: ${mb(idle)} MiB idle, peak ${mb(peak)} MiB receiving 1 GiB (target < ${mb(MEMORY_TARGET)} MiB): ${verdict}`,
);
// Node's HTTP parser copies each read into a fresh buffer that lives until the next collection: receiving
// alone raises a process's peak well above its idle size, before anything is hashed or written.
console.log(
  `null endpoint (node's http, discarding): ${mb(nullIdle)} MiB idle, peak ${mb(nullPeak)} MiB receiving the same 1 GiB`,
);
if (peak >= MEMORY_TARGET) process.exit(1);
