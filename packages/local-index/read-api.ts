/** The read side: simple API, JSON API and file downloads, all as PyPI answers them. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeProjectName } from '../dists/index.js';
import { chooseSimpleFormat, SIMPLE_CONTENT_TYPES, type SimpleFormat } from './accept.js';
import type { IndexContext } from './context.js';
import { projectJson, releaseJson } from './json-api.js';
import type { Project, StoredFile } from './model.js';
import { sendError, sendJson, sendRedirect, sendText } from './responses.js';
import { provenanceUrl } from './provenance-api.js';
import { renderProjectList, renderProjectPage } from './simple-api.js';
import { compareVersions } from '../pep440/index.js';
import { findRelease } from './release-lookup.js';
import { visibleReleases } from './visibility.js';

/** decodeURIComponent that answers null instead of throwing on a malformed escape. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The scheme and host the client used, so links work through whatever address it reached us on. */
export function baseUrlOf(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return host ? `http://${host}` : fallback;
}

function allowedFormats(ctx: IndexContext): SimpleFormat[] {
  if (ctx.simpleFormats === 'html') return ['html', 'text/html'];
  if (ctx.simpleFormats === 'json') return ['json'];
  return ['json', 'html', 'text/html'];
}

function visibleProject(
  ctx: IndexContext,
  normalized: string,
): { project: Project; releases: ReturnType<typeof visibleReleases> } | null {
  const project = ctx.store.project(normalized);
  if (!project) return null;
  const releases = visibleReleases(project, Date.now(), ctx.visibilityDelayMs);
  return releases.length > 0 ? { project, releases } : null;
}

/** `GET /simple/` and `GET /simple/<project>/`. */
export function handleSimple(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  fallbackBase: string,
): void {
  const format = chooseSimpleFormat(req.headers.accept, url.searchParams.get('format'), allowedFormats(ctx));
  const serial = String(ctx.store.serial);
  const common = { Vary: 'Accept', 'X-PyPI-Last-Serial': serial };
  const rest = url.pathname.slice('/simple/'.length);
  if (rest === '') {
    const projects = ctx.store.projects().filter((p) => visibleProject(ctx, p.normalized));
    const body = renderProjectList(projects, ctx.store.serial, format);
    return sendText(req, res, 200, SIMPLE_CONTENT_TYPES[format], body, common);
  }
  const name = decode(rest.replace(/\/$/, ''));
  if (name === null) return sendError(req, res, 404, 'Not Found', common);
  const normalized = normalizeProjectName(name);
  if (name !== normalized || !rest.endsWith('/') || rest.indexOf('/') !== rest.length - 1) {
    if (name.includes('/')) return sendError(req, res, 404, 'Not Found', common);
    return sendRedirect(req, res, `/simple/${encodeURIComponent(normalized)}/${url.search}`, common);
  }
  const found = visibleProject(ctx, normalized);
  if (!found) return sendError(req, res, 404, 'Not Found', common);
  const base = baseUrlOf(req, fallbackBase);
  const files = found.releases
    .flatMap((release) => release.files.map((file) => ({ file, release })))
    .sort((a, b) => (a.file.filename < b.file.filename ? -1 : a.file.filename > b.file.filename ? 1 : 0));
  const versions = found.releases.map((r) => r.version).sort(compareVersions);
  const body = renderProjectPage(
    { name: found.project.name, normalized, versions, files, serial: ctx.store.serial },
    format,
    (file) => `${base}/${file.path}`,
    (file) => provenanceUrl(base, normalized, file),
  );
  sendText(req, res, 200, SIMPLE_CONTENT_TYPES[format], body, common);
}

/** `GET /pypi/<project>/json` and `GET /pypi/<project>/<version>/json`. */
export function handleJsonApi(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  fallbackBase: string,
): void {
  const parts = url.pathname.split('/').slice(2).map(decode); // after '/pypi/'
  const notFound = (): void => sendJson(req, res, 404, { message: 'Not Found' });
  if (parts.some((part) => part === null)) return notFound();
  if (parts.length < 2 || parts.length > 3 || parts[parts.length - 1] !== 'json') return notFound();
  const name = (parts[0] as string | undefined) ?? '';
  const found = visibleProject(ctx, normalizeProjectName(name));
  if (!found) return notFound();
  const serialHeader = { 'X-PyPI-Last-Serial': String(ctx.store.serial) };
  if (name !== found.project.name) {
    const tail = parts
      .slice(1)
      .map((part) => encodeURIComponent(part ?? ''))
      .join('/');
    return sendRedirect(req, res, `/pypi/${encodeURIComponent(found.project.name)}/${tail}`, serialHeader);
  }
  const base = baseUrlOf(req, fallbackBase);
  const fileUrl = (file: StoredFile): string => `${base}/${file.path}`;
  const view = { project: found.project, releases: found.releases, serial: ctx.store.serial };
  if (parts.length === 2) {
    const body = projectJson(view, base, fileUrl);
    return body ? sendJson(req, res, 200, body, serialHeader) : notFound();
  }
  const wanted = findRelease(found.project, (parts[1] as string | undefined) ?? '');
  const release = wanted && found.releases.find((r) => r.key === wanted.key);
  if (!release) return notFound();
  sendJson(req, res, 200, releaseJson(view, release, base, fileUrl), serialHeader);
}

/** `GET /packages/…/<file>` and its PEP 658 `<file>.metadata`. */
export async function handleDownload(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = decode(url.pathname.slice(1));
  if (path === null) return sendError(req, res, 404, 'Not Found');
  const last = path.slice(path.lastIndexOf('/') + 1);
  const isMetadata = last.endsWith('.metadata') && !ctx.store.file(last);
  const filename = isMetadata ? last.slice(0, -'.metadata'.length) : last;
  const found = ctx.store.file(filename);
  const expected = found ? (isMetadata ? `${found.file.path}.metadata` : found.file.path) : null;
  if (!found || path !== expected || (isMetadata && !found.file.coreMetadata)) {
    return sendError(req, res, 404, 'Not Found');
  }
  const absolute = ctx.store.absolute(expected);
  const size = (await stat(absolute)).size;
  const etag = `"${isMetadata ? found.file.coreMetadata?.sha256 : found.file.digests.sha256}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag });
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/octet-stream');
  res.setHeader('Content-Length', String(size));
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'max-age=365000000, immutable, public');
  res.writeHead(200);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(absolute);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    res.on('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res);
  });
}
