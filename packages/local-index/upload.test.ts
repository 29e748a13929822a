import { describe, expect, it } from '@jest/globals';
import { uploadTimestamp } from './accept-upload.js';
import { tempName } from './upload.js';

describe('upload helpers', () => {
  it('keeps the upload’s own name for its temp file unless it cannot be a file name', () => {
    expect(tempName('demo-1.0-py3-none-any.whl')).toBe('demo-1.0-py3-none-any.whl');
    expect(tempName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(tempName('..')).toBe('upload.bin');
    expect(tempName('')).toBe('upload.bin');
    expect(tempName('x'.repeat(300))).toBe('upload.bin');
  });

  it('writes upload times as PyPI does, with microseconds', () => {
    expect(uploadTimestamp(new Date('2024-05-01T12:00:00.123Z'))).toBe('2024-05-01T12:00:00.123000Z');
  });
});
