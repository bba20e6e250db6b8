// Parses one story file (front matter + five marked elements) and reports every problem with
// its line, so a writer can find it. Pure: the caller reads the file.
import { frontMatterProblem, parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import type { ContentProblem } from "@/lib/content/problem";
import {
  countWords,
  MAX_WORDS,
  MIN_WORDS,
  STORY_ELEMENTS,
  storyFrontMatterSchema,
  type Story,
  type StoryElement,
  type StorySection,
} from "./story-format";

const MARKER = /^<!--\s*element:\s*([\w-]+)\s*-->\s*$/;

export { countWords };

export interface ParsedStory {
  story?: Story;
  problems: ContentProblem[];
}

export function parseStory(text: string, file: string, slug: string, locale: string): ParsedStory {
  const problems: ContentProblem[] = [];
  let parsed: FrontMatter;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    return { problems: [frontMatterProblem(file, error)] };
  }
  const frontMatter = storyFrontMatterSchema.safeParse(parsed.data);
  if (!frontMatter.success) {
    for (const issue of frontMatter.error.issues) {
      problems.push({
        file,
        line: 1,
        message: `front matter ${issue.path.join(".") || "(root)"}: ${issue.message}`,
      });
    }
  }

  // Line numbers of the body start after the front matter.
  const bodyOffset = parsed.lines;
  const sections: Array<StorySection & { line: number }> = [];
  const lines = parsed.content.split("\n");
  let current: (StorySection & { line: number; buffer: string[] }) | undefined;
  const flush = () => {
    if (!current) return;
    const paragraphs = current.buffer
      .join("\n")
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    sections.push({ element: current.element, paragraphs, line: current.line });
  };
  lines.forEach((raw, index) => {
    const line = bodyOffset + index + 1;
    const marker = MARKER.exec(raw.trim());
    if (marker) {
      flush();
      const name = marker[1] as StoryElement;
      if (!STORY_ELEMENTS.includes(name)) {
        problems.push({
          file,
          line,
          message: `unknown element "${marker[1]}" (expected one of ${STORY_ELEMENTS.join(", ")})`,
        });
      }
      current = { element: name, paragraphs: [], line, buffer: [] };
    } else if (current) {
      current.buffer.push(raw);
    } else if (raw.trim()) {
      problems.push({
        file,
        line,
        message: 'text before the first element marker (start with "<!-- element: transition -->")',
      });
    }
  });
  flush();

  for (const element of STORY_ELEMENTS) {
    const found = sections.filter((s) => s.element === element);
    if (found.length === 0) problems.push({ file, message: `element "${element}" is missing` });
    if (found.length > 1) {
      problems.push({
        file,
        line: found[1]!.line,
        message: `element "${element}" appears more than once`,
      });
    }
  }
  // When each element is there once, they must also stand in the intervention's order.
  if (sections.length === STORY_ELEMENTS.length) {
    const misplaced = sections.find((s, i) => s.element !== STORY_ELEMENTS[i]);
    if (misplaced) {
      problems.push({
        file,
        line: misplaced.line,
        message: `element "${misplaced.element}" is out of order (expected ${STORY_ELEMENTS.join(" → ")})`,
      });
    }
  }
  for (const section of sections) {
    if (section.paragraphs.length === 0)
      problems.push({ file, line: section.line, message: `element "${section.element}" is empty` });
  }

  const wordCount = countWords(sections.flatMap((s) => s.paragraphs).join(" "));
  if (wordCount < MIN_WORDS || wordCount > MAX_WORDS) {
    problems.push({
      file,
      message: `the story has ${wordCount} words; it should have ${MIN_WORDS}-${MAX_WORDS}`,
    });
  }

  if (problems.length || !frontMatter.success) return { problems };
  return {
    problems,
    story: {
      ...frontMatter.data,
      slug,
      locale,
      wordCount,
      sections: sections.map(({ element, paragraphs }) => ({ element, paragraphs })),
    },
  };
}
