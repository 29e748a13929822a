/** PyPI's checks of the metadata fields that identify a release (upload form, then packaging.metadata). */
import { normalizeVersion, parseVersion } from '../../pep440/index.js';
import { isValidProjectName } from '../names.js';
import { pyRepr } from '../python-repr.js';
import { badRequest, type Problem, type Rule } from './types.js';

/** Metadata versions warehouse accepts (`SUPPORTED_METADATA_VERSIONS`); 2.0 never existed as a spec and is refused. */
export const SUPPORTED_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

const CORE_METADATA_HELP =
  'See https://packaging.python.org/specifications/core-metadata for more information.';

// warehouse joins a packaging.metadata error with its help link, adding a period when missing.
function metadataProblem(code: Parameters<typeof badRequest>[0], error: string): Problem {
  return badRequest(code, `${error}${error.endsWith('.') ? '' : '.'} ${CORE_METADATA_HELP}`);
}

/** The upload form's Name check: required, and a PEP 508 name. */
export const nameRule: Rule = ({ metadata }) => {
  if (!metadata) return null;
  const value = metadata.name ?? '';
  let error: string | null = null;
  if (value === '') error = 'This field is required.';
  else if (!isValidProjectName(value)) {
    error = "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
  }
  if (error === null) return null;
  // warehouse shortens long values to their first and last 30 characters.
  const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
  return badRequest(
    'invalid-name',
    `${pyRepr(shown)} is an invalid value for Name. Error: ${error} ${CORE_METADATA_HELP}`,
  );
};

/** Metadata-Version must be one warehouse supports. */
export const metadataVersionRule: Rule = ({ metadata }) => {
  if (!metadata) return null;
  const value = metadata.metadataVersion;
  if (value !== undefined && SUPPORTED_METADATA_VERSIONS.includes(value)) return null;
  return metadataProblem('invalid-metadata-version', `${pyRepr(value)} is not a valid metadata version`);
};

/** Version must be present and valid PEP 440. */
export const versionRule: Rule = ({ metadata }) => {
  if (!metadata) return null;
  const value = metadata.version;
  if (value === undefined || value === '')
    return metadataProblem('invalid-version', "'version' is a required field");
  if (parseVersion(value) === null)
    return metadataProblem('invalid-version', `${pyRepr(value)} is invalid for 'version'`);
  return null;
};

/** PyPI refuses local versions (`1.0+abc`). */
export const localVersionRule: Rule = ({ metadata }) => {
  const parsed = metadata?.version ? parseVersion(metadata.version) : null;
  if (!parsed || parsed.local === null) return null;
  const shown = normalizeVersion(metadata?.version ?? '') ?? metadata?.version;
  return metadataProblem('local-version', `The use of local versions in ${pyRepr(shown)} is not allowed.`);
};

/** Summary must be one line (packaging.metadata). */
export const summaryLineRule: Rule = ({ metadata }) => {
  if (!metadata?.summary?.includes('\n')) return null;
  return metadataProblem('invalid-summary', "'summary' must be a single line");
};

/** Summary of at most 512 characters (warehouse's own limit, checked after packaging's rules). */
export const summaryLengthRule: Rule = ({ metadata }) => {
  if ((metadata?.summary?.length ?? 0) <= 512) return null;
  return metadataProblem('invalid-summary', "'summary' field must be 512 characters or less.");
};
