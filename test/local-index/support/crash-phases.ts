/** The points of an upload where crash-index.ts kills itself, each told by the file-system call just returned. */
import type { FsEvent } from './faulty-fs.js';

/** Where an upload can be cut off, in the order it gets there, each told by the call just returned. */
export const CRASH_PHASES = {
  /** Part of the file's bytes written to tmp/. */
  receiving: (e: FsEvent) => e.call === 'writev' && /[/\\]tmp[/\\].+\.whl$/.test(e.path),
  /** The bytes all in tmp/ and fsynced. */
  received: (e: FsEvent) => e.call === 'sync' && /[/\\]tmp[/\\].+\.whl$/.test(e.path),
  /** The core metadata file written to tmp/ and fsynced. */
  'metadata-written': (e: FsEvent) => e.call === 'sync' && /\.part$/.test(e.path),
  /** The core metadata file renamed into packages/. */
  'metadata-placed': (e: FsEvent) => e.call === 'rename' && /\.metadata$/.test(e.path),
  /** The file renamed into packages/. */
  'file-placed': (e: FsEvent) => e.call === 'rename' && /[/\\]packages[/\\].+\.whl$/.test(e.path),
  /** Half of its journal line written (a torn line). */
  'journal-torn': (e: FsEvent) => e.call === 'write' && /journal\.jsonl$/.test(e.path),
  /** Its journal line written, not yet fsynced. */
  'journal-written': (e: FsEvent) => e.call === 'write' && /journal\.jsonl$/.test(e.path),
  /** Its journal line fsynced: the upload is stored, the answer not sent yet. */
  'journal-synced': (e: FsEvent) => e.call === 'sync' && /journal\.jsonl$/.test(e.path),
} as const;

/** A phase of CRASH_PHASES. */
export type CrashPhase = keyof typeof CRASH_PHASES;
