import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { StaffContext } from "@/features/access/server";
import { AppError } from "@/lib/http";
import type { LocalStoryFacts } from "../../domain/local-text";

/** A story of this institution: another school's id is simply not found. */
export function inInstitution(institutionId: string, id: string): Prisma.LocalStoryWhereInput {
  return { id, institutionId };
}

export function storyNotFound(): AppError {
  return new AppError("not_found", "There is no such story.");
}

export function wrongStatus(message: string): AppError {
  return new AppError("conflict", message);
}

export const TEXT_FIELDS = {
  locale: true,
  title: true,
  teaser: true,
  transition: true,
  worry: true,
  othersToo: true,
  strategy: true,
  change: true,
  needsUpdate: true,
} as const;

export function factsOf(story: {
  speakerName: string;
  speakerAge: number;
  programme: string;
  nameConsent: boolean;
  properNouns: string[];
}): LocalStoryFacts {
  const { speakerName, speakerAge, programme, nameConsent, properNouns } = story;
  return { speakerName, speakerAge, programme, nameConsent, properNouns };
}

/** A story with every text, read inside the transaction that decides on it. */
export async function findForDecision(tx: Prisma.TransactionClient, ctx: StaffContext, id: string) {
  const story = await tx.localStory.findFirst({
    where: inInstitution(ctx.institutionId, id),
    include: { texts: { select: TEXT_FIELDS } },
  });
  if (!story) throw storyNotFound();
  return story;
}
