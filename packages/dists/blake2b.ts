/**
 * blake2b from hash-wasm's blake2b-only build (16 KB) rather than its index, which carries every
 * algorithm's WebAssembly (216 KB) into each bundle. That build is a UMD file without type declarations
 * of its own: its default export is hash-wasm's module object, typed here from the package's declarations.
 */
import blake2bBuild from 'hash-wasm/dist/blake2b.umd.min.js';
import type { createBLAKE2b as CreateBLAKE2b } from 'hash-wasm';

export type { IHasher } from 'hash-wasm';

/** A blake2b hasher of `bits` output bits (256 for PyPI's blake2_256). */
export const createBLAKE2b: typeof CreateBLAKE2b = blake2bBuild.createBLAKE2b;
