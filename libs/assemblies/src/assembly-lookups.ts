import { NotFoundError } from '@socius/core';
import { Member } from '@socius/members';
import { EntityManager } from 'typeorm';
import { Assembly } from './entities/assembly.entity';
import { Resolution } from './entities/resolution.entity';
import { proxyCap } from './tally';

/** An assembly of the organization (locked for update when asked), or 404. */
export async function findAssembly(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<Assembly> {
  const assembly = await em.findOne(Assembly, {
    where: { organizationId, id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!assembly) throw new NotFoundError('assembly');
  return assembly;
}

/** A resolution of the organization (locked for update when asked), or 404. */
export async function findResolution(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<Resolution> {
  const resolution = await em.findOne(Resolution, {
    where: { organizationId, id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!resolution) throw new NotFoundError('resolution');
  return resolution;
}

/** How many proxies one member may hold in this assembly: fixed, or by the SCOP rule from the electorate (loi 78-763). */
export async function proxyCapOf(em: EntityManager, assembly: Assembly, electorate?: number): Promise<number> {
  if (assembly.proxyCapRule === 'fixed') return assembly.maxProxiesPerHolder;
  const count = electorate ?? (await em.countBy(Member, { organizationId: assembly.organizationId, status: 'active' }));
  return proxyCap('scop', assembly.maxProxiesPerHolder, count);
}
