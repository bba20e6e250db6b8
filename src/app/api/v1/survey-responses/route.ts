import { surveyResponseSubmit } from "@/features/survey/server";

export const dynamic = "force-dynamic";

export const POST = surveyResponseSubmit;
