-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "baselineVersionId" UUID;

-- CreateTable
CREATE TABLE "ScenarioVersion" (
    "id" UUID NOT NULL,
    "scenarioId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedById" UUID,

    CONSTRAINT "ScenarioVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActualsImport" (
    "id" UUID NOT NULL,
    "format" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" UUID,
    "rowCount" INTEGER NOT NULL,
    "insertedRows" INTEGER NOT NULL,
    "duplicateRows" INTEGER NOT NULL,
    "totalCost" DECIMAL(38,20) NOT NULL,
    "totalTokens" DECIMAL(38,6) NOT NULL,

    CONSTRAINT "ActualsImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActualRow" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "rowKey" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "cost" DECIMAL(38,20) NOT NULL,
    "tokens" DECIMAL(38,6) NOT NULL,
    "dimensions" JSONB NOT NULL,

    CONSTRAINT "ActualRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingRule" (
    "id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "key" TEXT,
    "value" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,

    CONSTRAINT "MappingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingRuleSet" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "MappingRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioVersion_scenarioId_name_key" ON "ScenarioVersion"("scenarioId", "name");

-- CreateIndex
CREATE INDEX "ActualsImport_createdAt_idx" ON "ActualsImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActualRow_rowKey_key" ON "ActualRow"("rowKey");

-- CreateIndex
CREATE INDEX "ActualRow_month_idx" ON "ActualRow"("month");

-- CreateIndex
CREATE INDEX "ActualRow_importId_idx" ON "ActualRow"("importId");

-- CreateIndex
CREATE INDEX "MappingRule_position_idx" ON "MappingRule"("position");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_baselineVersionId_fkey" FOREIGN KEY ("baselineVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioVersion" ADD CONSTRAINT "ScenarioVersion_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioVersion" ADD CONSTRAINT "ScenarioVersion_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ScenarioRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioVersion" ADD CONSTRAINT "ScenarioVersion_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualsImport" ADD CONSTRAINT "ActualsImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualsImport" ADD CONSTRAINT "ActualsImport_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActualRow" ADD CONSTRAINT "ActualRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ActualsImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
