import type { Locale } from "@/i18n/locales";
import {
  itemKinds,
  kindSpec,
  OPTION_SEPARATOR,
  type ItemKind,
  type ItemResults,
  type SurveyDefinition,
} from "@/features/survey";

export type ScaleItemInfo = ItemResults<"scale">;
export type MultiItemInfo = ItemResults<"multi">;

/** A survey's items by kind, as the dashboard reads them. */
export type SurveyItemsInfo = { [K in ItemKind]: ItemResults<K>[] };

/** A survey's items as the dashboard reads them, labelled in the viewer's language. */
export function surveyItems(definition: SurveyDefinition, locale: Locale): SurveyItemsInfo {
  const info = {} as SurveyItemsInfo;
  for (const kind of itemKinds) info[kind] = [];
  for (const item of definition.items) {
    const reading = { key: item.key, label: item.text[locale] };
    // Each kind's reading goes to its own list; TypeScript cannot follow the pairing.
    (info[item.kind] as ItemResults<ItemKind>[]).push({
      ...reading,
      ...kindSpec(item.kind).results(definition, item, locale),
    } as ItemResults<ItemKind>);
  }
  return info;
}

/** The option key of a stored multi answer ("barriers.language" -> "language"). */
export function optionOf(itemKey: string, answerKey: string): string | undefined {
  const prefix = `${itemKey}${OPTION_SEPARATOR}`;
  return answerKey.startsWith(prefix) ? answerKey.slice(prefix.length) : undefined;
}
