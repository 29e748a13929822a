/** Faults a test (or a rehearsal) injects into the blob storage: what a flaky network or storage account does. */

/** One injected fault, consumed by the next blob download (or signed URL) it applies to. */
export type BlobFault =
  /** Send the headers and this many bytes of the body, then drop the connection (a job killed, a reset). */
  | { kind: 'cut'; afterBytes: number }
  /** Answer with this server error status (Azure's 500 and 503 under load). */
  | { kind: 'status'; status: number }
  /** The next signed download URL handed out has already expired when it is used (a slow queue, a clock skew). */
  | { kind: 'expired-url' };

/** Faults waiting, first in, first out, each for the step it applies to. */
export class FaultQueue {
  private readonly downloads: BlobFault[] = [];
  private readonly urls: BlobFault[] = [];

  /** Adds `fault` for the next `times` downloads (or signed URLs). */
  add(fault: BlobFault, times = 1): void {
    const queue = fault.kind === 'expired-url' ? this.urls : this.downloads;
    for (let i = 0; i < times; i += 1) queue.push(fault);
  }

  /** The fault for this download, if one is waiting. */
  nextDownload(): Exclude<BlobFault, { kind: 'expired-url' }> | undefined {
    return this.downloads.shift() as Exclude<BlobFault, { kind: 'expired-url' }> | undefined;
  }

  /** True when the signed download URL being made must be an expired one. */
  nextUrlExpired(): boolean {
    return this.urls.shift() !== undefined;
  }
}
