import { Anchor, Card, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { useSharesChanged } from '../../../api/shares';
import { ConfirmButton } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { Pager, usePages } from '../../../components/Pager';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, memberLabel, moment, today } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';

type Redemption = Schemas['RedemptionRowDto'];
type Batch = Schemas['PayoutBatchDto'];
type Year = Schemas['FiscalYearDto'];

/** Five years after the date it took effect: when a redemption is due if the board set no date. */
const latestDue = (effectiveOn: string) => `${Number(effectiveOn.slice(0, 4)) + 5}${effectiveOn.slice(4)}`;

/** Why this redemption cannot go in a file executed on `executionOn`, or null. */
function notPayable(r: Redemption, years: Year[], executionOn: string): { id: 'final' | 'due'; date: string } | null {
  const year = years.find((y) => y.startOn <= r.effectiveOn && r.effectiveOn <= y.endOn);
  if (year?.status !== 'closed') return { id: 'final', date: year?.endOn ?? r.effectiveOn };
  const due = r.dueOn ?? latestDue(r.effectiveOn);
  if (due > executionOn) return { id: 'due', date: due };
  return null;
}

/** `/o/{slug}/admin/shares/payouts`: SEPA credit-transfer files paying approved redemptions, and their cancellation. */
export function PayoutsPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('shares.payouts.title')}</Title>
      <NewBatch slug={slug} />
      <Batches slug={slug} />
    </Stack>
  );
}

function NewBatch({ slug }: { slug: string }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const { org } = useOrg();
  const approved = useQuery({
    queryKey: ['redemptions', slug, 'approved-all'],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/redemptions', {
          params: { path: { slug }, query: { status: 'approved', limit: 200 } },
        }),
      ),
  });
  const years = useQuery({
    queryKey: ['fiscal-years', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/fiscal-years', inOrg(slug))),
  });
  const [executionOn, setExecutionOn] = useState(today());
  const [name, setName] = useState<string | null>(null);
  const [iban, setIban] = useState<string | null>(null);
  const [bic, setBic] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [touched, setTouched] = useState(false);
  const items = approved.data?.items ?? [];
  const yearList = years.data?.items ?? [];
  const payable = items.filter((r) => !notPayable(r, yearList, executionOn));
  // until the person ticks or unticks one, every redemption payable by the date is in the file
  const selected = touched ? items.filter((r) => chosen.has(r.id)) : payable;
  const total = selected.reduce((sum, r) => sum + r.payoutCents, 0);
  const debtorName = name ?? org.data?.name ?? '';
  const debtorIban = iban ?? org.data?.paymentIban ?? '';
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/payout-batches', {
          ...inOrg(slug),
          body: {
            redemptionIds: selected.map((r) => r.id),
            executionOn,
            debtor: {
              name: debtorName.trim(),
              iban: debtorIban.replace(/\s+/g, ''),
              ...(bic.trim() ? { bic: bic.trim() } : {}),
            },
          },
        }),
      ),
    onSuccess: () => {
      setTouched(false);
      setChosen(new Set());
      return sharesChanged();
    },
  });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(touched ? chosen : payable.map((r) => r.id));
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setTouched(true);
  };
  const itemError = (id: string) => {
    const index = selected.findIndex((r) => r.id === id);
    return index >= 0 ? fieldError(create.error, `redemptionIds[${index}]`) : undefined;
  };
  const fields = [
    'executionOn',
    'debtor.name',
    'debtor.iban',
    'debtor.bic',
    'redemptionIds',
    ...selected.map((_, i) => `redemptionIds[${i}]`),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="batch-new">
      <Title order={3} size="h4" id="batch-new">
        {t('shares.payouts.new')}
      </Title>
      <Text size="sm" mt={4}>
        {t('shares.payouts.newHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <TextInput
          type="date"
          label={t('shares.payouts.executionOn')}
          value={executionOn}
          onChange={(e) => setExecutionOn(e.currentTarget.value)}
          error={fieldError(create.error, 'executionOn')}
          required
        />
        <TextInput
          label={t('shares.payouts.debtorName')}
          value={debtorName}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(create.error, 'debtor.name')}
          required
        />
        <TextInput
          label={t('shares.payouts.debtorIban')}
          value={debtorIban}
          onChange={(e) => setIban(e.currentTarget.value)}
          error={fieldError(create.error, 'debtor.iban')}
          required
        />
        <TextInput
          label={t('shares.payouts.debtorBic')}
          value={bic}
          onChange={(e) => setBic(e.currentTarget.value)}
          error={fieldError(create.error, 'debtor.bic')}
        />
      </SimpleGrid>
      <FormError error={approved.error ?? years.error} />
      {approved.data && !items.length && <Text mt="sm">{t('shares.payouts.noneApproved')}</Text>}
      {items.length > 0 && (
        <ScrollRegion label={t('shares.payouts.candidates')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.payouts.inFile')}</Table.Th>
                <Table.Th>{t('shares.common.member')}</Table.Th>
                <Table.Th ta="right">{t('shares.rd.payout')}</Table.Th>
                <Table.Th>{t('shares.payouts.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => {
                const why = notPayable(r, yearList, executionOn);
                const error = itemError(r.id);
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('shares.payouts.include', {
                          amount: euros(r.payoutCents),
                          date: day(r.effectiveOn),
                        })}
                        checked={selected.some((s) => s.id === r.id)}
                        onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                        error={error}
                      />
                    </Table.Td>
                    <Table.Td>
                      {memberLabel(r.memberName, r.memberNumber)}
                      {r.payee && <Text size="sm">{r.payee.name}</Text>}
                    </Table.Td>
                    <Table.Td ta="right">{euros(r.payoutCents)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {why
                          ? t(`shares.payouts.not.${why.id}`, { date: day(why.date) })
                          : t('shares.payouts.payable', { date: day(r.effectiveOn) })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <FormError error={create.error} fields={fields} />
      {create.data && (
        <Text role="status" fw={600} mt="sm">
          {t('shares.payouts.created', { count: create.data.transferCount, total: euros(create.data.totalCents) })}{' '}
          <Anchor href={`/v1/orgs/${slug}/payout-batches/${create.data.id}/file`} download={create.data.fileName}>
            {t('shares.payouts.download')}
          </Anchor>
        </Text>
      )}
      <Group mt="md">
        <ConfirmButton
          label={t('shares.payouts.create')}
          title={t('shares.payouts.createTitle')}
          confirmLabel={t('shares.payouts.createConfirm')}
          onConfirm={() => create.mutateAsync()}
          pending={create.isPending}
          error={create.error}
          variant="filled"
          size="sm"
          disabled={!selected.length}
        >
          <Text size="sm">
            {t('shares.payouts.createWhat', { count: selected.length, total: euros(total), date: day(executionOn) })}
          </Text>
        </ConfirmButton>
      </Group>
    </Card>
  );
}

function Batches({ slug }: { slug: string }) {
  const t = useT();
  const pages = usePages();
  const list = useQuery({
    queryKey: ['payout-batches', slug, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/payout-batches', {
          params: { path: { slug }, query: { cursor: pages.cursor, limit: 20 } },
        }),
      ),
  });
  const items = list.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="batch-list">
      <Title order={3} size="h4" id="batch-list">
        {t('shares.payouts.list')}
      </Title>
      <FormError error={list.error} />
      {list.data && !items.length && <Text mt="sm">{t('shares.payouts.none')}</Text>}
      {items.length > 0 && (
        <ScrollRegion label={t('shares.payouts.list')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.payouts.executionOn')}</Table.Th>
                <Table.Th>{t('shares.payouts.file')}</Table.Th>
                <Table.Th ta="right">{t('shares.payouts.total')}</Table.Th>
                <Table.Th>{t('shares.common.status')}</Table.Th>
                <Table.Th>{t('shares.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b) => (
                <BatchRow key={b.id} slug={slug} b={b} />
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

function BatchRow({ slug, b }: { slug: string; b: Batch }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/payout-batches/{id}/cancel', {
          ...inOrg(slug, { id: b.id }),
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: sharesChanged,
  });
  return (
    <Table.Tr>
      <Table.Td>{day(b.executionOn)}</Table.Td>
      <Table.Td>
        <Anchor href={`/v1/orgs/${slug}/payout-batches/${b.id}/file`} download={b.fileName} size="sm">
          {b.fileName}
        </Anchor>
        <Text size="sm">{t('shares.payouts.transfers', { count: b.transferCount })}</Text>
      </Table.Td>
      <Table.Td ta="right">{euros(b.totalCents)}</Table.Td>
      <Table.Td>
        {b.status === 'issued' ? t('shares.payouts.issued') : t('shares.payouts.cancelled')}
        {b.cancelledAt && (
          <Text size="sm">
            {moment(b.cancelledAt)}
            {b.cancelReason ? ` · ${b.cancelReason}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {b.status === 'issued' && (
          <ConfirmButton
            label={t('shares.payouts.cancel')}
            title={t('shares.payouts.cancelTitle')}
            confirmLabel={t('shares.payouts.cancelConfirm')}
            onConfirm={() => cancel.mutateAsync()}
            pending={cancel.isPending}
            error={cancel.error}
            errorFields={['reason']}
            color="red.9"
            danger
          >
            <Text size="sm">
              {t('shares.payouts.cancelWhat', { count: b.transferCount, total: euros(b.totalCents) })}
            </Text>
            <TextInput
              label={t('shares.payouts.cancelReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(cancel.error, 'reason')}
              required
            />
          </ConfirmButton>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
