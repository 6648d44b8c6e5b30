-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "infoRequestId" UUID;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_infoRequestId_fkey" FOREIGN KEY ("infoRequestId") REFERENCES "InfoRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
