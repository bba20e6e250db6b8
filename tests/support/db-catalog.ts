// Reads the public schema's tables, columns, indexes, foreign keys and enums from the
// PostgreSQL catalogs into plain data, so the schema-drift comparison is a pure function.
// Every value is cast to text/int in SQL: raw queries then decode the same way on
// PostgreSQL and PGlite.
import type { ReferentialAction } from "./prisma-schema";

export interface DbColumn {
  name: string;
  /** information_schema.columns.data_type, e.g. "text", "ARRAY", "USER-DEFINED". */
  dataType: string;
  /** e.g. "text", "_text", "Band". */
  udtName: string;
  /** Fractional-second digits of a timestamp. */
  precision: number | null;
  nullable: boolean;
  default: string | null;
}

export interface DbIndex {
  name: string;
  /** Key columns in order; an expression is "(expression)". */
  columns: string[];
  unique: boolean;
  primary: boolean;
  partial: boolean;
}

export interface DbForeignKey {
  name: string;
  columns: string[];
  /** The referenced table. */
  table: string;
  references: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface DbTable {
  columns: DbColumn[];
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
}

export interface DbCatalog {
  tables: Map<string, DbTable>;
  /** Enum type name -> labels in sort order. */
  enums: Map<string, string[]>;
}

export type CatalogQuery = <T>(sql: string) => Promise<T[]>;

// pg_constraint.confdeltype / confupdtype codes.
const ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

const TABLES_SQL = `
SELECT table_name::text AS name FROM information_schema.tables
WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;

const COLUMNS_SQL = `
SELECT table_name::text AS "table", column_name::text AS name, data_type::text AS "dataType",
  udt_name::text AS "udtName", datetime_precision::int AS precision,
  (is_nullable = 'YES') AS nullable, column_default::text AS "default"
FROM information_schema.columns WHERE table_schema = 'public'
ORDER BY table_name, ordinal_position`;

// Only key columns (k.ord <= indnkeyatts), not INCLUDE columns; attnum 0 is an expression.
const INDEXES_SQL = `
SELECT t.relname::text AS "table", i.relname::text AS name, x.indisunique AS "unique",
  x.indisprimary AS "primary", (x.indpred IS NOT NULL) AS partial,
  k.ord::int AS position, COALESCE(a.attname::text, '(expression)') AS "column"
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
WHERE n.nspname = 'public' AND k.ord <= x.indnkeyatts
ORDER BY 1, 2, 6`;

const FOREIGN_KEYS_SQL = `
SELECT t.relname::text AS "table", c.conname::text AS name, r.relname::text AS "refTable",
  c.confdeltype::text AS "onDelete", c.confupdtype::text AS "onUpdate", k.ord::int AS position,
  a.attname::text AS "column", ra.attname::text AS "refColumn"
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_class r ON r.oid = c.confrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, refattnum, ord)
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.refattnum
WHERE c.contype = 'f' AND n.nspname = 'public'
ORDER BY 1, 2, 6`;

const ENUMS_SQL = `
SELECT t.typname::text AS name, e.enumlabel::text AS label
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = 'public'
ORDER BY t.typname, e.enumsortorder`;

type Row<T> = T & { table: string };

/** Groups ordered rows by key, keeping first-seen order. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

function action(code: string, constraint: string): ReferentialAction {
  const value = ACTIONS[code];
  if (!value) throw new Error(`${constraint}: unknown referential action code ${code}`);
  return value;
}

export async function readCatalog(query: CatalogQuery): Promise<DbCatalog> {
  const [tables, columns, indexRows, keyRows, enumRows] = await Promise.all([
    query<{ name: string }>(TABLES_SQL),
    query<Row<DbColumn>>(COLUMNS_SQL),
    query<Row<Omit<DbIndex, "columns"> & { column: string }>>(INDEXES_SQL),
    query<
      Row<{ name: string; refTable: string; onDelete: string; onUpdate: string }> & {
        column: string;
        refColumn: string;
      }
    >(FOREIGN_KEYS_SQL),
    query<{ name: string; label: string }>(ENUMS_SQL),
  ]);
  const catalog: DbCatalog = { tables: new Map(), enums: new Map() };
  for (const { name } of tables)
    catalog.tables.set(name, { columns: [], indexes: [], foreignKeys: [] });
  const tableOf = (name: string) => catalog.tables.get(name);

  for (const { table, ...column } of columns) tableOf(table)?.columns.push(column);
  for (const rows of groupBy(indexRows, (r) => `${r.table}.${r.name}`).values()) {
    const [{ table, name, unique, primary, partial }] = rows as [(typeof rows)[number]];
    const columns = rows.map((r) => r.column);
    tableOf(table)?.indexes.push({ name, columns, unique, primary, partial });
  }
  for (const rows of groupBy(keyRows, (r) => `${r.table}.${r.name}`).values()) {
    const [{ table, name, refTable, onDelete, onUpdate }] = rows as [(typeof rows)[number]];
    tableOf(table)?.foreignKeys.push({
      name,
      columns: rows.map((r) => r.column),
      table: refTable,
      references: rows.map((r) => r.refColumn),
      onDelete: action(onDelete, name),
      onUpdate: action(onUpdate, name),
    });
  }
  for (const [name, rows] of groupBy(enumRows, (r) => r.name)) {
    catalog.enums.set(
      name,
      rows.map((r) => r.label),
    );
  }
  return catalog;
}
