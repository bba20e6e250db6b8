"use client";

import { useCallback, useSyncExternalStore } from "react";

export const TEXT_SIZES = ["normal", "large", "larger"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

// Kept on the device: a student who needs larger text should not have to choose it every time.
const KEY = "belong.textSize";
const listeners = new Set<() => void>();
// Where storage is off (some private modes), the choice still holds until the page closes.
let unsaved: TextSize | undefined;

function read(): TextSize {
  try {
    const value = window.localStorage.getItem(KEY);
    return TEXT_SIZES.find((size) => size === value) ?? unsaved ?? "normal";
  } catch {
    return unsaved ?? "normal";
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function useTextSize(): [TextSize, (size: TextSize) => void] {
  const size = useSyncExternalStore(subscribe, read, () => "normal" as const);
  const setSize = useCallback((next: TextSize) => {
    unsaved = next;
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Storage is off: `unsaved` keeps the choice for this page.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [size, setSize];
}
