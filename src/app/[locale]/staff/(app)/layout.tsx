import { StaffShell } from "@/features/staff/components/staff-shell";

export default function StaffAppLayout({ children }: LayoutProps<"/[locale]/staff">) {
  return <StaffShell>{children}</StaffShell>;
}
