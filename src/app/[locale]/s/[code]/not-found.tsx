import { RoundMessage } from "@/features/survey/components/round-message";

export default function SurveyRoundNotFound() {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-6 sm:py-10">
      <RoundMessage reason="not-found" />
    </div>
  );
}
