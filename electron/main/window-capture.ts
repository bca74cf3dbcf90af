import type { WebContents } from 'electron';
import type { ExportedFile, WindowApi } from '../shared/contract';

/** The part of a window's web contents the captures use. */
export type CapturableContents = Pick<WebContents, 'capturePage' | 'printToPDF'>;

const stamp = (): string => new Date().toISOString().slice(0, 10);

/**
 * The contract requests that need a window, which the plain-Node services cannot answer: the
 * page as PNG (capturePage) and as a PDF document (printToPDF, landscape A4, backgrounds on).
 */
export function windowCaptureRequests(
  contents: () => CapturableContents | undefined,
): Omit<WindowApi, 'chooseImportFolder'> {
  const current = (): CapturableContents => {
    const found = contents();
    if (!found) throw new Error('There is no window to capture.');
    return found;
  };
  return {
    async capturePng(): Promise<ExportedFile> {
      const image = await current().capturePage();
      return {
        fileName: `newsline-${stamp()}.png`,
        mimeType: 'image/png',
        content: image.toPNG().toString('base64'),
        base64: true,
      };
    },
    async printPdf(): Promise<ExportedFile> {
      const data = await current().printToPDF({ landscape: true, pageSize: 'A4', printBackground: true });
      return {
        fileName: `newsline-${stamp()}.pdf`,
        mimeType: 'application/pdf',
        content: Buffer.from(data).toString('base64'),
        base64: true,
      };
    },
  };
}
