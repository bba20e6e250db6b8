-- The school's data protection contact, shown to students on the privacy page.
ALTER TABLE "institutions" ADD COLUMN "data_protection_contact" TEXT NOT NULL DEFAULT '';
