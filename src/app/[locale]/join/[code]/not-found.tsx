import { JoinMessage } from "@/features/classroom/components/join-message";

export default function JoinSessionNotFound() {
  return <JoinMessage reason="not-found" />;
}
