/**
 * How many uploads the index takes at once, and the memory they hold: a fixed number of slots (an upload
 * beyond them is answered 503 with Retry-After before its body is read), each holding at most a known
 * number of bytes, so the whole is bounded by the cap. The index keeps its own account of both.
 */

/** The index's account of its uploads (`RunningIndex.load()`). */
export interface UploadLoad {
  /** The most uploads taken at once (`maxConcurrentUploads`). */
  cap: number;
  /** Uploads being received or decided now, and the most there were at once. */
  active: number;
  peakActive: number;
  /** Uploads answered 503 because every slot was taken. */
  refused: number;
  /**
   * Bytes the uploads in progress hold in the index's own buffers (form fields, file bytes gathered or being
   * written, digest staging), now and at most so far; `boundBytes` is what they can hold: the cap times
   * one upload's bound.
   */
  heldBytes: number;
  peakHeldBytes: number;
  boundBytes: number;
}

/** One upload's slot: what it holds is reported with `hold`, and `release` frees the slot (once). */
export interface UploadSlot {
  hold(bytes: number): void;
  release(): void;
}

/** The slots of one index. */
export class UploadSlots {
  private active = 0;
  private peakActive = 0;
  private refused = 0;
  private held = 0;
  private peakHeld = 0;

  /** `cap` slots of at most `perUploadBytes` each. */
  constructor(
    readonly cap: number,
    readonly perUploadBytes: number,
  ) {}

  /** A slot, or null (counted as refused) when all are taken. */
  take(): UploadSlot | null {
    if (this.active >= this.cap) {
      this.refused += 1;
      return null;
    }
    this.active += 1;
    this.peakActive = Math.max(this.peakActive, this.active);
    let mine = 0;
    let released = false;
    return {
      hold: (bytes) => {
        if (released) return;
        this.held += bytes - mine;
        mine = bytes;
        this.peakHeld = Math.max(this.peakHeld, this.held);
      },
      release: () => {
        if (released) return;
        released = true;
        this.held -= mine;
        this.active -= 1;
      },
    };
  }

  /** The account as it stands. */
  snapshot(): UploadLoad {
    return {
      cap: this.cap,
      active: this.active,
      peakActive: this.peakActive,
      refused: this.refused,
      heldBytes: this.held,
      peakHeldBytes: this.peakHeld,
      boundBytes: this.cap * this.perUploadBytes,
    };
  }
}
