"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { Dialog } from "@/components/ui/dialog";

type Status = "idle" | "confirming" | "working" | "done" | "failed";

/** What this app keeps in the browser itself (drafts, the pathway's place, the outbox). */
const DEVICE_STORAGE_PREFIX = "belong.";

function clearDeviceStorage() {
  try {
    const keys = Object.keys(window.localStorage).filter((k) =>
      k.startsWith(DEVICE_STORAGE_PREFIX),
    );
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Storage may be blocked; the server side is what counts.
  }
}

/** "Forget this device": a clear confirmation, then the server deletes and clears the cookie. */
export function ForgetDevice() {
  const t = useTranslations("privacy.forget");
  const [status, setStatus] = useState<Status>("idle");

  const forget = async () => {
    setStatus("working");
    try {
      const response = await fetch("/api/v1/device/forget", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ confirm: true }),
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      clearDeviceStorage();
      setStatus("done");
    } catch {
      setStatus("failed");
    }
  };

  return (
    <div className="flex flex-col items-start gap-3">
      <Button
        variant="danger"
        onClick={() => setStatus("confirming")}
        disabled={status === "working"}
      >
        {status === "working" ? t("working") : t("button")}
      </Button>
      <p role="status" className="font-bold">
        {status === "done" ? t("done") : null}
      </p>
      {status === "failed" ? (
        <p role="alert" className="font-bold text-danger">
          {t("failed")}
        </p>
      ) : null}
      <Dialog
        open={status === "confirming"}
        onClose={() => setStatus((s) => (s === "confirming" ? "idle" : s))}
        title={t("confirmTitle")}
        actions={
          <Button variant="danger" onClick={forget}>
            {t("confirm")}
          </Button>
        }
      >
        <p>{t("confirmText")}</p>
      </Dialog>
    </div>
  );
}
