/**
 * A picture of part of the page drawn by the page itself (for the preview, where there is no
 * window to capture): the element is cloned with its computed styles inlined into an SVG
 * foreignObject, drawn on a canvas and read back as PNG. Only the page's own content is drawn
 * (no remote images), so the canvas stays readable.
 */
import type { ExportedFile } from '../../../electron/shared/contract';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Copies the computed style of every element of `source` onto the matching element of `copy`. */
function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = (copy as HTMLElement).style;
  if (style) {
    for (const name of computed) style.setProperty(name, computed.getPropertyValue(name));
  }
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i += 1) inlineStyles(from[i]!, to[i]!);
}

/** The element as an SVG image (a data: URL) of its current size. */
export function elementToSvg(element: HTMLElement): { url: string; width: number; height: number } {
  const { width, height } = element.getBoundingClientRect();
  const copy = element.cloneNode(true) as HTMLElement;
  inlineStyles(element, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(Math.ceil(width)));
  svg.setAttribute('height', String(Math.ceil(height)));
  const object = document.createElementNS(SVG_NS, 'foreignObject');
  object.setAttribute('width', '100%');
  object.setAttribute('height', '100%');
  object.append(copy);
  svg.append(object);
  const markup = new XMLSerializer().serializeToString(svg);
  return {
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`,
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}

/** Draws `element` into a PNG file (at the screen's pixel ratio). */
export async function captureElementPng(element: HTMLElement, fileName: string): Promise<ExportedFile> {
  const { url, width, height } = elementToSvg(element);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The browser could not draw the timeline.'));
    image.src = url;
  });
  const scale = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser has no canvas to draw on.');
  context.fillStyle = getComputedStyle(document.body).backgroundColor || '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const dataUrl = canvas.toDataURL('image/png');
  return { fileName, mimeType: 'image/png', content: dataUrl.slice(dataUrl.indexOf(',') + 1), base64: true };
}
