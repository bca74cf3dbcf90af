/** Path of the Electron binary to run, or undefined when it is not installed (never downloads). */
export function findElectronBinary(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined;
