/** Small helpers with no domain of their own, shared by the packages: numbers for people, bounded concurrency. */
export { formatBytes, formatSeconds, shortDigest } from './format.js';
export { mapWithLimit } from './map-limit.js';
