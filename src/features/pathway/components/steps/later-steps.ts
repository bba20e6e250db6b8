// The steps a student reaches after the first story (writing, consent, help, thanks, the
// school question) as a chunk of their own: the pathway's first load carries only what its
// first screens need. The pathway fetches the chunk as soon as it is up, long before a student
// gets there; a device that resumes on one of these steps waits for it as it waits for its
// saved state.
export type LaterSteps = typeof import("./later-steps-chunk");

export function loadLaterSteps(): Promise<LaterSteps> {
  return import("./later-steps-chunk");
}
