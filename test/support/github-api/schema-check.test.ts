import { describe, expect, it } from '@jest/globals';
import { checkSchema, type Schema } from './schema-check.js';

const refs: Record<string, Schema> = {
  '#/user': { type: 'object', required: ['login'], properties: { login: { type: 'string' } } },
  '#/team': { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
};
const check = (value: unknown, schema: Schema) => checkSchema(value, schema, (ref) => refs[ref] ?? {});

describe('checkSchema', () => {
  const job: Schema = {
    type: 'object',
    required: ['id', 'status', 'conclusion'],
    properties: {
      id: { type: 'integer', format: 'int64' },
      status: { type: 'string', enum: ['queued', 'completed'] },
      conclusion: { type: 'string', nullable: true, enum: ['success', 'failure'] },
      started_at: { type: 'string', format: 'date-time' },
      url: { type: 'string', format: 'uri' },
      labels: { type: 'array', items: { type: 'string' } },
      owner: { oneOf: [{ $ref: '#/user' }, { $ref: '#/team' }] },
      permissions: { type: 'object', additionalProperties: { type: 'string' } },
    },
  };

  it('accepts what the schema describes, null where nullable', () => {
    const value = {
      id: 1,
      status: 'queued',
      conclusion: null,
      started_at: '2024-05-01T12:00:00Z',
      owner: { login: 'octocat' },
    };
    expect(check({ ...value, labels: ['a'], permissions: { checks: 'read' } }, job)).toEqual([]);
  });

  it('names each problem by its path', () => {
    expect(
      check(
        {
          id: 1.5,
          status: 'done',
          started_at: 'yesterday',
          url: 'not a url',
          labels: ['a', 2],
          extra: true,
          owner: { login: 'x', slug: 'y' },
          permissions: { checks: 1 },
        },
        job,
      ),
    ).toEqual([
      '$: required property conclusion is missing',
      '$.id: number, expected integer',
      '$.status: "done" is not one of "queued", "completed"',
      '$.started_at: "yesterday" is not a valid date-time',
      '$.url: "not a url" is not a valid uri',
      '$.labels[1]: integer, expected string',
      '$.extra: not a property the schema declares',
      '$.owner: matches 0 of the 2 oneOf schemas, not exactly one',
      '$.permissions.checks: integer, expected string',
    ]);
  });

  it('refuses null where the schema does not allow it', () => {
    expect(check({ id: null, status: 'queued', conclusion: null }, job)).toEqual([
      '$.id: null, but the schema does not allow null',
    ]);
  });

  it('checks every branch of allOf, and declared properties across them', () => {
    const schema: Schema = {
      allOf: [{ $ref: '#/user' }, { type: 'object', properties: { id: { type: 'integer' } } }],
    };
    expect(check({ login: 'octocat', id: 1 }, schema)).toEqual([]);
    expect(check({ id: 'one' }, schema)).toEqual([
      '$: required property login is missing',
      '$.id: string, expected integer',
    ]);
  });

  it('fails loudly on a keyword or format it does not know, rather than skipping it', () => {
    expect(() => check('a', { type: 'string', contentEncoding: 'base64' })).toThrow(
      'schema keyword contentEncoding at $ is not supported',
    );
    expect(() => check('a', { type: 'string', format: 'ipv6' })).toThrow('format ipv6 at $ is not supported');
  });
});
