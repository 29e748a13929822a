/** Seeded fault injection: the bad days of a real index, reproducible from a seed. */

/** The faults the index can inject. */
export type FaultKind = '503' | '429' | 'reset' | 'slow' | 'stored-502' | 'stored-reset';

/**
 * The kinds drawn when none are named, in the order a draw picks among them. Kinds added later are drawn only
 * when named, so that a seed goes on giving the faults it always gave.
 */
export const FAULT_KINDS: readonly FaultKind[] = ['503', '429', 'reset', 'slow', 'stored-502'];
/** Every fault kind. */
export const ALL_FAULT_KINDS: readonly FaultKind[] = [...FAULT_KINDS, 'stored-reset'];
/** Kinds that store the file first: only an upload can have them. */
const STORING: readonly FaultKind[] = ['stored-502', 'stored-reset'];

/** Which requests faults apply to. */
export type FaultScope = 'upload' | 'read' | 'all';

/** Fault injection settings. */
export interface FaultOptions {
  /** Probability in [0, 1] that a request gets a fault. */
  rate: number;
  /** Seed of the pseudo-random sequence: the same seed and request order give the same faults. */
  seed: number;
  /** Kinds to choose from (uniformly); all when absent. */
  kinds?: readonly FaultKind[];
  /** Which requests may fail: uploads only (default), reads only, or all. */
  scope?: FaultScope;
  /** How long a `slow` response is held back, in ms (default 2000). */
  slowMs?: number;
}

/** mulberry32: a small, well-mixed 32-bit generator; plenty for picking faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws the fault (or none) for each request in turn. */
export class FaultPlan {
  private readonly random: () => number;
  private readonly kinds: readonly FaultKind[];
  readonly slowMs: number;

  constructor(private readonly options: FaultOptions) {
    if (!(options.rate >= 0 && options.rate <= 1))
      throw new Error(`faults: rate must be between 0 and 1, got ${options.rate}`);
    this.kinds = options.kinds && options.kinds.length > 0 ? options.kinds : FAULT_KINDS;
    for (const kind of this.kinds) {
      if (!ALL_FAULT_KINDS.includes(kind))
        throw new Error(`faults: unknown kind '${kind}'; use ${ALL_FAULT_KINDS.join(', ')}`);
    }
    this.random = seededRandom(options.seed);
    this.slowMs = options.slowMs ?? 2000;
  }

  /** The fault for the next request of this kind, or null. Two draws per eligible request keep runs aligned. */
  next(request: 'upload' | 'read'): FaultKind | null {
    const scope = this.options.scope ?? 'upload';
    if (scope !== 'all' && scope !== request) return null;
    const hit = this.random();
    const pick = this.random();
    if (hit >= this.options.rate) return null;
    const kinds = request === 'read' ? this.kinds.filter((k) => !STORING.includes(k)) : this.kinds;
    if (kinds.length === 0) return null;
    return kinds[Math.floor(pick * kinds.length)] ?? null;
  }
}

/** Parses the CLI form `rate=0.2,seed=7,kinds=503+reset,scope=upload,slow-ms=500`. */
export function parseFaultSpec(spec: string): FaultOptions {
  const options: FaultOptions = { rate: 0, seed: 1 };
  for (const item of spec.split(',')) {
    const [key, value] = item.split('=').map((s) => s.trim());
    if (!key) continue;
    if (value === undefined)
      throw new Error(`--faults: '${item}' is not key=value (e.g. rate=0.2,seed=7,kinds=503+reset)`);
    switch (key) {
      case 'rate':
        options.rate = Number(value);
        break;
      case 'seed':
        options.seed = Number.parseInt(value, 10);
        break;
      case 'kinds':
        options.kinds = value.split('+').map((k) => k.trim()) as FaultKind[];
        break;
      case 'scope':
        if (value !== 'upload' && value !== 'read' && value !== 'all')
          throw new Error(`--faults: scope must be upload, read or all, got '${value}'`);
        options.scope = value;
        break;
      case 'slow-ms':
        options.slowMs = Number.parseInt(value, 10);
        break;
      default:
        throw new Error(`--faults: unknown key '${key}'; use rate, seed, kinds, scope, slow-ms`);
    }
  }
  if (!Number.isFinite(options.rate) || options.rate < 0 || options.rate > 1)
    throw new Error('--faults: rate must be a number between 0 and 1');
  if (!Number.isInteger(options.seed)) throw new Error('--faults: seed must be an integer');
  new FaultPlan(options); // validates kinds
  return options;
}
