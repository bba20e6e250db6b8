import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate, type TestDatabaseTemplate } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTemplate;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate(process.env.DATABASE_URL || undefined);
  project.provide("testDatabase", template);
  return () => dropTemplate(template);
}
