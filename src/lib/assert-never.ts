/**
 * The default branch of a switch that handles every member of a union: it compiles only while
 * no member is left out, so adding one (a survey item kind) points at every place to extend.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
