/**
 * `POST /legacy/`: PyPI's legacy upload API as twine uses it. The body is streamed to `tmp/` (digested on
 * the way), PyPI's rules from `dists` decide, and only then is the file moved into place and journaled.
 */
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  checkDistribution,
  inspectDistribution,
  metadataFromUploadForm,
  normalizeProjectName,
  ZipArchive,
  type CoreMetadata,
  type DistributionFacts,
  type ExistingFile,
  type FormField,
  type Problem,
} from '../dists/index.js';
import { compareVersions, normalizeVersion } from '../pep440/index.js';
import { authenticateUpload, projectNotAllowed } from './auth.js';
import type { IndexContext, RequestNotes } from './context.js';
import { digestBytes } from './digests.js';
import type { Digests, Project, Release } from './model.js';
import { MultipartError, MultipartParser, multipartBoundary, type FileSink } from './multipart.js';
import { sendError, sendText } from './responses.js';
import { TempUpload } from './temp-upload.js';

const DISCARD: FileSink = { write: () => undefined, end: () => undefined };

/** An upload refused: PyPI's status and message. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function first(fields: FormField[], name: string): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}

/** Reads the rest of a request we have already answered, so the client sees our answer, not a reset. */
function drain(req: IncomingMessage): void {
  req.resume();
}

/** Finds the release a version belongs to: PyPI matches releases by canonical version (1.0 == 1.0.0). */
export function findRelease(project: Project | undefined, version: string): Release | undefined {
  if (!project) return undefined;
  const normalized = normalizeVersion(version);
  if (normalized === null) return undefined;
  for (const release of project.releases.values()) {
    if (compareVersions(release.key, normalized) === 0) return release;
  }
  return undefined;
}

function existing(files: { filename: string; packagetype: string; digests: Digests }[]): ExistingFile[] {
  return files.map((f) => ({
    filename: f.filename,
    packagetype: f.packagetype === 'sdist' ? 'sdist' : 'bdist_wheel',
    sha256: f.digests.sha256,
    blake2_256: f.digests.blake2b_256,
  }));
}

/** The raw METADATA of a wheel, to serve at `<file>.metadata` (PEP 658); null when it cannot be read. */
async function wheelCoreMetadata(path: string, filename: string, members: string[]): Promise<Buffer | null> {
  if (!filename.endsWith('.whl')) return null;
  // warehouse looks for `<name>-<version>.dist-info/METADATA` taken from the raw filename.
  const [name, version] = filename.split('-');
  const target = `${name}-${version}.dist-info/METADATA`;
  if (!members.includes(target)) return null;
  const zip = await ZipArchive.open(path);
  try {
    const entry = zip.entry(target);
    return entry ? await zip.read(entry) : null;
  } finally {
    await zip.close();
  }
}

/** A name for the temp file: the upload's own (archive readers go by it) unless it cannot be one. */
export function tempName(filename: string): string {
  const safe = filename.replace(/[/\\\x00]/g, '_');
  return safe === '' || safe === '.' || safe === '..' || Buffer.byteLength(safe) > 240 ? 'upload.bin' : safe;
}

/** Handles one upload request; resolves once the response is sent. */
export async function handleUpload(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
): Promise<void> {
  if (req.method !== 'POST') {
    drain(req);
    sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
    return;
  }
  const fault = ctx.faults?.next('upload') ?? null;
  notes.fault = fault;
  if (fault === '503' || fault === '429') {
    drain(req);
    const status = fault === '503' ? 503 : 429;
    sendError(
      req,
      res,
      status,
      status === 503 ? 'Service Unavailable' : 'Too Many Requests',
      status === 429 ? { 'Retry-After': '1' } : {},
    );
    return;
  }
  if (fault === 'reset') {
    // Let part of the body arrive, then drop the connection as a failing proxy would.
    await new Promise<void>((resolve) => {
      req.once('data', () => {
        req.socket.destroy();
        resolve();
      });
      req.once('end', () => {
        req.socket.destroy();
        resolve();
      });
      req.once('error', () => resolve());
    });
    return;
  }

  const auth = authenticateUpload(req.headers.authorization, ctx.token, ctx.trusted);
  if (!auth.ok) {
    drain(req);
    sendError(req, res, auth.status, auth.message);
    return;
  }

  const boundary = multipartBoundary(req.headers['content-type']);
  if (!boundary) {
    drain(req);
    sendError(req, res, 400, 'Invalid request: the upload must be multipart/form-data with a boundary.');
    return;
  }

  const workDir = join(
    ctx.store.dir,
    'tmp',
    `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`,
  );
  await mkdir(workDir, { recursive: true });
  let upload: TempUpload | null = null;
  try {
    const fields: FormField[] = [];
    const parser = new MultipartParser({
      boundary,
      onField: (name, value) => fields.push([name, value]),
      onFile: (name, filename) => {
        if (name !== 'content') return DISCARD; // gpg_signature and the like: PyPI ignores them now
        if (upload) throw new MultipartError('more than one file in the content field');
        // The temp file carries the real name, so archive readers see the name PyPI's checks use.
        upload = new TempUpload(join(workDir, tempName(filename)), filename, ctx.maxFileSize);
        return upload;
      },
    });
    try {
      await pipeline(req, parser);
    } catch (error) {
      if (error instanceof MultipartError) throw new Refusal(400, `Invalid request: ${error.message}.`);
      throw error; // the client went away: nothing to answer
    }
    const received = upload as TempUpload | null;
    const { status, message } = await decide(ctx, fields, received, auth.project);
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, ctx.faults?.slowMs ?? 0));
    if (status === 200 && fault === 'stored-502') {
      sendError(req, res, 502, 'Bad Gateway');
      return;
    }
    if (status === 200)
      sendText(req, res, 200, 'text/plain; charset=utf-8', message ? `${message}\n` : 'OK\n');
    else sendError(req, res, status, message);
  } catch (error) {
    if (error instanceof Refusal) {
      sendError(req, res, error.status, error.message);
      return;
    }
    if (!res.headersSent && !req.socket.destroyed)
      sendError(req, res, 500, `Internal error: ${(error as Error).message}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Runs PyPI's checks and stores the file when they pass; PyPI's status and message. */
async function decide(
  ctx: IndexContext,
  fields: FormField[],
  upload: TempUpload | null,
  tokenProject: string | null,
): Promise<{ status: number; message: string }> {
  const action = first(fields, ':action');
  if (action === 'submit' || action === 'submit_pkg_info') {
    throw new Refusal(
      410,
      'Project pre-registration is no longer required or supported, upload your files instead.',
    );
  }
  if (action === 'doc_upload') {
    throw new Refusal(
      410,
      'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    );
  }
  if (action !== 'file_upload')
    throw new Refusal(400, `Invalid value for :action: ${JSON.stringify(action ?? null)}.`);
  if (first(fields, 'protocol_version') !== '1') throw new Refusal(400, 'Unknown protocol version.');
  if (!upload) throw new Refusal(400, 'Upload payload does not have a file.');

  const metadata: CoreMetadata = metadataFromUploadForm(fields);
  const filetype = first(fields, 'filetype');
  const knownFiletype = filetype === 'sdist' || filetype === 'bdist_wheel' ? filetype : null;
  const declaredDigests = {
    md5: first(fields, 'md5_digest'),
    sha256: first(fields, 'sha256_digest'),
    blake2_256: first(fields, 'blake2_256_digest'),
  };
  const digests = await upload.digests();
  const facts: DistributionFacts = {
    filename: upload.filename,
    size: upload.size,
    hashes: { sha256: digests.sha256, blake2_256: digests.blake2b_256, md5: digests.md5 },
    metadata,
    ...(knownFiletype ? { filetype: knownFiletype } : {}),
    declaredDigests,
  };
  // Reading the archive is only worth it for a file that fits; a too-large one is refused by size first.
  const inspected = upload.tooLarge ? null : await inspectDistribution(upload.path, { hashes: facts.hashes });
  const archive = inspected?.archive;

  return ctx.store.exclusive(async () => {
    const name = metadata.name ?? '';
    const projectKey = normalizeProjectName(name);
    const project = ctx.store.project(projectKey);
    if (tokenProject !== null && name !== '' && tokenProject !== projectKey) {
      return { status: 403, message: projectNotAllowed(project?.name ?? name) };
    }
    const release = findRelease(project, metadata.version ?? '');
    const allFiles = ctx.store.projects().flatMap((p) => [...p.releases.values()].flatMap((r) => r.files));
    const problems: Problem[] = checkDistribution(
      { ...facts, ...(archive ? { archive } : {}) },
      {
        releaseFiles: existing(release?.files ?? []),
        indexFiles: existing(allFiles),
        deletedFilenames: ctx.store.deletedFilenames(),
        maxFileSize: ctx.maxFileSize,
        projectTotalSize: [...(project?.releases.values() ?? [])].reduce(
          (sum, r) => sum + r.files.reduce((s, f) => s + f.size, 0),
          0,
        ),
      },
    );
    const problem = problems[0];
    if (problem) return { status: problem.status, message: problem.message };

    const version = metadata.version ?? '';
    const coreMetadataBytes = await wheelCoreMetadata(upload.path, upload.filename, archive?.members ?? []);
    await ctx.store.add({
      tempPath: upload.path,
      projectName: project?.name ?? name,
      project: projectKey,
      version: release?.version ?? version,
      versionKey: release?.key ?? normalizeVersion(version) ?? version,
      metadata: { ...metadata, fields: [], warnings: [] },
      filename: upload.filename,
      packagetype: filetype ?? (upload.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist'),
      pythonVersion: first(fields, 'pyversion') || (filetype === 'sdist' ? 'source' : ''),
      requiresPython: metadata.requiresPython ?? null,
      size: upload.size,
      digests,
      coreMetadata: coreMetadataBytes
        ? { bytes: coreMetadataBytes, digests: await digestBytes(coreMetadataBytes) }
        : null,
      uploadTime: uploadTimestamp(new Date()),
    });
    return { status: 200, message: '' };
  });
}

/** PyPI's upload-time form: ISO 8601 UTC with microseconds. */
export function uploadTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
