/**
 * Image preparation in the browser: accepts JPEG or PNG (HEIC gets its own clear error), refuses
 * files over 20 MB, and downscales with a canvas to at most 1600 px and ~600 KB of JPEG before
 * upload, so the server never receives a full-size photo.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_EDGE = 1600;
const TARGET_BYTES = 600 * 1024;

export type ImageProblem = 'heic' | 'wrongType' | 'tooLarge' | 'unreadable';

export class ImageError extends Error {
  constructor(readonly problem: ImageProblem) {
    super(problem);
  }
}

export function checkFile(file: File): void {
  const name = file.name.toLowerCase();
  if (/image\/hei[cf]/.test(file.type) || /\.hei[cf]$/.test(name)) throw new ImageError('heic');
  if (!['image/jpeg', 'image/png'].includes(file.type)) throw new ImageError('wrongType');
  if (file.size > MAX_FILE_BYTES) throw new ImageError('tooLarge');
}

async function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new ImageError('unreadable'))), 'image/jpeg', quality),
  );
}

/** Draws the source scaled to fit MAX_EDGE and encodes JPEG, lowering quality and size until small enough. */
export async function downscale(source: CanvasImageSource, width: number, height: number): Promise<Blob> {
  if (!width || !height) throw new ImageError('unreadable');
  let edge = MAX_EDGE;
  for (let round = 0; round < 4; round++) {
    const scale = Math.min(1, edge / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(source, 0, 0, canvas.width, canvas.height);
    for (const quality of [0.85, 0.7]) {
      const blob = await toBlob(canvas, quality);
      if (blob.size <= TARGET_BYTES) return blob;
    }
    edge = Math.round(edge * 0.75);
  }
  throw new ImageError('tooLarge');
}

export async function fromFile(file: File): Promise<Blob> {
  checkFile(file);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ImageError('unreadable');
  }
  try {
    return await downscale(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
