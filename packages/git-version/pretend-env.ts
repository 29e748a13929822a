/** The environment that makes setuptools_scm build exactly our version. */

/** setuptools_scm's override variable. */
export const PRETEND_KEY = 'SETUPTOOLS_SCM_PRETEND_VERSION';

/**
 * `SETUPTOOLS_SCM_PRETEND_VERSION` and one `..._FOR_<NAME>` per distribution. setuptools_scm 7.1 reads
 * `_FOR_` + `dist_name.upper()` (the name as written, e.g. `MY-PKG`); 8.x reads the PEP 503 form with `_`
 * (`MY_PKG`), so both spellings are set when they differ. Project names are ASCII (PEP 508),
 * where Python's str.upper() and toUpperCase() agree.
 */
export function pretendVersionEnv(version: string, distNames: readonly string[]): Record<string, string> {
  const env: Record<string, string> = { [PRETEND_KEY]: version };
  for (const name of distNames) {
    env[`${PRETEND_KEY}_FOR_${name.toUpperCase()}`] = version;
    env[`${PRETEND_KEY}_FOR_${name.replace(/[-_.]+/g, '_').toUpperCase()}`] = version;
  }
  return env;
}
