/** Canonical PEP 440 text: what `str(packaging.version.Version(...))` prints. */
import { parseVersion, toVersion, type Version } from './parse.js';

/** The canonical string of a parsed version, e.g. "1!2.0rc1.post2.dev3+abc.5". */
export function formatVersion(v: Version): string {
  let text = publicOf(v);
  if (v.local !== null) text += `+${v.local}`;
  return text;
}

/** The canonical form of `text`, or null when it is not a PEP 440 version. */
export function normalizeVersion(text: string): string | null {
  const v = parseVersion(text);
  return v === null ? null : formatVersion(v);
}

/** The version without its local part, e.g. "1.2.4.dev5" for "1.2.4.dev5+g1234abc". */
export function publicVersion(v: string | Version): string {
  return publicOf(toVersion(v));
}

/** Epoch and release only, e.g. "1.2.4" for "1.2.4rc1.post2+abc" (trailing zeros kept). */
export function baseVersion(v: string | Version): string {
  const { epoch, release } = toVersion(v);
  return (epoch === 0 ? '' : `${epoch}!`) + release.join('.');
}

function publicOf(v: Version): string {
  let text = baseVersion(v);
  if (v.pre !== null) text += `${v.pre.label}${v.pre.number}`;
  if (v.post !== null) text += `.post${v.post}`;
  if (v.dev !== null) text += `.dev${v.dev}`;
  return text;
}
