import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { CARD_SIZE } from "./certificate-html";

/**
 * A camera frame Chromium's fake camera plays (`--use-file-for-fake-video-capture=<file.y4m>`):
 * a rendered certificate held up in front of the kiosk, as one YUV4MPEG2 frame the fake device
 * loops. The frame's size is chosen so that the capture page's guide frame (80 % × 72 % of the
 * picture, see DocumentCapturePage) is a 10:7 box just larger than the card: the kiosk's crop
 * then holds the whole card at its rendered size, with a thin edge of the desk around it.
 */
export const CAMERA_SIZE = { width: 1280, height: 996 };

/** Where the card sits in the camera frame: centred in the guide frame. */
const CARD_AT = {
  x: Math.round(CAMERA_SIZE.width * 0.1 + (CAMERA_SIZE.width * 0.8 - CARD_SIZE.width) / 2),
  y: Math.round(CAMERA_SIZE.height * 0.14 + (CAMERA_SIZE.height * 0.72 - CARD_SIZE.height) / 2),
};

const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/**
 * RGBA pixels as a YUV4MPEG2 file of `frames` identical 4:2:0 frames (BT.601, studio range, what
 * Chromium's file capture expects of `C420jpeg`). Width and height must be even.
 */
export function rgbaToY4m(rgba: Uint8Array, width: number, height: number, frames = 1): Buffer {
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error("4:2:0 needs an even width and height");
  if (rgba.length !== width * height * 4)
    throw new Error(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let i = 0; i < width * height; i++) {
    const r = rgba[i * 4] ?? 0;
    const g = rgba[i * 4 + 1] ?? 0;
    const b = rgba[i * 4 + 2] ?? 0;
    y[i] = clamp(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
  }
  // Chroma from the mean of each 2×2 block.
  for (let cy = 0; cy < height / 2; cy++) {
    for (let cx = 0; cx < width / 2; cx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const p = ((cy * 2 + dy) * width + cx * 2 + dx) * 4;
        r += rgba[p] ?? 0;
        g += rgba[p + 1] ?? 0;
        b += rgba[p + 2] ?? 0;
      }
      r /= 4;
      g /= 4;
      b /= 4;
      const at = cy * (width / 2) + cx;
      u[at] = clamp(128 + (-37.797 * r - 74.203 * g + 112 * b) / 255);
      v[at] = clamp(128 + (112 * r - 93.786 * g - 18.214 * b) / 255);
    }
  }
  const frame = Buffer.concat([Buffer.from("FRAME\n", "latin1"), y, u, v]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`, "latin1"),
    ...Array.from({ length: frames }, () => frame),
  ]);
}

/**
 * Writes `file`: the camera's view of `image` (a rendered certificate, PNG or JPEG) held inside
 * the guide frame over a desk, or of a blank sheet when `image` is null (a reading that finds
 * nothing). Chromium decodes and lays out the picture; the pixels become one y4m frame.
 */
export async function cameraY4m(
  browser: Browser,
  image: { bytes: Buffer; mime: string } | null,
  file: string,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 64, height: 64 } });
  try {
    const src = image === null ? "" : `data:${image.mime};base64,${image.bytes.toString("base64")}`;
    // Runs in the page; written as source because test/support is type-checked without the DOM.
    const base64 = await page.evaluate<string>(`(async () => {
      const w = ${String(CAMERA_SIZE.width)}, h = ${String(CAMERA_SIZE.height)};
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext("2d");
      g.fillStyle = "#6b5a48";
      g.fillRect(0, 0, w, h);
      const src = ${JSON.stringify(src)};
      if (src === "") {
        g.fillStyle = "#f4f1ea";
        g.fillRect(${String(CARD_AT.x)}, ${String(CARD_AT.y)}, ${String(CARD_SIZE.width)}, ${String(CARD_SIZE.height)});
      } else {
        const img = new Image();
        img.src = src;
        await img.decode();
        g.drawImage(img, ${String(CARD_AT.x)}, ${String(CARD_AT.y)}, ${String(CARD_SIZE.width)}, ${String(CARD_SIZE.height)});
      }
      const data = g.getImageData(0, 0, w, h).data;
      let binary = "";
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(binary);
    })()`);
    const rgba = new Uint8Array(Buffer.from(base64, "base64"));
    writeFileSync(file, rgbaToY4m(rgba, CAMERA_SIZE.width, CAMERA_SIZE.height));
  } finally {
    await page.close();
  }
}
