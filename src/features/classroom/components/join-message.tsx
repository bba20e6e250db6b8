import { useTranslations } from "next-intl";
import { CodeForm } from "@/features/survey";

export type JoinProblem = "not-found" | "ended" | "rate-limited";

function JoinFrame({ title, text, form }: { title: string; text: string; form: boolean }) {
  const t = useTranslations("classroomJoin.codeForm");
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-6 sm:py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold leading-tight">{title}</h1>
        <p className="text-lg">{text}</p>
      </div>
      {form ? (
        <CodeForm
          path="/join"
          noScriptAction="/join/go"
          text={{ label: t("label"), submit: t("submit"), invalid: t("invalid") }}
        />
      ) : null}
    </div>
  );
}

/** /{locale}/join: the code from the board. */
export function JoinCodePage() {
  const t = useTranslations("classroomJoin");
  return <JoinFrame title={t("join.title")} text={t("join.text")} form />;
}

/**
 * A code that leads to no session now, said kindly, with a way to type another. It never names
 * the school: a code of another institution must not tell who it belongs to.
 */
export function JoinMessage({ reason }: { reason: JoinProblem }) {
  const t = useTranslations("classroomJoin");
  const key = ({ "not-found": "notFound", ended: "ended", "rate-limited": "rateLimited" } as const)[
    reason
  ];
  // Over the guess limit every code is refused for a while: another try cannot help yet.
  return (
    <JoinFrame title={t(`${key}.title`)} text={t(`${key}.text`)} form={reason !== "rate-limited"} />
  );
}
