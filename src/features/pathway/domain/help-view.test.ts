import { describe, expect, it } from "vitest";
import { countryName, helpView, hoursText, telHref, type HelplineSource } from "./help-view";

const lines: HelplineSource[] = [
  {
    name: "Børnetelefonen",
    kind: "children",
    phones: ["116 111"],
    hours: { always: true },
    url: "https://bornetelefonen.dk",
    description: { en: "For young people.", da: "For unge." },
  },
  {
    name: "Livslinien",
    kind: "suicide",
    phones: ["70 201 201"],
    hours: {
      always: false,
      slots: [{ days: [{ from: 1, to: 7 }], opens: "11:00", closes: "05:00" }],
    },
  },
  {
    name: "112",
    kind: "emergency",
    phones: ["112"],
    hours: { always: true },
    description: { en: "Danger." },
  },
];

describe("helpView", () => {
  it("puts emergency numbers first and speaks the student's language", () => {
    const view = helpView("da", [{ country: "DK", helplines: lines }]);
    expect(view.countries[0]?.name).toBe("Danmark");
    expect(view.countries[0]?.helplines.map((h) => h.name)).toEqual([
      "112",
      "Børnetelefonen",
      "Livslinien",
    ]);
    expect(view.countries[0]?.helplines[1]).toEqual({
      name: "Børnetelefonen",
      kind: "children",
      phones: ["116 111"],
      hours: null,
      url: "https://bornetelefonen.dk",
      emergency: false,
      description: "For unge.",
    });
    // A description missing in a language falls back to English; a line without one leaves
    // the words to its kind.
    expect(view.countries[0]?.helplines[0]).toMatchObject({
      emergency: true,
      description: "Danger.",
    });
    expect(view.countries[0]?.helplines[2]?.description).toBeUndefined();
    expect(view.countries[0]?.helplines[2]?.hours).toMatch(/^man\.?–søn\.? 11:00–05:00$/);
    expect(view.school).toBeUndefined();
  });

  it("names the school and its contacts when the student came from one", () => {
    const view = helpView("en", [], { name: "Demo VET", helpContacts: "  Room B104\n" });
    expect(view.school).toEqual({ name: "Demo VET", contacts: "Room B104" });
  });
});

describe("hoursText", () => {
  const hours = {
    always: false as const,
    slots: [
      { days: [{ from: 1, to: 5 }], opens: "09:00", closes: "21:00" },
      {
        days: [
          { from: 6, to: 6 },
          { from: 7, to: 7 },
        ],
        opens: "12:00",
        closes: "18:00",
      },
    ],
  };

  it("writes weekdays in the student's language", () => {
    expect(hoursText(hours, "en")).toBe("Mon–Fri 09:00–21:00; Sat, Sun 12:00–18:00");
    expect(hoursText(hours, "fr")).toBe("lun.–ven. 09:00–21:00; sam., dim. 12:00–18:00");
    expect(hoursText(hours, "de" as never)).toContain("Mo");
    expect(hoursText({ always: true }, "et")).toBeNull();
  });
});

describe("countryName", () => {
  it("names every country in the student's language", () => {
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(countryName("NL", "et")).toBe("Holland");
    expect(countryName("GB", "nb")).toBe("Storbritannia");
  });
});

describe("telHref", () => {
  it("dials the digits", () => {
    expect(telHref("116 111")).toBe("tel:116111");
    expect(telHref("+45 70-201-201")).toBe("tel:+4570201201");
  });
});
