/** All of PyPI's upload rules, in the order warehouse applies them. */
import { distFileRule } from './archive-rules.js';
import {
  digestRule,
  extensionRule,
  filenameCharactersRule,
  fileSizeRule,
  projectSizeRule,
} from './file-rules.js';
import {
  localVersionRule,
  metadataVersionRule,
  nameRule,
  summaryLengthRule,
  summaryLineRule,
  versionRule,
} from './metadata-rules.js';
import { duplicateFileRule, filenameReuseRule, oneSdistRule } from './release-rules.js';
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
  wheelProjectRule,
  wheelRecordRule,
  wheelVersionRule,
} from './wheel-rules.js';

/** The rules in warehouse's order: PyPI answers with the first that fails. */
export const PYPI_RULES: readonly Rule[] = [
  nameRule,
  metadataVersionRule,
  versionRule,
  summaryLineRule,
  localVersionRule,
  summaryLengthRule,
  filenameCharactersRule,
  extensionRule,
  fileSizeRule,
  projectSizeRule,
  digestRule,
  duplicateFileRule,
  filenameReuseRule,
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
  wheelMetadataRule,
];

/**
 * Every problem PyPI's rules find with one upload, in warehouse's order: `problems[0]` is what PyPI would
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
