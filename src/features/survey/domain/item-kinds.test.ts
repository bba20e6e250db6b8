import { describe, expect, it } from "vitest";
import { getSurveyDefinition } from "./load-surveys";
import { ITEM_KINDS, itemKinds, kindSpec, type ItemKindSpec } from "./item-kinds";
import { itemSchemas, type ItemKind } from "./item-schemas";

const pulse = getSurveyDefinition("belonging-pulse")!;

describe("ITEM_KINDS", () => {
  it("holds one record per kind, and only the scale kind is scored", () => {
    expect(itemKinds).toEqual(["scale", "multi", "text"]);
    expect(itemKinds.filter((kind) => kindSpec(kind).score !== null)).toEqual(["scale"]);
  });

  it("reads each item of a survey with the schema of its own kind only", () => {
    for (const item of pulse.items) {
      for (const kind of itemKinds) {
        expect(ITEM_KINDS[kind].schema.safeParse(item).success).toBe(kind === item.kind);
      }
    }
  });

  it("gives the export a column per scale item and per multi option, none for free text", () => {
    const columns = pulse.items.flatMap((item) => kindSpec(item.kind).exportColumns(item));
    expect(columns).toContain("bu_fit_in");
    expect(columns).toContain("barriers.language");
    expect(columns).not.toContain("open_support");
  });

  it("refuses, at type-check time, a kind's record that lacks one of its parts", () => {
    const { exportColumns, ...withoutColumns } = ITEM_KINDS.text;
    // @ts-expect-error -- a text record without its export columns is not a whole record
    const incomplete: ItemKindSpec<"text"> = withoutColumns;
    expect(Object.keys(incomplete)).not.toContain("exportColumns");
    expect(exportColumns()).toEqual([]);
  });

  it("refuses, at type-check time, a record with another kind's schema", () => {
    // @ts-expect-error -- a text record must read text items, not scale items
    const mixed: ItemKindSpec<"text"> = { ...ITEM_KINDS.text, schema: itemSchemas.scale };
    expect(mixed.schema).toBe(itemSchemas.scale);
  });

  it("refuses, at type-check time, a set of records that misses a kind", () => {
    const { text, ...withoutText } = ITEM_KINDS;
    // @ts-expect-error -- every kind needs its record
    const records: { [K in ItemKind]: ItemKindSpec<K> } = withoutText;
    expect(Object.keys(records)).toEqual(["scale", "multi"]);
    expect(text.score).toBeNull();
  });
});
