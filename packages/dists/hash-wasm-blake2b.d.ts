// Types for hash-wasm's blake2b-only UMD build (see blake2b.ts).
declare module 'hash-wasm/dist/blake2b.umd.min.js' {
  const build: { createBLAKE2b: typeof import('hash-wasm').createBLAKE2b };
  export default build;
}
