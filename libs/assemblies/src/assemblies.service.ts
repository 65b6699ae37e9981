import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationError,
} from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { MembersService } from '@socius/members';
import { Organization } from '@socius/organizations';
import { LedgerService } from '@socius/shares';
import { organizationReader, WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import {
  AssemblyDto,
  AssemblyListDto,
  CreateAssemblyDto,
  CreateResolutionDto,
  GrantProxyDto,
  MyResolutionDto,
  ProxyDto,
  ProxyListDto,
  ResolutionDto,
  ResolutionListDto,
  ResultsDto,
  SecondConvocationDto,
} from './dto/assembly.dto';
import { Assembly } from './entities/assembly.entity';
import { Resolution, VoteCaps } from './entities/resolution.entity';
import { AssociateClass, Proxy } from './entities/voting.entity';
import { ballotKeyOf, decryptChoice } from './ballot-crypto';
import { merkleProof, merkleRootOf, ProofStep, receiptHash, verifyProof } from './merkle';
import { BallotGroup, ElectorGroup, proxyCap, tally } from './tally';
import { countedBase, defaultMajorityBase, isScop, legalMinimum, voteCapFactors } from './legal-rules';

export const OPEN_RESOLUTION_JOB = 'assemblies.open-resolution';
export const CLOSE_RESOLUTION_JOB = 'assemblies.close-resolution';

/** Legal forms whose members vote one member one vote: a vote weighted by shares is refused. */
export const COOPERATIVE_FORMS = ['SCIC_SAS', 'SCIC_SA', 'SCIC_SARL', 'SCOP_SA', 'SCOP_SARL', 'SA_COOP'];

/** Who took part, and how many by proxy. */
const PARTICIPATIONS = `SELECT count(*)::int AS voters, count(*) FILTER (WHERE cast_by_member_id <> member_id)::int AS proxies FROM participations WHERE resolution_id = $1`;

@Injectable()
export class AssembliesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhookEvents: WebhookEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('resolution', (organizationId, id) =>
      this.resolution(organizationReader(organizationId), id),
    );
  }

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

  // ---- assemblies ------------------------------------------------------------------------

  async create(ctx: OrgContext, dto: CreateAssemblyDto): Promise<AssemblyDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await em.findOneByOrFail(Organization, { id: ctx.organizationId });
      if (dto.weighting === 'per_share' && COOPERATIVE_FORMS.includes(org.legalForm)) {
        throw new BusinessRuleError(
          'per-share-vote-refused',
          `A ${org.legalForm} votes one member one vote (loi 47-1775 art. 9): a vote weighted by shares is not allowed.`,
          undefined,
          [{ field: 'weighting', message: 'per_share is not allowed for a cooperative' }],
        );
      }
      const warnings: string[] = [];
      // an extraordinary assembly's second convocation keeps the form's legal quorum unless lowered
      const legal = legalMinimum(org.legalForm, true);
      const secondQuorum =
        dto.secondConvocationQuorumPercent ?? (dto.kind === 'extraordinary' ? legal.secondQuorumPercent : 0);
      if (dto.kind === 'extraordinary' && secondQuorum < legal.secondQuorumPercent)
        warnings.push(
          `secondConvocationQuorumPercent ${secondQuorum} % is below the legal ${legal.secondQuorumPercent} % of an extraordinary assembly on second convocation (${legal.source})`,
        );
      // loi 78-763: a SCOP's statutes must cap proxies by the legal rule, its default here
      const proxyCapRule = dto.proxyCapRule ?? (isScop(org.legalForm) ? 'scop' : 'fixed');
      if (isScop(org.legalForm) && proxyCapRule === 'fixed') {
        const legalCap = await this.proxyCapOf(em, {
          organizationId: ctx.organizationId,
          proxyCapRule: 'scop',
        } as Assembly);
        if ((dto.maxProxiesPerHolder ?? 1) > legalCap)
          warnings.push(
            `maxProxiesPerHolder ${dto.maxProxiesPerHolder ?? 1} is above the ${legalCap} proxies loi 78-763 allows a SCOP member today (proxyCapRule "scop" applies it)`,
          );
      }
      if (org.legalForm.startsWith('SCIC')) {
        const categories = await this.members.scicCategories(ctx.organizationId, em);
        for (const problem of categories.problems)
          warnings.push(`SCIC categories of associates (loi 47-1775 art. 19 septies): ${problem}`);
      }
      const assembly = await em.save(
        em.create(Assembly, {
          organizationId: ctx.organizationId,
          title: dto.title.trim(),
          kind: dto.kind,
          weighting: dto.weighting,
          secret: dto.secret,
          allowVoteChange: dto.allowVoteChange ?? false,
          maxProxiesPerHolder: dto.maxProxiesPerHolder ?? 1,
          proxyCapRule,
          secondConvocationQuorumPercent: secondQuorum,
          place: dto.place?.trim() ?? null,
          convocationMethod: dto.convocationMethod?.trim() ?? null,
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.created',
        entityType: 'assembly',
        entityId: assembly.id,
        changes: { ...dto, ...(warnings.length ? { warnings } : {}) },
      });
      return { ...toAssemblyDto(assembly), warnings };
    });
  }

  async list(ctx: OrgContext): Promise<AssemblyListDto> {
    const items = (
      await this.dataSource
        .getRepository(Assembly)
        .find({ where: { organizationId: ctx.organizationId }, order: { createdAt: 'DESC' } })
    ).map(toAssemblyDto);
    return { items, total: items.length, nextCursor: null };
  }

  async get(ctx: OrgContext, id: string): Promise<AssemblyDto> {
    return toAssemblyDto(await this.assembly(this.dataSource.manager, ctx.organizationId, id));
  }

  // ---- resolutions -----------------------------------------------------------------------

  /** A resolution opens and closes by itself at its times (scheduled jobs), or by hand before. */
  async addResolution(
    ctx: OrgContext,
    assemblyId: string,
    dto: CreateResolutionDto,
    secondConvocationOf: string | null = null,
  ): Promise<ResolutionDto> {
    if (dto.closesAt <= dto.opensAt) throw ValidationError.field('closesAt', 'must be after opensAt');
    if (dto.closesAt.getTime() <= Date.now()) throw ValidationError.field('closesAt', 'must be in the future');
    const election = dto.candidates !== undefined;
    if (election !== (dto.seats !== undefined))
      throw ValidationError.field(election ? 'seats' : 'candidates', 'an election needs both candidates and seats');
    if (election && new Set(dto.candidates!.map((c) => c.key)).size !== dto.candidates!.length)
      throw ValidationError.field('candidates', 'keys must be unique');
    if (election && dto.candidates!.some((c) => c.key === 'abstain'))
      throw ValidationError.field('candidates', '"abstain" is reserved');
    return this.dataSource.transaction(async (em) => {
      const assembly = await this.assembly(em, ctx.organizationId, assemblyId, true);
      const org = await em.findOneByOrFail(Organization, { id: ctx.organizationId });
      if (dto.amendsStatutes && assembly.kind === 'ordinary')
        throw new BusinessRuleError(
          'statute-amendment-in-ordinary-assembly',
          'Amending the statutes is an extraordinary decision (C. com. L225-96, L223-30): it cannot be voted in an ordinary assembly. Put it to an extraordinary (or permanent) assembly.',
          { assemblyKind: assembly.kind },
          [{ field: 'amendsStatutes', message: 'cannot be voted in an ordinary assembly' }],
        );
      // the legal minimums of the decision's kind: its defaults, and a warning when set lower
      const extraordinary = assembly.kind === 'extraordinary' || !!dto.amendsStatutes;
      const legal = legalMinimum(org.legalForm, extraordinary);
      const legalQuorum = secondConvocationOf ? legal.secondQuorumPercent : legal.quorumPercent;
      const majority = dto.majority ?? legal.majority;
      const quorumPercent = dto.quorumPercent ?? legalQuorum;
      const decision = extraordinary ? 'an extraordinary decision' : 'an ordinary decision';
      const warnings: string[] = [];
      if (majority === 'simple' && legal.majority === 'two_thirds')
        warnings.push(`majority "simple" is below the two thirds the law requires for ${decision} (${legal.source})`);
      if (quorumPercent < legalQuorum)
        warnings.push(
          `quorumPercent ${quorumPercent} % is below the legal ${legalQuorum} % of ${decision}${secondConvocationOf ? ' on second convocation' : ''} (${legal.source})`,
        );
      if (secondConvocationOf) {
        // checked again under the assembly's lock: of racing second convocations, one is created
        const [taken] = await em.query(
          `SELECT id FROM resolutions WHERE organization_id = $1 AND second_convocation_of = $2`,
          [ctx.organizationId, secondConvocationOf],
        );
        if (taken)
          throw new ConflictError(
            'second-convocation-exists',
            'This resolution was already put on second convocation.',
            {
              resolutionId: taken.id,
            },
          );
      }
      const [{ n }] = await em.query(
        `SELECT coalesce(max(number), 0) + 1 AS n FROM resolutions WHERE organization_id = $1 AND assembly_id = $2`,
        [ctx.organizationId, assembly.id],
      );
      const resolution = await em.save(
        em.create(Resolution, {
          organizationId: ctx.organizationId,
          assemblyId: assembly.id,
          number: n,
          title: dto.title.trim(),
          text: dto.text.trim(),
          kind: election ? 'election' : 'motion',
          candidates: dto.candidates ?? [],
          seats: dto.seats ?? null,
          majority,
          quorumPercent,
          amendsStatutes: !!dto.amendsStatutes,
          majorityBase: org.majorityBase ?? defaultMajorityBase(org.legalForm),
          opensAt: dto.opensAt,
          closesAt: dto.closesAt,
          secondConvocationOf,
        }),
      );
      await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: OPEN_RESOLUTION_JOB,
        payload: { resolutionId: resolution.id },
        availableAt: dto.opensAt,
      });
      await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: CLOSE_RESOLUTION_JOB,
        payload: { resolutionId: resolution.id },
        availableAt: dto.closesAt,
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'resolution.created',
        entityType: 'resolution',
        entityId: resolution.id,
        changes: {
          assemblyId,
          number: n,
          title: resolution.title,
          majority,
          quorumPercent,
          amendsStatutes: resolution.amendsStatutes,
          majorityBase: resolution.majorityBase,
          opensAt: dto.opensAt,
          closesAt: dto.closesAt,
          secondConvocationOf,
          ...(warnings.length ? { warnings } : {}),
        },
      });
      return { ...toResolutionDto(resolution), warnings };
    });
  }

  async resolutions(ctx: OrgContext, assemblyId: string): Promise<ResolutionListDto> {
    await this.assembly(this.dataSource.manager, ctx.organizationId, assemblyId);
    const items = (
      await this.dataSource
        .getRepository(Resolution)
        .find({ where: { organizationId: ctx.organizationId, assemblyId }, order: { number: 'ASC' } })
    ).map(toResolutionDto);
    return { items, total: items.length, nextCursor: null };
  }

  async resolution(ctx: OrgContext, id: string): Promise<ResolutionDto> {
    return toResolutionDto(await this.find(this.dataSource.manager, ctx.organizationId, id));
  }

  /**
   * Opens the vote: the electorate is fixed now — active members holding at least one fully paid
   * share — with each member's college and, for a per-share vote, their paid shares.
   */
  async open(organizationId: string, id: string, byHand: boolean): Promise<ResolutionDto> {
    return this.dataSource.transaction(async (em) => {
      const resolution = await this.find(em, organizationId, id, true);
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
      const [{ today }] = await em.query(
        `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
        [organizationId],
      );
      const org = await em.findOneByOrFail(Organization, { id: organizationId });
      const holdings = await this.ledger.holdingsAtSql(em, organizationId, today);
      const k = holdings.params.length;
      // By law a member who has paid what has fallen due of the capital called is up to date and votes
      // (C. com. L228-29: only shares whose due payments are missing lose their vote); the statutes
      // may ask fully paid shares. Non-cooperators are classed for the art. 3 bis caps.
      const rows = await em.query(
        `WITH h AS (${holdings.sql}),
              owed AS (
                SELECT s.member_id,
                       sum(CASE WHEN s.paid_cents < s.amount_cents THEN s.quantity ELSE 0 END) AS unpaid_shares,
                       bool_or(s.paid_cents < s.called_cents - coalesce(later.amount, 0)) AS in_arrears
                  FROM subscriptions s
                  LEFT JOIN LATERAL (SELECT sum(c.amount_cents) AS amount FROM capital_calls c
                                      WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.due_on >= $${k + 4}::date) later ON true
                 WHERE s.organization_id = $1 AND s.instalments AND s.status IN ('issued', 'defaulted')
                 GROUP BY s.member_id),
              paid AS (
                SELECT h.member_id, sum(h.quantity) AS held, sum(h.quantity) - coalesce(max(o.unpaid_shares), 0) AS fully_paid,
                       coalesce(bool_or(o.in_arrears), false) AS in_arrears
                  FROM h LEFT JOIN owed o ON o.member_id = h.member_id
                 GROUP BY h.member_id)
         INSERT INTO resolution_electors (resolution_id, member_id, organization_id, college_id, weight, associate_class)
         SELECT $${k + 1}::uuid, m.id, m.organization_id, m.college_id,
                CASE WHEN $${k + 2} THEN (CASE WHEN $${k + 3} THEN p.fully_paid ELSE p.held END) ELSE 1 END,
                CASE WHEN m.associate_type = 'cooperator' THEN 'cooperator'
                     WHEN m.cooperative_society THEN 'non_cooperator_coop' ELSE 'non_cooperator' END
           FROM paid p JOIN members m ON m.organization_id = $1 AND m.id = p.member_id
          WHERE m.status = 'active'
            AND CASE WHEN $${k + 3} THEN p.fully_paid >= 1 ELSE p.held >= 1 AND NOT p.in_arrears END
         RETURNING 1`,
        [...holdings.params, resolution.id, assembly.weighting === 'per_share', org.fullyPaidSharesOnly, today],
      );
      // loi 47-1775 art. 3 bis: the caps on non-cooperators' votes, on the electorate's voting rights
      if (assembly.weighting !== 'college' && COOPERATIVE_FORMS.includes(org.legalForm)) {
        const votes: { associate_class: AssociateClass; votes: string }[] = await em.query(
          `SELECT associate_class, sum(weight) AS votes FROM resolution_electors WHERE resolution_id = $1 GROUP BY 1`,
          [resolution.id],
        );
        const of = (k: AssociateClass) => Number(votes.find((v) => v.associate_class === k)?.votes ?? 0);
        const caps: VoteCaps = {
          cooperatorVotes: of('cooperator'),
          cooperativeNonCooperatorVotes: of('non_cooperator_coop'),
          otherNonCooperatorVotes: of('non_cooperator'),
          ...voteCapFactors(of('cooperator'), of('non_cooperator_coop'), of('non_cooperator')),
        };
        resolution.voteCaps = caps;
      }
      if (assembly.weighting === 'college') {
        const [{ n }] = await em.query(
          `SELECT count(*)::int AS n FROM resolution_electors WHERE resolution_id = $1 AND college_id IS NULL`,
          [resolution.id],
        );
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
      resolution.eligibleCount = rows.length;
      await em.save(resolution);
      await this.audit.record(em, {
        organizationId,
        action: 'resolution.opened',
        entityType: 'resolution',
        entityId: id,
        changes: {
          eligibleCount: rows.length,
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
      const resolution = await this.find(em, organizationId, id, true);
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
    const resolution = await this.find(em, ctx.organizationId, id);
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
    const resolution = await this.find(em, ctx.organizationId, id);
    if (resolution.status !== 'closed')
      throw new DomainError(
        409,
        'not-sealed',
        'Not sealed yet',
        'The ballot box is sealed when the resolution closes; check your receipt then.',
      );
    const rh = receiptHash(receipt);
    const rows: { receipt_hash: string; leaf_hash: string }[] = await em.query(
      `SELECT receipt_hash, leaf_hash FROM ballots WHERE resolution_id = $1 ORDER BY receipt_hash COLLATE "C"`,
      [id],
    );
    const index = rows.findIndex((r) => r.receipt_hash === rh);
    if (index < 0)
      throw new DomainError(
        404,
        'receipt-not-found',
        'Receipt not found',
        'No ballot of this sealed box has this receipt.',
        [{ field: 'receipt', message: 'is the receipt of no ballot of this resolution' }],
      );
    const [ballot]: { choice: string[] | null; ciphertext: Buffer | null }[] = await em.query(
      `SELECT choice, ciphertext FROM ballots WHERE resolution_id = $1 AND receipt_hash = $2`,
      [id, rh],
    );
    // a ciphertext that does not decrypt (altered since the close) is a ballot not counted as cast
    const choice = ballot.ciphertext ? this.openOrNull(id, rh, ballot.ciphertext) : ballot.choice;
    const leaves = rows.map((r) => r.leaf_hash);
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

  /** Puts a resolution that failed its quorum again, with the statutes' second-convocation quorum. */
  async secondConvocation(ctx: OrgContext, id: string, dto: SecondConvocationDto): Promise<ResolutionDto> {
    const first = await this.find(this.dataSource.manager, ctx.organizationId, id);
    if (first.status !== 'closed' || first.outcome !== 'no_quorum')
      throw new BusinessRuleError(
        'quorum-not-failed',
        'Only a closed resolution that failed its quorum can be put on second convocation.',
        { status: first.status, outcome: first.outcome },
      );
    const [taken] = await this.dataSource.query(
      `SELECT id FROM resolutions WHERE organization_id = $1 AND second_convocation_of = $2`,
      [ctx.organizationId, id],
    );
    if (taken)
      throw new ConflictError('second-convocation-exists', 'This resolution was already put on second convocation.', {
        resolutionId: taken.id,
      });
    const assembly = await this.assembly(this.dataSource.manager, ctx.organizationId, first.assemblyId);
    return this.addResolution(
      ctx,
      first.assemblyId,
      {
        title: first.title,
        text: first.text,
        majority: first.majority,
        quorumPercent: assembly.secondConvocationQuorumPercent,
        amendsStatutes: first.amendsStatutes,
        opensAt: dto.opensAt,
        closesAt: dto.closesAt,
        ...(first.kind === 'election' ? { candidates: first.candidates, seats: first.seats! } : {}),
      },
      first.id,
    );
  }

  // ---- proxies ------------------------------------------------------------

  /** A proxy between two members of the assembly; the holder's cap is checked now and again when voting. */
  async grantProxy(ctx: OrgContext, assemblyId: string, dto: GrantProxyDto): Promise<ProxyDto> {
    assertOwnRecord(ctx, dto.grantorMemberId);
    if (dto.grantorMemberId === dto.holderMemberId)
      throw ValidationError.field('holderMemberId', 'must differ from the grantor');
    try {
      return await this.dataSource.transaction(async (em) => {
        const assembly = await this.assembly(em, ctx.organizationId, assemblyId, true);
        for (const [field, id] of [
          ['grantorMemberId', dto.grantorMemberId],
          ['holderMemberId', dto.holderMemberId],
        ] as const) {
          const [m] = await em.query(`SELECT status FROM members WHERE organization_id = $1 AND id = $2`, [
            ctx.organizationId,
            id,
          ]);
          if (!m) throw ValidationError.field(field, 'no member has this id here');
          if (m.status !== 'active')
            throw new BusinessRuleError(
              'member-not-active',
              `Only active members give or hold proxies; this one is ${m.status}.`,
              undefined,
              [{ field, message: `is ${m.status}` }],
            );
        }
        const cap = await this.proxyCapOf(em, assembly);
        const [{ held }] = await em.query(
          `SELECT count(*)::int AS held FROM proxies WHERE assembly_id = $1 AND holder_member_id = $2 AND revoked_at IS NULL`,
          [assembly.id, dto.holderMemberId],
        );
        if (held >= cap) {
          throw new BusinessRuleError(
            'proxy-cap',
            cap === 0
              ? 'This assembly allows no proxies.'
              : `A member may hold at most ${cap} proxies in this assembly; this one holds ${held}.`,
            { cap, held },
            [{ field: 'holderMemberId', message: `holds the maximum of ${cap} proxies` }],
          );
        }
        const proxy = await em.save(
          em.create(Proxy, {
            organizationId: ctx.organizationId,
            assemblyId: assembly.id,
            grantorMemberId: dto.grantorMemberId,
            holderMemberId: dto.holderMemberId,
          }),
        );
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'proxy.granted',
          entityType: 'assembly',
          entityId: assembly.id,
          changes: { proxyId: proxy.id, ...dto },
        });
        return toProxyDto(proxy);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new ConflictError(
          'proxy-exists',
          'This member already gave a proxy for this assembly: revoke it first.',
          undefined,
          [{ field: 'grantorMemberId', message: 'already gave a proxy' }],
        );
      }
      throw error;
    }
  }

  async revokeProxy(ctx: OrgContext, proxyId: string): Promise<ProxyDto> {
    return this.dataSource.transaction(async (em) => {
      const proxy = await em.findOne(Proxy, {
        where: { organizationId: ctx.organizationId, id: proxyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proxy) throw new NotFoundError('proxy');
      assertOwnRecord(ctx, proxy.grantorMemberId, 'proxy');
      if (!proxy.revokedAt) {
        proxy.revokedAt = new Date();
        await em.save(proxy);
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'proxy.revoked',
          entityType: 'assembly',
          entityId: proxy.assemblyId,
          changes: { proxyId },
        });
      }
      return toProxyDto(proxy);
    });
  }

  async proxies(ctx: OrgContext, assemblyId: string): Promise<ProxyListDto> {
    await this.assembly(this.dataSource.manager, ctx.organizationId, assemblyId);
    const where = ctx.role === 'member' ? `AND (grantor_member_id = $3 OR holder_member_id = $3)` : '';
    const rows = await this.dataSource
      .getRepository(Proxy)
      .createQueryBuilder('p')
      .where(`p.organization_id = :org AND p.assembly_id = :a ${where.replaceAll('$3', ':m')}`, {
        org: ctx.organizationId,
        a: assemblyId,
        m: ctx.memberId,
      })
      .orderBy('p.created_at')
      .getMany();
    return { items: rows.map(toProxyDto), total: rows.length, nextCursor: null };
  }

  // ---- a member's own view -------------------------------------------------------------------

  /** Open resolutions the caller may vote on (themself or by proxy), with what is left to cast. */
  async myResolutions(ctx: OrgContext): Promise<{ items: MyResolutionDto[]; total: number; nextCursor: null }> {
    const memberId = ctx.memberId ?? '00000000-0000-0000-0000-000000000000';
    const rows: (Resolution & { voted: boolean; proxies_to_cast: string[] })[] = await this.dataSource.query(
      `SELECT r.id FROM resolutions r
        WHERE r.organization_id = $1 AND r.status = 'open'
          AND (EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = r.id AND e.member_id = $2)
               OR EXISTS (SELECT 1 FROM proxies p JOIN resolution_electors e ON e.resolution_id = r.id AND e.member_id = p.grantor_member_id
                           WHERE p.assembly_id = r.assembly_id AND p.holder_member_id = $2 AND p.revoked_at IS NULL))
        ORDER BY r.closes_at`,
      [ctx.organizationId, memberId],
    );
    const items: MyResolutionDto[] = [];
    for (const { id } of rows) {
      const r = await this.find(this.dataSource.manager, ctx.organizationId, id);
      const [{ voted }] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM participations WHERE resolution_id = $1 AND member_id = $2) AS voted`,
        [id, memberId],
      );
      const pending: { grantor_member_id: string }[] = await this.dataSource.query(
        `SELECT p.grantor_member_id FROM proxies p JOIN resolution_electors e ON e.resolution_id = $1 AND e.member_id = p.grantor_member_id
          WHERE p.assembly_id = $2 AND p.holder_member_id = $3 AND p.revoked_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM participations x WHERE x.resolution_id = $1 AND x.member_id = p.grantor_member_id)`,
        [id, r.assemblyId, memberId],
      );
      items.push({ ...toResolutionDto(r), voted, proxiesToCast: pending.map((p) => p.grantor_member_id) });
    }
    return { items, total: items.length, nextCursor: null };
  }

  /** The caller's ballots: open ones with their choice and receipt hash; secret ones only as "voted". */
  async myBallots(ctx: OrgContext): Promise<{
    items: { resolutionId: string; title: string; castByMemberId: string; choice: string[] | null; secret: boolean }[];
    total: number;
    nextCursor: null;
  }> {
    const rows = await this.dataSource.query(
      `SELECT p.resolution_id, r.title, p.cast_by_member_id, a.secret, b.choice FROM participations p
         JOIN resolutions r ON r.id = p.resolution_id JOIN assemblies a ON a.id = r.assembly_id
         LEFT JOIN ballots b ON b.resolution_id = p.resolution_id AND b.member_id = p.member_id
        WHERE p.organization_id = $1 AND p.member_id = $2 ORDER BY r.closes_at DESC`,
      [ctx.organizationId, ctx.memberId ?? '00000000-0000-0000-0000-000000000000'],
    );
    const items = rows.map(
      (r: {
        resolution_id: string;
        title: string;
        cast_by_member_id: string;
        secret: boolean;
        choice: string[] | null;
      }) => ({
        resolutionId: r.resolution_id,
        title: r.title,
        castByMemberId: r.cast_by_member_id,
        secret: r.secret,
        choice: r.secret ? null : r.choice,
      }),
    );
    return { items, total: items.length, nextCursor: null };
  }

  async myProxies(ctx: OrgContext): Promise<ProxyListDto> {
    const rows = await this.dataSource
      .getRepository(Proxy)
      .createQueryBuilder('p')
      .where('p.organization_id = :org AND (p.grantor_member_id = :m OR p.holder_member_id = :m)', {
        org: ctx.organizationId,
        m: ctx.memberId ?? '00000000-0000-0000-0000-000000000000',
      })
      .orderBy('p.created_at')
      .getMany();
    return { items: rows.map(toProxyDto), total: rows.length, nextCursor: null };
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

  async proxyCapOf(em: EntityManager, assembly: Assembly, electorate?: number): Promise<number> {
    if (assembly.proxyCapRule === 'fixed') return assembly.maxProxiesPerHolder;
    const count =
      electorate ??
      Number(
        (
          await em.query(`SELECT count(*)::int AS n FROM members WHERE organization_id = $1 AND status = 'active'`, [
            assembly.organizationId,
          ])
        )[0].n,
      );
    return proxyCap('scop', assembly.maxProxiesPerHolder, count);
  }

  /**
   * The Merkle root of a resolution's ballot box (merkle.ts): the leaves in the byte order of their
   * receipt hashes (COLLATE "C", as `verify` reads them), fetched as one buffer.
   */
  private async seal(em: EntityManager, resolutionId: string): Promise<string> {
    const [{ leaves }] = await em.query(
      `SELECT string_agg(decode(leaf_hash, 'hex'), ''::bytea ORDER BY receipt_hash COLLATE "C") AS leaves FROM ballots WHERE resolution_id = $1`,
      [resolutionId],
    );
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
    const rows: {
      college_id: string | null;
      associate_class: AssociateClass;
      choice: string[];
      ballots: number;
      weight: string | number;
    }[] = await em.query(
      `SELECT college_id, associate_class, choice, count(*)::int AS ballots, sum(weight) AS weight FROM ballots
        WHERE resolution_id = $1 AND choice IS NOT NULL GROUP BY college_id, associate_class, choice`,
      [resolution.id],
    );
    if (assembly.secret) rows.push(...(await this.decryptedRows(em, resolution, closing)));
    const byKey = new Map<string, BallotGroup>();
    for (const r of rows) {
      for (const choice of r.choice) {
        const key = JSON.stringify([r.college_id, r.associate_class, choice]);
        const g =
          byKey.get(key) ??
          byKey
            .set(key, { collegeId: r.college_id, associateClass: r.associate_class, choice, ballots: 0, weight: 0 })
            .get(key)!;
        g.ballots += r.ballots;
        g.weight += Number(r.weight);
      }
    }
    const [{ voters, proxies }] = await em.query(PARTICIPATIONS, [resolution.id]);
    // the electorate's votes by college and class: the base of a majority of all the votes
    const electorate: ElectorGroup[] = (
      await em.query(
        `SELECT college_id, associate_class, count(*)::int AS electors, sum(weight)::int AS weight FROM resolution_electors
          WHERE resolution_id = $1 GROUP BY college_id, associate_class`,
        [resolution.id],
      )
    ).map((e: { college_id: string | null; associate_class: AssociateClass; electors: number; weight: number }) => ({
      collegeId: e.college_id,
      associateClass: e.associate_class,
      electors: e.electors,
      weight: e.weight,
    }));
    return this.tallied(resolution, assembly, [...byKey.values()], voters, proxies, !closing, electorate);
  }

  /**
   * The encrypted ballots of a secret box, read on the close's own transaction, each decrypted with
   * the resolution's key (ballot-crypto.ts) and grouped by college and choice like the clear ones. A
   * ballot that does not decrypt (altered, moved, or another BALLOT_SECRET) fails the close.
   */
  private async decryptedRows(
    em: EntityManager,
    resolution: Resolution,
    closing: boolean,
  ): Promise<
    { college_id: string | null; associate_class: AssociateClass; choice: string[]; ballots: number; weight: number }[]
  > {
    const rows: {
      college_id: string | null;
      associate_class: AssociateClass;
      weight: number;
      receipt_hash: string;
      ciphertext: Buffer;
    }[] = await em.query(
      `SELECT college_id, associate_class, weight, receipt_hash, ciphertext FROM ballots WHERE resolution_id = $1 AND ciphertext IS NOT NULL`,
      [resolution.id],
    );
    if (!rows.length) return [];
    // a secret box is decrypted when it closes, and never before
    if (!closing) throw new Error('the encrypted ballots of a secret box are counted only when it closes');
    const key = this.ballotKey(resolution.id);
    const groups = new Map<
      string,
      { college_id: string | null; associate_class: AssociateClass; choice: string[]; ballots: number; weight: number }
    >();
    for (const r of rows) {
      let choice: string[];
      try {
        choice = decryptChoice(key, resolution.id, r.receipt_hash, r.ciphertext);
      } catch (e) {
        throw new Error(
          `a secret ballot of resolution ${resolution.id} does not decrypt (altered, or BALLOT_SECRET changed): ${(e as Error).message}`,
          { cause: e },
        );
      }
      const k = JSON.stringify([r.college_id, r.associate_class, choice]);
      const g =
        groups.get(k) ??
        groups
          .set(k, { college_id: r.college_id, associate_class: r.associate_class, choice, ballots: 0, weight: 0 })
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

  async assembly(em: EntityManager, organizationId: string, id: string, lock = false): Promise<Assembly> {
    const assembly = await em.findOne(Assembly, {
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!assembly) throw new NotFoundError('assembly');
    return assembly;
  }

  async find(em: EntityManager, organizationId: string, id: string, lock = false): Promise<Resolution> {
    const resolution = await em.findOne(Resolution, {
      where: { organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!resolution) throw new NotFoundError('resolution');
    return resolution;
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

export function toAssemblyDto(a: Assembly): AssemblyDto {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    weighting: a.weighting,
    secret: a.secret,
    allowVoteChange: a.allowVoteChange,
    maxProxiesPerHolder: a.maxProxiesPerHolder,
    proxyCapRule: a.proxyCapRule,
    secondConvocationQuorumPercent: a.secondConvocationQuorumPercent,
    place: a.place,
    convocationMethod: a.convocationMethod,
    createdAt: a.createdAt,
  };
}

export function toResolutionDto(r: Resolution): ResolutionDto {
  return {
    id: r.id,
    assemblyId: r.assemblyId,
    number: r.number,
    title: r.title,
    text: r.text,
    kind: r.kind,
    candidates: r.candidates,
    seats: r.seats,
    majority: r.majority,
    quorumPercent: r.quorumPercent,
    amendsStatutes: r.amendsStatutes,
    majorityBase: r.majorityBase,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    status: r.status,
    outcome: r.outcome,
    eligibleCount: r.eligibleCount,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    sealHash: r.sealHash,
    secondConvocationOf: r.secondConvocationOf,
  };
}

function toProxyDto(p: Proxy): ProxyDto {
  return {
    id: p.id,
    assemblyId: p.assemblyId,
    grantorMemberId: p.grantorMemberId,
    holderMemberId: p.holderMemberId,
    createdAt: p.createdAt,
    revokedAt: p.revokedAt,
  };
}
