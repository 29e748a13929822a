// The artifact service stand-in, checked by the official @actions/artifact client uploading to it and
// downloading from it: what the client sends must be understood, and what the service answers must be what the
// client expects of GitHub (Twirp, Azure block blobs, signed URLs), faults included.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DefaultArtifactClient } from '@actions/artifact';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArtifactClient, type ListedArtifact } from '../action-kit/index.js';
import { ZipArchive } from '../dists/index.js';
import { capturingStdout, withFastTimers } from '../../test/support/fast-timers.js';
import { makeZip } from '../../test/support/zip-writer.js';
import { startArtifactService, type ArtifactService } from './index.js';

let dir: string;
let service: ArtifactService;
const savedEnv = { ...process.env };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'artifact-service-'));
  service = await startArtifactService({ storageDir: join(dir, 'storage') });
});
afterEach(async () => {
  await service.close();
  process.env = { ...savedEnv };
  await rm(dir, { recursive: true, force: true });
});

/** The environment a runner gives one job's steps, in this process (the client reads process.env). */
function asJob(job: { runId?: number; attempt?: number; job?: string } = {}): void {
  Object.assign(process.env, service.jobEnv(job), {
    GITHUB_WORKSPACE: dir,
    GITHUB_SERVER_URL: 'https://github.com',
  });
}

/** Files to upload: a small text file and a larger one of `size` incompressible bytes. */
async function sourceFiles(
  size: number,
): Promise<{ root: string; files: string[]; contents: Map<string, Buffer> }> {
  const root = join(dir, 'src');
  await mkdir(join(root, 'sub'), { recursive: true });
  const contents = new Map<string, Buffer>([
    ['pkg-1.0-py3-none-any.whl', randomBytes(size)],
    ['sub/notes.txt', Buffer.from('built on a runner\n')],
  ]);
  for (const [name, data] of contents) await writeFile(join(root, name), data);
  return { root, files: [...contents.keys()].map((name) => join(root, name)), contents };
}

async function upload(name: string, options: { compressionLevel?: number; size?: number } = {}) {
  const { size = 2 << 20, ...uploadOptions } = options;
  const { root, files, contents } = await sourceFiles(size);
  const { value, error, stdout } = await capturingStdout(() =>
    new DefaultArtifactClient().uploadArtifact(name, files, root, uploadOptions),
  );
  return { value, error, stdout, contents };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Name → sha256 (jest compares megabytes of Buffer byte by byte, for minutes). */
function digests(contents: Map<string, Buffer>): Map<string, string> {
  return new Map([...contents].map(([name, data]) => [name, sha256(data)]));
}

/** Member name → sha256 of a zip's members. */
async function zipContents(path: string): Promise<Map<string, string>> {
  const zip = await ZipArchive.open(path);
  try {
    const members = new Map<string, string>();
    for (const entry of zip.entries) {
      const hash = createHash('sha256');
      for await (const chunk of zip.stream(entry)) hash.update(chunk);
      members.set(entry.name, hash.digest('hex'));
    }
    return members;
  } finally {
    await zip.close();
  }
}

async function download(artifact: ListedArtifact, into = join(dir, `out-${artifact.id}-${Date.now()}`)) {
  const client = await createArtifactClient();
  return capturingStdout(() => client.downloadZip(artifact, into));
}

const listed = async () =>
  (await capturingStdout(async () => (await createArtifactClient()).list())).value ?? [];

describe('the artifact service, with the official client', () => {
  it.each([0, 6])(
    'takes an upload (compression %i) and gives back the same zip',
    async (compressionLevel) => {
      asJob({ job: 'build' });
      const {
        value: uploaded,
        error,
        contents,
      } = await upload('dist-linux', { compressionLevel, size: 9 << 20 });
      expect(error).toBeUndefined();
      const [artifact] = await listed();
      expect(artifact).toMatchObject({ id: uploaded?.id, name: 'dist-linux', size: uploaded?.size });
      expect(artifact?.digest).toBe(`sha256:${uploaded?.digest}`);
      // The storage SDK stages the zip in blocks of up to 8 MiB and commits them, in order, with a block list.
      expect(service.requests.map((r) => `${r.operation} ${r.status}`).join(', ')).toMatch(
        /^CreateArtifact 200, (blob PUT block 201, )+blob PUT blocklist 201, FinalizeArtifact 200, ListArtifacts 200$/,
      );

      const { value: zipPath, stdout } = await download(artifact as ListedArtifact);
      const bytes = await readFile(zipPath as string);
      expect(`sha256:${sha256(bytes)}`).toBe(artifact?.digest);
      expect(await zipContents(zipPath as string)).toEqual(digests(contents));
      // The client masks the signature of every signed URL it is given.
      const sig = /::add-mask::([A-Za-z0-9_-]{20,})/.exec(stdout)?.[1];
      expect(sig).toBeDefined();
    },
  );

  it('answers a second upload of a name in the same run attempt with 409, as GitHub does', async () => {
    asJob({ job: 'build' });
    expect((await upload('dist-sdist')).error).toBeUndefined();
    asJob({ job: 'other-job' });
    const second = await upload('dist-sdist');
    expect(second.error?.message).toMatch(
      /^Failed to CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with this name already exists on the workflow run$/,
    );
    expect(service.requests.at(-1)).toEqual({ operation: 'CreateArtifact', status: 409 });
    // A re-run attempt uploads the name again; the run then lists both, the newer with the higher id.
    asJob({ job: 'build', attempt: 2 });
    expect((await upload('dist-sdist')).error).toBeUndefined();
    expect((await listed()).map((a) => [a.name, a.id])).toEqual([
      ['dist-sdist', 1],
      ['dist-sdist', 2],
    ]);
  });

  it('keeps runs apart and refuses requests without a token it issued', async () => {
    asJob({ runId: 7 });
    expect((await upload('dist-a')).error).toBeUndefined();
    asJob({ runId: 8 });
    expect(await listed()).toEqual([]);
    process.env['ACTIONS_RUNTIME_TOKEN'] = `${service.jobEnv().ACTIONS_RUNTIME_TOKEN}x`;
    const { error } = await capturingStdout(async () => (await createArtifactClient()).list());
    expect(error?.message).toMatch(/\(401\) Unauthorized: the runtime token is missing, invalid or expired/);
  });

  it('refuses an expired signed URL (403), which the client retries to no avail', async () => {
    asJob();
    await upload('dist-a');
    const [artifact] = await listed();
    service.inject({ kind: 'expired-url' });
    const first = await withFastTimers(100, () => download(artifact as ListedArtifact));
    expect(first.error?.message).toMatch(/Artifact download failed after 5 retries/);
    const gets = service.requests.filter((r) => r.operation === 'blob GET');
    expect(gets).toEqual(Array(5).fill({ operation: 'blob GET', status: 403 }));
    // A new signed URL works.
    const second = await download(artifact as ListedArtifact);
    expect(second.error).toBeUndefined();
  });

  it('drops a download midway when told to: the client waits for the stalled body, then tries again', async () => {
    asJob();
    const { contents } = await upload('dist-a', { compressionLevel: 0 });
    const [artifact] = await listed();
    service.inject({ kind: 'cut', afterBytes: 3 << 20 });
    const once = await withFastTimers(100, () => download(artifact as ListedArtifact));
    expect(once.error).toBeUndefined();
    expect(await zipContents(once.value as string)).toEqual(digests(contents));
    // Cut on every attempt: the client gives up, leaving its partial file for the caller to ignore.
    service.inject({ kind: 'cut', afterBytes: 1 << 20 }, 5);
    const into = join(dir, 'cut-every-time');
    const always = await withFastTimers(100, () => download(artifact as ListedArtifact, into));
    expect(always.error?.message).toMatch(/Artifact download failed after 5 retries/);
    const [partial] = await readdir(into);
    expect((await readFile(join(into, partial as string))).length).toBeLessThan(artifact?.size ?? 0);
  });

  it('serves artifacts stored directly (a test zip, another run), which the client lists and downloads', async () => {
    const zip = makeZip([{ name: '../escape.txt', data: 'hostile' }]);
    const stored = await service.addArtifact({ runId: 3, name: 'dist-hostile' }, zip);
    asJob({ runId: 3 });
    const [artifact] = await listed();
    expect(artifact).toMatchObject({ id: stored.id, name: 'dist-hostile', size: zip.length });
    const { value } = await download(artifact as ListedArtifact);
    expect(sha256(await readFile(value as string))).toBe(sha256(zip));
    const response = await fetch(service.downloadUrl(stored.id));
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(zip));
  });

  it('keeps what it stored across restarts, in its storage directory', async () => {
    asJob();
    const { value } = await upload('dist-a');
    await service.close();
    service = await startArtifactService({ storageDir: join(dir, 'storage') });
    asJob();
    expect((await listed()).map((a) => a.id)).toEqual([value?.id]);
    asJob({ job: 'again' });
    expect((await upload('dist-a')).error?.message).toMatch(/\(409\) Conflict/);
  });
});
