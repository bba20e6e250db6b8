/**
 * The short public code of a survey round, typed by students from a projector or a poster.
 *
 * Generated codes use digits 2-9 and the capital letters without I and O, so 0/O and 1/I never
 * need telling apart. L stays: codes are shown in capitals, where L looks like neither 1 nor I,
 * and keeping it gives exactly 32 symbols, so every symbol is equally likely.
 */
export const ROUND_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export const ROUND_CODE_MIN_LENGTH = 4;
export const ROUND_CODE_MAX_LENGTH = 12;

/**
 * A new random code. `random` returns a number in [0, 1) like Math.random; the default is the
 * platform's cryptographic generator, because a guessable code would let anyone answer another
 * school's round.
 */
export function generateRoundCode(length = 6, random: () => number = secureRandom): string {
  if (
    !Number.isInteger(length) ||
    length < ROUND_CODE_MIN_LENGTH ||
    length > ROUND_CODE_MAX_LENGTH
  ) {
    throw new RangeError(
      `A round code has ${ROUND_CODE_MIN_LENGTH}-${ROUND_CODE_MAX_LENGTH} characters, not ${length}`,
    );
  }
  let code = "";
  for (let i = 0; i < length; i++) {
    const r = random();
    if (!(r >= 0 && r < 1)) throw new RangeError(`random() returned ${r}, not a number in [0, 1)`);
    code += ROUND_CODE_ALPHABET.charAt(Math.floor(r * ROUND_CODE_ALPHABET.length));
  }
  return code;
}

/**
 * A code as typed, made comparable with the stored one: full-width and other compatibility
 * characters folded (NFKC), spaces and hyphens removed ("abc-def" -> "ABCDEF"), capitals.
 *
 * Lookalikes are deliberately not mapped. Generated codes contain none of 0, O, 1 or I, so such
 * a character is either part of a hand-made code (the demo round is DEMO01, which must keep
 * working as typed) or a typo with no single right guess (O could have meant 0, or neither).
 * Mapping would break the first case and cannot fix the second.
 */
export function normaliseRoundCode(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\s\u002d\u2010-\u2015\u2212]/g, "")
    .toUpperCase();
}

/**
 * Whether a normalised string has the shape of a round code (4-12 capitals and digits), so a
 * route can turn junk away before asking the database. It accepts hand-made codes such as DEMO01
 * too; only generated codes are limited to ROUND_CODE_ALPHABET.
 */
export function isRoundCode(code: string): boolean {
  return (
    /^[A-Z0-9]+$/.test(code) &&
    code.length >= ROUND_CODE_MIN_LENGTH &&
    code.length <= ROUND_CODE_MAX_LENGTH
  );
}

function secureRandom(): number {
  const [n = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return n / 2 ** 32;
}
