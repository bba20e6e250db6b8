// Stands in for the staff session module (src/features/access/server/session.ts) in integration
// tests, where there is no request: a test says who is signed in and which school they chose.
//   vi.mock("@/features/access/server/session", () => import("../support/fake-session"));
export const fakeSession: { userId?: string; institutionId?: string } = {};

export async function currentUserId(): Promise<string | undefined> {
  return fakeSession.userId;
}

export async function chosenInstitutionId(): Promise<string | undefined> {
  return fakeSession.institutionId;
}

export async function rememberInstitution(institutionId: string): Promise<void> {
  fakeSession.institutionId = institutionId;
}
