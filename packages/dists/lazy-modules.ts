/**
 * node:zlib and node:crypto, loaded with their first use rather than at every action's start-up, and then once
 * per process. In a bundle each `await import('node:…')` builds a fresh namespace object (a getter for every
 * export, about a hundred each): imported per file read or hashed, that was some 80 KiB of garbage per
 * artifact, promoted to the old generation when a read outlived two young-generation collections.
 */

let zlib: Promise<typeof import('node:zlib')> | undefined;
let crypto: Promise<typeof import('node:crypto')> | undefined;

/** node:zlib, imported on first call. */
export function loadZlib(): Promise<typeof import('node:zlib')> {
  return (zlib ??= import('node:zlib'));
}

/** node:crypto, imported on first call. */
export function loadCrypto(): Promise<typeof import('node:crypto')> {
  return (crypto ??= import('node:crypto'));
}
