import type { ExportedFile } from '../../../electron/shared/contract';

/**
 * Offers a file made by the services as a download: the browser saves it (the desktop app shows
 * the native save dialog for downloads).
 */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const data = file.base64 ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
