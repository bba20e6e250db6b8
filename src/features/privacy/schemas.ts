import { z } from "zod";

/** POST /api/v1/device/forget: the student confirmed, on the privacy page, that all goes. */
export const forgetDeviceSchema = z.object({ confirm: z.literal(true) }).strict();
export type ForgetDeviceInput = z.infer<typeof forgetDeviceSchema>;

/** What was done for this device; counts only, for the page to say it is done. */
export interface ForgetDeviceResult {
  forgotten: true;
  /** Answers to open rounds, deleted. */
  responsesDeleted: number;
  /** Answers to closed rounds, kept but no longer linked to the device. */
  responsesUnlinked: number;
  reflectionsDeleted: number;
  participantsDeleted: number;
}

/** A school named on the privacy page. */
export interface PrivacySchool {
  name: string;
  /** As the school's admin wrote it; empty when not set yet. */
  dataProtectionContact: string;
  /** The school's k: the smallest group whose figures staff see. */
  minGroupSize: number;
}
