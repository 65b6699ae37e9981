export * from './colleges';
export * from './dto/member.dto';
export * from './entities/college.entity';
export * from './entities/member.entity';
export * from './members.module';
export * from './members.service';
export * from './search';
