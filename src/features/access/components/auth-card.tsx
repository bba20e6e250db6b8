import type { ReactNode } from "react";
import { Card } from "@/components/ui";

/** The frame of the pages around signing in: one calm card, centred. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-8 sm:py-14">
      <Card className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
          {intro ? <p className="text-muted">{intro}</p> : null}
        </div>
        {children}
      </Card>
    </div>
  );
}
