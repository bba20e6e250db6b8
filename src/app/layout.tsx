// The html element lives in [locale]/layout.tsx so it can carry the page's language.
import type { ReactNode } from "react";
import "./globals.css";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
