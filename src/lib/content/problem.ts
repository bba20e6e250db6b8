/** One thing wrong in a content file, as the content check reports it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. content/stories/amira-workshop/da.md. */
  file: string;
  line?: number;
  message: string;
}

export interface ContentCheck {
  name: string;
  run(): ContentProblem[];
  /** Lines printed under the check's result, e.g. a table of figures. */
  summary?(): string[];
}
