/**
 * Deciding an upload as PyPI does, once its bytes are in `tmp/`: the request's own checks, then dists'
 * rules against what the index holds, then the file moved into place and journaled, all or nothing.
 */
import {
  checkDistribution,
  inspectDistribution,
  metadataFromUploadForm,
  normalizeProjectName,
  type CoreMetadata,
  type DistributionFacts,
  type ExistingFile,
  type FormField,
  type Problem,
} from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import { projectNotAllowed } from './auth.js';
import type { IndexContext } from './context.js';
import { digestBytes } from './digests.js';
import type { Digests } from './model.js';
import { findRelease } from './release-lookup.js';
import type { TempUpload } from './temp-upload.js';
import { wheelCoreMetadata } from './wheel-metadata-file.js';

/** An upload refused: PyPI's status and message. */
export class Refusal extends Error {
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

function existing(files: { filename: string; packagetype: string; digests: Digests }[]): ExistingFile[] {
  return files.map((f) => ({
    filename: f.filename,
    packagetype: f.packagetype === 'sdist' ? 'sdist' : 'bdist_wheel',
    sha256: f.digests.sha256,
    blake2_256: f.digests.blake2b_256,
  }));
}

/** Runs PyPI's checks and stores the file when they pass; PyPI's status and message. */
export async function acceptUpload(
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
