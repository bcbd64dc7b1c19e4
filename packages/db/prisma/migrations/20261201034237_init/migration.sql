-- CreateTable
CREATE TABLE "Snapshot" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[],
    "model" TEXT,
    "instances" TEXT[],
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "windowEnd" TIMESTAMPTZ(3) NOT NULL,
    "backendFlavor" TEXT NOT NULL,
    "backendVersion" TEXT,
    "engineConfig" JSONB NOT NULL,
    "requestRate" DOUBLE PRECISION,
    "promptTokens" JSONB,
    "outputTokens" JSONB,
    "loadRun" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SnapshotSignal" (
    "snapshotId" UUID NOT NULL,
    "signal" TEXT NOT NULL,
    "stat" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "unsupportedReason" TEXT,
    "sampleCount" INTEGER,
    "stddev" DOUBLE PRECISION,

    CONSTRAINT "SnapshotSignal_pkey" PRIMARY KEY ("snapshotId","signal","stat")
);

-- CreateTable
CREATE TABLE "SnapshotHistogram" (
    "snapshotId" UUID NOT NULL,
    "signal" TEXT NOT NULL,
    "le" DOUBLE PRECISION[],
    "counts" DOUBLE PRECISION[],
    "count" DOUBLE PRECISION NOT NULL,
    "sum" DOUBLE PRECISION,

    CONSTRAINT "SnapshotHistogram_pkey" PRIMARY KEY ("snapshotId","signal")
);

-- CreateTable
CREATE TABLE "SnapshotSlo" (
    "snapshotId" UUID NOT NULL,
    "signal" TEXT NOT NULL,
    "thresholdSeconds" DOUBLE PRECISION NOT NULL,
    "attainment" DOUBLE PRECISION,

    CONSTRAINT "SnapshotSlo_pkey" PRIMARY KEY ("snapshotId","signal","thresholdSeconds")
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "baseId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comparison_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Snapshot_createdAt_id_idx" ON "Snapshot"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Snapshot_model_idx" ON "Snapshot"("model");

-- CreateIndex
CREATE INDEX "Snapshot_tags_idx" ON "Snapshot" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Comparison_baseId_idx" ON "Comparison"("baseId");

-- CreateIndex
CREATE INDEX "Comparison_candidateId_idx" ON "Comparison"("candidateId");

-- AddForeignKey
ALTER TABLE "SnapshotSignal" ADD CONSTRAINT "SnapshotSignal_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotHistogram" ADD CONSTRAINT "SnapshotHistogram_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotSlo" ADD CONSTRAINT "SnapshotSlo_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_baseId_fkey" FOREIGN KEY ("baseId") REFERENCES "Snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
