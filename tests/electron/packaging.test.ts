import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** electron-builder's own loader and schema check, as `electron-builder` runs them. */
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string | null, extra: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('packaging configuration', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ appId: 'app.newsline.desktop', productName: 'Newsline', asar: true });
  });

  it('burns every fuse Electron has, each set explicitly to its safe value', async () => {
    const config = await getConfig(root, null, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // The list is complete: every fuse @electron/fuses knows is in the configuration.
    const { FuseV1Options } = require('@electron/fuses') as {
      FuseV1Options: Record<string, string | number>;
    };
    const known = Object.keys(FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .map((k) => k[0]!.toLowerCase() + k.slice(1));
    expect(Object.keys(config.electronFuses as object).sort()).toEqual(known.sort());
  });

  it('builds the installers of each platform with the app icon', async () => {
    const config = (await getConfig(root, null, null)) as Record<string, { target?: unknown; icon?: string }>;
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    const icon = readFileSync(`${root}/${config.linux?.icon}`);
    // PNG header, then width and height (big-endian) in the IHDR chunk.
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('ships the built app, the sample and the gazetteer, and starts from the bundled main', async () => {
    const config = await getConfig(root, null, null);
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toEqual(
      expect.arrayContaining(['dist/**', 'assets/articles/**', 'assets/actors.json', 'package.json']),
    );
    // The extraction worker thread loads its script from outside the archive.
    expect(config.asarUnpack).toEqual(['dist/electron/extract-worker.cjs']);
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(existsSync(`${root}/assets/articles`)).toBe(true);
  });
});
