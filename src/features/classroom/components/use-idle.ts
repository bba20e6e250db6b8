"use client";

import { useEffect, useState } from "react";

/** How long without the mouse or a key before the teacher's controls fade. */
export const CONTROLS_IDLE_MS = 4_000;

const WAKE_EVENTS = ["mousemove", "mousedown", "keydown", "touchstart", "wheel"] as const;

/**
 * Whether the teacher has left the mouse and keyboard alone for `ms`: the projector then fades
 * its controls so the class sees only the step. Any movement, click, touch or key wakes them.
 */
export function useIdle(ms = CONTROLS_IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    wake();
    for (const name of WAKE_EVENTS) window.addEventListener(name, wake, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of WAKE_EVENTS) window.removeEventListener(name, wake);
    };
  }, [ms]);
  return idle;
}
