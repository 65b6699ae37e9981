export { AssembliesModule } from './assemblies.module';
export { AssembliesService } from './assemblies.service';
export { AssemblyDto, ResolutionDto, ResultsDto } from './dto/assembly.dto';
export { Assembly } from './entities/assembly.entity';
export { ResolutionLifecycleService } from './resolution-lifecycle.service';
export { VotingCodesService } from './voting-codes.service';
