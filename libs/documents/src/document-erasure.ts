import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';
import { DocumentsRepository } from './documents.repository';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage';

/** The `name` values of a summary: the member's, contributor's or donor's names, the only names summaries hold. */
function namesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'name' && typeof v === 'string' ? [v] : namesIn(v)));
}

/** A summary with every `name` replaced by the pseudonym. */
export function pseudonymizedSummary(value: unknown, pseudonym: string): unknown {
  if (Array.isArray(value)) return value.map((v) => pseudonymizedSummary(v, pseudonym));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === 'name' && typeof v === 'string' ? pseudonym : pseudonymizedSummary(v, pseudonym),
    ]),
  );
}

/**
 * The documents issued about an erased member (certificates, tax certificates; the domains add the
 * documents about the member's other subjects through `eraseSubjects`: shares their subscriptions'
 * receipts, funding their contributions' receipts): the summary names
 * and the title name the pseudonym, and the stored PDF, which prints the name, is deleted once the erasure is committed.
 * Number, hash and verification code stay: the recipient's copy still verifies.
 */
@Injectable()
export class DocumentErasure implements ErasureParticipant, OnModuleInit {
  constructor(
    private readonly erasure: MemberErasure,
    private readonly repository: DocumentsRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  eraseMember(em: EntityManager, member: ErasedMember): Promise<() => Promise<void>> {
    return this.eraseSubjects(em, member.organizationId, [member.memberId], member.pseudonym);
  }

  /** Pseudonymizes the documents about these subjects; answers the deletion of their files, to run after the commit. */
  async eraseSubjects(
    em: EntityManager,
    organizationId: string,
    subjectIds: string[],
    pseudonym: string,
  ): Promise<() => Promise<void>> {
    const documents = await this.repository.aboutSubjects(em, organizationId, subjectIds);
    for (const d of documents) {
      // titles end with the name they were issued to ("… — Zoé Martin")
      const title = namesIn(d.summary).reduce((t, name) => t.split(name).join(pseudonym), d.title);
      await this.repository.pseudonymize(em, d.id, title, pseudonymizedSummary(d.summary, pseudonym));
    }
    return async () => {
      for (const d of documents) await this.storage.delete(d.storageKey);
    };
  }
}
