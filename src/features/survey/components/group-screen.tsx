"use client";

import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { ChoiceList, QuestionFieldset } from "./choice-list";

/** The value of "I'd rather not say" among the group choices (a group id is never empty). */
const NOT_SAYING = "";

interface GroupScreenProps {
  groups: readonly { id: string; name: string }[];
  /** A group id, null for "rather not say", undefined when not chosen yet. */
  groupId: string | null | undefined;
  onChoose: (groupId: string | null) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Which class the student is in, when the round runs for several; saying is optional. */
export function GroupScreen({ groups, groupId, onChoose, headingRef }: GroupScreenProps) {
  const t = useTranslations("survey");
  const choices = [
    ...groups.map((g) => ({ value: g.id, label: g.name })),
    { value: NOT_SAYING, label: t("group.ratherNotSay") },
  ];
  const selected = groupId === null ? NOT_SAYING : groupId;
  return (
    <QuestionFieldset
      title={t("group.title")}
      headingRef={headingRef}
      hint={{ id: "group-hint", text: t("group.hint") }}
    >
      <ChoiceList
        name="group"
        type="radio"
        choices={choices}
        checked={(value) => value === selected}
        onToggle={(value) => onChoose(value === NOT_SAYING ? null : value)}
        describedBy="group-hint"
      />
    </QuestionFieldset>
  );
}
