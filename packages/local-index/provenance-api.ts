/**
 * PEP 740's Integrity API, `GET /integrity/<project>/<version>/<filename>/provenance`: the provenance
 * object kept for a file uploaded with attestations, or warehouse's 404 for a file that has none.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { normalizeProjectName } from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import type { IndexContext } from './context.js';
import type { StoredFile } from './model.js';
import { sendError, sendJson } from './responses.js';
import { isVisible } from './visibility.js';

/** The provenance URL of a stored file under `baseUrl` (PEP 691's `provenance` key), or null without one. */
export function provenanceUrl(baseUrl: string, projectName: string, file: StoredFile): string | null {
  if (!file.provenance) return null;
  const parts = [projectName, file.version, file.filename].map(encodeURIComponent);
  return `${baseUrl}/integrity/${parts.join('/')}/provenance`;
}

/** Serves one file's provenance. */
export async function handleProvenance(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const parts = url.pathname.split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return '';
    }
  });
  // ['', 'integrity', project, version, filename, 'provenance']
  const [, , project, version, filename, leaf] = parts;
  const found = filename ? ctx.store.file(filename) : undefined;
  const matches =
    parts.length === 6 &&
    leaf === 'provenance' &&
    found !== undefined &&
    normalizeProjectName(project ?? '') === found.project.normalized &&
    (version === found.release.version || normalizeVersion(version ?? '') === found.release.key) &&
    isVisible(found.file, ctx.now(), ctx.visibilityDelayMs);
  if (!found || !matches) return sendError(req, res, 404, 'Not Found');
  if (!found.file.provenance)
    return sendJson(req, res, 404, { message: `No provenance available for ${found.file.filename}` });
  const text = await readFile(`${ctx.store.absolute(found.file.path)}.provenance`, 'utf8');
  sendJson(req, res, 200, JSON.parse(text) as unknown);
}
