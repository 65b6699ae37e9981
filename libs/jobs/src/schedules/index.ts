export * from './job-schedules';
export * from './job-schedules.module';
export * from './scheduled';
