import { Inject, Injectable } from '@nestjs/common';
import { type Credentials, OrgRoleResolver, SessionsService, ThrottleService } from '@socius/auth';
import { AuditService } from '@socius/audit';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RequestContext,
  UnauthorizedError,
  ValidationError,
} from '@socius/core';
import { IdempotencyService, PG, pgCode } from '@socius/database';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { proxyCapOf } from './assembly-lookups';
import { BallotsRepository } from './ballots.repository';
import { ElectoratesRepository } from './electorates.repository';
import { ProxiesRepository } from './proxies.repository';
import { VotingCodesRepository } from './voting-codes.repository';
import { ResolutionLifecycleService } from './resolution-lifecycle.service';
import { BallotBoxDto, CastBallotDto, ReceiptDto } from './dto/assembly.dto';
import { Assembly } from './entities/assembly.entity';
import { Resolution } from './entities/resolution.entity';
import { ballotIdempotencyOf, encryptChoice } from './ballot-crypto';
import { encryptedLeafHash, leafHash, ownerHash, receiptHash } from './merkle';
import { codeHashesOf } from './voting-code';

export interface Voter {
  organizationId: string;
  memberId: string;
  /** a voting code is good for one assembly only */
  assemblyId: string | null;
  /** the issue of the voting code the voter holds (null with a bearer token): the audit log names it, not the member */
  codeId: string | null;
}

@Injectable()
export class VotingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly orgRoles: OrgRoleResolver,
    private readonly lifecycle: ResolutionLifecycleService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly throttle: ThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ballots: BallotsRepository,
    private readonly electorates: ElectoratesRepository,
    private readonly proxies: ProxiesRepository,
    private readonly votingCodes: VotingCodesRepository,
  ) {}

  /**
   * What a voting code lets its holder see: their assembly's resolutions open now (the link of the
   * convocation, `/vote#code=…`, opens this), whether they voted on each, and nothing else.
   */
  async ballotBox(code: string, ip: string): Promise<BallotBoxDto> {
    const holder =
      code.length <= 100 ? await this.votingCodes.holder(this.dataSource.manager, codeHashesOf(code)) : undefined;
    if (!holder) {
      await this.throttle.votingCodeFailed(ip);
      throw new UnauthorizedError('This voting code is not valid.');
    }
    const resolutions = await this.votingCodes.openResolutions(
      this.dataSource.manager,
      holder.assemblyId,
      holder.memberId,
    );
    return {
      organization: { slug: holder.slug, name: holder.name },
      assembly: { id: holder.assemblyId, title: holder.title, secret: holder.secret },
      resolutions,
    };
  }

  /** Who votes: the member linked to the signed-in account (bearer or cookie session), or the holder of a voting code. */
  async voter(slug: string, credentials: Credentials, code: string | undefined, ip: string): Promise<Voter> {
    if (code !== undefined) {
      const row =
        code.length <= 100
          ? await this.votingCodes.voter(this.dataSource.manager, codeHashesOf(code), slug)
          : undefined;
      if (!row) {
        // only a wrong code counts (Redis, all processes): past the limit it answers 429 instead
        await this.throttle.votingCodeFailed(ip);
        throw new UnauthorizedError('This voting code is not valid here.');
      }
      // whoever holds the code acted, not necessarily its member: the audit log names the code
      RequestContext.assign({ actor: `voting-code:${row.id}` });
      return {
        organizationId: row.organizationId,
        memberId: row.memberId,
        assemblyId: row.assemblyId,
        codeId: row.id,
      };
    }
    const user = await this.sessions.authenticate(credentials);
    if (!user) throw new UnauthorizedError('Vote signed in, or with the X-Voting-Code header.');
    RequestContext.assign({ userId: user.id, actor: user.email });
    const org = await this.orgRoles.resolve(slug, user.id, user.ssoOrganizationId);
    if (!org) throw new NotFoundError('organization');
    if (user.ssoOrganizationId && user.ssoOrganizationId !== org.organizationId)
      throw new ForbiddenError(
        "This session was opened through another organization's single sign-on.",
        'sso-session-confined',
      );
    if (!org.memberId)
      throw new ForbiddenError(
        'Your account is linked to no member of this organization: only members vote.',
        'not-a-member',
      );
    return { organizationId: org.organizationId, memberId: org.memberId, assemblyId: null, codeId: null };
  }

  /**
   * Casts a ballot. The émargement row (one per elector and resolution, a primary key) makes a
   * second ballot fail whatever the concurrency; a secret ballot is stored encrypted, without the
   * member. Every ballot — own or by proxy, first or changed, open or secret — takes one path,
   * `writeBallot`, in one transaction: with an Idempotency-Key, the key's.
   */
  async cast(voter: Voter, resolutionId: string, dto: CastBallotDto): Promise<ReceiptDto> {
    const idem = RequestContext.current().idempotency;
    if (idem) {
      // a ballot carries no account: the key is the voter's (a code holder and a token holder alike),
      // kept so that the row links the member to neither the receipt nor the choice
      const sealed = ballotIdempotencyOf<ReceiptDto>(
        this.config.BALLOT_SECRET,
        voter.memberId,
        idem.key,
        idem.fingerprint,
      );
      idem.key = sealed.key;
      idem.fingerprint = sealed.fingerprint;
      return this.idempotency.transaction(
        voter.organizationId,
        (tx) => this.castOnce(voter, resolutionId, dto, tx),
        sealed,
      );
    }
    return this.castOnce(voter, resolutionId, dto);
  }

  /** `POST resolutions/{id}/ballots`: the voter (a bearer token or a voting code), then the ballot. */
  async identifyAndCast(
    slug: string,
    credentials: Credentials,
    code: string | undefined,
    ip: string,
    resolutionId: string,
    dto: CastBallotDto,
  ): Promise<ReceiptDto> {
    return this.cast(await this.voter(slug, credentials, code, ip), resolutionId, dto);
  }

  /**
   * Casts a ballot with every check in turn (the opening, the electorate, proxies, changed votes),
   * every read on the transaction's connection: `within`, the idempotency key's, or one of its own.
   */
  private async castOnce(
    voter: Voter,
    resolutionId: string,
    dto: CastBallotDto,
    within?: EntityManager,
  ): Promise<ReceiptDto> {
    try {
      return await (within
        ? this.writeBallot(within, voter, resolutionId, dto)
        : this.dataSource.transaction((tx) => this.writeBallot(tx, voter, resolutionId, dto)));
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation)
        throw new DomainError(
          409,
          'already-voted',
          'Already voted',
          'A ballot was already cast for this member on this resolution.',
        );
      throw error;
    }
  }

  /** The checks and the writes of one ballot, on the transaction `tx`. */
  private async writeBallot(
    tx: EntityManager,
    voter: Voter,
    resolutionId: string,
    dto: CastBallotDto,
  ): Promise<ReceiptDto> {
    const resolution = await tx.findOneBy(Resolution, { organizationId: voter.organizationId, id: resolutionId });
    if (!resolution || (voter.assemblyId && voter.assemblyId !== resolution.assemblyId))
      throw new NotFoundError('resolution');
    if (resolution.status !== 'open' || resolution.closesAt <= new Date()) {
      throw new DomainError(
        409,
        'resolution-not-open',
        'Voting closed',
        resolution.status === 'draft' ? 'This resolution is not open for voting yet.' : 'This resolution is closed.',
      );
    }
    const assembly = await tx.findOneByOrFail(Assembly, { id: resolution.assemblyId });
    const choice = this.checkChoice(resolution, dto.choice);
    const electorId = dto.onBehalfOfMemberId ?? voter.memberId;
    if (dto.onBehalfOfMemberId && dto.onBehalfOfMemberId !== voter.memberId)
      await this.assertProxy(tx, assembly, resolution, voter.memberId, dto.onBehalfOfMemberId);
    const receipt = randomBytes(16).toString('base64url');
    // held against the close until this ballot commits (see the migration BallotsWaitForClosing)
    if (!(await this.ballots.holdOpen(tx, resolution.id)))
      throw new DomainError(409, 'resolution-not-open', 'Voting closed', 'This resolution is closed.');
    const elector = await this.electorates.elector(tx, resolution.id, electorId);
    if (!elector)
      throw new ForbiddenError(
        'This member is not on the electorate of this resolution (it is fixed when the vote opens: active members with a fully paid share).',
        'not-eligible',
      );
    const first = await this.ballots.addParticipation(tx, {
      resolutionId: resolution.id,
      memberId: electorId,
      organizationId: voter.organizationId,
      castByMemberId: voter.memberId,
      ownerHash: assembly.secret ? ownerHash(receipt) : null,
    });
    let replaced = false;
    if (!first) {
      // locked: the grantor's own ballot and their holder's wait for each other, the later sees the earlier
      const previous = (await this.ballots.lockParticipation(tx, resolution.id, electorId))!;
      const byProxy = electorId !== voter.memberId;
      // a member's own vote prevails over their proxy's
      if (byProxy && previous.castByMemberId === electorId)
        throw new DomainError(
          409,
          'grantor-voted',
          'The member voted in person',
          'The member who gave you their proxy has voted themselves on this resolution: their own vote prevails, so you can no longer vote or change the vote for them.',
        );
      if (!assembly.allowVoteChange)
        throw new DomainError(
          409,
          'already-voted',
          'Already voted',
          !byProxy && previous.castByMemberId !== electorId
            ? 'Your proxy holder already voted for you on this resolution, and this assembly does not allow changing a vote.'
            : 'A ballot was already cast for this member on this resolution.',
        );
      replaced = await this.removePrevious(
        tx,
        resolution.id,
        electorId,
        assembly.secret,
        dto.replacesReceipt,
        !byProxy && previous.castByMemberId !== electorId,
      );
      await this.ballots.recastParticipation(
        tx,
        resolution.id,
        electorId,
        voter.memberId,
        assembly.secret ? ownerHash(receipt) : null,
      );
    }
    const rh = receiptHash(receipt);
    if (assembly.secret) {
      // the choice, checked above, is written only encrypted (docs/ballot-secrecy.md): no member, no
      // time, no clear choice; the leaf hashes the ciphertext
      const ciphertext = encryptChoice(this.lifecycle.ballotKey(resolution.id), resolution.id, rh, choice);
      await this.ballots.addSecretBallot(tx, {
        resolutionId: resolution.id,
        receiptHash: rh,
        organizationId: voter.organizationId,
        collegeId: elector.collegeId,
        weight: elector.weight,
        ciphertext,
        leafHash: encryptedLeafHash(rh, ciphertext),
        associateClass: elector.associateClass,
      });
    } else {
      await this.ballots.addOpenBallot(tx, {
        resolutionId: resolution.id,
        receiptHash: rh,
        organizationId: voter.organizationId,
        memberId: electorId,
        collegeId: elector.collegeId,
        weight: elector.weight,
        choice,
        castByMemberId: voter.memberId,
        castAt: new Date(),
        leafHash: leafHash(rh, choice),
        associateClass: elector.associateClass,
      });
    }
    await this.audit.record(tx, {
      organizationId: voter.organizationId,
      action: replaced ? 'ballot.changed' : 'ballot.cast',
      entityType: 'resolution',
      entityId: resolution.id,
      // a ballot by code names the code, whoever typed it (the actor too); a secret choice never reaches the log
      changes: {
        memberId: electorId,
        ...(voter.codeId
          ? { votingCodeId: voter.codeId, byProxy: electorId !== voter.memberId }
          : { castByMemberId: voter.memberId }),
        ...(assembly.secret ? {} : { choice }),
      },
    });
    return { receipt, resolutionId: resolution.id, memberId: electorId, replaced };
  }

  private async removePrevious(
    tx: EntityManager,
    resolutionId: string,
    memberId: string,
    secret: boolean,
    replacesReceipt: string | undefined,
    castByTheirProxy: boolean,
  ): Promise<boolean> {
    if (!secret) {
      await this.ballots.deleteOpenBallot(tx, resolutionId, memberId);
      return true;
    }
    // nothing links a secret ballot to its voter: only the receipt they were given can name it, and
    // the second hash kept with their participation proves the receipt is theirs
    if (!replacesReceipt)
      throw ValidationError.field(
        'replacesReceipt',
        castByTheirProxy
          ? 'your proxy holder cast this secret ballot for you: to replace it, give its receipt (they have it)'
          : 'to change a secret vote, give the receipt of the ballot it replaces',
      );
    if (!(await this.ballots.ownsReceipt(tx, resolutionId, memberId, ownerHash(replacesReceipt))))
      throw ValidationError.field('replacesReceipt', "is not the receipt of this member's ballot");
    const count = await this.ballots.deleteSecretBallot(tx, resolutionId, receiptHash(replacesReceipt));
    if (!count) throw ValidationError.field('replacesReceipt', 'is not the receipt of a ballot in this box');
    return true;
  }

  private checkChoice(resolution: Resolution, raw: string | string[]): string[] {
    const choice = Array.isArray(raw) ? raw : [raw];
    if (resolution.kind === 'motion') {
      if (choice.length !== 1 || !['for', 'against', 'abstain'].includes(choice[0]))
        throw ValidationError.field('choice', 'must be for, against or abstain');
      return choice;
    }
    if (choice.length === 1 && choice[0] === 'abstain') return choice;
    const keys = new Set(resolution.candidates.map((c) => c.key));
    if (
      !choice.length ||
      choice.length > resolution.seats! ||
      new Set(choice).size !== choice.length ||
      choice.some((c) => !keys.has(c))
    ) {
      throw ValidationError.field(
        'choice',
        `must name 1 to ${resolution.seats} different candidates (${[...keys].join(', ')}), or abstain`,
      );
    }
    return [...choice].sort();
  }

  /** The holder has an active proxy from the grantor, and has not used more than the cap on this resolution. */
  private async assertProxy(
    tx: EntityManager,
    assembly: Assembly,
    resolution: Resolution,
    holderId: string,
    grantorId: string,
  ): Promise<void> {
    if (!(await this.proxies.isHeld(tx, assembly.id, grantorId, holderId)))
      throw new ForbiddenError('You hold no proxy from this member for this assembly.', 'no-proxy');
    const cap = await proxyCapOf(tx, assembly, resolution.eligibleCount ?? undefined);
    // other grantors' ballots only: a second ballot for this grantor is a duplicate (409) or a change, not one more proxy
    const used = await this.ballots.castForOthersCount(tx, resolution.id, holderId, grantorId);
    if (used >= cap)
      throw new BusinessRuleError(
        'proxy-cap',
        `A member may vote for at most ${cap} other members on this resolution.`,
        { cap },
      );
  }
}
