// Where the window opens: where the user left it, unless that place is no
// longer on any screen (an unplugged monitor), in which case it is brought back.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds extends Rect {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must overlap a display for the saved position to count as visible. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

function isFiniteRect(r: Partial<Rect> | null | undefined): r is Rect {
  return (
    r != null &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (r.width ?? 0) > 0 &&
    (r.height ?? 0) > 0
  );
}

/**
 * The bounds to open the window with.
 * @param saved what was remembered (may be null, garbage, or off-screen)
 * @param workAreas every display's work area; the first is the primary display
 */
export function restoreBounds(saved: Partial<WindowBounds> | null | undefined, workAreas: Rect[]): WindowBounds {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  const maximized = saved?.maximized === true;
  if (!isFiniteRect(saved)) {
    return { ...centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized };
  }
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const rect = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };

  // The display showing most of the window; it must show enough of it to be grabbed.
  let best: { area: Rect; size: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    const size = o.width * o.height;
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && (best === null || size > best.size)) {
      best = { area, size };
    }
  }
  if (best === null) return { ...centred(primary, width, height), maximized };

  // Shrink to the display and pull the title bar back on screen.
  const area = best.area;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - w);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - h);
  return { x, y, width: w, height: h, maximized };
}
