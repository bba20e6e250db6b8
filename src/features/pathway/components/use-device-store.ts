"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * A value kept in localStorage under `key`, shared by every component (and tab) that reads
 * it. Null on the server and while hydrating. Where storage is off (some private modes), the
 * value lives in memory for as long as the page is open.
 */
export function createDeviceStore<T>(key: string, restore: (raw: string | null) => T) {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  let cache: { raw: string | null; value: T } | undefined;

  function readRaw(): string | null {
    try {
      return window.localStorage.getItem(key) ?? memory;
    } catch {
      return memory;
    }
  }

  function get(): T {
    const raw = readRaw();
    if (!cache || cache.raw !== raw) cache = { raw, value: restore(raw) };
    return cache.value;
  }

  function set(value: T): void {
    const raw = JSON.stringify(value);
    memory = raw;
    try {
      window.localStorage.setItem(key, raw);
    } catch {
      // Storage is full or off: `memory` keeps it for this page.
    }
    listeners.forEach((listener) => listener());
  }

  function subscribe(listener: () => void) {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) listener();
    };
    listeners.add(listener);
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  }

  function useValue(): T | null {
    return useSyncExternalStore(subscribe, get, () => null);
  }

  return { get, set, useValue };
}

/** A reducer whose state lives in a device store. */
export function useDeviceReducer<S, A>(
  store: ReturnType<typeof createDeviceStore<S>>,
  reducer: (state: S, action: A) => S,
): [S | null, (action: A) => void] {
  const state = store.useValue();
  const dispatch = useCallback(
    (action: A) => store.set(reducer(store.get(), action)),
    [store, reducer],
  );
  return [state, dispatch];
}
