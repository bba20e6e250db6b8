// Atkinson Hyperlegible: designed for readers with low vision, served from this app (no
// font CDN). Latin and Latin Extended (Estonian š, ž, õ) come as two faces; the browser takes
// each glyph from the first face that has it. Neither is preloaded: Chromium holds the first
// paint for a preloaded font, and a phone on a slow network then waits for 55 kB of fonts
// before it shows any text. Until they arrive the text is drawn in "Belong Fallback"
// (globals.css), a system sans-serif sized to take the same room, so nothing moves on swap.
// It comes after both faces in the font stack, so an Estonian š is never taken from it while
// the Latin Extended face is there.
import localFont from "next/font/local";

export const belongFont = localFont({
  src: [
    {
      path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-italic.woff2",
      weight: "400",
      style: "italic",
    },
  ],
  variable: "--font-belong",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

export const belongFontExt = localFont({
  src: [
    {
      path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  variable: "--font-belong-ext",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});
