// Proves prisma/schema.prisma and the migrated database agree. Prisma's schema engine cannot
// run here, so migrations are hand-written SQL; this test is what keeps the two from drifting.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { readCatalog, type DbCatalog } from "../support/db-catalog";
import { parsePrismaSchema } from "../support/prisma-schema";
import { diffSchema } from "../support/schema-drift";

const schemaText = readFileSync(join(process.cwd(), "prisma", "schema.prisma"), "utf8");
let catalog: DbCatalog;

beforeAll(async () => {
  const db = await getDb();
  catalog = await readCatalog(<T>(sql: string) => db.$queryRawUnsafe<T[]>(sql));
});

/** Edits inside one `model X {` / `enum X {` block; throws if the edit matched nothing, so a
 * renamed field fails loudly instead of turning a negative check into a no-op. */
function edit(text: string, header: string, from: RegExp, to: string): string {
  const block = new RegExp(`^${header}\\s*\\{[^}]*\\}`, "m").exec(text);
  if (!block) throw new Error(`no block "${header}" in schema.prisma`);
  const edited = block[0].replace(from, to);
  if (edited === block[0]) throw new Error(`${from} matched nothing in "${header}"`);
  return text.slice(0, block.index) + edited + text.slice(block.index + block[0].length);
}

const diffText = (text: string) => diffSchema(parsePrismaSchema(text), catalog);

describe("prisma/schema.prisma and the migrated database", () => {
  it("reads every model and enum of the schema and every table of the database", () => {
    const schema = parsePrismaSchema(schemaText);
    // Counted independently of the parser, so a parser that drops blocks cannot pass.
    expect(schema.models).toHaveLength(schemaText.match(/^model\s/gm)?.length ?? -1);
    expect(schema.enums.size).toBe(schemaText.match(/^enum\s/gm)?.length ?? -1);
    expect(schema.models.length).toBeGreaterThan(0);
    for (const model of schema.models) expect(model.columns.length).toBeGreaterThan(0);
    expect(catalog.tables.size).toBe(schema.models.length + 1); // + _prisma_migrations
  });

  it("agree on tables, columns, types, nullability, defaults, keys, indexes and enums", () => {
    expect(diffText(schemaText)).toEqual([]);
  });
});

describe("the comparison catches drift", () => {
  const cases: [string, () => string, string[]][] = [
    [
      "a field made required",
      () => edit(schemaText, "model SurveyResponse", /(\bband\s+Band)\?/, "$1"),
      ["survey_responses.band: schema says NOT NULL, database says nullable"],
    ],
    [
      "a field made optional",
      () => edit(schemaText, "model SurveyResponse", /(\blocale\s+String)\b/, "$1?"),
      ["survey_responses.locale: schema says nullable, database says NOT NULL"],
    ],
    [
      "an added field",
      () => edit(schemaText, "model User", /\{/, '{\n  nickname String? @map("nick_name")'),
      ["users.nick_name: in the schema (User.nickname) but missing from the database"],
    ],
    [
      "a removed field",
      () => edit(schemaText, "model User", /\n\s*image\s+String\?[^\n]*/, ""),
      ["users.image: in the database but not in the schema"],
    ],
    [
      "a changed type",
      () => edit(schemaText, "model SurveyResponse", /(\bscore\s+)Float\?/, "$1Int?"),
      ["survey_responses.score: schema says integer (Int), database says double precision"],
    ],
    [
      "a date column read as a timestamp",
      () => edit(schemaText, "model Participant", /(@map\("created_at"\)) @db\.Date/, "$1"),
      [
        "participants.created_at: schema says timestamp(3) without time zone (DateTime), database says date",
      ],
    ],
    [
      "a reordered primary key",
      () =>
        edit(
          schemaText,
          "model RateLimit",
          /@@id\(\[key, windowStart\]\)/,
          "@@id([windowStart, key])",
        ),
      [
        "rate_limits: schema says primary key (window_start, key), database says primary key (key, window_start)",
      ],
    ],
    [
      "a dropped @unique",
      () => edit(schemaText, "model SurveyRound", /(\bcode\s+String)\s+@unique/, "$1"),
      [
        "survey_rounds: database has unique index survey_rounds_code_key (code), the schema does not",
      ],
    ],
    [
      "a changed default",
      () => edit(schemaText, "model Institution", /@default\(5\)/, "@default(7)"),
      ["institutions.min_group_size: schema says default 7, database says default 5"],
    ],
    [
      "a dropped @@index",
      () => edit(schemaText, "model Answer", /\n\s*@@index\(\[itemKey, value\]\)/, ""),
      [
        "answers: database has index answers_item_key_value_idx (item_key, value), the schema does not",
      ],
    ],
    [
      "an index made unique",
      () => edit(schemaText, "model Answer", /@@index\((\[itemKey, value\])\)/, "@@unique($1)"),
      [
        "answers: schema says unique index (item_key, value), database's answers_item_key_value_idx is not UNIQUE",
      ],
    ],
    [
      "a changed ON DELETE rule",
      () =>
        edit(
          schemaText,
          "model SurveyResponse",
          /(\[groupId\][^\n]*onDelete: )SetNull/,
          "$1Cascade",
        ),
      [
        "survey_responses: foreign key (group_id) -> groups(id): schema says ON DELETE CASCADE, database says ON DELETE SET NULL",
      ],
    ],
    [
      "an added enum value",
      () => edit(schemaText, "enum Band", /(HIGH)/, "$1\n  EXTREME"),
      ["enum Band: schema says (LOW, MID, HIGH, EXTREME), database says (LOW, MID, HIGH)"],
    ],
    [
      "a model without a table",
      () => `${schemaText}\nmodel Orphan {\n  id String @id\n  @@map("orphans")\n}\n`,
      ["table orphans: model Orphan's table is missing from the database"],
    ],
  ];

  it.each(cases)("%s", (_name, mutate, expected) => {
    expect(diffText(mutate())).toEqual(expected);
  });

  it("a table in the database that no model maps to", () => {
    const tables = new Map(catalog.tables).set("leftovers", {
      columns: [],
      indexes: [],
      foreignKeys: [],
    });
    expect(diffSchema(parsePrismaSchema(schemaText), { ...catalog, tables })).toEqual([
      "table leftovers: in the database but no model maps to it",
    ]);
  });
});
