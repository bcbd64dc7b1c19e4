-- CreateTable
CREATE TABLE "Settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "ttftP95Seconds" DOUBLE PRECISION,
    "itlP95Seconds" DOUBLE PRECISION,
    "availability" DOUBLE PRECISION,
    "gpuHourlyUsd" DOUBLE PRECISION,
    "gpuCount" INTEGER,
    "refresh" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Settings_pkey" PRIMARY KEY ("id")
);
