import { describe, expect, it } from '@jest/globals';
import { scanJournal } from './journal.js';
import { repairCommand } from './storage-check.js';

const yank = '{"op":"yank","project":"p","versionKey":"1","reason":"","time":"t"}';

describe('scanJournal', () => {
  it('reads complete lines and notes a tail without a newline as torn, counting only whole lines', () => {
    const scan = scanJournal(Buffer.from(`${yank}\n${yank}\n{"op":"ya`));
    expect(scan.lines).toHaveLength(2);
    expect(scan.torn).toBe(true);
    expect(scan.completeBytes).toBe(2 * (yank.length + 1));
    expect(scanJournal(Buffer.from(`${yank}\n`))).toMatchObject({
      torn: false,
      completeBytes: yank.length + 1,
    });
    expect(scanJournal(Buffer.alloc(0))).toEqual({ lines: [], completeBytes: 0, torn: false });
  });

  it('names what is wrong with a line that holds no entry, by its number', () => {
    const text = [
      'not json',
      '[1]',
      '{"op":"rename"}',
      '{"op":"add","projectName":"p","version":"1","versionKey":"1","metadata":{},"file":{"filename":"f"}}',
      '{"op":"delete"}',
      yank,
      '',
    ].join('\n');
    const problems = scanJournal(Buffer.from(text)).lines.map((l) => ('problem' in l ? l.problem : 'ok'));
    expect(problems).toEqual([
      'is not valid JSON',
      'is not a JSON object',
      'has an unknown op "rename"',
      "(add) lacks a valid 'file.project'",
      "(delete) lacks a valid 'filename'",
      'ok',
    ]);
  });

  it('counts bytes, not characters, so a torn tail after non-ASCII lines is cut at the right place', () => {
    const line = '{"op":"yank","project":"p","versionKey":"1","reason":"käse","time":"t"}';
    expect(scanJournal(Buffer.from(`${line}\n{`)).completeBytes).toBe(Buffer.byteLength(line) + 1);
  });
});

describe('repairCommand', () => {
  it('quotes a storage path only when a shell needs it', () => {
    expect(repairCommand('/srv/index')).toBe('release-actions index repair --storage /srv/index');
    expect(repairCommand('/my index/"x"')).toBe('release-actions index repair --storage "/my index/\\"x\\""');
  });
});
