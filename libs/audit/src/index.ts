export { AuditModule } from './audit.module';
export { AUDIT_INSERT, AuditService, auditActor, diff } from './audit.service';
