// Password-reset links share next-auth's VerificationToken table under their own identifier,
// "password-reset:<user id>", with the token's sha256 as the stored token.
export const RESET_PREFIX = "password-reset:";

export function resetIdentifier(userId: string): string {
  return `${RESET_PREFIX}${userId}`;
}

export function userIdOfReset(identifier: string): string | null {
  return identifier.startsWith(RESET_PREFIX) ? identifier.slice(RESET_PREFIX.length) : null;
}
