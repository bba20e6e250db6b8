import type { InlinePart, NotesBlock } from "../domain/notes-markdown";

function Inline({ parts }: { parts: InlinePart[] }) {
  return parts.map((part, i) => (part.bold ? <strong key={i}>{part.text}</strong> : part.text));
}

/** The teacher's notes, rendered as elements (the content file never becomes HTML). */
export function NotesBlocks({ blocks }: { blocks: NotesBlock[] }) {
  return (
    <div className="flex flex-col gap-3">
      {blocks.map((block, i) => {
        if (block.kind === "paragraph") {
          return (
            <p key={i}>
              <Inline parts={block.parts} />
            </p>
          );
        }
        const List = block.kind === "bullets" ? "ul" : "ol";
        return (
          <List
            key={i}
            className={`flex flex-col gap-1 pl-6 ${block.kind === "bullets" ? "list-disc" : "list-decimal"}`}
          >
            {block.items.map((item, j) => (
              <li key={j}>
                <Inline parts={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
