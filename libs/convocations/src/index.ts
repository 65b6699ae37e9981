export * from './convocations.module';
export * from './convocations.service';
export * from './dto/convocations.dto';
export * from './dto/readiness.dto';
