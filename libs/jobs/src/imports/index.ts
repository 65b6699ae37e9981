export * from './staged-uploads.jobs';
export * from './staged-uploads.service';
