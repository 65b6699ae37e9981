export * from './dashboard-access';
export * from './queue-dashboard.module';
