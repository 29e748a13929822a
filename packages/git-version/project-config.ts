/**
 * The project's versioning configuration as its build reads it: setuptools_scm 10's `[tool.setuptools_scm]`
 * (else `[tool.vcs-versioning]`), or hatch-vcs's `[tool.hatch.version]` (hatch.toml's `[version]` wins) with
 * `source = "vcs"` when hatchling builds. Only what decides the version is kept; every value carries its key.
 */
import { VersionError } from './errors.js';
import {
  booleanAt,
  isTable,
  keyName,
  stringAt,
  stringsAt,
  tableAt,
  type Table,
  type TomlPlace,
} from './toml-values.js';

/** A value as the project wrote it, with the key that set it (for messages and the job summary). */
export interface Configured<T> {
  value: T;
  /** `<file> [<table>] <key>`. */
  key: string;
}

/** Which tool's configuration decides the version. */
export type VersioningTool = 'setuptools_scm' | 'vcs-versioning' | 'hatch-vcs';

/** The versioning settings a project configured; absent fields are the tool's defaults. */
export interface ProjectVersioning {
  /** null: no versioning configuration, setuptools_scm's defaults apply. */
  tool: VersioningTool | null;
  /** The file the settings come from (pyproject.toml or hatch.toml). */
  file: string;
  versionScheme?: Configured<string[]>;
  localScheme?: Configured<string[]>;
  tagRegex?: Configured<string>;
  /** setuptools_scm's `[tool.setuptools_scm.tag] prefix`. */
  tagPrefix?: Configured<string>;
  tagStrict?: Configured<boolean>;
  describeCommand?: Configured<string | string[]>;
  /** Where the git checkout is, relative to `rootBase`. */
  root?: Configured<string>;
  /** hatch-vcs passes `raw-options.relative_to` to setuptools_scm: root is then relative to it. */
  relativeTo?: Configured<string>;
  searchParentDirectories: boolean;
  fallbackVersion?: Configured<string>;
  /** false: tags keep their spelling in the schemes (`normalize = false` or a NonNormalizedVersion class). */
  normalize?: Configured<boolean>;
  parentdirPrefixVersion?: Configured<string>;
  /** The section's `dist_name` (setuptools_scm uses it over `[project].name`). */
  distName?: string;
  /** Settings read but without effect here, worth a line. */
  notes: string[];
}

/** The TOML documents a project's versioning is read from. */
export interface ConfigDocuments {
  pyproject: { path: string; document: Table };
  /** hatch.toml beside pyproject.toml, when there is one. */
  hatch: { path: string; document: Table } | null;
}

// Keys setuptools_scm 10.2.1 accepts that do not change the version it computes.
const NO_EFFECT = new Set([
  'write_to',
  'write_to_template',
  'version_file',
  'version_file_template',
  'write_to_source',
  'fallback_root',
  'project_path',
]);

/** The project's versioning settings; throws VersionError naming the key when one cannot be honoured. */
export function projectVersioning(documents: ConfigDocuments): ProjectVersioning {
  const { pyproject } = documents;
  const tool = tableAt(pyproject.document, 'tool', { file: pyproject.path, table: 'tool' }, 'tool') ?? {};
  const hatchVersion = hatchVersionTable(tool, documents);
  const backend = buildBackend(pyproject.document);
  for (const name of ['setuptools_scm', 'vcs-versioning'] as const) {
    const section = tool[name];
    if (section === undefined) continue;
    if (hatchVersion && backend?.startsWith('hatchling')) break;
    const place = { file: pyproject.path, table: `tool.${name}` };
    if (!isTable(section))
      throw new VersionError(`${pyproject.path}: [tool.${name}] must be a table; fix the file`);
    return fromSetuptoolsScm(section, place, name);
  }
  if (hatchVersion && (backend === undefined || backend.startsWith('hatchling'))) {
    const result = fromHatchVcs(hatchVersion.table, hatchVersion.place);
    if (tool.setuptools_scm !== undefined) {
      result.notes.push(
        `${pyproject.path} [tool.setuptools_scm] is not read: hatchling builds with hatch-vcs, which takes only ${hatchVersion.place.table}`,
      );
    }
    return result;
  }
  return { tool: null, file: pyproject.path, searchParentDirectories: false, notes: [] };
}

function buildBackend(document: Table): string | undefined {
  const system = document['build-system'];
  const backend = isTable(system) ? system['build-backend'] : undefined;
  return typeof backend === 'string' ? backend : undefined;
}

function hatchVersionTable(
  tool: Table,
  documents: ConfigDocuments,
): { table: Table; place: TomlPlace } | null {
  const fromHatchToml = documents.hatch?.document.version;
  const hatch = tool.hatch;
  const fromPyproject = isTable(hatch) ? hatch.version : undefined;
  const [table, place] =
    fromHatchToml !== undefined && documents.hatch
      ? [fromHatchToml, { file: documents.hatch.path, table: 'version' }]
      : [fromPyproject, { file: documents.pyproject.path, table: 'tool.hatch.version' }];
  if (!isTable(table) || table.source !== 'vcs') return null;
  return { table, place };
}

function fromSetuptoolsScm(section: Table, place: TomlPlace, tool: VersioningTool): ProjectVersioning {
  const result = readOptions(section, place, tool, '');
  const tag = tableAt(section, 'tag', place);
  if (tag) readTagTable(tag, place, result);
  const relativeTo = stringAt(section, 'relative_to', place);
  if (relativeTo !== undefined) {
    result.notes.push(
      `${keyName(place, 'relative_to')} is ignored: setuptools_scm reads root relative to pyproject.toml`,
    );
  }
  return result;
}

function fromHatchVcs(table: Table, place: TomlPlace): ProjectVersioning {
  const raw = tableAt(table, 'raw-options', place) ?? {};
  const rawPlace = { file: place.file, table: `${place.table}.raw-options` };
  const result = readOptions(raw, rawPlace, 'hatch-vcs', 'tag');
  const relativeTo = stringAt(raw, 'relative_to', rawPlace);
  if (relativeTo !== undefined)
    result.relativeTo = { value: relativeTo, key: keyName(rawPlace, 'relative_to') };
  // hatch-vcs's own keys win over raw-options when they are non-empty strings.
  const pattern = stringAt(table, 'tag-pattern', place);
  if (pattern) result.tagRegex = { value: pattern, key: keyName(place, 'tag-pattern') };
  const fallback = stringAt(table, 'fallback-version', place);
  if (fallback) result.fallbackVersion = { value: fallback, key: keyName(place, 'fallback-version') };
  return result;
}

// The keys [tool.setuptools_scm] and hatch-vcs's raw-options share (setuptools_scm's Configuration fields).
function readOptions(
  table: Table,
  place: TomlPlace,
  tool: VersioningTool,
  refused: string,
): ProjectVersioning {
  const key = (name: string): string => keyName(place, name);
  const result: ProjectVersioning = {
    tool,
    file: place.file,
    searchParentDirectories: booleanAt(table, 'search_parent_directories', place) ?? false,
    notes: [],
  };
  const schemes = (name: string): Configured<string[]> | undefined => {
    const value = stringsAt(table, name, place);
    return value === undefined
      ? undefined
      : { value: typeof value === 'string' ? [value] : value, key: key(name) };
  };
  result.versionScheme = schemes('version_scheme');
  result.localScheme = schemes('local_scheme');
  const text = (name: string): Configured<string> | undefined => {
    const value = stringAt(table, name, place);
    return value === undefined ? undefined : { value, key: key(name) };
  };
  result.tagRegex = text('tag_regex');
  result.root = text('root');
  result.fallbackVersion = text('fallback_version');
  result.parentdirPrefixVersion = text('parentdir_prefix_version');
  result.distName = stringAt(table, 'dist_name', place);
  result.describeCommand = describeCommand(table, place);
  result.normalize = normalization(table, place);
  for (const name of Object.keys(table)) {
    if (name === 'parse') {
      throw new VersionError(
        `${key(name)} names a parse function, which compute-dev-version cannot run; remove it`,
      );
    }
    if (!KNOWN.has(name) || name === refused) {
      result.notes.push(`${key(name)} is not a setuptools_scm 10 setting (its build would fail on it)`);
    }
  }
  return result;
}

const KNOWN = new Set([
  ...NO_EFFECT,
  'version_scheme',
  'local_scheme',
  'tag_regex',
  'root',
  'relative_to',
  'fallback_version',
  'parentdir_prefix_version',
  'dist_name',
  'git_describe_command',
  'scm',
  'tag',
  'normalize',
  'version_cls',
  'search_parent_directories',
]);

function describeCommand(table: Table, place: TomlPlace): Configured<string | string[]> | undefined {
  const legacy = stringsAt(table, 'git_describe_command', place);
  const scm = tableAt(table, 'scm', place);
  const scmGit = scm ? tableAt(scm, 'git', place, 'scm.git') : undefined;
  const nested = scmGit
    ? stringsAt(scmGit, 'describe_command', place, 'scm.git.describe_command')
    : undefined;
  if (legacy !== undefined && nested !== undefined) {
    throw new VersionError(
      `${place.file} [${place.table}] sets both git_describe_command and scm.git.describe_command, which setuptools_scm refuses; keep only scm.git.describe_command`,
    );
  }
  if (nested !== undefined) return { value: nested, key: keyName(place, 'scm.git.describe_command') };
  if (legacy !== undefined) return { value: legacy, key: keyName(place, 'git_describe_command') };
  return undefined;
}

// normalize = false and a NonNormalizedVersion version_cls both keep tags as spelled; any other class is code.
function normalization(table: Table, place: TomlPlace): Configured<boolean> | undefined {
  const normalize = booleanAt(table, 'normalize', place);
  const versionClass = stringAt(table, 'version_cls', place);
  if (versionClass !== undefined && normalize === false) {
    throw new VersionError(
      `${keyName(place, 'version_cls')} cannot be combined with normalize = false (setuptools_scm refuses it); remove one`,
    );
  }
  if (versionClass !== undefined) {
    if (/^(setuptools_scm|vcs_versioning)(\.[\w.]+)?\.NonNormalizedVersion$/.test(versionClass)) {
      return { value: false, key: keyName(place, 'version_cls') };
    }
    if (!/^(packaging\.version|setuptools_scm|vcs_versioning)\.Version$/.test(versionClass)) {
      throw new VersionError(
        `${keyName(place, 'version_cls')} '${versionClass}' is a class compute-dev-version cannot run; use normalize = false or remove it`,
      );
    }
  }
  return normalize === undefined ? undefined : { value: normalize, key: keyName(place, 'normalize') };
}

function readTagTable(tag: Table, place: TomlPlace, result: ProjectVersioning): void {
  const tagPlace = { file: place.file, table: `${place.table}.tag` };
  const regex = stringAt(tag, 'regex', tagPlace);
  if (regex !== undefined && result.tagRegex !== undefined) {
    throw new VersionError(
      `${place.file} [${place.table}] sets both tag_regex and tag.regex, which setuptools_scm refuses; keep only tag.regex`,
    );
  }
  if (regex !== undefined) result.tagRegex = { value: regex, key: keyName(tagPlace, 'regex') };
  const prefix = stringAt(tag, 'prefix', tagPlace);
  if (prefix !== undefined) result.tagPrefix = { value: prefix, key: keyName(tagPlace, 'prefix') };
  const strict = booleanAt(tag, 'strict', tagPlace);
  if (strict !== undefined) result.tagStrict = { value: strict, key: keyName(tagPlace, 'strict') };
  for (const name of Object.keys(tag)) {
    if (!['regex', 'prefix', 'strict'].includes(name)) {
      result.notes.push(
        `${keyName(tagPlace, name)} is not a setuptools_scm 10 setting (its build would fail on it)`,
      );
    }
  }
}
