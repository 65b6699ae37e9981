import { Inject, Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig, BusinessRuleError, DomainError } from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { MembersService } from '@socius/members';
import { Organization } from '@socius/organizations';
import { CapitalStatementService } from '@socius/shares';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { CLOSE_RESOLUTION_JOB, COOPERATIVE_FORMS, OPEN_RESOLUTION_JOB, toResolutionDto } from './assemblies.service';
import { findResolution } from './assembly-lookups';
import { ballotKeyOf, decryptChoice } from './ballot-crypto';
import { BallotsRepository, ChoiceGroupRow } from './ballots.repository';
import { ResolutionDto, ResultsDto } from './dto/assembly.dto';
import { Assembly } from './entities/assembly.entity';
import { Resolution, VoteCaps } from './entities/resolution.entity';
import { ElectoratesRepository } from './electorates.repository';
import { AssociateClass } from './entities/voting.entity';
import { countedBase, voteCapFactors } from './legal-rules';
import { merkleProof, merkleRootOf, ProofStep, receiptHash, verifyProof } from './merkle';
import { BallotGroup, ElectorGroup, tally } from './tally';

/**
 * A resolution's vote from opening to sealing: opening fixes the electorate, closing counts the
 * ballots and seals the box with its Merkle root; results (live or final) and receipt checks.
 * Casting a ballot is voting.service.ts.
 */
@Injectable()
export class ResolutionLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly capital: CapitalStatementService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhookEvents: WebhookEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly electorates: ElectoratesRepository,
    private readonly ballots: BallotsRepository,
  ) {}

  /** the keys of the secret boxes in use, in memory only (HKDF costs more than encrypting a ballot) */
  private readonly ballotKeys = new Map<string, Buffer>();

  /** The key a secret resolution's ballots are encrypted with, derived from BALLOT_SECRET, stored nowhere. */
  ballotKey(resolutionId: string): Buffer {
    let key = this.ballotKeys.get(resolutionId);
    if (!key) {
      key = ballotKeyOf(this.config.BALLOT_SECRET, resolutionId);
      if (this.ballotKeys.size >= 1_000) this.ballotKeys.clear();
      this.ballotKeys.set(resolutionId, key);
    }
    return key;
  }

  /**
   * Opens the vote: the electorate is fixed now — active members holding at least one fully paid
   * share — with each member's college and, for a per-share vote, their paid shares.
   */
  async open(organizationId: string, id: string, byHand: boolean): Promise<ResolutionDto> {
    return this.dataSource.transaction(async (em) => {
      const resolution = await findResolution(em, organizationId, id, true);
      if (resolution.status !== 'draft') {
        if (!byHand) return toResolutionDto(resolution);
        throw new BusinessRuleError(
          'invalid-transition',
          `This resolution is ${resolution.status}: it cannot be opened.`,
          {
            status: resolution.status,
          },
        );
      }
      const now = new Date();
      if (resolution.closesAt <= now)
        throw new BusinessRuleError(
          'resolution-expired',
          'Its closing time has passed: create it again with new times.',
        );
      if (!byHand && resolution.opensAt > now)
        return this.later(em, resolution, OPEN_RESOLUTION_JOB, resolution.opensAt); // a job that came early
      const assembly = await em.findOneByOrFail(Assembly, { id: resolution.assemblyId });
      // without any college, every ballot of a college-weighted vote would weigh nothing
      if (assembly.weighting === 'college') {
        const colleges = await this.members.assertCollegesUsable(em, organizationId);
        if (!colleges.length)
          throw new BusinessRuleError(
            'invalid-colleges',
            'The voting colleges cannot be used: a vote weighted by colleges needs colleges, and none is defined.',
            { problems: ['no voting college is defined'] },
          );
        resolution.collegeWeights = colleges.map((c) => ({ id: c.id, code: c.code, weightPercent: c.weightPercent }));
      }
      const today = await this.electorates.today(em, organizationId);
      const org = await em.findOneByOrFail(Organization, { id: organizationId });
      const holdings = await this.capital.holdingsAtSql(em, organizationId, today);
      // By law a member who has paid what has fallen due of the capital called is up to date and votes
      // (C. com. L228-29: only shares whose due payments are missing lose their vote); the statutes
      // may ask fully paid shares. Non-cooperators are classed for the art. 3 bis caps.
      const eligibleCount = await this.electorates.fix(em, holdings, resolution.id, {
        perShare: assembly.weighting === 'per_share',
        fullyPaidSharesOnly: org.fullyPaidSharesOnly,
        today,
      });
      // loi 47-1775 art. 3 bis: the caps on non-cooperators' votes, on the electorate's voting rights
      if (assembly.weighting !== 'college' && COOPERATIVE_FORMS.includes(org.legalForm)) {
        const votes = await this.electorates.votesByClass(em, resolution.id);
        const of = (k: AssociateClass) => Number(votes.find((v) => v.associateClass === k)?.votes ?? 0);
        const caps: VoteCaps = {
          cooperatorVotes: of('cooperator'),
          cooperativeNonCooperatorVotes: of('non_cooperator_coop'),
          otherNonCooperatorVotes: of('non_cooperator'),
          ...voteCapFactors(of('cooperator'), of('non_cooperator_coop'), of('non_cooperator')),
        };
        resolution.voteCaps = caps;
      }
      if (assembly.weighting === 'college') {
        const n = await this.electorates.withoutCollegeCount(em, resolution.id);
        if (n > 0) {
          throw new BusinessRuleError(
            'members-without-college',
            `${n} eligible member(s) belong to no college: in a vote weighted by colleges their vote would weigh nothing. Put each member in a college first.`,
            { count: n },
          );
        }
      }
      resolution.status = 'open';
      resolution.openedAt = now;
      resolution.eligibleCount = eligibleCount;
      await em.save(resolution);
      await this.audit.record(em, {
        organizationId,
        action: 'resolution.opened',
        entityType: 'resolution',
        entityId: id,
        changes: {
          eligibleCount,
          byHand,
          ...(resolution.voteCaps ? { voteCaps: resolution.voteCaps } : {}),
        },
      });
      await this.webhookEvents.publish(em, organizationId, 'resolution.opened', {
        resolutionId: id,
        assemblyId: resolution.assemblyId,
      });
      return toResolutionDto(resolution);
    });
  }

  /** Closes the vote: counts, seals the ballot box with its Merkle root, publishes the results. */
  async close(organizationId: string, id: string, byHand: boolean): Promise<ResolutionDto> {
    return this.dataSource.transaction(async (em) => {
      const resolution = await findResolution(em, organizationId, id, true);
      if (resolution.status !== 'open') {
        if (!byHand) return toResolutionDto(resolution);
        throw new BusinessRuleError(
          'invalid-transition',
          `This resolution is ${resolution.status}: only an open one can be closed.`,
          {
            status: resolution.status,
          },
        );
      }
      if (!byHand && resolution.closesAt > new Date())
        return this.later(em, resolution, CLOSE_RESOLUTION_JOB, resolution.closesAt);
      // From here on the box is final: a ballot takes the resolution FOR KEY SHARE before it writes,
      // so the ones under way have committed and the next ones wait for this transaction (and find
      // the resolution closed).
      const results = await this.count(em, resolution, true);
      resolution.sealHash = await this.seal(em, resolution.id);
      resolution.status = 'closed';
      resolution.closedAt = new Date();
      resolution.outcome = results.outcome;
      resolution.results = { ...results, sealHash: resolution.sealHash };
      await em.save(resolution);
      await this.audit.record(em, {
        organizationId,
        action: 'resolution.closed',
        entityType: 'resolution',
        entityId: id,
        changes: { outcome: results.outcome, votersCount: results.votersCount, sealHash: resolution.sealHash, byHand },
      });
      await this.webhookEvents.publish(em, organizationId, 'resolution.closed', {
        resolutionId: id,
        assemblyId: resolution.assemblyId,
      });
      return toResolutionDto(resolution);
    });
  }

  /** Results: live for an open ballot, after closing only for a secret one. */
  async results(ctx: OrgContext, id: string): Promise<ResultsDto> {
    const em = this.dataSource.manager;
    const resolution = await findResolution(em, ctx.organizationId, id);
    if (resolution.status === 'closed') return { ...(resolution.results as unknown as ResultsDto), status: 'closed' };
    const assembly = await em.findOneByOrFail(Assembly, { id: resolution.assemblyId });
    if (resolution.status === 'open' && assembly.secret)
      throw new DomainError(
        409,
        'results-sealed',
        'Results sealed',
        'The results of a secret ballot are published when it closes.',
      );
    if (resolution.status === 'draft')
      throw new DomainError(409, 'results-not-available', 'No results yet', 'This resolution has not opened yet.');
    return this.count(em, resolution, false);
  }

  /**
   * `POST resolutions/{id}/verify {receipt}`: whether the receipt's ballot was counted — it is in the
   * sealed box, with the Merkle path that proves it — and its choice, shown to the receipt's holder
   * only (a secret ballot's decrypted with the resolution's key for that one receipt). A receipt of no ballot
   * of this box is refused (404).
   */
  async verify(
    ctx: OrgContext,
    id: string,
    receipt: string,
  ): Promise<{
    included: boolean;
    counted: boolean;
    choice: string[] | null;
    sealHash: string | null;
    leaf: string;
    proof: ProofStep[];
  }> {
    const em = this.dataSource.manager;
    const resolution = await findResolution(em, ctx.organizationId, id);
    if (resolution.status !== 'closed')
      throw new DomainError(
        409,
        'not-sealed',
        'Not sealed yet',
        'The ballot box is sealed when the resolution closes; check your receipt then.',
      );
    const rh = receiptHash(receipt);
    const rows = await this.ballots.leaves(em, id);
    const index = rows.findIndex((r) => r.receiptHash === rh);
    if (index < 0)
      throw new DomainError(
        404,
        'receipt-not-found',
        'Receipt not found',
        'No ballot of this sealed box has this receipt.',
        [{ field: 'receipt', message: 'is the receipt of no ballot of this resolution' }],
      );
    const ballot = (await this.ballots.ballotOfReceipt(em, id, rh))!;
    // a ciphertext that does not decrypt (altered since the close) is a ballot not counted as cast
    const choice = ballot.ciphertext ? this.openOrNull(id, rh, ballot.ciphertext) : ballot.choice;
    const leaves = rows.map((r) => r.leafHash);
    const proof = merkleProof(leaves, index);
    const included = verifyProof(leaves[index], proof, resolution.sealHash!);
    return {
      included,
      counted: included && choice !== null,
      choice,
      sealHash: resolution.sealHash,
      leaf: leaves[index],
      proof,
    };
  }

  private openOrNull(id: string, rh: string, ciphertext: Buffer): string[] | null {
    try {
      return decryptChoice(this.ballotKey(id), id, rh, ciphertext);
    } catch {
      return null;
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** A scheduled job that ran before its time (clock skew) schedules itself again rather than being lost. */
  private async later(em: EntityManager, resolution: Resolution, job: string, at: Date): Promise<ResolutionDto> {
    await this.outbox.enqueue(em, {
      organizationId: resolution.organizationId,
      queue: 'default',
      name: job,
      payload: { resolutionId: resolution.id },
      availableAt: at,
    });
    return toResolutionDto(resolution);
  }

  /**
   * The Merkle root of a resolution's ballot box (merkle.ts): the leaves in the byte order of their
   * receipt hashes (COLLATE "C", as `verify` reads them), fetched as one buffer.
   */
  private async seal(em: EntityManager, resolutionId: string): Promise<string> {
    const leaves = await this.ballots.concatenatedLeaves(em, resolutionId);
    return merkleRootOf(leaves ?? Buffer.alloc(0));
  }

  /**
   * The count: the ballots grouped by college and choice — the clear ones by the database (a few
   * rows whatever the turnout), the encrypted ones of a secret box, when it closes, decrypted one by
   * one and grouped the same way — then one group per candidate.
   */
  private async count(em: EntityManager, resolution: Resolution, closing: boolean): Promise<ResultsDto> {
    const assembly = await em.findOneByOrFail(Assembly, { id: resolution.assemblyId });
    // grouped by the whole choice (an election's ballot names several candidates), then one group per candidate here
    const rows = await this.ballots.clearChoiceGroups(em, resolution.id);
    if (assembly.secret) rows.push(...(await this.decryptedRows(em, resolution, closing)));
    const byKey = new Map<string, BallotGroup>();
    for (const r of rows) {
      for (const choice of r.choice) {
        const key = JSON.stringify([r.collegeId, r.associateClass, choice]);
        const g =
          byKey.get(key) ??
          byKey
            .set(key, { collegeId: r.collegeId, associateClass: r.associateClass, choice, ballots: 0, weight: 0 })
            .get(key)!;
        g.ballots += r.ballots;
        g.weight += Number(r.weight);
      }
    }
    const { voters, proxies } = await this.ballots.participationCounts(em, resolution.id);
    // the electorate's votes by college and class: the base of a majority of all the votes
    const electorate = await this.electorates.groups(em, resolution.id);
    return this.tallied(resolution, assembly, [...byKey.values()], voters, proxies, !closing, electorate);
  }

  /**
   * The encrypted ballots of a secret box, read on the close's own transaction, each decrypted with
   * the resolution's key (ballot-crypto.ts) and grouped by college and choice like the clear ones. A
   * ballot that does not decrypt (altered, moved, or another BALLOT_SECRET) fails the close.
   */
  private async decryptedRows(em: EntityManager, resolution: Resolution, closing: boolean): Promise<ChoiceGroupRow[]> {
    const rows = await this.ballots.encryptedBallots(em, resolution.id);
    if (!rows.length) return [];
    // a secret box is decrypted when it closes, and never before
    if (!closing) throw new Error('the encrypted ballots of a secret box are counted only when it closes');
    const key = this.ballotKey(resolution.id);
    const groups = new Map<string, ChoiceGroupRow & { weight: number }>();
    for (const r of rows) {
      let choice: string[];
      try {
        choice = decryptChoice(key, resolution.id, r.receiptHash, r.ciphertext);
      } catch (e) {
        throw new Error(
          `a secret ballot of resolution ${resolution.id} does not decrypt (altered, or BALLOT_SECRET changed): ${(e as Error).message}`,
          { cause: e },
        );
      }
      const k = JSON.stringify([r.collegeId, r.associateClass, choice]);
      const g =
        groups.get(k) ??
        groups
          .set(k, { collegeId: r.collegeId, associateClass: r.associateClass, choice, ballots: 0, weight: 0 })
          .get(k)!;
      g.ballots++;
      g.weight += r.weight;
    }
    return [...groups.values()];
  }

  /** The results, from the ballots' groups and the participations. */
  private tallied(
    resolution: Resolution,
    assembly: Assembly,
    groups: BallotGroup[],
    voters: number,
    proxies: number,
    live: boolean,
    electorate: ElectorGroup[],
  ): ResultsDto {
    const colleges = assembly.weighting === 'college' ? (resolution.collegeWeights ?? []) : [];
    const base = countedBase(resolution.majorityBase, resolution.majority, resolution.secondConvocationOf !== null);
    const caps = resolution.voteCaps;
    const { weightedCounts, ...result } = tally({
      kind: resolution.kind,
      weighting: assembly.weighting,
      majority: resolution.majority,
      quorumPercent: resolution.quorumPercent,
      eligibleCount: resolution.eligibleCount ?? 0,
      votersCount: voters,
      groups,
      colleges,
      candidates: resolution.candidates,
      seats: resolution.seats,
      base,
      caps,
      electorate,
    });
    const voteCap = caps
      ? {
          applied: caps.cooperativeFactor < 1 || caps.otherFactor < 1,
          ...capShares(caps),
          cooperativeFactor: round6(caps.cooperativeFactor),
          otherFactor: round6(caps.otherFactor),
          weightedCounts: weightedCounts ?? null,
        }
      : null;
    // until it closes, a count is only where the vote stands: nobody is elected, nothing adopted yet
    const { outcome: _outcome, elected: _elected, tie: _tie, ...standing } = result;
    return {
      status: resolution.status,
      quorumPercent: resolution.quorumPercent,
      eligibleCount: resolution.eligibleCount ?? 0,
      votersCount: voters,
      proxyVotes: proxies,
      sealHash: resolution.sealHash,
      majorityBase: base,
      voteCap,
      ...(live ? { ...standing, outcome: null } : result),
    };
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The non-cooperators' shares of the electorate's votes before the caps, in percent (two decimals). */
function capShares(caps: VoteCaps): { nonCooperatorsPercent: number; otherNonCooperatorsPercent: number } {
  const total = caps.cooperatorVotes + caps.cooperativeNonCooperatorVotes + caps.otherNonCooperatorVotes;
  const pct = (x: number) => (total ? Math.round((10_000 * x) / total) / 100 : 0);
  return {
    nonCooperatorsPercent: pct(caps.cooperativeNonCooperatorVotes + caps.otherNonCooperatorVotes),
    otherNonCooperatorsPercent: pct(caps.otherNonCooperatorVotes),
  };
}
