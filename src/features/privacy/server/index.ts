import "server-only";
export { forgetDevice } from "./forget-device";
export { findPrivacySchools } from "./privacy-contacts";
export { forgetDeviceRoute } from "./forget-device-route";
