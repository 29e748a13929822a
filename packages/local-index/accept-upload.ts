/**
 * Deciding an upload as PyPI does, once its bytes are in `tmp/`: the request's own checks, then dists'
 * rules against what the index holds, then the file moved into place and journaled, all or nothing.
 */
import {
  checkUpload,
  inspectDistribution,
  sanitizeForm,
  normalizeProjectName,
  type ExistingFile,
  type FormField,
  type UploadContext,
  type UploadedFile,
} from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import type { CoreMetadata } from '../dists/index.js';
import { checkAttestations } from './attestation-check.js';
import { permissionProblem, type UploadIdentity } from './auth.js';
import type { IndexContext } from './context.js';
import { digestBytes } from './digests.js';
import type { Digests } from './model.js';
import { findRelease } from './release-lookup.js';
import type { TempUpload } from './temp-upload.js';
import { wheelCoreMetadata } from './wheel-metadata-file.js';

/** An upload refused: PyPI's status, message and any header it adds. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function first(fields: FormField[], name: string): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}

function existing(files: { filename: string; packagetype: string; digests: Digests }[]): ExistingFile[] {
  return files.map((f) => ({
    filename: f.filename,
    packagetype: f.packagetype === 'sdist' ? 'sdist' : 'bdist_wheel',
    sha256: f.digests.sha256,
    blake2_256: f.digests.blake2b_256,
  }));
}

/** What the request said beside its fields: parts sent as files, the content part's type, who sent it. */
export interface UploadExtras {
  fileFields: string[];
  contentType: string | null;
  identity: UploadIdentity;
}

// Refusals warehouse gives before it looks the project up (and so before permissions).
const BEFORE_PROJECT = new Set([
  'field-is-file',
  'unknown-protocol',
  'invalid-form',
  'missing-digest',
  'invalid-metadata',
  'local-version',
  'no-file',
]);

/**
 * What PyPI answers whoever asks, before it looks at the credentials: the view `:action` routes to (retired
 * actions are 410 with no authentication; no or an unknown action reaches a page that takes no POST, 405),
 * then its `sanitize` decorator, which wraps the authentication check (a field sent as a file). Null: go on.
 */
export function refusalBeforeAuthentication(
  fields: FormField[],
  fileFields: readonly string[],
  query: URLSearchParams,
): Refusal | null {
  // Pyramid's request.params: the query string first, then the body.
  const action = query.get(':action') ?? first(fields, ':action');
  if (action === 'submit' || action === 'submit_pkg_info') {
    return new Refusal(
      410,
      'Project pre-registration is no longer required or supported, upload your files instead.',
    );
  }
  if (action === 'doc_upload') {
    return new Refusal(
      410,
      'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    );
  }
  if (action !== 'file_upload')
    return new Refusal(405, 'Method Not Allowed', { Allow: 'GET, HEAD, OPTIONS' });
  const sanitized = sanitizeForm(fields, fileFields);
  return 'problem' in sanitized ? new Refusal(sanitized.problem.status, sanitized.problem.message) : null;
}

async function uploadedFile(upload: TempUpload, contentType: string | null): Promise<UploadedFile> {
  const digests = await upload.digests();
  const hashes = { sha256: digests.sha256, blake2_256: digests.blake2b_256, md5: digests.md5 };
  // Reading the archive is only worth it for a file that fits; a too-large one is refused by size first.
  const inspected = upload.tooLarge
    ? null
    : await inspectDistribution(upload.path, { hashes, filename: upload.filename });
  return {
    filename: upload.filename,
    size: upload.size,
    hashes,
    contentType,
    ...(inspected?.archive ? { archive: inspected.archive } : {}),
  };
}

function uploadContext(
  ctx: IndexContext,
  name: string,
  version: string,
  identity: UploadIdentity,
): UploadContext {
  const project = ctx.store.project(normalizeProjectName(name));
  const release = findRelease(project, version);
  const projects = ctx.store.projects();
  const created = release?.files.map((f) => Date.parse(f.uploadTime)).filter((t) => !Number.isNaN(t));
  return {
    project: project ? { name: project.name } : null,
    projectNames: projects.map((p) => p.name),
    identity: identity.kind,
    releaseFiles: existing(release?.files ?? []),
    indexFiles: existing(projects.flatMap((p) => [...p.releases.values()].flatMap((r) => r.files))),
    deletedFilenames: ctx.store.deletedFilenames(),
    maxFileSize: ctx.maxFileSize,
    projectTotalSize: [...(project?.releases.values() ?? [])].reduce(
      (sum, r) => sum + r.files.reduce((s, f) => s + f.size, 0),
      0,
    ),
    ...(created?.length ? { releaseCreatedAt: Math.min(...created) } : {}),
    now: ctx.now(),
  };
}

/** Runs PyPI's checks and stores the file when they pass; PyPI's status and message. */
export async function acceptUpload(
  ctx: IndexContext,
  fields: FormField[],
  upload: TempUpload | null,
  extras: UploadExtras,
): Promise<{ status: number; message: string }> {
  const file = upload ? await uploadedFile(upload, extras.contentType) : null;
  return ctx.store.exclusive(async () => {
    const name = first(fields, 'name') ?? '';
    const context = uploadContext(ctx, name, first(fields, 'version') ?? '', extras.identity);
    const request = { fields, fileFields: extras.fileFields, file };
    const decision = await checkUpload(request, context, ctx.descriptions);
    const problem = decision.problems[0];
    if (problem && BEFORE_PROJECT.has(problem.code))
      return { status: problem.status, message: problem.message };
    const permission = permissionProblem(
      extras.identity,
      normalizeProjectName(name),
      context.project ?? null,
    );
    if (permission) return permission;
    if (problem) return { status: problem.status, message: problem.message };
    if (!upload || !file || !decision.metadata) throw new Error('an accepted upload has a file and metadata');
    const attestations = first(fields, 'attestations');
    let provenance: Buffer | undefined;
    if (attestations !== undefined) {
      const subject = { filename: upload.filename, sha256: (await upload.digests()).sha256 };
      const checked = await checkAttestations(attestations, extras.identity, subject, () =>
        ctx.sigstore.verifier(),
      );
      if ('status' in checked) return checked;
      provenance = Buffer.from(JSON.stringify(checked.provenance));
    }
    await store(ctx, fields, upload, file, decision.metadata, provenance);
    return { status: 200, message: '' };
  });
}

// The file moves into place and is journaled (the journal line renames the project to this upload's spelling).
async function store(
  ctx: IndexContext,
  fields: FormField[],
  upload: TempUpload,
  file: UploadedFile,
  metadata: CoreMetadata,
  provenance: Buffer | undefined,
): Promise<void> {
  const name = metadata.name ?? '';
  const projectKey = normalizeProjectName(name);
  const project = ctx.store.project(projectKey);
  const version = metadata.version ?? '';
  const release = findRelease(project, version);
  const filetype = first(fields, 'filetype') ?? 'bdist_wheel';
  const coreMetadataBytes = await wheelCoreMetadata(
    upload.path,
    upload.filename,
    file.archive?.members ?? [],
  );
  await ctx.store.add({
    tempPath: upload.path,
    projectName: name,
    project: projectKey,
    version: release?.version ?? version,
    versionKey: release?.key ?? normalizeVersion(version) ?? version,
    metadata: { ...metadata, fields: [], warnings: [] },
    filename: upload.filename,
    packagetype: filetype,
    pythonVersion: first(fields, 'pyversion') || (filetype === 'sdist' ? 'source' : ''),
    requiresPython: metadata.requiresPython ?? null,
    size: upload.size,
    digests: await upload.digests(),
    coreMetadata: coreMetadataBytes
      ? { bytes: coreMetadataBytes, digests: await digestBytes(coreMetadataBytes) }
      : null,
    uploadTime: uploadTimestamp(new Date(ctx.now())),
    ...(provenance ? { provenance } : {}),
  });
}

/** PyPI's upload-time form: ISO 8601 UTC with microseconds. */
export function uploadTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
