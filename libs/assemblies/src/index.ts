export * from './assemblies.module';
export * from './assemblies.service';
export * from './dto/assembly.dto';
export * from './entities/assembly.entity';
export * from './entities/resolution.entity';
export * from './entities/voting.entity';
export * from './merkle';
export { proxyCap, quorumReached, tally } from './tally';
export type { BallotGroup, TallyInput, TallyResult } from './tally';
