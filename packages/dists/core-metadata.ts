/** Core metadata (PKG-INFO / METADATA): RFC 822-style headers, then the description as the body. */
import { FIELD_SPECS, fieldSpecOfHeader, type MultiField, type SingleField } from './core-metadata-fields.js';
import { DistError } from './errors.js';

/** One header as written: name as spelled, value as Python's compat32 email parser gives it. */
export interface MetadataField {
  name: string;
  value: string;
}

/** A labelled project URL (`Project-URL: Label, https://…`). */
export interface ProjectUrl {
  label: string;
  url: string;
}

/** Typed core metadata; multi-use fields are always arrays (empty when absent). */
export type CoreMetadata = { [K in SingleField]?: string } & { [K in MultiField]: string[] } & {
  /** `Keywords` split at commas as packaging does; undefined when absent. */
  keywords?: string[];
  projectUrls: ProjectUrl[];
  /** Every header in order, including unknown ones, plus nothing of the body. */
  fields: MetadataField[];
  /** Oddities packaging would leave unparsed (repeated single fields, description both in a header and the body). */
  warnings: string[];
};

// A header line: a field name of printable ASCII except ':', then ':' (Python's feedparser headerRE).
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;

/** An empty CoreMetadata, for building one by hand (tests, form data). */
export function emptyCoreMetadata(): CoreMetadata {
  const meta = { projectUrls: [], fields: [], warnings: [] } as unknown as CoreMetadata;
  for (const spec of FIELD_SPECS)
    if (spec.multiple && spec.key !== 'projectUrls') meta[spec.key as MultiField] = [];
  return meta;
}

/** Parse METADATA / PKG-INFO text (or UTF-8 bytes) into typed fields, the raw field list and the body description. */
export function parseCoreMetadata(input: string | Uint8Array, source = 'metadata'): CoreMetadata {
  const text = typeof input === 'string' ? input : decodeUtf8(input, source);
  const fields: MetadataField[] = [];
  let body: string | null = null;
  // Walk lines keeping their endings, as the body must come out verbatim.
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/gy;
  let current: { name: string; parts: string[] } | null = null;
  const flush = (): void => {
    if (current) fields.push({ name: current.name, value: current.parts.join('').replace(/[\r\n]+$/, '') });
    current = null;
  };
  for (;;) {
    const start = lineRe.lastIndex;
    const match = lineRe.exec(text);
    if (!match || match[0] === '') break;
    const line = match[0];
    const content = line.replace(/[\r\n]+$/, '');
    if (content === '') {
      body = text.slice(lineRe.lastIndex);
      break;
    }
    if (/^[ \t]/.test(content) && current) {
      current.parts.push(line);
      continue;
    }
    const header = HEADER_LINE.exec(content);
    if (!header) {
      // Python treats the first non-header line as the start of the body (a defect, but it parses on).
      body = text.slice(start);
      break;
    }
    flush();
    const name = header[1] ?? '';
    const after = line.slice(name.length + 1).replace(/^[ \t]+/, '');
    current = { name, parts: [after] };
  }
  flush();
  return buildMetadata(fields, body);
}

/** Build the typed object from an ordered field list and an optional body. */
export function buildMetadata(fields: MetadataField[], body: string | null): CoreMetadata {
  const meta = emptyCoreMetadata();
  meta.fields = fields;
  const singles = meta as { [K in SingleField]?: string };
  for (const { name, value } of fields) {
    const spec = fieldSpecOfHeader(name);
    if (!spec) continue;
    if (spec.key === 'projectUrls') meta.projectUrls.push(parseProjectUrl(value));
    else if (spec.key === 'keywords') {
      if (meta.keywords) meta.warnings.push(`${spec.header} appears more than once; the first is used`);
      else meta.keywords = value.split(',').map((k) => k.trim());
    } else if (spec.multiple) meta[spec.key as MultiField].push(value);
    else if (singles[spec.key as SingleField] !== undefined) {
      meta.warnings.push(`${spec.header} appears more than once; the first is used`);
    } else singles[spec.key as SingleField] = value;
  }
  if (body !== null && body !== '') {
    if (meta.description !== undefined) {
      meta.warnings.push('Description is given both as a header and as the body; the body is used');
    }
    meta.description = body;
  }
  return meta;
}

/** Split `Label, URL` at the first comma, trimming both, as packaging does. */
export function parseProjectUrl(value: string): ProjectUrl {
  const comma = value.indexOf(',');
  if (comma < 0) return { label: value.trim(), url: '' };
  return { label: value.slice(0, comma).trim(), url: value.slice(comma + 1).trim() };
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DistError('invalid-metadata', `${source}: core metadata is not valid UTF-8`);
  }
}
