/** Credentials for the upload API: fixed (API token, password) or from a source that renews them. */
import type { BasicAuth } from './index-urls.js';
import { registerBasicAuth } from '../secrets/index.js';

/** Something that hands out current credentials each time (a trusted-publishing token source renews). */
export interface AuthSource {
  getAuth(): Promise<BasicAuth>;
}

/** Credentials as given, or a source of them. */
export type UploadAuth = BasicAuth | AuthSource;

/** An API token as PyPI expects it: user `__token__`, the token as password; registered for redaction. */
export function apiTokenAuth(token: string): BasicAuth {
  return passwordAuth('__token__', token);
}

/** A user name and password (for indexes without tokens); the password is registered for redaction. */
export function passwordAuth(username: string, password: string): BasicAuth {
  registerBasicAuth(username, password);
  return { username, password };
}

/** The `Authorization` header value for Basic credentials. */
export function basicAuthorization(auth: BasicAuth): string {
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}

/** The credentials to use now. */
export async function resolveAuth(auth: UploadAuth): Promise<BasicAuth> {
  return 'getAuth' in auth ? auth.getAuth() : auth;
}
