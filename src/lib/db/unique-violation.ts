// Recognises a unique-constraint violation (Prisma's P2002) and which columns it concerns.
// Through the driver adapters the columns are reported differently by PostgreSQL (the index
// name) and PGlite (the column list), so both are read.
import { Prisma } from "@/generated/prisma/client";

interface AdapterCause {
  constraint?: { fields?: unknown; index?: unknown };
}

/** Whether `error` is a unique violation, optionally on a given column (snake_case, as in SQL). */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") {
    return false;
  }
  if (column === undefined) return true;
  const meta = error.meta ?? {};
  const target = meta.target;
  const cause = (meta.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  const fields = [target, cause?.constraint?.fields].flatMap((value) =>
    Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [],
  );
  if (fields.includes(column)) return true;
  const index = cause?.constraint?.index;
  // PostgreSQL's default names: <table>_<col1>_<col2>_key.
  return typeof index === "string" && index.includes(`_${column}_`);
}
