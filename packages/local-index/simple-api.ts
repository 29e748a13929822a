/** The simple repository API: PEP 503 HTML and PEP 691 JSON, with PEP 592, 658/714 and 700 fields. */
import type { SimpleFormat } from './accept.js';
import type { Release, StoredFile } from './model.js';

/** The repository version served: 1.1 is PEP 700 (`versions`, `size`, `upload-time`). */
export const API_VERSION = '1.1';

/** A project as the simple API shows it: the files and versions currently visible. */
export interface SimpleProjectView {
  name: string;
  normalized: string;
  versions: string[];
  files: { file: StoredFile; release: Release }[];
  serial: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function yankedValue(release: Release): boolean | string {
  return release.yanked ? release.yankedReason || true : false;
}

/** The project list, `/simple/`. */
export function renderProjectList(
  projects: { name: string; normalized: string }[],
  serial: number,
  format: SimpleFormat,
): string {
  if (format === 'json') {
    return JSON.stringify({
      meta: { 'api-version': API_VERSION, '_last-serial': serial },
      projects: projects.map((p) => ({ name: p.name })),
    });
  }
  const links = projects.map(
    (p) => `    <a href="/simple/${escapeHtml(p.normalized)}/">${escapeHtml(p.name)}</a>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
    '    <title>Simple index</title>',
    '  </head>',
    '  <body>',
    ...links,
    '  </body>',
    '</html>',
    `<!--SERIAL ${serial}-->`,
    '',
  ].join('\n');
}

/**
 * One project's page, `/simple/<normalized>/`; `fileUrl` gives the download URL of a file, `provenance`
 * its PEP 740 provenance URL (null: none, as PyPI says for a file uploaded without attestations).
 */
export function renderProjectPage(
  view: SimpleProjectView,
  format: SimpleFormat,
  fileUrl: (file: StoredFile) => string,
  provenance: (file: StoredFile) => string | null = () => null,
): string {
  if (format === 'json') {
    return JSON.stringify({
      meta: { 'api-version': API_VERSION, '_last-serial': view.serial },
      name: view.normalized,
      versions: view.versions,
      files: view.files.map(({ file, release }) => {
        const metadata = file.coreMetadata ? { sha256: file.coreMetadata.sha256 } : false;
        return {
          filename: file.filename,
          url: fileUrl(file),
          hashes: { sha256: file.digests.sha256 },
          'requires-python': file.requiresPython,
          'core-metadata': metadata,
          'data-dist-info-metadata': metadata,
          size: file.size,
          'upload-time': file.uploadTime,
          yanked: yankedValue(release),
          provenance: provenance(file),
        };
      }),
    });
  }
  const links = view.files.map(({ file, release }) => {
    const attributes = [`href="${escapeHtml(`${fileUrl(file)}#sha256=${file.digests.sha256}`)}"`];
    if (file.requiresPython) attributes.push(`data-requires-python="${escapeHtml(file.requiresPython)}"`);
    if (file.coreMetadata) {
      const value = `sha256=${file.coreMetadata.sha256}`;
      attributes.push(`data-dist-info-metadata="${value}"`, `data-core-metadata="${value}"`);
    }
    if (release.yanked) attributes.push(`data-yanked="${escapeHtml(release.yankedReason)}"`);
    const provenanceUrl = provenance(file);
    if (provenanceUrl) attributes.push(`data-provenance="${escapeHtml(provenanceUrl)}"`);
    return `    <a ${attributes.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
  });
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    `    <meta name="pypi:repository-version" content="${API_VERSION}">`,
    `    <title>Links for ${escapeHtml(view.normalized)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>Links for ${escapeHtml(view.normalized)}</h1>`,
    ...links,
    '  </body>',
    '</html>',
    `<!--SERIAL ${view.serial}-->`,
    '',
  ].join('\n');
}
