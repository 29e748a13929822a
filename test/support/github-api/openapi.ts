/**
 * GitHub's official OpenAPI description (npm @octokit/openapi, api.github.com), read once per test file:
 * the operations the stand-in serves are looked up in it, and every request and response is checked
 * against it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkSchema, type Schema } from './schema-check.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  'x-multi-segment'?: boolean;
}

interface Description {
  paths: Record<
    string,
    Record<string, { operationId: string; parameters?: unknown[]; responses: Record<string, unknown> }>
  >;
  components: Record<string, Record<string, unknown>>;
}

/** One operation of the description, resolved enough to match paths and check messages. */
export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  responses: Record<string, unknown>;
  pathRegex: RegExp;
  pathNames: string[];
}

let description: Description | undefined;

function load(): Description {
  if (!description) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    description = JSON.parse(readFileSync(file, 'utf8')) as Description;
  }
  return description;
}

/** Resolves a `#/components/...` reference of the description. */
export function resolveRef(ref: string): Schema {
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], load());
  if (!target || typeof target !== 'object') throw new Error(`The description has no ${ref}`);
  return target as Schema;
}

const deref = <T>(node: unknown): T =>
  (typeof (node as { $ref?: unknown }).$ref === 'string'
    ? resolveRef((node as { $ref: string }).$ref)
    : node) as T;

/** The operation `method template` (e.g. `GET /repos/{owner}/{repo}/commits/{ref}/statuses`); throws if GitHub has none. */
export function findOperation(method: string, template: string): Operation {
  const entry = load().paths[template]?.[method.toLowerCase()];
  if (!entry) throw new Error(`GitHub's description has no ${method} ${template}`);
  const parameters = (entry.parameters ?? []).map((parameter) => deref<Parameter>(parameter));
  const pathNames: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_match, name: string) => {
      pathNames.push(name);
      const multi = parameters.find((p) => p.name === name)?.['x-multi-segment'];
      return multi ? '(.+)' : '([^/]+)';
    });
  return {
    operationId: entry.operationId,
    method: method.toUpperCase(),
    template,
    parameters,
    responses: entry.responses,
    pathRegex: new RegExp(`^${pattern}$`),
    pathNames,
  };
}

/** Problems with a request's query against the operation's declared query parameters. */
export function checkQuery(operation: Operation, query: URLSearchParams): string[] {
  const problems: string[] = [];
  for (const [name, raw] of query) {
    const parameter = operation.parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) {
      problems.push(`query parameter ${name} is not one ${operation.operationId} declares`);
      continue;
    }
    const schema = parameter.schema ?? {};
    const value =
      schema['type'] === 'integer' && /^-?\d+$/.test(raw)
        ? Number(raw)
        : schema['type'] === 'boolean' && /^(true|false)$/.test(raw)
          ? raw === 'true'
          : raw;
    for (const problem of checkSchema(value, schema, resolveRef))
      problems.push(`query ${name}=${raw}: ${problem}`);
  }
  return problems;
}

/** The schema a response with `status` must follow: the operation's own, or GitHub's basic error for errors. */
export function responseSchema(operation: Operation, status: number): Schema | null {
  const documented = operation.responses[String(status)];
  if (documented) {
    const response = deref<{ content?: Record<string, { schema?: Schema }> }>(documented);
    return response.content?.['application/json']?.schema ?? null;
  }
  if (status >= 400) return { $ref: '#/components/schemas/basic-error' };
  throw new Error(`${operation.operationId} documents no ${status} response`);
}

/** Problems of a response body against what the description says the operation returns. */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const schema = responseSchema(operation, status);
  if (schema === null) return body === undefined ? [] : [`${status} has no body in the description`];
  return checkSchema(body, schema, resolveRef).map(
    (problem) => `${operation.operationId} ${status} ${problem}`,
  );
}

/** An example value from the description (`#/components/examples/<name>`), deep-copied. */
export function example<T>(name: string): T {
  return structuredClone((resolveRef(`#/components/examples/${name}`) as { value: T }).value);
}
