/** The digests beside sha256 by name alone: an action checks its input against them without loading the hashers. */

/** Digests beside sha256 (which is always computed): the upload form's names. */
export type ExtraDigest = 'md5' | 'blake2_256';
export const EXTRA_DIGESTS: readonly ExtraDigest[] = ['md5', 'blake2_256'];
