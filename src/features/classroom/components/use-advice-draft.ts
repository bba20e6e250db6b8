"use client";

import { useCallback, useMemo } from "react";
import { createDeviceStore } from "@/features/pathway";
import {
  adviceDraftKey,
  EMPTY_ADVICE_DRAFT,
  restoreAdviceDraft,
  type AdviceDraft,
} from "../domain/advice-draft";

/** This session's advice draft on the device, and a way to change part of it. */
export function useAdviceDraft(code: string): [AdviceDraft, (patch: Partial<AdviceDraft>) => void] {
  const store = useMemo(
    () => createDeviceStore<AdviceDraft>(adviceDraftKey(code), restoreAdviceDraft),
    [code],
  );
  const draft = store.useValue() ?? EMPTY_ADVICE_DRAFT;
  const update = useCallback(
    (patch: Partial<AdviceDraft>) => store.set({ ...store.get(), ...patch }),
    [store],
  );
  return [draft, update];
}
