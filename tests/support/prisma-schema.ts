// A parser for the subset of Prisma Schema Language that prisma/schema.prisma uses, so a test
// can compare the schema with the migrated database without Prisma's schema engine (which
// cannot run here). Anything outside the subset throws: a construct skipped silently could
// hide drift.
import {
  parseArgs,
  parseAttributes,
  parseList,
  parseString,
  PrismaSchemaError,
  splitBlocks,
  type Attribute,
  type Block,
} from "./prisma-schema-syntax";

export { PrismaSchemaError };

export type ScalarType = "String" | "Int" | "Float" | "Boolean" | "DateTime" | "Json";
export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export interface Column {
  /** The Prisma field name. */
  field: string;
  /** The database column name: @map, else the field name. */
  name: string;
  /** The Prisma type as written: a scalar or an enum's name. */
  type: string;
  /** Set when the type is an enum. */
  enumName?: string;
  nullable: boolean;
  list: boolean;
  /** A native type hint, e.g. "Date" for @db.Date. */
  dbType?: string;
  /** The text inside @default(...), e.g. `now()`, `"en"`, `5`, `[]`. */
  default?: string;
  updatedAt: boolean;
}

export interface ForeignKey {
  columns: string[];
  /** The referenced table. */
  table: string;
  references: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface Model {
  name: string;
  table: string;
  columns: Column[];
  primaryKey: string[];
  /** Column lists, single-field @unique included. */
  uniques: string[][];
  indexes: string[][];
  foreignKeys: ForeignKey[];
}

export interface PrismaSchema {
  /** Enum name -> values in declaration order. */
  enums: Map<string, string[]>;
  models: Model[];
}

const SCALARS = new Set<string>(["String", "Int", "Float", "Boolean", "DateTime", "Json"]);
const ACTIONS = new Set<string>(["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]);
const FIELD = /^(\w+)\s+(\w+)(\[\])?(\?)?(?:\s+(.*))?$/;

interface PendingRelation {
  model: Model;
  line: number;
  target: string;
  optional: boolean;
  args: Map<string, string>;
}

function parseAction(value: string | undefined, fallback: ReferentialAction, line: number) {
  if (value === undefined) return fallback;
  if (!ACTIONS.has(value)) throw new PrismaSchemaError(line, `unknown referential action ${value}`);
  return value as ReferentialAction;
}

function parseModel(block: Block, enums: Map<string, string[]>, models: Set<string>) {
  const model: Model = {
    name: block.name,
    table: block.name,
    columns: [],
    primaryKey: [],
    uniques: [],
    indexes: [],
    foreignKeys: [],
  };
  const relations: PendingRelation[] = [];
  const blockAttributes: { attribute: Attribute; line: number }[] = [];
  for (const { text, line } of block.body) {
    if (text.startsWith("@@")) {
      for (const attribute of parseAttributes(text, line)) {
        blockAttributes.push({ attribute, line });
      }
      continue;
    }
    const match = FIELD.exec(text);
    if (!match) throw new PrismaSchemaError(line, `cannot read field: ${text}`);
    const [, field = "", type = "", list, optional, rest = ""] = match;
    if (list && optional) throw new PrismaSchemaError(line, `${field}: a list cannot be optional`);
    const attributes = parseAttributes(rest, line);
    if (models.has(type)) {
      // A relation field is no column; only the side with `fields:` holds the foreign key.
      for (const { name, args } of attributes) {
        if (name !== "@relation") {
          throw new PrismaSchemaError(line, `unsupported ${name} on ${field}`);
        }
        const parsed = parseArgs(args);
        if (parsed.has("fields")) {
          relations.push({ model, line, target: type, optional: optional === "?", args: parsed });
        }
      }
      continue;
    }
    if (!SCALARS.has(type) && !enums.has(type)) {
      throw new PrismaSchemaError(line, `${field}: unsupported type ${type}`);
    }
    const column: Column = {
      field,
      name: field,
      type,
      nullable: optional === "?",
      list: list === "[]",
      updatedAt: false,
    };
    if (enums.has(type)) column.enumName = type;
    let unique = false;
    for (const { name, args } of attributes) {
      if (name === "@map") column.name = parseString(args, line);
      else if (name === "@id") model.primaryKey = [field];
      else if (name === "@unique") unique = true;
      else if (name === "@default") column.default = args;
      else if (name === "@updatedAt") column.updatedAt = true;
      else if (name === "@db.Date" && type === "DateTime") column.dbType = "Date";
      else throw new PrismaSchemaError(line, `unsupported ${name} on ${field}`);
    }
    if (unique) model.uniques.push([field]);
    model.columns.push(column);
  }
  for (const { attribute, line } of blockAttributes) {
    const args = parseArgs(attribute.args);
    const first = args.get("0");
    // `name:`/`map:` only name the constraint; the columns are the first or `fields:` argument.
    const fields = () => parseList(args.get("fields") ?? first, line);
    if (attribute.name === "@@map") model.table = parseString(first, line);
    else if (attribute.name === "@@id") model.primaryKey = fields();
    else if (attribute.name === "@@unique") model.uniques.push(fields());
    else if (attribute.name === "@@index") model.indexes.push(fields());
    else throw new PrismaSchemaError(line, `unsupported ${attribute.name}`);
  }
  // Field names became column names only once every @map was read.
  const toColumns = (fields: string[]) => columnsOf(model, fields, block.line);
  model.primaryKey = toColumns(model.primaryKey);
  model.uniques = model.uniques.map(toColumns);
  model.indexes = model.indexes.map(toColumns);
  return { model, relations };
}

function columnsOf(model: Model, fields: string[], line: number): string[] {
  return fields.map((field) => {
    const column = model.columns.find((c) => c.field === field);
    if (!column) throw new PrismaSchemaError(line, `${model.name} has no scalar field ${field}`);
    return column.name;
  });
}

export function parsePrismaSchema(source: string): PrismaSchema {
  const blocks = splitBlocks(source);
  const enums = new Map<string, string[]>();
  const modelNames = new Set(blocks.filter((b) => b.kind === "model").map((b) => b.name));
  for (const block of blocks) {
    if (block.kind === "enum") {
      const bad = block.body.find(({ text }) => !/^\w+$/.test(text));
      if (bad) throw new PrismaSchemaError(bad.line, `unsupported enum entry: ${bad.text}`);
      enums.set(
        block.name,
        block.body.map(({ text }) => text),
      );
    } else if (!["model", "generator", "datasource"].includes(block.kind)) {
      throw new PrismaSchemaError(block.line, `unsupported block kind ${block.kind}`);
    }
  }
  const parsed = blocks
    .filter((block) => block.kind === "model")
    .map((block) => parseModel(block, enums, modelNames));
  const models = parsed.map(({ model }) => model);
  for (const { model, line, target, optional, args } of parsed.flatMap((p) => p.relations)) {
    const referenced = models.find((m) => m.name === target);
    if (!referenced) throw new PrismaSchemaError(line, `unknown model ${target}`);
    // Prisma's defaults: SetNull for an optional relation, Restrict for a required one.
    model.foreignKeys.push({
      columns: columnsOf(model, parseList(args.get("fields"), line), line),
      table: referenced.table,
      references: columnsOf(referenced, parseList(args.get("references"), line), line),
      onDelete: parseAction(args.get("onDelete"), optional ? "SetNull" : "Restrict", line),
      onUpdate: parseAction(args.get("onUpdate"), "Cascade", line),
    });
  }
  return { enums, models };
}
