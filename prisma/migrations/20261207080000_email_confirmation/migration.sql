-- CreateTable
CREATE TABLE "AddressConfirmation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "inviteToken" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AddressConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AddressConfirmation_tokenHash_key" ON "AddressConfirmation"("tokenHash");

-- CreateIndex
CREATE INDEX "AddressConfirmation_userId_idx" ON "AddressConfirmation"("userId");

-- AddForeignKey
ALTER TABLE "AddressConfirmation" ADD CONSTRAINT "AddressConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Accounts made before addresses were confirmed keep working: they count as confirmed.
UPDATE "User" SET "emailVerified" = true WHERE "emailVerified" = false;
