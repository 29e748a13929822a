/** PyPI's checks of the upload form twine would send for a file: loaded on demand, with the rules' data. */
import {
  checkUpload,
  needsRstRender,
  uploadFormFields,
  type CoreMetadata,
  type DescriptionRenderer,
  type DistributionFacts,
} from '../dists/index.js';
import type { InspectedFile } from './types.js';

// The refusals that come from the form and metadata; the file's own rules are the plan's.
const FORM_CODES = new Set<string>([
  'invalid-form',
  'missing-digest',
  'invalid-metadata',
  'local-version',
  'invalid-description',
]);

/**
 * PyPI's checks of the form twine would send for this file (request, metadata, description); the file's own
 * rules run in the plan, against what the index holds. Records the first refusal, as PyPI answers.
 */
export async function checkForm(
  result: InspectedFile,
  facts: DistributionFacts,
  renderer: DescriptionRenderer | undefined,
): Promise<void> {
  if (!facts.metadata || !result.form || !result.hashes) return;
  const fields = uploadFormFields(facts.metadata, { ...result.form, hashes: facts.hashes });
  const { filename, size, hashes, archive } = facts;
  const file = { filename, size, hashes, ...(archive ? { archive } : {}) };
  const decision = await checkUpload({ fields, file }, {}, renderer);
  const problem = decision.problems[0];
  if (problem && FORM_CODES.has(problem.code))
    result.problems.push(`would be refused by the index: ${problem.status} ${problem.message}`);
  if (!decision.descriptionChecked) result.descriptionUnchecked = true;
}

/** Sends a reStructuredText description to the renderer now; checkForm later reads the (remembered) answer. */
export function startRendering(metadata: CoreMetadata, renderer: DescriptionRenderer): void {
  if (needsRstRender(metadata)) void renderer.rendersRst(metadata.description ?? '').catch(() => undefined);
}
