-- Each sign-up waiting for confirmation keeps its own password, and links belong to one sign-up.
CREATE TABLE "PendingSignUp" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inviteToken" TEXT,
    "clientTag" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingSignUp_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PendingSignUp_userId_clientTag_key" ON "PendingSignUp"("userId", "clientTag");

ALTER TABLE "PendingSignUp" ADD CONSTRAINT "PendingSignUp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An account waiting for confirmation before this migration becomes one pending sign-up, with the
-- password it was made with and the invitation of its latest link.
INSERT INTO "PendingSignUp" ("id", "userId", "passwordHash", "name", "inviteToken", "clientTag", "createdAt")
SELECT 'migrated-' || u."id", u."id", a."password", u."name",
       (SELECT c."inviteToken" FROM "AddressConfirmation" c WHERE c."userId" = u."id" ORDER BY c."createdAt" DESC LIMIT 1),
       'migrated', u."createdAt"
FROM "User" u JOIN "Account" a ON a."userId" = u."id" AND a."providerId" = 'credential'
WHERE u."emailVerified" = false AND a."password" IS NOT NULL;

ALTER TABLE "AddressConfirmation" ADD COLUMN "signUpId" TEXT;
UPDATE "AddressConfirmation" SET "signUpId" = 'migrated-' || "userId";
DELETE FROM "AddressConfirmation" c WHERE NOT EXISTS (SELECT 1 FROM "PendingSignUp" p WHERE p."id" = c."signUpId");
ALTER TABLE "AddressConfirmation" ALTER COLUMN "signUpId" SET NOT NULL, DROP COLUMN "inviteToken";

CREATE INDEX "AddressConfirmation_signUpId_idx" ON "AddressConfirmation"("signUpId");

ALTER TABLE "AddressConfirmation" ADD CONSTRAINT "AddressConfirmation_signUpId_fkey" FOREIGN KEY ("signUpId") REFERENCES "PendingSignUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
