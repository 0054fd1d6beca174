/**
 * What the picture's canvas (2400×1350) is given, recorded in the page: each text with its font,
 * whether its faces were loaded, and its height; the map's image; and a picture's sampled pixels.
 * For the picture's e2e tests (offline.spec.ts, pictureAndPrint.spec.ts).
 */
import type { Download, Page } from "@playwright/test";

export interface PictureCalls {
  /** Each text, its font, whether every face it needs was loaded (else: boxes), and its height (CSS px of the 1200×675 picture). */
  texts: Array<{ text: string; font: string; loaded: boolean; y: number }>;
  /** drawImage's source size and its arguments after the source. */
  images: number[][];
}

/** Records what is drawn on the picture's canvas, as `window.__picture` (an init script). */
export function recordPictureCalls(): void {
  const calls: PictureCalls = { texts: [], images: [] };
  Object.assign(window, { __picture: calls });
  const ofPicture = (ctx: CanvasRenderingContext2D) =>
    ctx.canvas.width === 2400 && ctx.canvas.height === 1350;
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillText>) {
    const [text, , y] = args;
    if (ofPicture(this)) {
      const { d, f } = this.getTransform();
      const loaded = document.fonts.check(this.font, text);
      calls.texts.push({ text, font: this.font, loaded, y: (d * y + f) / 2 });
    }
    return Reflect.apply(fillText, this, args);
  };
  const drawImage = proto.drawImage;
  proto.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    const [source, ...rest] = args;
    if (ofPicture(this) && source instanceof HTMLCanvasElement) {
      calls.images.push([source.width, source.height, ...(rest as number[])]);
    }
    return Reflect.apply(drawImage, this, args);
  } as typeof drawImage;
}

/** Downloads the picture through the Save menu (its words in the page's language): the file, and what was drawn on it. */
export async function downloadPicture(
  page: Page,
  save = "Save",
  image = "Download image",
): Promise<PictureCalls & { download: Download }> {
  await page.evaluate(() => {
    const calls = (window as unknown as { __picture: PictureCalls }).__picture;
    calls.texts.length = 0;
    calls.images.length = 0;
  });
  await page.getByRole("button", { name: save, exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: image }).click(),
  ]);
  const calls = await page.evaluate(
    () => (window as unknown as { __picture: PictureCalls }).__picture,
  );
  return { ...calls, download };
}

/**
 * A picture decoded in the page, every `stride`th pixel sampled: how many colours (a blank or
 * single-colour picture has one) and their mean lightness (0–255).
 */
export async function imageSample(
  page: Page,
  src: string,
  stride: number,
): Promise<{ colours: number; lightness: number }> {
  return page.evaluate(
    async ([source, step]) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext("2d");
      ctx?.drawImage(image, 0, 0);
      const pixels = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      const seen = new Set<number>();
      let sum = 0;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4 * step) {
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        seen.add((r << 16) | (g << 8) | b);
        sum += (r + g + b) / 3;
        count++;
      }
      return { colours: seen.size, lightness: sum / Math.max(1, count) };
    },
    [src, stride] as const,
  );
}
