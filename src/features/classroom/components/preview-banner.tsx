// The banner the pathway shows while a staff member tries it as a student. Apart from the
// preview page, so the pathway's browser code does not carry the session's phone screens.
import { getTranslations } from "next-intl/server";
import { leaveStudentPreview } from "../actions/student-preview";
import { PreviewBar } from "./preview-bar";

/**
 * Above the pathway during a preview: nothing written there is stored. Rendered with the
 * prerendered page; the pathway shows it when its student data says the browser is a preview.
 */
export async function StudentPreviewBanner() {
  const t = await getTranslations("classroom.preview");
  return (
    <PreviewBar id="preview-banner" title={t("title")}>
      <p className="text-sm">{t("pathwayText")}</p>
      <form action={leaveStudentPreview}>
        <button type="submit" className="min-h-11 font-bold text-brand underline">
          {t("leave")}
        </button>
      </form>
    </PreviewBar>
  );
}
