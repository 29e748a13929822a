/** Small helpers with no domain of their own: numbers for people, bounded concurrency, freeing HTTP's buffers. */
export { formatBytes, formatSeconds, shortDigest } from './format.js';
export { mapWithLimit } from './map-limit.js';
export { collectYoungGeneration, withYoungCollection } from './young-garbage.js';
