/**
 * `${{ }}` expressions evaluated by GitHub's own expression engine (@actions/expressions, which the workflow
 * parser is built on), over the contexts a job has, with the status functions of where they are evaluated.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { Plain } from './workflow.js';

/** The contexts an expression may read; a missing one reads as null. */
export type Contexts = Partial<
  Record<
    | 'github'
    | 'env'
    | 'needs'
    | 'steps'
    | 'matrix'
    | 'inputs'
    | 'runner'
    | 'secrets'
    | 'job'
    | 'vars'
    | 'strategy',
    unknown
  >
>;

/** What the status functions answer where the expression is evaluated (a job's `if`, or a step's). */
export interface Status {
  /** True when what came before (the needed jobs, or the job's earlier steps) all succeeded. */
  succeeded: boolean;
  /** True when something before failed. */
  failed: boolean;
  cancelled: boolean;
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'needs',
  'steps',
  'matrix',
  'inputs',
  'runner',
  'secrets',
  'job',
  'vars',
  'strategy',
];
const GREEN: Status = { succeeded: true, failed: false, cancelled: false };

/** A bad expression: its text and what is wrong with it. */
export class ExpressionProblem extends Error {
  override readonly name = 'ExpressionProblem';
}

function statusFunctions(status: Status) {
  const answer = (name: string, value: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  return [
    answer('success', () => status.succeeded && !status.cancelled),
    answer('failure', () => status.failed && !status.cancelled),
    answer('always', () => true),
    answer('cancelled', () => status.cancelled),
  ];
}

function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.Dictionary;
}

/** Evaluates one expression (without the `${{ }}`) to plain data. */
export function evaluate(expression: string, contexts: Contexts, status: Status = GREEN): Plain {
  const functions = statusFunctions(status);
  try {
    const lexed = new Lexer(expression).lex();
    const tree = new Parser(lexed.tokens, CONTEXT_NAMES, functions).parse();
    const context = toData(
      Object.fromEntries(CONTEXT_NAMES.map((name) => [name, contexts[name as keyof Contexts] ?? {}])),
    );
    const result = new Evaluator(tree, context, new Map(functions.map((f) => [f.name, f]))).evaluate();
    return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as Plain;
  } catch (error) {
    throw new ExpressionProblem(`\${{ ${expression} }}: ${(error as Error).message}`);
  }
}

/** True when `value` is truthy as GitHub's expressions judge it (the `if:` rule). */
export function truthy(value: Plain): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  return !(typeof value === 'number' && Number.isNaN(value));
}

/** A value as a string, the way `${{ }}` inside text renders it: objects and arrays as JSON. */
export function asText(value: Plain): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/;
const EMBEDDED = /\$\{\{([\s\S]*?)\}\}/g;

/** A workflow value with its expressions evaluated: a lone `${{ x }}` keeps x's type, text gets strings. */
export function resolve(value: Plain, contexts: Contexts, status: Status = GREEN): Plain {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    // `${{ a }} and ${{ b }}` also matches WHOLE (lazily up to the last `}}`): that is text, not one expression.
    if (whole && !whole[1]?.includes('}}')) return evaluate(whole[1] as string, contexts, status);
    return value.replace(EMBEDDED, (_match, expression: string) =>
      asText(evaluate(expression, contexts, status)),
    );
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, contexts, status));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolve(item, contexts, status)]),
    );
  return value;
}

/** A mapping of strings (env, with, outputs) with each value resolved and rendered as text. */
export function resolveStrings(values: Record<string, Plain>, contexts: Contexts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, asText(resolve(value, contexts))]),
  );
}

/** Evaluates an `if:` condition (a bare expression, or one inside `${{ }}`). */
export function condition(expression: string, contexts: Contexts, status: Status): boolean {
  const whole = WHOLE.exec(expression);
  return truthy(evaluate(whole ? (whole[1] as string) : expression, contexts, status));
}
