"use client";

import { useCallback, useMemo } from "react";
import { createDeviceStore } from "@/features/pathway";
import {
  adviceDraftKey,
  EMPTY_ADVICE_DRAFT,
  restoreAdviceDraft,
  type AdviceDraft,
} from "../domain/advice-draft";

/**
 * This session's advice draft on the device, a way to change part of it, and whether it has been
 * read yet (while the page hydrates it is empty).
 */
export function useAdviceDraft(
  code: string,
): [AdviceDraft, (patch: Partial<AdviceDraft>) => void, boolean] {
  const store = useMemo(
    () => createDeviceStore<AdviceDraft>(adviceDraftKey(code), restoreAdviceDraft),
    [code],
  );
  const stored = store.useValue();
  const update = useCallback(
    (patch: Partial<AdviceDraft>) => store.set({ ...store.get(), ...patch }),
    [store],
  );
  return [stored ?? EMPTY_ADVICE_DRAFT, update, stored !== null];
}
