"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, inputClasses } from "@/components/ui";
import { useRouter } from "@/i18n/navigation";
import { reviewFromEditor, type EditorResult } from "../../actions/local-stories";
import { ProblemsAlert } from "./problems-alert";

type Decision = "COMMENT" | "APPROVE" | "SEND_BACK";

/** A colleague's review: a comment, and approve (publish) or send back to the author. */
export function ReviewPanel({ storyId }: { storyId: string }) {
  const t = useTranslations("localStories");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<EditorResult | undefined>();
  const decide = (decision: Decision) =>
    startTransition(async () => {
      const answer = await reviewFromEditor({ id: storyId, decision, comment });
      setResult(answer);
      if (answer.ok) {
        setComment("");
        router.replace(`/staff/stories/${storyId}?saved=${decision}`);
        router.refresh();
      }
    });
  return (
    <section
      aria-labelledby="review-heading"
      className="flex flex-col gap-3 rounded-2xl border-2 border-line p-4"
    >
      <h2 id="review-heading" className="text-xl font-bold">
        {t("review.title")}
      </h2>
      <Field id="review-comment" label={t("review.comment")} hint={t("review.commentHint")}>
        {(d) => (
          <textarea
            id="review-comment"
            aria-describedby={d}
            rows={3}
            className={inputClasses}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={pending} onClick={() => decide("APPROVE")}>
          {t("review.approve")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => decide("SEND_BACK")}
        >
          {t("review.sendBack")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => decide("COMMENT")}
        >
          {t("review.commentOnly")}
        </Button>
      </div>
      <ProblemsAlert result={result} />
    </section>
  );
}
