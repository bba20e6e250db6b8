import type { Locale } from "@/i18n/locales";
import { OPTION_SEPARATOR, scaleRange, type SurveyDefinition } from "@/features/survey";
import { assertNever } from "@/lib/assert-never";
import type { AgreementScale } from "./statistics";

export interface ScaleItemInfo {
  key: string;
  label: string;
  scale: AgreementScale;
}

export interface MultiItemInfo {
  key: string;
  label: string;
  options: { key: string; label: string }[];
}

export interface SurveyItemsInfo {
  scale: ScaleItemInfo[];
  multi: MultiItemInfo[];
  text: { key: string; label: string }[];
}

/** A survey's items as the dashboard reads them, labelled in the viewer's language. */
export function surveyItems(definition: SurveyDefinition, locale: Locale): SurveyItemsInfo {
  const reverse = new Set(definition.scoring.reverse);
  const info: SurveyItemsInfo = { scale: [], multi: [], text: [] };
  for (const item of definition.items) {
    const label = item.text[locale];
    switch (item.kind) {
      case "scale": {
        const { min, max } = scaleRange(definition, item);
        info.scale.push({
          key: item.key,
          label,
          scale: { min, max, reverse: reverse.has(item.key) },
        });
        break;
      }
      case "multi":
        info.multi.push({
          key: item.key,
          label,
          options: item.options.map((o) => ({ key: o.key, label: o.label[locale] })),
        });
        break;
      case "text":
        info.text.push({ key: item.key, label });
        break;
      default:
        assertNever(item);
    }
  }
  return info;
}

/** The option key of a stored multi answer ("barriers.language" -> "language"). */
export function optionOf(itemKey: string, answerKey: string): string | undefined {
  const prefix = `${itemKey}${OPTION_SEPARATOR}`;
  return answerKey.startsWith(prefix) ? answerKey.slice(prefix.length) : undefined;
}
