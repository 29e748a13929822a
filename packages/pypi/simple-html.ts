/** PEP 503 project pages (HTML) parsed without a DOM: anchors, hash fragments and the data-* attributes. */
import type { SimpleFile, SimpleProject } from './simple-types.js';

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parse a PEP 503 project page read from `pageUrl` (relative hrefs resolve against it, or `<base href>`). */
export function parseSimpleHtml(html: string, pageUrl: string, project: string): SimpleProject {
  const baseHref = /<base\b([^>]*)>/i.exec(html)?.[1];
  const base = (baseHref && attributes(baseHref).get('href')) || pageUrl;
  const apiVersion = /<meta\b[^>]*name\s*=\s*["']pypi:repository-version["'][^>]*>/i.exec(html)?.[0];
  const files: SimpleFile[] = [];
  for (const match of html.matchAll(ANCHOR)) {
    const attrs = attributes(match[1] ?? '');
    const href = attrs.get('href');
    if (!href) continue;
    const file = simpleFile(href, decodeEntities(stripTags(match[2] ?? '')).trim(), attrs, base);
    if (file) files.push(file);
  }
  const page: SimpleProject = { name: project, files, format: 'html', url: pageUrl };
  const version = apiVersion ? attributes(apiVersion.slice(5, -1)).get('content') : undefined;
  if (version) page.apiVersion = version;
  return page;
}

function simpleFile(href: string, text: string, attrs: Map<string, string>, base: string): SimpleFile | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const hashes: Record<string, string> = {};
  const fragment = /^#([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(url.hash);
  if (fragment?.[1] && fragment[2]) hashes[fragment[1].toLowerCase()] = fragment[2].toLowerCase();
  url.hash = '';
  const filename = text || decodeURIComponent(url.pathname.split('/').pop() ?? '');
  const file: SimpleFile = { filename, url: url.href, hashes, yanked: false, coreMetadata: false };
  const requiresPython = attrs.get('data-requires-python');
  if (requiresPython) file.requiresPython = requiresPython;
  if (attrs.has('data-yanked')) {
    file.yanked = true;
    const reason = attrs.get('data-yanked');
    if (reason) file.yankedReason = reason;
  }
  // PEP 714 renamed data-dist-info-metadata to data-core-metadata; indexes may send either or both.
  const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
  if (metadata !== undefined && metadata.toLowerCase() !== 'false') {
    file.coreMetadata = true;
    const digest = /^([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(metadata);
    if (digest?.[1] && digest[2])
      file.coreMetadataHashes = { [digest[1].toLowerCase()]: digest[2].toLowerCase() };
  }
  const provenance = attrs.get('data-provenance');
  if (provenance) file.provenance = resolveUrl(provenance, url.href);
  return file;
}

/** Attributes of a start tag (names lower-cased, values entity-decoded; a bare attribute has value ''). */
function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || out.has(name)) continue;
    out.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return out;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references an index can put in attribute values and text (`&gt;=3.8`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `href` resolved against `base`, or as it is when it is no URL. */
function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
