export { ConvocationsModule } from './convocations.module';
export { ConvocationsService } from './convocations.service';
