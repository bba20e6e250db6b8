// When a helpline answers, as its help file writes it: "24/7", or one or more slots such as
// "mon-fri 09:00-21:00", "sat,sun 12:00-18:00" or "daily 14:00-22:00". A slot may run past
// midnight ("daily 20:00-02:00"); "24:00" closes at midnight. Parsed once when the file is
// read, so a typo fails the content check instead of showing a student a wrong time.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Days of a slot, 1 = Monday ... 7 = Sunday; a span wraps past Sunday when to < from. */
export interface DaySpan {
  from: number;
  to: number;
}

export interface OpeningSlot {
  days: DaySpan[];
  /** "09:00" */
  opens: string;
  /** "21:00"; earlier than opens when the slot runs past midnight. */
  closes: string;
}

export type OpeningHours = { always: true } | { always: false; slots: OpeningSlot[] };

const DAY = `(?:${WEEKDAYS.join("|")})`;
const SLOT = new RegExp(
  `^(daily|${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*) ([01]\\d|2[0-4]):([0-5]\\d)-([01]\\d|2[0-4]):([0-5]\\d)$`,
);

const dayNumber = (day: string) => WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) + 1;

/** One slot, or the reason it is not one. */
function parseSlot(text: string): OpeningSlot | string {
  const match = SLOT.exec(text.trim().toLowerCase());
  if (!match) {
    return `"${text}" is not like "mon-fri 09:00-21:00", "sat,sun 12:00-18:00" or "daily 14:00-22:00"`;
  }
  const [, days = "", oh = "", om = "", ch = "", cm = ""] = match;
  if ((oh === "24" && om !== "00") || (ch === "24" && cm !== "00") || oh === "24") {
    return `"${text}": a slot opens before 24:00 and closes at 24:00 at the latest`;
  }
  if (`${oh}:${om}` === `${ch}:${cm}`) return `"${text}": opens and closes at the same time`;
  const spans =
    days === "daily"
      ? [{ from: 1, to: 7 }]
      : days.split(",").map((part) => {
          const [from = "", to = from] = part.split("-");
          return { from: dayNumber(from), to: dayNumber(to) };
        });
  return { days: spans, opens: `${oh}:${om}`, closes: `${ch}:${cm}` };
}

/** "24/7", a slot, or a list of slots; the reason when it is none of these. */
export function parseOpeningHours(value: string | readonly string[]): OpeningHours | string {
  if (value === "24/7") return { always: true };
  const texts = typeof value === "string" ? [value] : value;
  if (texts.length === 0) return "needs at least one slot, or 24/7";
  const slots: OpeningSlot[] = [];
  for (const text of texts) {
    const slot = parseSlot(text);
    if (typeof slot === "string") return slot;
    slots.push(slot);
  }
  return { always: false, slots };
}
