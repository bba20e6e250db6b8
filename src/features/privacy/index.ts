export { PrivacyPage } from "./components/privacy-page";
export {
  forgetDeviceSchema,
  type ForgetDeviceInput,
  type ForgetDeviceResult,
  type PrivacySchool,
} from "./schemas";
