/**
 * Node's HTTP parser copies every read of a request body into a fresh 64 KiB buffer. Those die at once, but
 * V8 frees their memory only when it collects: the young generation fills slowly (a chunk costs it a few
 * hundred bytes), so between collections a fast upload piles up tens of MiB of dead chunks, and the growing
 * external memory then sets off full mark-compacts, sometimes again and again (up to a second of CPU per GiB,
 * measured). Collecting the young generation every few MiB received frees them as they die, at about 80 µs
 * each (a few hundredths of a second per GiB): they no longer add to the process's peak.
 * (The collector itself is common's collectYoungGeneration.)
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
