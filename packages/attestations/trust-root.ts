/**
 * The Sigstore trust root attestations are verified against: the public-good instance's (through TUF,
 * cached under a directory of the caller's choosing) or a trusted_root.json given by path or URL (the
 * release-actions index's Sigstore stand-in serves its own at `<index>/_/sigstore/trusted_root.json`).
 */
import { readFile } from 'node:fs/promises';
import { AttestationError, causeLine } from './errors.js';

/** Where the trust root comes from. */
export type TrustRootSource =
  { kind: 'public-good'; cacheDir: string } | { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** The trust root as parsed JSON (a `TrustedRoot` in protobuf JSON form). */
export async function loadTrustedRoot(source: TrustRootSource): Promise<unknown> {
  try {
    if (source.kind === 'file') return JSON.parse(await readFile(source.path, 'utf8')) as unknown;
    if (source.kind === 'url') {
      const response = await fetch(source.url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return (await response.json()) as unknown;
    }
    const [{ getTrustedRoot }, { TrustedRoot }] = await Promise.all([
      import('@sigstore/tuf'),
      import('@sigstore/protobuf-specs'),
    ]);
    return TrustedRoot.toJSON(await getTrustedRoot({ cachePath: source.cacheDir }));
  } catch (error) {
    const where =
      source.kind === 'file'
        ? source.path
        : source.kind === 'url'
          ? source.url
          : "Sigstore's public-good TUF repository";
    throw new AttestationError(`cannot read the Sigstore trust root from ${where}: ${causeLine(error)}`, {
      cause: error,
    });
  }
}
