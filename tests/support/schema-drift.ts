// Compares a parsed prisma/schema.prisma with the database catalog and lists every difference
// as one sentence naming the table, column or constraint, so a failing test says what to fix.
// It encodes what Prisma Migrate would create for the schema on PostgreSQL.
import type { DbCatalog, DbColumn, DbIndex, DbTable } from "./db-catalog";
import type { Column, Model, PrismaSchema, ReferentialAction } from "./prisma-schema";

/** Tables that belong to no model: the migration runner's own bookkeeping. */
export const NON_MODEL_TABLES = new Set(["_prisma_migrations"]);

type ColumnType = Pick<DbColumn, "dataType" | "udtName" | "precision">;

const SCALAR_TYPES: Record<string, ColumnType> = {
  String: { dataType: "text", udtName: "text", precision: null },
  Int: { dataType: "integer", udtName: "int4", precision: null },
  Float: { dataType: "double precision", udtName: "float8", precision: null },
  Boolean: { dataType: "boolean", udtName: "bool", precision: null },
  // Prisma's DateTime is TIMESTAMP(3): millisecond precision, no time zone.
  DateTime: { dataType: "timestamp without time zone", udtName: "timestamp", precision: 3 },
  Json: { dataType: "jsonb", udtName: "jsonb", precision: null },
};
const DATE_TYPE: ColumnType = { dataType: "date", udtName: "date", precision: null };

const SQL_ACTIONS: Record<ReferentialAction, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

function expectedType(column: Column): ColumnType {
  const base = column.enumName
    ? { dataType: "USER-DEFINED", udtName: column.enumName, precision: null }
    : column.dbType === "Date"
      ? DATE_TYPE
      : SCALAR_TYPES[column.type];
  if (!base) throw new Error(`no PostgreSQL type known for Prisma type ${column.type}`);
  if (!column.list) return base;
  // information_schema names an array by its element type with a leading underscore.
  return { dataType: "ARRAY", udtName: `_${base.udtName}`, precision: null };
}

function describeType(type: ColumnType): string {
  if (type.dataType === "ARRAY") return `${type.udtName.replace(/^_/, "")}[] (ARRAY)`;
  if (type.dataType === "USER-DEFINED") return `enum "${type.udtName}" (USER-DEFINED)`;
  if (type.dataType.startsWith("timestamp")) {
    return type.dataType.replace("timestamp", `timestamp(${type.precision ?? "?"})`);
  }
  return type.dataType;
}

const sameType = (want: ColumnType, have: ColumnType) =>
  want.dataType === have.dataType &&
  want.udtName === have.udtName &&
  (want.precision === null || want.precision === have.precision);

/** The schema's default in the same form as canonicalDbDefault, or undefined if unknown. */
function canonicalSchemaDefault(column: Column): string | null | undefined {
  const text = column.default?.trim();
  if (text === undefined || column.updatedAt) return null;
  // Prisma Client generates these ids; the database has no default.
  if (/^(cuid|uuid|nanoid|ulid)\(.*\)$/.test(text)) return null;
  if (text === "now()") return "CURRENT_TIMESTAMP";
  if (text === "[]") return "[]";
  // A default the database makes itself: compared with PostgreSQL's own text of it.
  const generated = /^dbgenerated\("((?:[^"\\]|\\.)*)"\)$/.exec(text);
  if (generated) return JSON.parse(`"${generated[1]}"`) as string;
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) return JSON.parse(text) as string;
  // Numbers, booleans and enum values read the same on both sides.
  if (/^(-?\d+(\.\d+)?|\w+)$/.test(text)) return text;
  return undefined;
}

/** Strips PostgreSQL's quoting and casts: 'en'::text -> en, ARRAY[]::text[] -> []. */
function canonicalDbDefault(text: string | null): string | null {
  if (text === null) return null;
  const literal = /^'((?:[^']|'')*)'::[^']+$/.exec(text);
  if (literal) return (literal[1] ?? "").replaceAll("''", "'");
  if (/^ARRAY\[\]::/.test(text)) return "[]";
  if (text === "now()") return "CURRENT_TIMESTAMP";
  return text;
}

function diffColumn(table: string, column: Column, actual: DbColumn): string[] {
  const problems: string[] = [];
  const at = `${table}.${column.name}`;
  const want = expectedType(column);
  if (!sameType(want, actual)) {
    const prismaType = `${column.type}${column.list ? "[]" : ""}`;
    problems.push(
      `${at}: schema says ${describeType(want)} (${prismaType}), database says ${describeType(actual)}`,
    );
  }
  // Prisma creates scalar lists without NOT NULL (a list cannot be marked `?`).
  const nullable = column.nullable || column.list;
  if (nullable !== actual.nullable) {
    const word = (n: boolean) => (n ? "nullable" : "NOT NULL");
    problems.push(`${at}: schema says ${word(nullable)}, database says ${word(actual.nullable)}`);
  }
  const wantDefault = canonicalSchemaDefault(column);
  if (wantDefault === undefined) {
    problems.push(`${at}: cannot compare @default(${column.default}); teach schema-drift.ts`);
  } else if (wantDefault !== canonicalDbDefault(actual.default)) {
    const schemaSays = wantDefault === null ? "no default" : `default ${column.default}`;
    const dbSays = actual.default === null ? "no default" : `default ${actual.default}`;
    problems.push(`${at}: schema says ${schemaSays}, database says ${dbSays}`);
  }
  return problems;
}

function diffColumns(model: Model, table: DbTable): string[] {
  const problems: string[] = [];
  for (const column of model.columns) {
    const actual = table.columns.find((c) => c.name === column.name);
    if (actual) problems.push(...diffColumn(model.table, column, actual));
    else {
      problems.push(
        `${model.table}.${column.name}: in the schema (${model.name}.${column.field}) but missing from the database`,
      );
    }
  }
  for (const actual of table.columns) {
    if (!model.columns.some((c) => c.name === actual.name)) {
      problems.push(`${model.table}.${actual.name}: in the database but not in the schema`);
    }
  }
  return problems;
}

const list = (columns: string[]) => `(${columns.join(", ")})`;
const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

function diffPrimaryKey(model: Model, table: DbTable): string[] {
  const want = model.primaryKey;
  const have = table.indexes.find((index) => index.primary)?.columns ?? [];
  if (sameList(want, have)) return [];
  const say = (columns: string[]) => (columns.length ? `primary key ${list(columns)}` : "none");
  return [`${model.table}: schema says ${say(want)}, database says ${say(have)}`];
}

/** Every @unique/@@unique and @@index needs its own full (not partial) index; none may be left. */
function diffIndexes(model: Model, table: DbTable): string[] {
  const problems: string[] = [];
  const unmatched: DbIndex[] = table.indexes.filter((index) => !index.primary);
  const wanted = [
    ...model.uniques.map((columns) => ({ columns, unique: true })),
    ...model.indexes.map((columns) => ({ columns, unique: false })),
  ];
  for (const { columns, unique } of wanted) {
    const kind = unique ? "unique index" : "index";
    const sameColumns = unmatched.filter((i) => !i.partial && sameList(i.columns, columns));
    const match = sameColumns.find((index) => index.unique === unique);
    if (match) unmatched.splice(unmatched.indexOf(match), 1);
    else if (sameColumns[0]) {
      const other = sameColumns[0];
      unmatched.splice(unmatched.indexOf(other), 1);
      problems.push(
        `${model.table}: schema says ${kind} ${list(columns)}, database's ${other.name} is ${other.unique ? "UNIQUE" : "not UNIQUE"}`,
      );
    } else {
      problems.push(
        `${model.table}: schema says ${kind} ${list(columns)}, database has no index on exactly those columns in that order`,
      );
    }
  }
  for (const index of unmatched) {
    const kind = `${index.partial ? "partial " : ""}${index.unique ? "unique index" : "index"}`;
    problems.push(
      `${model.table}: database has ${kind} ${index.name} ${list(index.columns)}, the schema does not`,
    );
  }
  return problems;
}

function diffForeignKeys(model: Model, table: DbTable): string[] {
  const problems: string[] = [];
  const unmatched = [...table.foreignKeys];
  for (const key of model.foreignKeys) {
    const what = `foreign key ${list(key.columns)} -> ${key.table}${list(key.references)}`;
    const match = unmatched.find(
      (k) =>
        sameList(k.columns, key.columns) &&
        k.table === key.table &&
        sameList(k.references, key.references),
    );
    if (!match) {
      problems.push(`${model.table}: schema says ${what}, database has none`);
      continue;
    }
    unmatched.splice(unmatched.indexOf(match), 1);
    for (const rule of ["onDelete", "onUpdate"] as const) {
      if (match[rule] !== key[rule]) {
        const on = rule === "onDelete" ? "ON DELETE" : "ON UPDATE";
        problems.push(
          `${model.table}: ${what}: schema says ${on} ${SQL_ACTIONS[key[rule]]}, database says ${on} ${SQL_ACTIONS[match[rule]]}`,
        );
      }
    }
  }
  for (const key of unmatched) {
    problems.push(
      `${model.table}: database has foreign key ${key.name} ${list(key.columns)} -> ${key.table}${list(key.references)}, the schema does not`,
    );
  }
  return problems;
}

function diffEnums(want: Map<string, string[]>, have: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [name, values] of want) {
    const actual = have.get(name);
    if (!actual) problems.push(`enum ${name}: missing from the database`);
    else if (!sameList(values, actual)) {
      problems.push(`enum ${name}: schema says ${list(values)}, database says ${list(actual)}`);
    }
  }
  for (const name of have.keys()) {
    if (!want.has(name)) problems.push(`enum ${name}: in the database but not in the schema`);
  }
  return problems;
}

/** Every difference between the schema and the database; empty when they agree. */
export function diffSchema(schema: PrismaSchema, catalog: DbCatalog): string[] {
  const problems: string[] = [];
  const modelTables = new Set(schema.models.map((model) => model.table));
  for (const name of catalog.tables.keys()) {
    if (!modelTables.has(name) && !NON_MODEL_TABLES.has(name)) {
      problems.push(`table ${name}: in the database but no model maps to it`);
    }
  }
  for (const model of schema.models) {
    const table = catalog.tables.get(model.table);
    if (!table) {
      problems.push(
        `table ${model.table}: model ${model.name}'s table is missing from the database`,
      );
      continue;
    }
    problems.push(
      ...diffColumns(model, table),
      ...diffPrimaryKey(model, table),
      ...diffIndexes(model, table),
      ...diffForeignKeys(model, table),
    );
  }
  return [...problems, ...diffEnums(schema.enums, catalog.enums)];
}
