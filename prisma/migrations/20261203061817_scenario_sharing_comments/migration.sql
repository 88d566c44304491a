-- CreateEnum
CREATE TYPE "ShareRole" AS ENUM ('VIEWER', 'EDITOR');

-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "sharingVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "workspaceRole" "ShareRole" NOT NULL DEFAULT 'EDITOR';

-- CreateTable
CREATE TABLE "ScenarioGrant" (
    "scenarioId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "ShareRole" NOT NULL,
    "grantedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioGrant_pkey" PRIMARY KEY ("scenarioId","userId")
);

-- CreateTable
CREATE TABLE "ScenarioComment" (
    "id" UUID NOT NULL,
    "scenarioId" UUID NOT NULL,
    "parentId" UUID,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "mentions" UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ScenarioComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScenarioGrant_userId_idx" ON "ScenarioGrant"("userId");

-- CreateIndex
CREATE INDEX "ScenarioComment_scenarioId_createdAt_idx" ON "ScenarioComment"("scenarioId", "createdAt");

-- AddForeignKey
ALTER TABLE "ScenarioGrant" ADD CONSTRAINT "ScenarioGrant_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioGrant" ADD CONSTRAINT "ScenarioGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioGrant" ADD CONSTRAINT "ScenarioGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioComment" ADD CONSTRAINT "ScenarioComment_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioComment" ADD CONSTRAINT "ScenarioComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ScenarioComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioComment" ADD CONSTRAINT "ScenarioComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
