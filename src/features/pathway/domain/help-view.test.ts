import { describe, expect, it } from "vitest";
import { helpView, telHref } from "./help-view";

const lines = [
  {
    name: "Børnetelefonen",
    phones: ["116 111"],
    url: "https://bornetelefonen.dk",
    description: { en: "For young people.", da: "For unge." },
  },
  { name: "112", phones: ["112"], hours: "24/7", emergency: true, description: { en: "Danger." } },
];

describe("helpView", () => {
  it("puts emergency numbers first and speaks the student's language", () => {
    const view = helpView("da", [{ country: "DK", helplines: lines }]);
    expect(view.countries[0]?.helplines.map((h) => h.name)).toEqual(["112", "Børnetelefonen"]);
    expect(view.countries[0]?.helplines[1]).toEqual({
      name: "Børnetelefonen",
      phones: ["116 111"],
      url: "https://bornetelefonen.dk",
      emergency: false,
      description: "For unge.",
    });
    // A description missing in a language falls back to English.
    expect(view.countries[0]?.helplines[0]?.description).toBe("Danger.");
    expect(view.school).toBeUndefined();
  });

  it("names the school and its contacts when the student came from one", () => {
    const view = helpView("en", [], { name: "Demo VET", helpContacts: "  Room B104\n" });
    expect(view.school).toEqual({ name: "Demo VET", contacts: "Room B104" });
  });
});

describe("telHref", () => {
  it("dials the digits", () => {
    expect(telHref("116 111")).toBe("tel:116111");
    expect(telHref("+45 70-201-201")).toBe("tel:+4570201201");
  });
});
