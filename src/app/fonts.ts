// Atkinson Hyperlegible: designed for readers with low vision, served from this app (no
// font CDN). Latin and Latin Extended (Estonian š, ž, õ) come as two faces; the browser takes
// each glyph from the first face that has it.
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
});
