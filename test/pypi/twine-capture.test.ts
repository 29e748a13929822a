/**
 * The upload requests publish-pypi sends, next to the ones Debian's real twine 4 sends for the same files:
 * captured by a local server and compared part by part. With `extraDigests` set to twine's set the forms
 * match field for field; by default they differ only in leaving out md5_digest and blake2_256_digest.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { EXTRA_DIGESTS, type ExtraDigest, type FormField } from '../../packages/dists/index.js';
import { publishRelease } from '../../packages/publish/index.js';
import { apiTokenAuth, resolveIndexUrls, uploadFile } from '../../packages/pypi/index.js';
import { buildFixture, type BuiltFixture } from '../fixtures/build.js';
import {
  parseMultipart,
  startServer,
  type Part,
  type SeenRequest,
  type TestServer,
} from './helpers/servers.js';

const run = promisify(execFile);

let server: TestServer;
let built: BuiltFixture;
const twine: SeenRequest[] = [];
const ours: SeenRequest[] = [];
const oursByDefault: SeenRequest[] = [];

/** The POSTs of one publish-pypi release of the two files (the index knows nothing yet: reads get 404). */
async function publishCapture(
  uploadUrl: string,
  extraDigests?: readonly ExtraDigest[],
): Promise<SeenRequest[]> {
  const dir = await mkdtemp(join(tmpdir(), 'twine-capture-dist-'));
  for (const path of [built.wheel, built.sdist]) await copyFile(path, join(dir, basename(path)));
  const result = await publishRelease({
    source: { directory: dir },
    urls: resolveIndexUrls(uploadUrl),
    credentials: { kind: 'password', username: '__token__', password: 'pypi-capture-token' },
    // PyPI would refuse these unnormalized names (twine sends them anyway): the request is what is compared.
    verifyMetadata: false,
    ...(extraDigests ? { extraDigests } : {}),
  });
  expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
  return server.requests.splice(0).filter((r) => r.method === 'POST');
}

beforeAll(async () => {
  server = await startServer((req, res) =>
    req.method === 'POST' ? void res.writeHead(200, 'OK').end('OK') : void res.writeHead(404).end(),
  );
  // setuptools keeps 'Pure.Name' unnormalized in the sdist filename: the awkward case.
  built = await buildFixture('pure', '1.2.0', await mkdtemp(join(tmpdir(), 'twine-capture-')), {
    projectName: 'Pure.Name',
  });
  const uploadUrl = `${server.url}legacy/`;
  await run(
    '/usr/bin/twine',
    [
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--repository-url',
      uploadUrl,
      built.wheel,
      built.sdist,
    ],
    { env: { ...process.env, TWINE_USERNAME: '__token__', TWINE_PASSWORD: 'pypi-capture-token' } },
  );
  twine.push(...server.requests.splice(0));
  ours.push(...(await publishCapture(uploadUrl, EXTRA_DIGESTS)));
  oursByDefault.push(...(await publishCapture(uploadUrl)));
}, 120_000);

afterAll(() => server?.close());

function parts(request: SeenRequest): Part[] {
  return parseMultipart(request.body, String(request.headers['content-type'])).parts;
}

/** name → values in order, leaving out the empty values twine 4 sends for absent metadata (warehouse ignores them). */
function fieldMap(request: SeenRequest): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of parts(request)) {
    if (part.filename !== undefined) continue;
    const value = part.value.toString('utf8');
    if (value === '') continue;
    (out[part.name] ??= []).push(value);
  }
  return out;
}

/**
 * Debian's twine is 4.0.2; packages/dists builds the form as twine 6 does. The three differences, all
 * accepted by warehouse: `provides_extras` became `provides_extra`, keywords are sent joined by ", "
 * (twine 4 forwarded the raw header), and an sdist says `pyversion=source` (twine 4 sent it empty and
 * warehouse filled in "source").
 */
function asTwine6(fields: Record<string, string[]>, sdist: boolean): Record<string, string[]> {
  const out = { ...fields };
  if (out.provides_extras) {
    out.provides_extra = out.provides_extras;
    delete out.provides_extras;
  }
  if (out.keywords)
    out.keywords = [
      out.keywords
        .join(',')
        .split(/\s*,\s*/)
        .join(', '),
    ];
  if (sdist && !out.pyversion) out.pyversion = ['source'];
  return out;
}

describe.each([
  ['wheel', 0],
  ['sdist', 1],
])('upload of the %s', (_kind, index) => {
  const pick = () => ({ theirs: twine[index] as SeenRequest, mine: ours[index] as SeenRequest });

  it('is a POST to the same URL with Basic __token__ credentials and an exact Content-Length', () => {
    const { theirs, mine } = pick();
    expect(mine.method).toBe(theirs.method);
    expect(mine.url).toBe(theirs.url);
    expect(mine.headers.authorization).toBe(theirs.headers.authorization);
    expect(mine.headers['content-type']).toMatch(/^multipart\/form-data; boundary=[0-9a-f]{32}$/);
    expect(Number(mine.headers['content-length'])).toBe(mine.body.length);
    expect(mine.headers['user-agent']).toMatch(/release-actions/);
  });

  it('carries the same non-empty form fields with the same values, up to the changes twine 6 made', () => {
    const { theirs, mine } = pick();
    expect(fieldMap(mine)).toEqual(asTwine6(fieldMap(theirs), index === 1));
  });

  it('by default leaves out only the md5 and blake2b-256 digests, which add nothing to sha256', () => {
    const { theirs } = pick();
    const expected = asTwine6(fieldMap(theirs), index === 1);
    delete expected.md5_digest;
    delete expected.blake2_256_digest;
    expect(fieldMap(oursByDefault[index] as SeenRequest)).toEqual(expected);
  });

  it('frames the file part as twine does and sends the file byte for byte', () => {
    const { theirs, mine } = pick();
    const fileOf = (r: SeenRequest) => parts(r).find((p) => p.name === 'content') as Part;
    expect(fileOf(mine).headers).toEqual(fileOf(theirs).headers);
    expect(fileOf(mine).value.equals(fileOf(theirs).value)).toBe(true);
    expect(parts(mine).at(-1)?.name).toBe('content');
  });

  it("is byte-identical to twine's body (boundary aside) when given twine's own fields in twine's order", async () => {
    const { theirs } = pick();
    const boundary = parseMultipart(theirs.body, String(theirs.headers['content-type'])).boundary;
    const fields = parts(theirs)
      .filter((p) => p.filename === undefined)
      .map((p): FormField => [p.name, p.value.toString('utf8')]);
    const path = index === 0 ? built.wheel : built.sdist;
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields,
      auth: apiTokenAuth('pypi-capture-token'),
    });
    expect(outcome.kind).toBe('uploaded');
    const replay = server.requests.splice(0)[0] as SeenRequest;
    const replayBoundary = parseMultipart(replay.body, String(replay.headers['content-type'])).boundary;
    expect(replay.body.toString('latin1').split(replayBoundary).join(boundary)).toBe(
      theirs.body.toString('latin1'),
    );
  });
});
