import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * A still video for Chromium's fake camera (`--use-file-for-fake-video-capture`) from a PNG: the
 * picture centred on a white frame, as YUV4MPEG2 (a header line, then `FRAME\n` and the raw I420
 * planes for each frame). No ffmpeg needed.
 */
export function writeStillY4m(input: {
  png: string;
  out: string;
  width?: number;
  height?: number;
  frames?: number;
}): void {
  const { width = 640, height = 480, frames = 10 } = input;
  const image = PNG.sync.read(readFileSync(input.png));
  const left = Math.floor((width - image.width) / 2);
  const top = Math.floor((height - image.height) / 2);
  const luma = Buffer.alloc(width * height, 255);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const tx = x + left;
      const ty = y + top;
      if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue;
      const at = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0] = image.data.subarray(at, at + 3);
      // BT.601 full-range luma; the picture is black and white, so chroma stays neutral
      luma[ty * width + tx] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(input.out, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
