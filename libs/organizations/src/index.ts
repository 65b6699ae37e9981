export * from './dto/organization.dto';
export * from './entities/organization-user.entity';
export * from './entities/organization.entity';
export * from './organizations.module';
export * from './organizations.service';
export * from './legal-minimum';
export * from './majority-base';
