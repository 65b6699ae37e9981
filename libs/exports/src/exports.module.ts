import { Module } from '@nestjs/common';
import { SharesModule } from '@socius/shares';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { FecExportService } from './fec-export.service';
import { RegisterExportsService } from './register-exports.service';

/** Exports for accountants: ledger (CSV, XLSX), capital statement, members register, FEC. */
@Module({
  imports: [SharesModule],
  controllers: [ExportsController],
  providers: [ExportsRepository, RegisterExportsService, FecExportService],
  exports: [RegisterExportsService, FecExportService],
})
export class ExportsModule {}
