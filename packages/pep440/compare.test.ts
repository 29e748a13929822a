import { describe, expect, it } from '@jest/globals';
import { compareVersions } from './compare.js';

// PEP 440's own example order, extended with locals.
const ORDERED = [
  '1.0.dev456',
  '1.0a1',
  '1.0a2.dev456',
  '1.0a12.dev456',
  '1.0a12',
  '1.0b1.dev456',
  '1.0b2',
  '1.0b2.post345.dev456',
  '1.0b2.post345',
  '1.0rc1.dev456',
  '1.0rc1',
  '1.0',
  '1.0+abc.5',
  '1.0+abc.7',
  '1.0+5',
  '1.0.post456.dev34',
  '1.0.post456',
  '1.0.15',
  '1.1.dev1',
  '1!0.1',
];

describe('compareVersions', () => {
  it('follows the PEP 440 example order', () => {
    ORDERED.forEach((a, i) => {
      ORDERED.forEach((b, j) => {
        expect([a, b, Math.sign(compareVersions(a, b))]).toEqual([a, b, Math.sign(i - j)]);
      });
    });
  });
  it('ignores trailing zeros and spelling', () => {
    expect(compareVersions('1.0', '1.0.0.0')).toBe(0);
    expect(compareVersions('v1.0-RC.1', '1rc1')).toBe(0);
    expect(compareVersions('1.0+abc.05', '1.0+ABC-5')).toBe(0);
  });
  it('orders local segments: numbers above words, shorter first', () => {
    expect(compareVersions('1.0+a', '1.0+1')).toBeLessThan(0);
    expect(compareVersions('1.0+1.a', '1.0+1.a.0')).toBeLessThan(0);
    expect(compareVersions('1.0+10', '1.0+9')).toBeGreaterThan(0);
    expect(compareVersions('1.0+123456789012345678901', '1.0+123456789012345678900')).toBeGreaterThan(0);
  });
  it('throws on invalid text', () => {
    expect(() => compareVersions('1.0', 'one')).toThrow('not a PEP 440 version');
  });
});
