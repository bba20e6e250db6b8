import { StaffShell } from "@/features/access/components/staff-shell";

export default function StaffAppLayout({ children }: LayoutProps<"/[locale]/staff">) {
  return <StaffShell>{children}</StaffShell>;
}
