import { getTranslations } from "next-intl/server";
import { Button, Card } from "@/components/ui";
import { requireStaff } from "@/features/access/server";
import { answerNetworkFromForm } from "../actions/network-actions";
import { listSchoolNetworks } from "../server/memberships";

const OUTCOMES = ["joined", "left", "notFound", "signedOut"] as const;

/** For a school's admins: the networks that invited the school or that it belongs to. */
export async function SchoolNetworks({ locale, outcome }: { locale: string; outcome?: string }) {
  const ctx = await requireStaff(locale, "settings:manage", `/${locale}/staff/settings`);
  const networks = await listSchoolNetworks(ctx);
  const t = await getTranslations("network.school");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const shown = OUTCOMES.find((o) => o === outcome);
  return (
    <Card className="flex max-w-3xl flex-col gap-3" id="networks">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <p>{t("text")}</p>
      {shown ? (
        <p role="status" className="rounded bg-brand-soft p-3">
          {t(`outcomes.${shown}`)}
        </p>
      ) : null}
      {networks.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="school-networks">
        {networks.map((n) => (
          <li key={n.membershipId} className="flex flex-col gap-2 border-t border-line pt-3">
            <p>
              <span className="font-bold">{n.networkName}</span>:{" "}
              {n.status === "ACTIVE"
                ? t("member", { date: date.format(n.acceptedAt ?? n.invitedAt) })
                : t("invited", { date: date.format(n.invitedAt) })}
            </p>
            <form action={answerNetworkFromForm} className="flex flex-wrap gap-2">
              <input type="hidden" name="membershipId" value={n.membershipId} />
              {n.status === "INVITED" ? (
                <>
                  <Button type="submit" name="answer" value="accept">
                    {t("accept")}
                  </Button>
                  <Button type="submit" name="answer" value="leave" variant="secondary">
                    {t("decline")}
                  </Button>
                </>
              ) : (
                <Button type="submit" name="answer" value="leave" variant="secondary">
                  {t("leave")}
                </Button>
              )}
            </form>
          </li>
        ))}
      </ul>
      {networks.some((n) => n.status === "ACTIVE") ? (
        <a href={`/${locale}/staff/rounds/arms`} className="font-bold">
          {t("marking")}
        </a>
      ) : null}
    </Card>
  );
}
