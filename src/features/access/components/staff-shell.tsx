import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui";
import { signOutNow } from "../actions/sign-in";
import { navItemsFor, type StaffNavItem } from "../nav";
import { staffAccess } from "../server/require-staff";
import { InstitutionSwitcher } from "./institution-switcher";
import { StaffNav } from "./staff-nav";

const NETWORK_ITEM: StaffNavItem = { href: "/staff/network", label: "network.nav.title" };

/**
 * The frame of every signed-in staff page: the school (with a switcher for people in several),
 * who is signed in, sign-out, and the navigation their role allows. A network lead without a
 * school sees only the network report.
 */
export async function StaffShell({ children }: { children: ReactNode }) {
  const access = await staffAccess();
  const t = await getTranslations("staff");
  const tAll = await getTranslations();
  const frame = (heading: ReactNode, role: string, items: StaffNavItem[]) => (
    <>
      <div className="border-b border-line bg-surface print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-3 px-4 pt-4 pb-2">
          <div className="flex min-w-0 flex-col gap-1">
            {heading}
            <p className="text-sm break-words text-muted">
              {t("shell.signedInAs", {
                name: access.kind === "signed_out" ? "" : (access.user.name ?? access.user.email),
              })}{" "}
              · {role}
            </p>
          </div>
          <form action={signOutNow}>
            <Button type="submit" variant="secondary">
              {t("shell.signOut")}
            </Button>
          </form>
        </div>
        <StaffNav
          label={t("nav.label")}
          items={items.map((i) => ({ href: i.href, label: tAll(i.label) }))}
        />
      </div>
      {children}
    </>
  );
  if (access.kind === "no_membership" && access.leadsNetwork) {
    return frame(null, tAll("network.role"), [NETWORK_ITEM]);
  }
  // Signed out or without a school: the page itself redirects.
  if (access.kind !== "member") return children;
  const { context, memberships } = access;
  const active = memberships.find((m) => m.institutionId === context.institutionId);
  return frame(
    memberships.length > 1 ? (
      <InstitutionSwitcher
        institutions={memberships.map((m) => ({ id: m.institutionId, name: m.institutionName }))}
        activeId={context.institutionId}
      />
    ) : (
      <p className="text-lg font-bold">{active?.institutionName}</p>
    ),
    t(`roles.${context.role}`),
    [...navItemsFor(context), ...(access.leadsNetwork ? [NETWORK_ITEM] : [])],
  );
}
