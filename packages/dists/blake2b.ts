/**
 * blake2b from hash-wasm's blake2b-only build (16 KB) rather than its index, which carries every
 * algorithm's WebAssembly (216 KB) into each bundle. That build is a UMD file without type declarations
 * of its own: its default export is hash-wasm's module object, typed here from the package's declarations.
 *
 * A worker thread cannot use hash-wasm's hashers (they live in this thread's heap), but it can instantiate
 * the same compiled WebAssembly: `blake2bModule` is that module, caught as hash-wasm compiles it. hash-wasm
 * compiles once per process, on the first hasher created, and every hasher is created here, so the first
 * call is watched.
 */
import blake2bBuild from 'hash-wasm/dist/blake2b.umd.min.js';
import type { createBLAKE2b as CreateBLAKE2b, IHasher } from 'hash-wasm';

export type { IHasher } from 'hash-wasm';

/** A compiled WebAssembly module (this project's TypeScript libraries leave WebAssembly undeclared). */
export type WasmModule = object & { readonly wasmModule?: never };
/** The part of the WebAssembly namespace used here. */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Module: { exports(module: WasmModule): { name: string }[] };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The exports of hash-wasm's blake2b WebAssembly that a worker drives (hash-wasm 4's own calls). */
export const BLAKE2B_EXPORTS = ['memory', 'Hash_GetBuffer', 'Hash_Init', 'Hash_Update', 'Hash_Final'];

let compiled: Promise<WasmModule | null> | null = null;

/** Creates hash-wasm's first hasher with wasm.compile watched; resolves to what it compiled. */
async function firstHasher(bits: number): Promise<{ hasher: IHasher; module: WasmModule | null }> {
  const compile = wasm.compile.bind(wasm);
  let caught: Promise<WasmModule> | null = null;
  wasm.compile = (bytes) => (caught ??= compile(bytes));
  try {
    const hasher = await blake2bBuild.createBLAKE2b(bits);
    const module = caught ? await (caught as Promise<WasmModule>) : null;
    const exported = new Set(module ? wasm.Module.exports(module).map((e) => e.name) : []);
    return { hasher, module: BLAKE2B_EXPORTS.every((name) => exported.has(name)) ? module : null };
  } finally {
    wasm.compile = compile;
  }
}

/** A blake2b hasher of `bits` output bits (256 for PyPI's blake2_256). */
export const createBLAKE2b = async (bits = 512): Promise<IHasher> => {
  if (compiled) {
    await compiled;
    return blake2bBuild.createBLAKE2b(bits);
  }
  const first = firstHasher(bits);
  compiled = first.then(
    ({ module }) => module,
    () => null,
  );
  return (await first).hasher;
};

/** hash-wasm's compiled blake2b WebAssembly, for a worker to instantiate (null if it could not be caught). */
export async function blake2bModule(): Promise<WasmModule | null> {
  if (!compiled) await createBLAKE2b(256);
  return compiled;
}

export type { CreateBLAKE2b };
