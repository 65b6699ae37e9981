export * from './import-job.dto';
export * from './staged-uploads.jobs';
export * from './staged-uploads.service';
