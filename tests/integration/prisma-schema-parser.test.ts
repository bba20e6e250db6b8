// Unit tests of the Prisma schema parser behind the schema-drift test. They live with the
// integration tests because the unit project only includes src/** and scripts/**; they need
// no database.
import { describe, expect, it } from "vitest";
import { parsePrismaSchema, PrismaSchemaError, type Model } from "../support/prisma-schema";

const SCHEMA = `
// A line comment, and a "quoted // comment" inside one.
generator client {
  provider = "prisma-client"
}

datasource db {
  provider = "postgresql"
}

/// Doc comments are ignored too.
enum Colour {
  RED // trailing comment
  GREEN
  BLUE
}

model Owner {
  id        String   @id @default(cuid())
  email     String   @unique
  nickname  String?  @map("nick_name")
  score     Float?
  visits    Int      @default(0)
  active    Boolean  @default(true)
  born      DateTime? @map("born_on") @db.Date
  createdAt DateTime @default(now()) @map("created_at")
  updatedAt DateTime @updatedAt @map("updated_at")
  meta      Json?
  colour    Colour   @default(RED)
  tags      String[] @default([])
  homepage  String   @default("https://x.test/a, b") // a comma and // inside a string
  pets      Pet[]

  @@map("owners")
}

model Pet {
  ownerId  String  @map("owner_id")
  name     String
  parentId String? @map("parent_id")
  kind     Colour?

  owner    Owner @relation(fields: [ownerId], references: [id], onDelete: Cascade)
  parent   Pet?  @relation("Family", fields: [parentId], references: [name])
  children Pet[] @relation("Family")

  @@id([ownerId, name])
  @@unique([name, kind], name: "by_kind")
  @@index([parentId])
  @@index([kind, ownerId])
}
`;

const schema = parsePrismaSchema(SCHEMA);
const model = (name: string): Model => {
  const found = schema.models.find((m) => m.name === name);
  if (!found) throw new Error(`no model ${name}`);
  return found;
};
const column = (modelName: string, field: string) =>
  model(modelName).columns.find((c) => c.field === field);

describe("parsePrismaSchema", () => {
  it("reads enums with their values in order, comments ignored", () => {
    expect(schema.enums).toEqual(new Map([["Colour", ["RED", "GREEN", "BLUE"]]]));
  });

  it("reads models and their table names (@@map, else the model name)", () => {
    expect(schema.models.map((m) => [m.name, m.table])).toEqual([
      ["Owner", "owners"],
      ["Pet", "Pet"],
    ]);
  });

  it("reads scalar columns with @map, ?, [], enums, @db.Date, @default and @updatedAt", () => {
    expect(model("Owner").columns.map((c) => c.name)).toEqual([
      "id",
      "email",
      "nick_name",
      "score",
      "visits",
      "active",
      "born_on",
      "created_at",
      "updated_at",
      "meta",
      "colour",
      "tags",
      "homepage",
    ]);
    expect(column("Owner", "nickname")).toEqual({
      field: "nickname",
      name: "nick_name",
      type: "String",
      nullable: true,
      list: false,
      updatedAt: false,
    });
    expect(column("Owner", "born")).toMatchObject({
      type: "DateTime",
      dbType: "Date",
      nullable: true,
    });
    expect(column("Owner", "createdAt")).toMatchObject({ default: "now()", nullable: false });
    expect(column("Owner", "updatedAt")).toMatchObject({ updatedAt: true });
    expect(column("Owner", "updatedAt")?.default).toBeUndefined();
    expect(column("Owner", "colour")).toMatchObject({ enumName: "Colour", default: "RED" });
    expect(column("Owner", "tags")).toMatchObject({ list: true, nullable: false, default: "[]" });
    expect(column("Owner", "homepage")).toMatchObject({ default: '"https://x.test/a, b"' });
    expect(column("Owner", "visits")).toMatchObject({ type: "Int", default: "0" });
    expect(column("Owner", "meta")).toMatchObject({ type: "Json", nullable: true });
    expect(column("Pet", "kind")).toMatchObject({ enumName: "Colour", nullable: true });
  });

  it("skips relation fields as columns", () => {
    expect(model("Owner").columns.some((c) => c.field === "pets")).toBe(false);
    expect(model("Pet").columns.map((c) => c.field)).toEqual([
      "ownerId",
      "name",
      "parentId",
      "kind",
    ]);
  });

  it("reads @id and @@id as primary keys, in column names", () => {
    expect(model("Owner").primaryKey).toEqual(["id"]);
    expect(model("Pet").primaryKey).toEqual(["owner_id", "name"]);
  });

  it("reads @unique, @@unique and @@index as column lists", () => {
    expect(model("Owner").uniques).toEqual([["email"]]);
    expect(model("Pet").uniques).toEqual([["name", "kind"]]);
    expect(model("Pet").indexes).toEqual([["parent_id"], ["kind", "owner_id"]]);
  });

  it("reads foreign keys from @relation(fields, references), Prisma's defaults applied", () => {
    expect(model("Owner").foreignKeys).toEqual([]);
    expect(model("Pet").foreignKeys).toEqual([
      {
        columns: ["owner_id"],
        table: "owners",
        references: ["id"],
        onDelete: "Cascade",
        onUpdate: "Cascade",
      },
      // Optional relation without onDelete: SetNull.
      {
        columns: ["parent_id"],
        table: "Pet",
        references: ["name"],
        onDelete: "SetNull",
        onUpdate: "Cascade",
      },
    ]);
  });

  it("defaults onDelete to Restrict for a required relation", () => {
    const parsed = parsePrismaSchema(`
      model A {
        id String @id
      }
      model B {
        id  String @id
        aId String
        a   A @relation(fields: [aId], references: [id])
      }`);
    expect(parsed.models[1]?.foreignKeys[0]).toMatchObject({
      onDelete: "Restrict",
      onUpdate: "Cascade",
    });
  });

  it.each([
    [
      "an unsupported type",
      "model A {\n  id Decimal @id\n}",
      /line 2: id: unsupported type Decimal/,
    ],
    [
      "an unknown attribute",
      "model A {\n  id String @id @ignore\n}",
      /line 2: unsupported @ignore on id/,
    ],
    [
      "an unsupported native type",
      "model A {\n  id String @id @db.Text\n}",
      /unsupported @db.Text/,
    ],
    [
      "an unknown field in @@index",
      "model A {\n  id String @id\n  @@index([nope])\n}",
      /A has no scalar field nope/,
    ],
    [
      "a sort order in @@index",
      "model A {\n  id String @id\n  @@index([id(sort: Desc)])\n}",
      /unsupported list entry/,
    ],
    ["an enum value with @map", 'enum E {\n  A @map("a")\n}', /line 2: unsupported enum entry/],
    [
      "an unknown referential action",
      "model A {\n  id String @id\n  b  A? @relation(fields: [id], references: [id], onDelete: Boom)\n}",
      /unknown referential action Boom/,
    ],
    ["an unsupported block", "view V {\n  id String\n}", /unsupported block kind view/],
    ["an unclosed block", "model A {\n  id String @id\n", /A is never closed/],
    ["text outside a block", "id String", /line 1: expected/],
  ])("throws on %s", (_name, source, message) => {
    expect(() => parsePrismaSchema(source)).toThrow(PrismaSchemaError);
    expect(() => parsePrismaSchema(source)).toThrow(message);
  });
});
