export * from './exports.module';
export * from './exports.controller';
export * from './register-exports.service';
export * from './fec-export.service';
export * from './dto/exports.dto';
export * from './french';
export * from './pg-copy';
export * from './fec';
