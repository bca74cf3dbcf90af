import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain, resetElectronMock, type FakeFrame } from '../mocks/electron';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { channelOf, REQUEST_NAMES } from '../../electron/shared/contract';
import { MAX_REQUEST_BYTES } from '../../electron/shared/limits';
import { serviceStub } from '../mocks/service';
import { pageSnapshotOf } from '../../electron/shared/page-events';
import { decodeAnswer } from '../../electron/shared/wire';

vi.mock('electron', () => import('../mocks/electron'));

const snapshot = { articles: [], events: [], actors: [], problems: [] };
const service = serviceStub(snapshot);

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const handlers = (): Map<string, Handler> =>
  new Map(ipcMain.handle.mock.calls.map(([channel, handler]) => [channel as string, handler as Handler]));

/** An invoke event from a frame at `url`; a sub-frame when `parentUrl` is given. */
function eventFrom(url: string, parentUrl?: string): IpcMainInvokeEvent {
  const main: FakeFrame = { url: parentUrl ?? url, parent: null };
  const frame: FakeFrame = parentUrl ? { url, parent: main } : main;
  return { sender: { mainFrame: main }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

beforeEach(() => {
  resetElectronMock();
  registerIpcHandlers(ipcMain as never, service);
});

describe('IPC handlers', () => {
  it('registers exactly one handler per request of the contract', () => {
    expect([...handlers().keys()].sort()).toEqual(REQUEST_NAMES.map(channelOf).sort());
  });

  it('answers our page with the service result', async () => {
    const handler = handlers().get(channelOf('getSnapshot'))!;
    // Answers travel as JSON text, snapshots packed; the page decodes them.
    const text = (await handler(eventFrom('app://newsline/index.html'))) as string;
    expect(decodeAnswer('getSnapshot', text)).toEqual(pageSnapshotOf(snapshot));
    const save = handlers().get(channelOf('saveViewState'))!;
    await save(eventFrom('app://newsline/index.html'), { hiddenActors: ['NATO'], mode: 'all' });
    expect(service.saveViewState).toHaveBeenCalledWith({ hiddenActors: ['NATO'], mode: 'all' });
  });

  it('rejects a sub-frame, another origin and a vanished frame', async () => {
    const handler = handlers().get(channelOf('getSnapshot'))!;
    await expect(
      handler(eventFrom('app://newsline/frame.html', 'app://newsline/index.html')),
    ).rejects.toThrow(/Refused getSnapshot/);
    await expect(handler(eventFrom('https://evil.example/'))).rejects.toThrow(/Refused/);
    await expect(handler(eventFrom('file:///tmp/page.html'))).rejects.toThrow(/Refused/);
    await expect(
      handler({ sender: { mainFrame: null }, senderFrame: null } as unknown as IpcMainInvokeEvent),
    ).rejects.toThrow(/Refused/);
    expect(service.getSnapshot).not.toHaveBeenCalled();
  });

  it('rejects bad arguments before the service sees them', async () => {
    const save = handlers().get(channelOf('saveViewState'))!;
    await expect(
      save(eventFrom('app://newsline/index.html'), { hiddenActors: 'NATO', mode: 'any' }),
    ).rejects.toThrow(/Invalid arguments for saveViewState/);
    const text = handlers().get(channelOf('getArticleText'))!;
    await expect(text(eventFrom('app://newsline/index.html'), 42)).rejects.toThrow(/getArticleText/);
    const snap = handlers().get(channelOf('getSnapshot'))!;
    await expect(snap(eventFrom('app://newsline/index.html'), 'extra')).rejects.toThrow(/getSnapshot/);
    expect(service.saveViewState).not.toHaveBeenCalled();
    expect(service.getArticleText).not.toHaveBeenCalled();
  });

  it("refuses a request over the preview's limit with the same words, before the service sees it", async () => {
    const page = eventFrom('app://newsline/index.html');
    const importEvents = handlers().get(channelOf('importEvents'))!;
    const over = `{"events":"${'x'.repeat(MAX_REQUEST_BYTES)}"}`;
    await expect(importEvents(page, over)).rejects.toThrow(
      /^Refused importEvents: The request is too large \(40\.0 MB\); the limit is 40 MB at a time/,
    );
    const files = Array.from({ length: 5 }, (_, i) => ({
      name: `f${i}.md`,
      content: 'y'.repeat(9 * 1024 * 1024),
      lastModified: 0,
    }));
    const importArticles = handlers().get(channelOf('importArticles'))!;
    await expect(importArticles(page, files)).rejects.toThrow(/too large .*the limit is 40 MB at a time/);
    expect(service.importEvents).not.toHaveBeenCalled();
    expect(service.importArticles).not.toHaveBeenCalled();
    // Just under the limit, in four files, is fine.
    await importArticles(page, files.slice(0, 4));
    expect(service.importArticles).toHaveBeenCalledTimes(1);
  });
});
