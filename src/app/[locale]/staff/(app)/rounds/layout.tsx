import { requireStaff } from "@/features/access/server";

// The access check runs here, above loading.tsx: once the skeleton streams, the answer is
// already a 200, so a visitor without access must be sent to sign-in or the 404 before that.
export default async function RoundsLayout({
  children,
  params,
}: LayoutProps<"/[locale]/staff/rounds">) {
  const { locale } = await params;
  await requireStaff(locale, "rounds:manage", `/${locale}/staff/rounds`);
  return children;
}
