-- Networks: consortia of schools whose leads see pooled, suppressed reports. A school joins
-- only when its admin accepts; its leads get no role inside any school.
CREATE TYPE "NetworkMembershipStatus" AS ENUM ('INVITED', 'ACTIVE', 'LEFT');

CREATE TABLE "networks" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "networks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "network_leads" (
    "network_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_leads_pkey" PRIMARY KEY ("network_id", "user_id")
);

CREATE INDEX "network_leads_user_id_idx" ON "network_leads"("user_id");

CREATE TABLE "network_memberships" (
    "id" TEXT NOT NULL,
    "network_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "status" "NetworkMembershipStatus" NOT NULL DEFAULT 'INVITED',
    "invited_by_id" TEXT,
    "invited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accepted_by_id" TEXT,
    "accepted_at" TIMESTAMP(3),
    "left_by_id" TEXT,
    "left_at" TIMESTAMP(3),

    CONSTRAINT "network_memberships_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "network_memberships_network_id_institution_id_key" ON "network_memberships"("network_id", "institution_id");
CREATE INDEX "network_memberships_institution_id_idx" ON "network_memberships"("institution_id");

ALTER TABLE "network_leads" ADD CONSTRAINT "network_leads_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "network_leads" ADD CONSTRAINT "network_leads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
