/**
 * Draws the two Teams app icons into appPackage/: `color.png` (192×192, the loop mark in white on
 * the brand colour) and `outline.png` (32×32, the same mark in white on transparent). The output is
 * byte-for-byte deterministic, so re-running it never produces a diff and a test can compare the
 * committed icons with a fresh render.
 *
 * Run: `npx tsx scripts/make-icons.ts`
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

/** The brand colour; appPackage/manifest.json uses it as `accentColor` too. */
export const BRAND_COLOR = "#0F766E";

/** The loop mark in pixel units of one icon: an open ring whose end carries an arrowhead. */
interface LoopMark {
  size: number;
  outerRadius: number;
  innerRadius: number;
  /** Where the opening of the ring sits, in degrees clockwise from 3 o'clock. */
  gapCenter: number;
  gapWidth: number;
  /** Half the width of the arrowhead's base, measured across the ring. */
  arrowHalfWidth: number;
  arrowLength: number;
}

/** Teams shows the colour icon full-bleed; the mark keeps to the middle 120 px. */
const COLOR_MARK: LoopMark = {
  size: 192,
  outerRadius: 54,
  innerRadius: 38,
  gapCenter: -60,
  gapWidth: 56,
  arrowHalfWidth: 19,
  arrowLength: 22,
};

/** The outline icon is drawn at 32 px, where a thicker stroke stays legible. */
const OUTLINE_MARK: LoopMark = {
  size: 32,
  outerRadius: 12,
  innerRadius: 8,
  gapCenter: -60,
  gapWidth: 60,
  arrowHalfWidth: 4.75,
  arrowLength: 5.5,
};

const SAMPLES = 4;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

function cross(ax: number, ay: number, bx: number, by: number, px: number, py: number) {
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}

/** Whether a point (in pixel units) lies on the mark. */
function onMark(mark: LoopMark, x: number, y: number): boolean {
  const c = mark.size / 2;
  const dx = x - c;
  const dy = y - c;
  const r = Math.hypot(dx, dy);
  let angle = (Math.atan2(dy, dx) * 180) / Math.PI - mark.gapCenter;
  angle = ((angle % 360) + 360) % 360;
  const inGap = angle < mark.gapWidth / 2 || angle > 360 - mark.gapWidth / 2;
  if (r >= mark.innerRadius && r <= mark.outerRadius && !inGap) return true;

  // The ring runs clockwise and ends at the counter-clockwise edge of the gap, pointing into it.
  const end = rad(mark.gapCenter - mark.gapWidth / 2);
  const mid = (mark.innerRadius + mark.outerRadius) / 2;
  const bx = c + mid * Math.cos(end);
  const by = c + mid * Math.sin(end);
  const [nx, ny] = [Math.cos(end), Math.sin(end)];
  const [tx, ty] = [-Math.sin(end), Math.cos(end)];
  const p1 = [bx + nx * mark.arrowHalfWidth, by + ny * mark.arrowHalfWidth] as const;
  const p2 = [bx - nx * mark.arrowHalfWidth, by - ny * mark.arrowHalfWidth] as const;
  const tip = [bx + tx * mark.arrowLength, by + ty * mark.arrowLength] as const;
  const d1 = cross(p1[0], p1[1], p2[0], p2[1], x, y);
  const d2 = cross(p2[0], p2[1], tip[0], tip[1], x, y);
  const d3 = cross(tip[0], tip[1], p1[0], p1[1], x, y);
  return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

/** Fraction of each pixel covered by the mark, from a 4×4 supersample. */
function coverage(mark: LoopMark): Float64Array {
  const result = new Float64Array(mark.size * mark.size);
  for (let py = 0; py < mark.size; py++) {
    for (let px = 0; px < mark.size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (onMark(mark, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
        }
      }
      result[py * mark.size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return result;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function encode(
  size: number,
  paint: (alphaOfMark: number) => [number, number, number, number],
  mark: LoopMark,
) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const cover = coverage(mark);
  for (let i = 0; i < size * size; i++) {
    const [r, g, b, a] = paint(cover[i] ?? 0);
    png.data[i * 4] = r;
    png.data[i * 4 + 1] = g;
    png.data[i * 4 + 2] = b;
    png.data[i * 4 + 3] = a;
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Renders both icons; pure, so tests can compare the result with the committed files. */
export function renderIcons(): { color: Buffer; outline: Buffer } {
  const [br, bg, bb] = hexToRgb(BRAND_COLOR);
  const blend = (base: number, a: number) => Math.round(base + (255 - base) * a);
  const color = encode(COLOR_MARK.size, (a) => [blend(br, a), blend(bg, a), blend(bb, a), 255], COLOR_MARK);
  // Every outline pixel is white; only its alpha varies, which is what "white on transparent" means.
  const outline = encode(OUTLINE_MARK.size, (a) => [255, 255, 255, Math.round(a * 255)], OUTLINE_MARK);
  return { color, outline };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL("../appPackage/", import.meta.url));
  const { color, outline } = renderIcons();
  writeFileSync(`${dir}color.png`, color);
  writeFileSync(`${dir}outline.png`, outline);
  console.log(`wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)`);
}
