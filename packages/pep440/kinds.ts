/** What kind of release a version is, with packaging's definitions. */
import { toVersion, type Version } from './parse.js';

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
export function isPrerelease(v: string | Version): boolean {
  const { pre, dev } = toVersion(v);
  return pre !== null || dev !== null;
}

/** True when the version has a .devN segment. */
export function isDevrelease(v: string | Version): boolean {
  return toVersion(v).dev !== null;
}

/** True when the version has a .postN segment (including the implicit form 1.0-1). */
export function isPostrelease(v: string | Version): boolean {
  return toVersion(v).post !== null;
}
