/** Rendering PEP 440 versions as SemVer 2 without ever inverting their order. */
import { toVersion, type Version } from './parse.js';
import { formatVersion } from './format.js';
import { withoutTrailingZeros } from './compare.js';

// SemVer compares pre-release words in ASCII order, and PEP 440 puts a lone .devN below every
// pre-release, so a and b need words after "dev" and before "rc": dev < pre.alpha < pre.beta < rc.
const PRE_WORDS: Record<'a' | 'b' | 'rc', string[]> = { a: ['pre', 'alpha'], b: ['pre', 'beta'], rc: ['rc'] };

/**
 * SemVer 2 form of a PEP 440 version, e.g. 1.2.4.dev5 -> 1.2.4-dev.5, 1.2.4rc1 -> 1.2.4-rc.1,
 * 1.2.4a1 -> 1.2.4-pre.alpha.1, 1.2 -> 1.2.0, 1.2.4.post1+g12ab -> 1.2.4+post.1.g12ab.
 * Never inverts PEP 440 order; what SemVer cannot order goes to build metadata, which ties instead:
 * .postN, the .devN of a pre-release (1.2.4rc1.dev2 -> 1.2.4-rc.1+dev.2), release parts past the
 * third with everything after them (1.2.3.4rc1 -> 1.2.3+4.rc.1), and the local part.
 * Throws for a non-zero epoch: no SemVer string keeps 1!1.0 above 2.0.
 */
export function toSemver(v: string | Version): string {
  const version = toVersion(v);
  const { epoch, pre, post, dev, local } = version;
  if (epoch !== 0) {
    throw new Error(
      `cannot express ${formatVersion(version)} in SemVer: it has an epoch (${epoch}!), which SemVer cannot order`,
    );
  }
  const release = withoutTrailingZeros(version.release);
  const core = [0, 1, 2].map((i) => release[i] ?? 0).join('.');
  const preIds = pre === null ? [] : [...PRE_WORDS[pre.label], String(pre.number)];
  const prerelease: string[] = [];
  const build: string[] = release.slice(3).map(String);
  if (build.length > 0) build.push(...preIds);
  else prerelease.push(...preIds);
  if (post !== null) build.push('post', String(post));
  if (dev !== null) {
    // Only a lone .devN sorts below its release the way a SemVer pre-release does.
    if (build.length === 0 && pre === null) prerelease.push('dev', String(dev));
    else build.push('dev', String(dev));
  }
  if (local !== null) build.push(...local.split('.'));
  return (
    core +
    (prerelease.length > 0 ? `-${prerelease.join('.')}` : '') +
    (build.length > 0 ? `+${build.join('.')}` : '')
  );
}
