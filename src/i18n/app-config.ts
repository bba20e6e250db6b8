// The shape of every message, from the English source files (messages/en/*.json): next-intl
// checks each key and placeholder against it (AppConfig below), so a wrong key fails the type
// check. One import per namespace; src/i18n/client-messages.test.ts checks the list is whole.
import type classroom from "../../messages/en/classroom.json";
import type classroomJoin from "../../messages/en/classroomJoin.json";
import type common from "../../messages/en/common.json";
import type dashboard from "../../messages/en/dashboard.json";
import type dictation from "../../messages/en/dictation.json";
import type errors from "../../messages/en/errors.json";
import type landing from "../../messages/en/landing.json";
import type localStories from "../../messages/en/localStories.json";
import type moderation from "../../messages/en/moderation.json";
import type network from "../../messages/en/network.json";
import type pathway from "../../messages/en/pathway.json";
import type privacy from "../../messages/en/privacy.json";
import type retention from "../../messages/en/retention.json";
import type safeguarding from "../../messages/en/safeguarding.json";
import type staff from "../../messages/en/staff.json";
import type staffAudit from "../../messages/en/staffAudit.json";
import type staffAuth from "../../messages/en/staffAuth.json";
import type staffData from "../../messages/en/staffData.json";
import type staffGroups from "../../messages/en/staffGroups.json";
import type staffMail from "../../messages/en/staffMail.json";
import type staffPeople from "../../messages/en/staffPeople.json";
import type staffRounds from "../../messages/en/staffRounds.json";
import type staffSettings from "../../messages/en/staffSettings.json";
import type stories from "../../messages/en/stories.json";
import type survey from "../../messages/en/survey.json";
import type ui from "../../messages/en/ui.json";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Locale } from "./locales";

export interface Messages {
  classroom: typeof classroom;
  classroomJoin: typeof classroomJoin;
  common: typeof common;
  dashboard: typeof dashboard;
  dictation: typeof dictation;
  errors: typeof errors;
  landing: typeof landing;
  localStories: typeof localStories;
  moderation: typeof moderation;
  network: typeof network;
  pathway: typeof pathway;
  privacy: typeof privacy;
  retention: typeof retention;
  safeguarding: typeof safeguarding;
  staff: typeof staff;
  staffAudit: typeof staffAudit;
  staffAuth: typeof staffAuth;
  staffData: typeof staffData;
  staffGroups: typeof staffGroups;
  staffMail: typeof staffMail;
  staffPeople: typeof staffPeople;
  staffRounds: typeof staffRounds;
  staffSettings: typeof staffSettings;
  stories: typeof stories;
  survey: typeof survey;
  ui: typeof ui;
}

/** A namespace of the messages: one file of messages/<locale>/. */
export type Namespace = keyof Messages;

/** A whole message key, "<namespace>.<key>", for keys kept in data (navigation labels). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
