import { describe, expect, it } from '@jest/globals';
import { UploadSlots } from './upload-slots.js';

describe('UploadSlots', () => {
  it('gives out at most its cap of slots, counting the refusals, and takes them back once each', () => {
    const slots = new UploadSlots(2, 100);
    const first = slots.take();
    const second = slots.take();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(slots.take()).toBeNull();
    first?.release();
    first?.release();
    expect(slots.take()).not.toBeNull();
    expect(slots.snapshot()).toMatchObject({ cap: 2, active: 2, peakActive: 2, refused: 1, boundBytes: 200 });
  });

  it('accounts what each slot holds now and the most all held at once; a released slot holds nothing', () => {
    const slots = new UploadSlots(4, 1000);
    const a = slots.take();
    const b = slots.take();
    a?.hold(300);
    b?.hold(500);
    a?.hold(100);
    expect(slots.snapshot()).toMatchObject({ heldBytes: 600, peakHeldBytes: 800 });
    b?.release();
    b?.hold(900);
    expect(slots.snapshot()).toMatchObject({ active: 1, heldBytes: 100, peakHeldBytes: 800 });
    a?.release();
    expect(slots.snapshot()).toMatchObject({ active: 0, heldBytes: 0 });
  });
});
