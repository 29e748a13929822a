/**
 * Blob URLs signed the way Azure's shared access signatures work for GitHub's artifact storage: anyone holding
 * the URL may read (or write) that one blob until the expiry it carries, and no longer. The signature is an
 * HMAC over permission, blob and expiry with a key of the running service.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a URL allows: `r` read the blob, `cw` create and write it. */
export type BlobPermission = 'r' | 'cw';

/** Why a signed URL is refused, or `ok`. */
export type UrlCheck = 'ok' | 'expired' | 'forged';

/** The service version Azure's SAS URLs carry; the SDK sends it back unchanged. */
const SAS_VERSION = '2024-11-04';

/** Signs blob URLs and checks them when they come back. */
export class UrlSigner {
  private readonly key = randomBytes(32);

  /** `blobUrl` with a signature allowing `permission` until `expiresAt` (ms since the epoch). */
  sign(blobUrl: string, permission: BlobPermission, expiresAt: number): string {
    const url = new URL(blobUrl);
    const se = new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
    url.searchParams.set('sv', SAS_VERSION);
    url.searchParams.set('se', se);
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permission);
    url.searchParams.set('sig', this.signature(url.pathname, permission, se));
    return url.toString();
  }

  /** Whether `url` (as requested) carries a valid signature for `permission` that has not expired at `now`. */
  check(url: URL, permission: BlobPermission, now: number): UrlCheck {
    const se = url.searchParams.get('se') ?? '';
    const sig = url.searchParams.get('sig') ?? '';
    if (url.searchParams.get('sp') !== permission) return 'forged';
    const expected = Buffer.from(this.signature(url.pathname, permission, se));
    // The storage SDK may re-encode the query; base64url without padding survives that unchanged.
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
    const expiry = Date.parse(se);
    return Number.isFinite(expiry) && expiry > now ? 'ok' : 'expired';
  }

  private signature(path: string, permission: BlobPermission, se: string): string {
    return createHmac('sha256', this.key).update(`${permission}\n${path}\n${se}`).digest('base64url');
  }
}
