// The staff feature's browser-safe entry: the schemas and limits of its forms (groups, people,
// the institution's settings). Sign-in, permissions and the staff page frame are the access
// feature's (@/features/access).
export {
  groupPatchSchema,
  groupSchema,
  inviteSchema,
  NAME_MAX,
  settingsSchema,
  type GroupInput,
  type GroupPatch,
  type InviteInput,
  type SettingsInput,
} from "./schemas";
