import { describe, expect, it } from '@jest/globals';
import { BufferPool } from './buffer-pool.js';

describe('BufferPool', () => {
  it('hands out buffers of its size and gives the same one back after use', () => {
    const pool = new BufferPool(1024, 2);
    const first = pool.take();
    expect(first.byteLength).toBe(1024);
    pool.give(first);
    expect(pool.take()).toBe(first);
  });

  it('never hands the same buffer to two users at once', () => {
    const pool = new BufferPool(16, 4);
    const a = pool.take();
    const b = pool.take();
    expect(a).not.toBe(b);
  });

  it('keeps at most its limit of idle buffers and refuses other sizes', () => {
    const pool = new BufferPool(16, 1);
    const [a, b] = [pool.take(), pool.take()];
    pool.give(new ArrayBuffer(32));
    pool.give(a);
    pool.give(b);
    expect(pool.take()).toBe(a);
    const fresh = pool.take();
    expect(fresh).not.toBe(b);
    expect(fresh.byteLength).toBe(16);
  });
});
