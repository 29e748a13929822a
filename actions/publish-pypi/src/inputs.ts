import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PUBLIC_GOOD_SIGSTORE, sigstoreStandInUrl } from '../../../packages/attestations/index.js';
import {
  getBooleanInput,
  getInput,
  getIntegerInput,
  InputError,
  isForkPullRequest,
  registerSecret,
} from '../../../packages/action-kit/index.js';
import { EXTRA_DIGESTS, type ExtraDigest } from '../../../packages/dists/index.js';
import type { ReleaseSource } from '../../../packages/artifacts/index.js';
import { registerProxyCredentials, resolveIndexUrls, type IndexUrls } from '../../../packages/pypi/index.js';

/** The action's settings, read once from the runner's environment. */
export interface Settings {
  source: ReleaseSource;
  urls: IndexUrls;
  /** A password (or API token) with its user, or none: trusted publishing. */
  password: { username: string; password: string } | null;
  dryRun: boolean;
  verifyMetadata: boolean;
  skipExisting: boolean;
  /** Digests sent beside sha256. */
  extraDigests: ExtraDigest[];
  printHash: boolean;
  concurrency: number;
  forkPullRequest: boolean;
  /** Sign each file (PEP 740) and send the attestations: where to sign and where to keep them; null: off. */
  attestations: { fulcioUrl: string; rekorUrl: string; directory: string } | null;
}

/** Reads and checks every input; the errors name the input and what it accepts. */
export function readSettings(): Settings {
  // First of all, so that nothing printed from here on can show it.
  const password = getInput('password');
  registerSecret(password);
  registerProxyCredentials(process.env);

  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const manifest = getInput('manifest');
  const source: ReleaseSource = manifest
    ? { manifest: resolve(workspace, manifest) }
    : { directory: resolve(workspace, getInput('packages-dir') || 'dist') };
  // Registers the credentials a URL carries, as it parses them.
  const urls = resolveIndexUrls(getInput('repository-url') || 'pypi', 'repository-url');

  const user = getInput('user') || '__token__';
  let credentials: Settings['password'] = null;
  if (password) credentials = { username: user, password };
  else if (urls.auth) credentials = urls.auth;
  else if (user !== '__token__') {
    throw new InputError(
      `Input user is ${JSON.stringify(user)} but password is empty: pass that user's password (or an API token with user __token__), or leave both unset for trusted publishing.`,
    );
  }
  return {
    source,
    urls,
    password: credentials,
    dryRun: getBooleanInput('dry-run', false),
    verifyMetadata: getBooleanInput('verify-metadata', true),
    skipExisting: getBooleanInput('skip-existing', false),
    extraDigests: readExtraDigests(),
    printHash: getBooleanInput('print-hash', true),
    concurrency: getIntegerInput('concurrency', 4, { min: 1, max: 32 }),
    forkPullRequest: forkPullRequest(),
    attestations: readAttestations(credentials !== null),
  };
}

/** The attestations input: on by default under trusted publishing, off with a password (PyPI refuses them). */
function readAttestations(password: boolean): Settings['attestations'] {
  if (!getBooleanInput('attestations', !password)) return null;
  if (password)
    throw new InputError(
      'Input attestations is true but a password (API token) is given: PyPI takes attestations only from trusted publishers. Leave password empty to publish with trusted publishing, or set attestations to false.',
    );
  const standIn = sigstoreStandInUrl();
  const temp = process.env['RUNNER_TEMP'] || tmpdir();
  return {
    fulcioUrl: standIn ?? PUBLIC_GOOD_SIGSTORE.fulcioUrl,
    rekorUrl: standIn ?? PUBLIC_GOOD_SIGSTORE.rekorUrl,
    directory: join(temp, 'publish-pypi-attestations'),
  };
}

/** The digests input: names separated by spaces, commas or lines; sha256 is implied, `all` is twine's set. */
function readExtraDigests(): ExtraDigest[] {
  const names = getInput('digests')
    .split(/[\s,]+/)
    .filter((name) => name !== '');
  if (names.length === 1 && names[0] === 'all') return [...EXTRA_DIGESTS];
  const extras: ExtraDigest[] = [];
  for (const name of names) {
    if (name === 'sha256') continue;
    if (!(EXTRA_DIGESTS as readonly string[]).includes(name))
      throw new InputError(
        `Input digests takes sha256, md5 and blake2_256 (or all, twine's set), got ${JSON.stringify(name)}.`,
      );
    if (!extras.includes(name as ExtraDigest)) extras.push(name as ExtraDigest);
  }
  return extras;
}

/** Whether this run is a pull request from a fork (read from the event payload, only for pull requests). */
function forkPullRequest(): boolean {
  const name = process.env['GITHUB_EVENT_NAME'] ?? '';
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path || !['pull_request', 'pull_request_target'].includes(name)) return false;
  try {
    return isForkPullRequest({ name, payload: JSON.parse(readFileSync(path, 'utf8')) as unknown });
  } catch {
    return false;
  }
}
