-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "schemaVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ScenarioRevision" ADD COLUMN     "schemaVersion" INTEGER NOT NULL DEFAULT 1;
