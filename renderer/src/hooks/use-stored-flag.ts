import { useCallback, useState } from 'react';

/** Reads a yes/no choice kept in localStorage (false when absent or when storage is unavailable). */
export function readStoredFlag(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

/** A yes/no choice that survives a restart (localStorage), such as lanes or high contrast. */
export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => readStoredFlag(key));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Storage refused (private mode): the choice lasts this session only.
      }
    },
    [key],
  );
  return [value, set];
}
