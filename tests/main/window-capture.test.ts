import { describe, expect, it, vi } from 'vitest';
import { windowCaptureRequests, type CapturableContents } from '../../electron/main/window-capture';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const pdf = Buffer.from('%PDF-1.7');

const contents = () =>
  ({
    capturePage: vi.fn(async () => ({ toPNG: () => png })),
    printToPDF: vi.fn(async () => pdf),
  }) as unknown as CapturableContents & {
    capturePage: ReturnType<typeof vi.fn>;
    printToPDF: ReturnType<typeof vi.fn>;
  };

describe('window captures', () => {
  it('returns the page as a PNG file in base64', async () => {
    const wc = contents();
    const file = await windowCaptureRequests(() => wc).capturePng();
    expect(file).toMatchObject({ mimeType: 'image/png', base64: true });
    expect(file.fileName).toMatch(/^newsline-\d{4}-\d{2}-\d{2}\.png$/);
    expect(Buffer.from(file.content, 'base64')).toEqual(png);
  });

  it('prints the page to a landscape PDF with backgrounds', async () => {
    const wc = contents();
    const file = (await windowCaptureRequests(() => wc).printPdf())!;
    expect(wc.printToPDF).toHaveBeenCalledWith({ landscape: true, pageSize: 'A4', printBackground: true });
    expect(Buffer.from(file.content, 'base64').toString()).toBe('%PDF-1.7');
    expect(file.mimeType).toBe('application/pdf');
  });

  it('says so when there is no window', async () => {
    await expect(windowCaptureRequests(() => undefined).capturePng()).rejects.toThrow(/no window/);
  });
});
