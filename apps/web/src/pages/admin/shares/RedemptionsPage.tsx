import { Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { useSharesChanged } from '../../../api/shares';
import { ConfirmButton } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { Pager, usePages } from '../../../components/Pager';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, memberLabel, today } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg, useOrg } from '../../org/useOrg';
import { DecisionRefField, Figure, StatusFilter } from './common';

type Redemption = Schemas['RedemptionRowDto'];
type Status = NonNullable<Redemption['status']>;
const STATUSES: Status[] = ['pending', 'waiting', 'approved', 'paid', 'rejected', 'cancelled'];

/** `/o/{slug}/admin/shares/redemptions`: requests to take shares back, the capital floor and the queue it makes. */
export function RedemptionsPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('shares.rd.title')}</Title>
      <Floor slug={slug} />
      <Queue slug={slug} />
    </Stack>
  );
}

function useCapital(slug: string) {
  return useQuery({
    queryKey: ['capital', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/capital', inOrg(slug))),
  });
}

/** The capital, its floor and what the floor leaves room for; why waiting requests wait. */
function Floor({ slug }: { slug: string }) {
  const t = useT();
  const { org } = useOrg();
  const capital = useCapital(slug);
  const waiting = useQuery({
    queryKey: ['redemptions', slug, 'waiting'],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/redemptions', {
          params: { path: { slug }, query: { status: 'waiting', limit: 200 } },
        }),
      ),
  });
  const c = capital.data;
  const room = c ? Math.max(0, c.totalCents - c.floorCents) : 0;
  const waitingItems = waiting.data?.items ?? [];
  const waitingCents = waitingItems.reduce((sum, r) => sum + r.quantity * r.unitCents, 0);
  return (
    <Card withBorder component="section" aria-labelledby="floor-title">
      <Title order={3} size="h4" id="floor-title">
        {t('shares.rd.floorTitle')}
      </Title>
      <FormError error={capital.error} />
      {c && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            <Figure label={t('shares.rd.capital')} value={euros(c.totalCents)} />
            <Figure label={t('shares.rd.floor')} value={euros(c.floorCents)} />
            <Figure label={t('shares.rd.room')} value={euros(room)} />
          </SimpleGrid>
          <Text size="sm" mt="sm">
            {c.floorCents === c.minimumCapitalCents
              ? t('shares.rd.floorIsMinimum', { minimum: euros(c.minimumCapitalCents) })
              : t('shares.rd.floorIsShare', {
                  percent: org.data?.capitalFloorPercent ?? '—',
                  highest: euros(c.highestCapitalCents),
                  minimum: euros(c.minimumCapitalCents),
                })}
          </Text>
          <Text size="sm" mt="xs">
            {waitingItems.length
              ? t('shares.rd.waitingWhy', {
                  count: waiting.data?.total ?? waitingItems.length,
                  amount: euros(waitingCents),
                })
              : t('shares.rd.noneWaiting', { room: euros(room) })}
          </Text>
        </>
      )}
    </Card>
  );
}

function Queue({ slug }: { slug: string }) {
  const t = useT();
  const [status, setStatus] = useState<Status | ''>('pending');
  const pages = usePages();
  const list = useQuery({
    queryKey: ['redemptions', slug, 'admin', status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/redemptions', {
          params: { path: { slug }, query: { status: status || undefined, cursor: pages.cursor, limit: 50 } },
        }),
      ),
  });
  const items = list.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="rd-list">
      <Title order={3} size="h4" id="rd-list">
        {t('shares.rd.list')}
      </Title>
      <StatusFilter
        value={status}
        onChange={setStatus}
        statuses={STATUSES}
        statusLabel={(s) => t(`shares.rd.filter.${s}` as MessageId)}
        pages={pages}
      />
      <FormError error={list.error} />
      {list.data && !items.length && <Text mt="sm">{t('shares.rd.none')}</Text>}
      {items.length > 0 && (
        <ScrollRegion label={t('shares.rd.list')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.rd.effectiveOn')}</Table.Th>
                <Table.Th>{t('shares.common.member')}</Table.Th>
                <Table.Th>{t('shares.common.shares')}</Table.Th>
                <Table.Th ta="right">{t('shares.rd.payout')}</Table.Th>
                <Table.Th>{t('shares.common.status')}</Table.Th>
                <Table.Th>{t('shares.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <RedemptionRow key={r.id} slug={slug} r={r} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={list.data?.total}
        nextCursor={list.data?.nextCursor}
        label={t('shares.common.pages')}
      />
    </Card>
  );
}

function RedemptionRow({ slug, r }: { slug: string; r: Redemption }) {
  const t = useT();
  const done = useSharesChanged(slug);
  const [decisionRef, setDecisionRef] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [onFloor, setOnFloor] = useState<'wait' | 'refuse'>('wait');
  const [reason, setReason] = useState('');
  const [paidOn, setPaidOn] = useState(today());
  const [reference, setReference] = useState('');
  const path = inOrg(slug, { id: r.id });
  const ref = decisionRef.trim() ? { decisionRef: decisionRef.trim() } : {};
  const approve = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/redemptions/{id}/approve', {
          ...path,
          body: { ...ref, onFloor, ...(dueOn ? { dueOn } : {}) },
        }),
      ),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/redemptions/{id}/reject', { ...path, body: { ...ref, reason: reason.trim() } }),
      ),
    onSuccess: done,
  });
  const cancel = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/redemptions/{id}/cancel', path)),
    onSuccess: done,
  });
  const payout = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/redemptions/{id}/payout', {
          ...path,
          body: { paidOn, ...(reference.trim() ? { reference: reference.trim() } : {}) },
        }),
      ),
    onSuccess: done,
  });
  const what = t('shares.common.sharesOf', {
    count: r.quantity,
    code: r.shareClassCode,
    amount: euros(r.quantity * r.unitCents),
  });
  const refField = (error: unknown) => <DecisionRefField value={decisionRef} onChange={setDecisionRef} error={error} />;
  const undecided = r.status === 'pending' || r.status === 'waiting';
  return (
    <Table.Tr>
      <Table.Td>{day(r.effectiveOn)}</Table.Td>
      <Table.Td>{memberLabel(r.memberName, r.memberNumber)}</Table.Td>
      <Table.Td>{what}</Table.Td>
      <Table.Td ta="right">{euros(r.payoutCents)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {t(`shares.rd.status.${r.status}` as MessageId)}
        </Text>
        {r.status === 'waiting' && r.queuePosition && (
          <Badge color="orange.9" variant="filled" styles={{ label: { textTransform: 'none' } }}>
            {t('shares.rd.position', { position: r.queuePosition })}
          </Badge>
        )}
        {r.statusReason && <Text size="sm">{r.statusReason}</Text>}
        {r.status === 'approved' && (
          <Text size="sm">{r.dueOn ? t('shares.rd.dueOn', { date: day(r.dueOn) }) : t('shares.rd.dueLatest')}</Text>
        )}
        {r.status === 'paid' && r.paidOn && (
          <Text size="sm">
            {t('shares.rd.paidOn', { date: day(r.paidOn) })}
            {r.paymentReference ? ` · ${r.paymentReference}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {r.status === 'pending' && (
            <ConfirmButton
              label={t('shares.common.approve')}
              title={t('shares.rd.approveTitle')}
              confirmLabel={t('shares.rd.approveConfirm')}
              onConfirm={() => approve.mutateAsync()}
              pending={approve.isPending}
              error={approve.error}
              errorFields={['decisionRef', 'dueOn', 'onFloor', 'quantity']}
              variant="filled"
            >
              <Text size="sm">
                {t('shares.rd.approveWhat', { what, date: day(r.effectiveOn), payout: euros(r.payoutCents) })}
              </Text>
              <TextInput
                type="date"
                label={t('shares.rd.dueOnLabel')}
                description={t('shares.rd.dueOnHelp')}
                value={dueOn}
                onChange={(e) => setDueOn(e.currentTarget.value)}
                error={fieldError(approve.error, 'dueOn')}
              />
              <NativeSelect
                label={t('shares.rd.onFloor')}
                value={onFloor}
                onChange={(e) => setOnFloor(e.currentTarget.value as 'wait' | 'refuse')}
                data={[
                  { value: 'wait', label: t('shares.rd.onFloorWait') },
                  { value: 'refuse', label: t('shares.rd.onFloorRefuse') },
                ]}
                error={fieldError(approve.error, 'onFloor') ?? fieldError(approve.error, 'quantity')}
              />
              {refField(approve.error)}
            </ConfirmButton>
          )}
          {undecided && (
            <ConfirmButton
              label={t('shares.common.reject')}
              title={t('shares.rd.rejectTitle')}
              confirmLabel={t('shares.rd.rejectConfirm')}
              onConfirm={() => reject.mutateAsync()}
              pending={reject.isPending}
              error={reject.error}
              errorFields={['decisionRef', 'reason']}
              color="red.9"
              danger
            >
              <Text size="sm">{t('shares.rd.rejectWhat', { what })}</Text>
              <TextInput
                label={t('shares.common.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(reject.error, 'reason')}
                required
              />
              {refField(reject.error)}
            </ConfirmButton>
          )}
          {undecided && (
            <ConfirmButton
              label={t('shares.rd.cancel')}
              title={t('shares.rd.cancelTitle')}
              confirmLabel={t('shares.rd.cancelConfirm')}
              onConfirm={() => cancel.mutateAsync()}
              pending={cancel.isPending}
              error={cancel.error}
              color="red.9"
              danger
            >
              <Text size="sm">{t('shares.rd.cancelWhat', { what })}</Text>
            </ConfirmButton>
          )}
          {r.status === 'approved' && (
            <ConfirmButton
              label={t('shares.rd.recordPayout')}
              title={t('shares.rd.recordPayout')}
              confirmLabel={t('shares.rd.payoutConfirm')}
              onConfirm={() => payout.mutateAsync()}
              pending={payout.isPending}
              error={payout.error}
              errorFields={['paidOn', 'reference']}
            >
              <Text size="sm">
                {t('shares.rd.payoutWhat', {
                  amount: euros(r.payoutCents),
                  payee: r.payee?.name ?? '—',
                })}
              </Text>
              <TextInput
                type="date"
                label={t('shares.subs.paidOn')}
                value={paidOn}
                onChange={(e) => setPaidOn(e.currentTarget.value)}
                error={fieldError(payout.error, 'paidOn')}
                required
              />
              <TextInput
                label={t('shares.subs.reference')}
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
                error={fieldError(payout.error, 'reference')}
              />
            </ConfirmButton>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
