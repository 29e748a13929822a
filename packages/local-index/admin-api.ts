/**
 * The admin side, for tests and rehearsals: delete a file (its name is then never reusable) and yank or
 * un-yank a release. Reachable in-process (`IndexAdmin`) and over HTTP under `/_admin/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { normalizeProjectName } from '../dists/index.js';
import { parseBasicAuth } from './auth.js';
import type { IndexContext } from './context.js';
import { sendError, sendJson } from './responses.js';
import type { IndexStore } from './store.js';
import { findRelease } from './release-lookup.js';
import { StorageWriteError, writeFailureAnswer } from './storage-error.js';
import { sendErrorUnread } from './unread-body.js';

/** Admin operations of a running index. */
export interface IndexAdmin {
  /** Deletes a file; false if there is none by that name. Its filename can never be uploaded again. */
  deleteFile(filename: string): Promise<boolean>;
  /** Yanks the release of `project` matching `version` (PEP 592); false if there is none. */
  yank(project: string, version: string, reason?: string): Promise<boolean>;
  /** Takes a yank back; false if there is no such release. */
  unyank(project: string, version: string): Promise<boolean>;
}

/** The admin operations on a store. */
export function createAdmin(store: IndexStore): IndexAdmin {
  const releaseKey = (project: string, version: string): string | null => {
    return findRelease(store.project(normalizeProjectName(project)), version)?.key ?? null;
  };
  return {
    deleteFile: (filename) => store.exclusive(() => store.deleteFile(filename)),
    yank: (project, version, reason = '') =>
      store.exclusive(async () => {
        const key = releaseKey(project, version);
        return key !== null && store.yank(normalizeProjectName(project), key, reason);
      }),
    unyank: (project, version) =>
      store.exclusive(async () => {
        const key = releaseKey(project, version);
        return key !== null && store.unyank(normalizeProjectName(project), key);
      }),
  };
}

/** Reads a small request body (JSON payloads); rejects past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when the request carries the admin token (the configured `token`), as Bearer or as `__token__`'s password. */
function authorized(token: string, req: IncomingMessage): boolean {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  const given =
    bearer ?? (parseBasicAuth(header)?.user === '__token__' ? parseBasicAuth(header)?.password : undefined);
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `POST /_admin/delete {filename}`, `POST /_admin/yank {project, version, reason?}`, `POST /_admin/unyank
 * {project, version}`, `GET /_admin/load`. Only with the admin token: the configured `token`, whatever else
 * may upload (a minted token never); with no token configured the admin API does not exist (404).
 */
export async function handleAdmin(
  ctx: IndexContext,
  admin: IndexAdmin,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const refuse = (status: number, message: string, headers?: Record<string, string>): Promise<void> =>
    sendErrorUnread(req, res, status, message, headers);
  if (ctx.token === undefined) return refuse(404, 'Not Found');
  if (!authorized(ctx.token, req)) return refuse(403, 'Invalid or non-existent authentication information.');
  const action = url.pathname.slice('/_admin/'.length);
  if (action === 'load') {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return sendJson(req, res, 200, ctx.uploads.snapshot());
  }
  if (req.method !== 'POST') return refuse(405, 'Method Not Allowed', { Allow: 'POST' });
  try {
    await adminChange(admin, req, res, action);
  } catch (error) {
    if (!(error instanceof StorageWriteError)) throw error;
    const { status, message, headers } = writeFailureAnswer(error);
    sendError(req, res, status, message, headers);
  }
}

/** The change an admin request asks for, carried out and answered. */
async function adminChange(
  admin: IndexAdmin,
  req: IncomingMessage,
  res: ServerResponse,
  action: string,
): Promise<void> {
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(await readBody(req, 64 * 1024)) as Record<string, unknown>;
    if (typeof payload !== 'object' || payload === null) throw new Error('not an object');
  } catch {
    return sendError(req, res, 400, 'The body must be a JSON object.');
  }
  const text = (key: string): string | null =>
    typeof payload[key] === 'string' ? (payload[key] as string) : null;
  if (action === 'delete') {
    const filename = text('filename');
    if (!filename) return sendError(req, res, 400, "Missing 'filename'.");
    const done = await admin.deleteFile(filename);
    return done
      ? sendJson(req, res, 200, { deleted: filename })
      : sendError(req, res, 404, `No file named '${filename}'.`);
  }
  if (action === 'yank' || action === 'unyank') {
    const project = text('project');
    const version = text('version');
    if (!project || !version) return sendError(req, res, 400, "Missing 'project' or 'version'.");
    const done =
      action === 'yank'
        ? await admin.yank(project, version, text('reason') ?? '')
        : await admin.unyank(project, version);
    return done
      ? sendJson(req, res, 200, { [action === 'yank' ? 'yanked' : 'unyanked']: { project, version } })
      : sendError(req, res, 404, `No release ${version} of '${project}'.`);
  }
  sendError(req, res, 404, 'Not Found');
}
