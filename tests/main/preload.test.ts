import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetElectronMock } from '../mocks/electron';
import {
  channelOf,
  MENU_COMMAND_CHANNEL,
  REQUEST_NAMES,
  type BridgeApi,
} from '../../electron/shared/contract';

vi.mock('electron', () => import('../mocks/electron'));

// Loading the preload exposes the bridge once; remember what it exposed before mocks are reset.
await import('../../electron/preload/index');
const exposures = [...contextBridge.exposeInMainWorld.mock.calls];

const exposed = async (): Promise<BridgeApi> => {
  expect(exposures).toHaveLength(1);
  const [name, api] = exposures[0]!;
  expect(name).toBe('newsline');
  return api as BridgeApi;
};

beforeEach(() => resetElectronMock());

describe('preload bridge', () => {
  it('exposes exactly one function per operation of the contract, nothing else', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual([...REQUEST_NAMES, 'onMenuCommand'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each request on its own channel with its arguments, and passes the JSON answer on as it is', async () => {
    const api = await exposed();
    const answer = '{"hiddenActors":[],"mode":"any"}';
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    await expect(api.getViewState()).resolves.toBe(answer);
    await api.getArticleText('a1');
    await api.saveViewState({ hiddenActors: ['NATO'], mode: 'all' });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [channelOf('getViewState')],
      [channelOf('getArticleText'), 'a1'],
      [channelOf('saveViewState'), { hiddenActors: ['NATO'], mode: 'all' }],
    ]);
  });

  it('delivers known menu commands until unsubscribed', async () => {
    const api = await exposed();
    const listener = vi.fn();
    const stop = api.onMenuCommand(listener);
    const [channel, handler] = ipcRenderer.on.mock.calls[0]! as [string, (...a: unknown[]) => void];
    expect(channel).toBe(MENU_COMMAND_CHANNEL);
    handler({}, 'zoom-in');
    handler({}, 'format-disk');
    expect(listener.mock.calls).toEqual([['zoom-in']]);
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, handler);
  });
});
