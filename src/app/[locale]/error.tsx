"use client";

import { ErrorView } from "@/components/layout/error-view";

/** Any page that fails (the database away for a moment, say): a calm page with "try again". */
export default function LocaleError() {
  return <ErrorView />;
}
