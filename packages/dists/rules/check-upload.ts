/**
 * One upload as warehouse's `file_upload` decides it, in its order: the request (sanitize, protocol, form),
 * the metadata, a file present, a new project's name, the description, then the file's own rules.
 */
import type { CoreMetadata } from '../core-metadata.js';
import type { FormField } from '../upload-form.js';
import { checkDistribution } from './check-distribution.js';
import { descriptionProblem, needsRstRender } from './description-rules.js';
import { metadataFromForm } from './metadata-rules.js';
import { newProjectNameProblem } from './project-name-rules.js';
import type { DistributionFacts, Problem, ReleaseContext } from './types.js';
import { badRequest } from './types.js';
import { declaredDigests, protocolProblem, sanitizeForm, uploadFormProblem } from './upload-form-rules.js';

/** The uploaded file as the rules see it (its metadata comes from the form). */
export type UploadedFile = Omit<DistributionFacts, 'metadata' | 'filetype' | 'declaredDigests'>;

/** One upload request: the form's fields, which parts came as files, and the file itself. */
export interface UploadRequest {
  /** Every non-file field in order, as sent. */
  fields: readonly FormField[];
  /** Names of the parts sent as files (`content`, and any field a client wrongly sent as one). */
  fileFields?: readonly string[];
  /** The `content` part; null when the form has none. */
  file: UploadedFile | null;
}

/** What the index knows beyond the release: the project, the other projects, who is uploading. */
export interface UploadContext extends ReleaseContext {
  /** The project as the index holds it; null when the upload would create it; undefined when unknown. */
  project?: { name: string } | null;
  /** Names of every project on the index, for PyPI's "too similar" check. */
  projectNames?: readonly string[];
  /** How the uploader authenticated; attestations need trusted publishing. */
  identity?: 'token' | 'trusted-publisher';
}

/** Renders reStructuredText as readme_renderer does: true rendered, false failed, null no renderer could run. */
export interface DescriptionRenderer {
  rendersRst(text: string): Promise<boolean | null>;
}

/** The decision: problems in PyPI's order (`problems[0]` is PyPI's answer), and the metadata when the form was sound. */
export interface UploadDecision {
  problems: Problem[];
  metadata: CoreMetadata | null;
  /** False when the description needed rendering and no renderer could run. */
  descriptionChecked: boolean;
}

const refused = (problem: Problem): UploadDecision => ({
  problems: [problem],
  metadata: null,
  descriptionChecked: true,
});

/** Every check PyPI runs on one upload, with the description rendered by `renderer` when it is reStructuredText. */
export async function checkUpload(
  request: UploadRequest,
  context: UploadContext = {},
  renderer?: DescriptionRenderer,
): Promise<UploadDecision> {
  const sanitized = sanitizeForm(request.fields, request.fileFields ?? []);
  if ('problem' in sanitized) return refused(sanitized.problem);
  const { fields } = sanitized;
  const early = protocolProblem(fields) ?? uploadFormProblem(fields);
  if (early) return refused(early);
  const parsed = metadataFromForm(fields);
  if ('problem' in parsed) return refused(parsed.problem);
  const { metadata } = parsed;
  if (!request.file) return refused(badRequest('no-file', 'Upload payload does not have a file.'));
  if (context.project === null) {
    const name = fields.find(([key]) => key === 'name')?.[1] ?? '';
    const problem = newProjectNameProblem(name, context.projectNames);
    if (problem) return { ...refused(problem), metadata };
  }
  const rendered =
    needsRstRender(metadata) && renderer ? await renderer.rendersRst(metadata.description ?? '') : undefined;
  const descriptionChecked = !needsRstRender(metadata) || (rendered !== null && rendered !== undefined);
  const description = descriptionProblem(metadata, rendered);
  if (description) return { problems: [description], metadata, descriptionChecked };
  const filetype = fields.find(([key]) => key === 'filetype')?.[1] === 'sdist' ? 'sdist' : 'bdist_wheel';
  const facts: DistributionFacts = {
    ...request.file,
    metadata,
    filetype,
    declaredDigests: declaredDigests(fields),
  };
  const problems = checkDistribution(facts, context);
  const attestation = attestationProblem(fields, context);
  if (attestation) problems.push(attestation);
  return { problems, metadata, descriptionChecked };
}

// warehouse verifies attestations only for trusted publishers; an API token cannot carry them.
function attestationProblem(fields: readonly FormField[], context: UploadContext): Problem | null {
  if (!fields.some(([key]) => key === 'attestations') || context.identity !== 'token') return null;
  return badRequest(
    'invalid-attestations',
    'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
  );
}
