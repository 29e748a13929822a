/**
 * The index's use of common's collectYoungGeneration (whose comment says why node's HTTP chunks need it):
 * counted by bytes received rather than on a timer, as the index sees every chunk of a request body. Every
 * few MiB keeps dead chunks out of the peak at about 80 µs a collection (a few hundredths of a second per GiB),
 * where without it full mark-compacts cost up to a second of CPU per GiB, measured.
 */
import { collectYoungGeneration } from '../common/index.js';

/** Bytes received between two collections of the young generation. */
export const YOUNG_COLLECTION_BYTES = 2 * 1024 * 1024;

let receivedSince = 0;

/** Counts `bytes` of request body received (all uploads together); collects the young generation every few MiB. */
export function bodyReceived(bytes: number): void {
  receivedSince += bytes;
  if (receivedSince < YOUNG_COLLECTION_BYTES) return;
  receivedSince = 0;
  collectYoungGeneration();
}
