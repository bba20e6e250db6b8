"use client";

import { useEffect } from "react";

const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/**
 * Arrows, space and a presentation clicker (which sends PageUp / PageDown) move through the
 * steps; F toggles full screen, W the advice wall, Escape closes the wall. Keys typed into a
 * field, pressed on a button (space would also click it) or inside an open dialog are left
 * alone.
 */
export function useStepKeys(handlers: {
  onNext: () => void;
  onPrevious: () => void;
  onFullscreen: () => void;
  onWall?: () => void;
  onEscape?: () => void;
}) {
  const { onNext, onPrevious, onFullscreen, onWall, onEscape } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, dialog[open], [contenteditable]")) return;
      if (event.key === " " && target?.closest("button, [role=button], summary")) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (NEXT_KEYS.has(key)) {
        event.preventDefault();
        onNext();
      } else if (PREVIOUS_KEYS.has(key)) {
        event.preventDefault();
        onPrevious();
      } else if (key === "f") {
        onFullscreen();
      } else if (key === "w") {
        onWall?.();
      } else if (key === "Escape") {
        onEscape?.();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onNext, onPrevious, onFullscreen, onWall, onEscape]);
}
