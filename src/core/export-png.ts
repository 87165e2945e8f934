/**
 * The PNG export: an SVG document drawn to a canvas. Loaded by `toPNG()` on its first call (it is
 * asynchronous), so that a page whose charts are never saved as PNG does not load it.
 */

/** Rasterises an SVG document string to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  // Read from the root tag's text, not a DOMParser: parsing a string is a Trusted Types sink.
  const root = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = size('width') || 640;
  const height = size('height') || 400;
  const url = URL.createObjectURL(new Blob([svgText], {type: 'image/svg+xml'}));
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new Error(
        'apac-viz: the PNG could not be drawn. On a page with a Content-Security-Policy, toPNG() needs img-src blob:.'
      );
    });
    const canvas = document.createElement('canvas');
    const factor = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
    canvas.width = Math.round(width * factor);
    canvas.height = Math.round(height * factor);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw to a canvas.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png'
      )
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
