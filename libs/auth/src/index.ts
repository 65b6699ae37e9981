export * from './access.decorators';
export * from './access.guard';
export * from './auth.module';
export * from './auth.service';
export * from './dto/auth.dto';
export * from './entities/user.entity';
export * from './org-role.resolver';
