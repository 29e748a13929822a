/**
 * A JSON-schema check over the subset of OpenAPI 3.0 that GitHub's description uses for the stand-in's
 * responses. A keyword it does not know is an error rather than something to skip, so a change in the
 * description can never make the check quietly weaker.
 */

/** A schema object of the description (OpenAPI 3.0: JSON schema plus `nullable`). */
export type Schema = Record<string, unknown>;

/** Resolves a local `$ref` such as `#/components/schemas/job`. */
export type RefResolver = (ref: string) => Schema;

const ANNOTATIONS = new Set([
  'title',
  'description',
  'example',
  'examples',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'externalDocs',
  'discriminator',
]);
const CHECKED = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'allOf',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
]);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FORMATS: Record<string, (value: unknown) => boolean> = {
  'date-time': (value) => typeof value !== 'string' || DATE_TIME.test(value),
  date: (value) => typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(value),
  uri: (value) => typeof value !== 'string' || URL.canParse(value),
  email: (value) => typeof value !== 'string' || /^[^@\s]+@[^@\s]+$/.test(value),
  int64: (value) => typeof value !== 'number' || Number.isSafeInteger(value),
  int32: (value) => typeof value !== 'number' || Number.isSafeInteger(value),
  'uri-template': () => true,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

/** Options for a check. */
export interface CheckOptions {
  /** Report object properties a schema does not declare (the stand-in must not invent fields). */
  strict?: boolean;
}

/** Problems of `value` against `schema`, each as `path: what is wrong`; empty when it conforms. */
export function checkSchema(
  value: unknown,
  schema: Schema,
  resolve: RefResolver,
  options: CheckOptions = {},
): string[] {
  const problems: string[] = [];
  visit(value, schema, '$', { resolve, strict: options.strict ?? true, problems });
  return problems;
}

interface Context {
  resolve: RefResolver;
  strict: boolean;
  problems: string[];
}

function visit(value: unknown, schema: Schema, path: string, context: Context): void {
  if (typeof schema['$ref'] === 'string') return visit(value, context.resolve(schema['$ref']), path, context);
  for (const keyword of Object.keys(schema)) {
    if (!CHECKED.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith('x-')) {
      throw new Error(`schema keyword ${keyword} at ${path} is not supported by schema-check; add it`);
    }
  }
  if (value === null && schema['nullable'] === true) return;
  if (value === null && schema['type'] !== undefined) {
    context.problems.push(`${path}: null, but the schema does not allow null`);
    return;
  }
  const problemsBefore = context.problems.length;
  checkScalar(value, schema, path, context);
  if (context.problems.length > problemsBefore) return;
  checkCombinators(value, schema, path, context);
  if (typeOf(value) === 'object') checkObject(value as Record<string, unknown>, schema, path, context);
  if (Array.isArray(value) && schema['items'])
    value.forEach((item, index) => visit(item, schema['items'] as Schema, `${path}[${index}]`, context));
}

function checkScalar(value: unknown, schema: Schema, path: string, context: Context): void {
  const problem = (what: string) => context.problems.push(`${path}: ${what}`);
  const type = schema['type'];
  if (typeof type === 'string' && !typeMatches(type, value))
    return void problem(`${typeOf(value)}, expected ${type}`);
  const allowed = schema['enum'];
  if (Array.isArray(allowed) && !allowed.includes(value))
    problem(`${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
  const format = schema['format'];
  if (typeof format === 'string') {
    const check = FORMATS[format];
    if (!check) throw new Error(`format ${format} at ${path} is not supported by schema-check; add it`);
    if (!check(value)) problem(`${JSON.stringify(value)} is not a valid ${format}`);
  }
  const bound = (keyword: string) =>
    typeof schema[keyword] === 'number' ? (schema[keyword] as number) : undefined;
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  const min = bound('minimum');
  const max = bound('maximum');
  if (typeof value === 'number' && min !== undefined && value < min) problem(`${value} is below ${min}`);
  if (typeof value === 'number' && max !== undefined && value > max) problem(`${value} is above ${max}`);
  const minLength = bound('minLength') ?? bound('minItems');
  const maxLength = bound('maxLength') ?? bound('maxItems');
  if (length !== undefined && minLength !== undefined && length < minLength)
    problem(`shorter than ${minLength}`);
  if (length !== undefined && maxLength !== undefined && length > maxLength)
    problem(`longer than ${maxLength}`);
  if (
    typeof value === 'string' &&
    typeof schema['pattern'] === 'string' &&
    !new RegExp(schema['pattern']).test(value)
  )
    problem(`${JSON.stringify(value)} does not match ${schema['pattern']}`);
}

function checkCombinators(value: unknown, schema: Schema, path: string, context: Context): void {
  const matching = (branches: Schema[]) =>
    branches.filter((branch) => {
      const nested: Context = { ...context, problems: [] };
      visit(value, branch, path, nested);
      return nested.problems.length === 0;
    }).length;
  const oneOf = schema['oneOf'] as Schema[] | undefined;
  const anyOf = schema['anyOf'] as Schema[] | undefined;
  const allOf = schema['allOf'] as Schema[] | undefined;
  if (oneOf && matching(oneOf) !== 1)
    context.problems.push(
      `${path}: matches ${matching(oneOf)} of the ${oneOf.length} oneOf schemas, not exactly one`,
    );
  if (anyOf && matching(anyOf) === 0) context.problems.push(`${path}: matches none of the anyOf schemas`);
  // allOf branches each see only their own properties, so strictness applies to the whole, not each part.
  if (allOf) for (const branch of allOf) visit(value, branch, path, { ...context, strict: false });
}

function checkObject(value: Record<string, unknown>, schema: Schema, path: string, context: Context): void {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  for (const name of (schema['required'] ?? []) as string[]) {
    if (!(name in value)) context.problems.push(`${path}: required property ${name} is missing`);
  }
  const additional = schema['additionalProperties'];
  const combined = schema['allOf'] || schema['oneOf'] || schema['anyOf'];
  for (const [name, item] of Object.entries(value)) {
    const where = `${path}.${name}`;
    if (properties[name]) visit(item, properties[name], where, context);
    else if (typeof additional === 'object' && additional !== null)
      visit(item, additional as Schema, where, context);
    else if (
      additional === false ||
      (context.strict && additional === undefined && !combined && schema['properties'])
    )
      context.problems.push(`${where}: not a property the schema declares`);
  }
}
