import { getTranslations } from "next-intl/server";
import { Button, Card } from "@/components/ui";
import { firstParam } from "@/lib/search-params";
import { PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";

import { markArmFromForm } from "../actions/network-actions";
import { ARMS } from "../domain/study-arms";
import { listArmRounds } from "../server/study-arms";

const NOTICES = ["saved"] as const;
const ERRORS = ["closed", "notFound", "signedOut"] as const;

/** For coordinators: mark each open round's groups as intervention or comparison groups. */
export async function ArmsPage({
  locale,
  searchParams,
}: {
  locale: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const ctx = await requireStaff(locale, "rounds:manage", `/${locale}/staff/rounds/arms`);
  const rounds = await listArmRounds(ctx);
  const t = await getTranslations("network.marking");
  const tArm = await getTranslations("network.arms");
  const notice = NOTICES.find((n) => n === firstParam(searchParams.notice));
  const error = ERRORS.find((e) => e === firstParam(searchParams.error));
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro")} />
      {notice ? (
        <p role="status" className="rounded bg-brand-soft p-3">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border-2 border-accent p-3">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {rounds.length === 0 ? <p>{t("none")}</p> : null}
      {rounds.map((round) => (
        <Card key={round.id} className="flex max-w-3xl flex-col gap-3">
          <h2 className="text-xl font-bold">{round.name}</h2>
          <ul className="flex flex-col gap-2">
            {round.groups.map(({ group, arm }) => (
              <li key={group.id}>
                <form action={markArmFromForm} className="flex flex-wrap items-center gap-3">
                  <input type="hidden" name="roundId" value={round.id} />
                  <input type="hidden" name="groupId" value={group.id} />
                  <label htmlFor={`arm-${round.id}-${group.id}`} className="min-w-40 font-bold">
                    {group.name}
                  </label>
                  <select
                    id={`arm-${round.id}-${group.id}`}
                    name="arm"
                    defaultValue={arm ?? ""}
                    className="rounded border-2 border-line bg-surface p-2"
                  >
                    <option value="">{t("unmarked")}</option>
                    {ARMS.map((a) => (
                      <option key={a} value={a}>
                        {tArm(a)}
                      </option>
                    ))}
                  </select>
                  <Button type="submit">{t("save")}</Button>
                </form>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </StaffPage>
  );
}
