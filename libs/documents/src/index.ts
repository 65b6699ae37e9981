export * from './documents.module';
export * from './documents.service';
export * from './dto/documents.dto';
export * from './entities/document.entity';
export * from './format';
export * from './storage';
export * from './pdf/writer';
export * from './labels';
