/** PyPI's check that a description renders for its content type (only reStructuredText can fail). */
import type { CoreMetadata } from '../core-metadata.js';
import { badRequest, type Problem } from './types.js';

const HELP = 'See https://pypi.org/help/#description-content-type for more information.';

/** True when PyPI renders this description as reStructuredText (the default when no content type is given). */
export function needsRstRender(metadata: CoreMetadata): boolean {
  if (!metadata.description) return false;
  const type = (metadata.descriptionContentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'text/x-rst';
}

/** PyPI's refusal of a description that did not render (`rendered` false), else null. */
export function descriptionProblem(
  metadata: CoreMetadata,
  rendered: boolean | null | undefined,
): Problem | null {
  if (rendered !== false || !needsRstRender(metadata)) return null;
  const message = metadata.descriptionContentType
    ? `The description failed to render for '${metadata.descriptionContentType}'.`
    : 'The description failed to render in the default format of reStructuredText.';
  return badRequest('invalid-description', `${message} ${HELP}`);
}
