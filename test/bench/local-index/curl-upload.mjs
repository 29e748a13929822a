// curl as the reference client of the index benchmarks: posting a wheel as twine's form (`curl -F`, which
// streams the file), timed, with curl's own CPU seconds (through GNU time).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { GNU_TIME, timeUsage, underTime } from '../common.mjs';

/** twine's form fields for a wheel made by make-dists.py (metadata read back from the archive), as name=value. */
export function formFields(path) {
  const script = [
    'import sys, zipfile, hashlib, email',
    'p = sys.argv[1]; name = p.rsplit("/", 1)[-1]; dist, ver, py = name.split("-")[:3]',
    'm = email.message_from_bytes(zipfile.ZipFile(p).read(f"{dist}-{ver}.dist-info/METADATA"))',
    'h = hashlib.sha256(); b = hashlib.blake2b(digest_size=32)',
    'f = open(p, "rb")',
    'for c in iter(lambda: f.read(1 << 20), b""): h.update(c); b.update(c)',
    'print("\\n".join([":action=file_upload", "protocol_version=1", f"metadata_version={m[\'Metadata-Version\']}",',
    '  f"name={m[\'Name\']}", f"version={m[\'Version\']}", f"summary={m[\'Summary\']}", "filetype=bdist_wheel",',
    '  f"pyversion={py}", f"requires_python={m[\'Requires-Python\']}", f"sha256_digest={h.hexdigest()}",',
    '  f"blake2_256_digest={b.hexdigest()}"]))',
  ].join('\n');
  return execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }).trim().split('\n');
}

/**
 * Runs curl (asynchronously: a server may live in this process) and times it; `cpuSeconds` when GNU time is
 * here. `status` is the HTTP code curl printed; curl getting no answer is a rejection naming curl's error.
 * `env` replaces the environment (tests put a stand-in curl first on PATH).
 */
export function curl(args, { env } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const curlArgs = ['-sS', '-o', '/dev/null', '-w', '%{http_code}', ...args];
    const [program, programArgs] = existsSync(GNU_TIME) ? underTime('curl', curlArgs) : ['curl', curlArgs];
    const child = spawn(program, programArgs, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    // 'close', not 'exit': 'exit' may come before the output is read (libuv reaps every exited child on any
    // SIGCHLD), and an empty stdout read as http_code 0 looked like an upload the index never answered.
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { cpuSeconds } = timeUsage(err);
      if (code !== 0) reject(new Error(`curl exited with ${code} (http_code ${out.trim()}): ${err.trim()}`));
      else if (!/^\d{3}$/.test(out.trim())) reject(new Error(`curl printed no HTTP status: '${out}'`));
      else
        resolve({
          status: Number(out.trim()),
          seconds,
          cpuSeconds: Number.isNaN(cpuSeconds) ? null : cpuSeconds,
        });
    });
  });
}

/** POSTs `path` to an upload URL as twine's form, with `fields` from formFields and an optional token. */
export function curlUpload(url, path, fields, token) {
  const args = token ? ['-u', `__token__:${token}`] : [];
  // -F treats ';' and ',' in values specially only for files; quote values to keep them literal.
  for (const field of fields) {
    const eq = field.indexOf('=');
    args.push('-F', `${field.slice(0, eq)}="${field.slice(eq + 1).replace(/["\\]/g, '\\$&')}"`);
  }
  args.push('-F', `content=@${path};filename=${basename(path)};type=application/octet-stream`, url);
  return curl(args);
}
