import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds } from '../../../electron/core/shell/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window placement', () => {
  it('opens centred at the default size the first time', () => {
    expect(restoreBounds(null, [laptop])).toEqual({
      x: (1440 - DEFAULT_SIZE.width) / 2,
      y: (900 - DEFAULT_SIZE.height) / 2,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('reopens exactly where it was on a display that is still there', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('comes back to the primary display when the external monitor is unplugged', () => {
    const b = restoreBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [laptop]);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(1440);
    expect(b.y + b.height).toBeLessThanOrEqual(900);
    expect(b.maximized).toBe(true);
  });

  it('pulls a half-off-screen window back and shrinks a too-large one to the display', () => {
    const b = restoreBounds({ x: -300, y: -50, width: 3000, height: 2000, maximized: false }, [laptop]);
    expect(b).toEqual({ x: 0, y: 0, width: 1440, height: 900, maximized: false });
  });

  it('ignores garbage and too-small sizes', () => {
    expect(restoreBounds({ x: Number.NaN, y: 0, width: 800, height: 600 }, [laptop]).width).toBe(DEFAULT_SIZE.width);
    const tiny = restoreBounds({ x: 10, y: 10, width: 50, height: 20, maximized: false }, [laptop]);
    expect(tiny.width).toBe(MIN_SIZE.width);
    expect(tiny.height).toBe(MIN_SIZE.height);
  });
});
