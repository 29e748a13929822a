/** All of PyPI's upload rules, in the order warehouse applies them. */
import { distFileRule } from './archive-rules.js';
import {
  contentTypeRule,
  digestRule,
  extensionRule,
  filenameCharactersRule,
  fileSizeRule,
  projectSizeRule,
} from './file-rules.js';
import { closedReleaseRule, duplicateFileRule, filenameReuseRule, oneSdistRule } from './release-rules.js';
import {
  sdistFilenameRule,
  sdistLicenseFilesRule,
  sdistNormalizedRule,
  sdistProjectRule,
} from './sdist-rules.js';
import type { DistributionFacts, Problem, ReleaseContext, Rule } from './types.js';
import {
  platformTagRule,
  wheelFilenameRule,
  wheelLicenseFilesRule,
  wheelMetadataRule,
  wheelNormalizedNameRule,
  wheelEntryPointsRule,
  wheelFilenameLengthRule,
  wheelProjectRule,
  wheelRecordRule,
  wheelVersionRule,
} from './wheel-rules.js';

/**
 * The file's rules in warehouse's order: PyPI answers with the first that fails. The form and metadata come
 * before these (`checkUpload`); here the metadata is taken as already validated.
 */
export const PYPI_RULES: readonly Rule[] = [
  filenameCharactersRule,
  extensionRule,
  contentTypeRule,
  fileSizeRule,
  projectSizeRule,
  digestRule,
  duplicateFileRule,
  filenameReuseRule,
  closedReleaseRule,
  oneSdistRule,
  distFileRule,
  sdistFilenameRule,
  sdistProjectRule,
  sdistNormalizedRule,
  sdistLicenseFilesRule,
  wheelFilenameRule,
  platformTagRule,
  wheelProjectRule,
  wheelNormalizedNameRule,
  wheelVersionRule,
  wheelLicenseFilesRule,
  wheelRecordRule,
  wheelEntryPointsRule,
  wheelMetadataRule,
  wheelFilenameLengthRule,
];

/**
 * Every problem PyPI's file rules find with one upload, in warehouse's order: `problems[0]` is what PyPI would
 * answer (status and message). Empty means PyPI would take the file. Pure: no I/O.
 */
export function checkDistribution(dist: DistributionFacts, context: ReleaseContext = {}): Problem[] {
  const problems: Problem[] = [];
  for (const rule of PYPI_RULES) {
    const problem = rule(dist, context);
    if (problem) problems.push(problem);
  }
  return problems;
}
