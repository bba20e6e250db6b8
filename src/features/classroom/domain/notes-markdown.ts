// The teacher's notes are a small markdown: paragraphs, bulleted and numbered lists, and
// **bold**. This turns them into blocks a component renders as elements, never as HTML, so
// nothing in a content file can inject markup.

export type InlinePart = { text: string; bold: boolean };
export type NotesBlock =
  | { kind: "paragraph"; parts: InlinePart[] }
  | { kind: "bullets" | "numbers"; items: InlinePart[][] };

/** Splits "a **b** c" into plain and bold parts; an unclosed ** stays as written. */
export function parseInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), bold: false });
    parts.push({ text: match[1]!, bold: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), bold: false });
  return parts;
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;

export function parseNotes(markdown: string): NotesBlock[] {
  const blocks: NotesBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: "paragraph", parts: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    const bullet = BULLET.exec(raw);
    const number = bullet ? null : NUMBER.exec(raw);
    const item = bullet ?? number;
    if (!line) {
      flush();
    } else if (item) {
      flush();
      const kind = bullet ? "bullets" : "numbers";
      const previous = blocks[blocks.length - 1];
      const parts = parseInline(item[1]!.trim());
      if (previous && previous.kind === kind) previous.items.push(parts);
      else blocks.push({ kind, items: [parts] });
    } else {
      const previous = blocks[blocks.length - 1];
      // A wrapped line of a list item belongs to that item.
      if (!paragraph.length && previous && previous.kind !== "paragraph" && /^\s/.test(raw)) {
        previous.items[previous.items.length - 1]!.push({ text: ` ${line}`, bold: false });
      } else paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
