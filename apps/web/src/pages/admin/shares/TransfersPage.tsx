import {
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
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
import { DecisionRefField, MemberPicker, StatusFilter } from './common';

type Transfer = Schemas['TransferRowDto'];
type Status = NonNullable<Transfer['status']>;
const STATUSES: Status[] = ['pending', 'approved', 'rejected', 'cancelled'];

/** `/o/{slug}/admin/shares/transfers`: transfers between members for the board to decide, and conversions between classes. */
export function TransfersPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('shares.transfers.title')}</Title>
      <Transfers slug={slug} />
      <Conversion slug={slug} />
    </Stack>
  );
}

function Transfers({ slug }: { slug: string }) {
  const t = useT();
  const [status, setStatus] = useState<Status | ''>('pending');
  const pages = usePages();
  const list = useQuery({
    queryKey: ['transfers', slug, status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/transfers', {
          params: { path: { slug }, query: { status: status || undefined, cursor: pages.cursor, limit: 50 } },
        }),
      ),
  });
  const items = list.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="transfers-list">
      <Title order={3} size="h4" id="transfers-list">
        {t('shares.transfers.list')}
      </Title>
      <StatusFilter
        value={status}
        onChange={setStatus}
        statuses={STATUSES}
        statusLabel={(s) => t(`request.status.${s}` as MessageId)}
        pages={pages}
      />
      <FormError error={list.error} />
      {list.data && !items.length && <Text mt="sm">{t('shares.transfers.none')}</Text>}
      {items.length > 0 && (
        <ScrollRegion label={t('shares.transfers.list')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.transfers.effectiveOn')}</Table.Th>
                <Table.Th>{t('shares.transfers.from')}</Table.Th>
                <Table.Th>{t('shares.transfers.to')}</Table.Th>
                <Table.Th>{t('shares.common.shares')}</Table.Th>
                <Table.Th>{t('shares.common.status')}</Table.Th>
                <Table.Th>{t('shares.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((x) => (
                <TransferRow key={x.id} slug={slug} x={x} />
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

function TransferRow({ slug, x }: { slug: string; x: Transfer }) {
  const t = useT();
  const done = useSharesChanged(slug);
  const [decisionRef, setDecisionRef] = useState('');
  const [reason, setReason] = useState('');
  const path = inOrg(slug, { id: x.id });
  const ref = decisionRef.trim() ? { decisionRef: decisionRef.trim() } : {};
  const approve = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/transfers/{id}/approve', { ...path, body: ref })),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: () =>
      call(client.POST('/v1/orgs/{slug}/transfers/{id}/reject', { ...path, body: { ...ref, reason: reason.trim() } })),
    onSuccess: done,
  });
  const what = t('shares.common.sharesOf', {
    count: x.quantity,
    code: x.shareClassCode,
    amount: euros(x.quantity * x.unitCents),
  });
  const refField = (error: unknown) => <DecisionRefField value={decisionRef} onChange={setDecisionRef} error={error} />;
  return (
    <Table.Tr>
      <Table.Td>{day(x.effectiveOn)}</Table.Td>
      <Table.Td>{memberLabel(x.fromMemberName, x.fromMemberNumber)}</Table.Td>
      <Table.Td>{memberLabel(x.toMemberName, x.toMemberNumber)}</Table.Td>
      <Table.Td>{what}</Table.Td>
      <Table.Td>
        {t(`request.status.${x.status}` as MessageId)}
        {x.rejectionReason && <Text size="sm">{x.rejectionReason}</Text>}
      </Table.Td>
      <Table.Td>
        {x.status === 'pending' && (
          <Group gap="xs" wrap="nowrap">
            <ConfirmButton
              label={t('shares.common.approve')}
              title={t('shares.transfers.approveTitle')}
              confirmLabel={t('shares.transfers.approveConfirm')}
              onConfirm={() => approve.mutateAsync()}
              pending={approve.isPending}
              error={approve.error}
              errorFields={['decisionRef']}
              variant="filled"
            >
              <Text size="sm">{t('shares.transfers.approveWhat', { what, date: day(x.effectiveOn) })}</Text>
              {refField(approve.error)}
            </ConfirmButton>
            <ConfirmButton
              label={t('shares.common.reject')}
              title={t('shares.transfers.rejectTitle')}
              confirmLabel={t('shares.transfers.rejectConfirm')}
              onConfirm={() => reject.mutateAsync()}
              pending={reject.isPending}
              error={reject.error}
              errorFields={['decisionRef', 'reason']}
              color="red.9"
              danger
            >
              <Text size="sm">{t('shares.transfers.rejectWhat')}</Text>
              <TextInput
                label={t('shares.common.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(reject.error, 'reason')}
                required
              />
              {refField(reject.error)}
            </ConfirmButton>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Shares of one class exchanged for shares of another of equal nominal value, at once in the register. */
function Conversion({ slug }: { slug: string }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const classes = useQuery({
    queryKey: ['share-classes', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/share-classes', inOrg(slug))),
  });
  const [memberId, setMemberId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [effectiveOn, setEffectiveOn] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const items = classes.data?.items ?? [];
  const fromCode = from || items[0]?.code || '';
  const toCode = to || items.find((c) => c.code !== fromCode)?.code || '';
  const convert = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/conversions', {
          ...inOrg(slug),
          body: {
            memberId,
            fromShareClassCode: fromCode,
            toShareClassCode: toCode,
            quantity: Number(quantity),
            effectiveOn,
            ...(decisionRef.trim() ? { decisionRef: decisionRef.trim() } : {}),
          },
        }),
      ),
    onSuccess: sharesChanged,
  });
  const fields = ['memberId', 'fromShareClassCode', 'toShareClassCode', 'quantity', 'effectiveOn', 'decisionRef'];
  const submit = (e: FormEvent) => e.preventDefault();
  const options = items.map((c) => ({ value: c.code, label: `${c.name} (${euros(c.nominalCents)})` }));
  return (
    <Card withBorder component="section" aria-labelledby="conversion-title">
      <form onSubmit={submit} noValidate>
        <Title order={3} size="h4" id="conversion-title">
          {t('shares.conv.title')}
        </Title>
        <Text size="sm" mt={4}>
          {t('shares.conv.help')}
        </Text>
        {items.length < 2 ? (
          <Text mt="sm">{t('shares.conv.oneClass')}</Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
              <MemberPicker
                slug={slug}
                value={memberId}
                onChange={setMemberId}
                error={fieldError(convert.error, 'memberId')}
              />
              <NumberInput
                label={t('shares.conv.quantity')}
                min={1}
                allowDecimal={false}
                value={quantity}
                onChange={setQuantity}
                error={fieldError(convert.error, 'quantity')}
              />
              <NativeSelect
                label={t('shares.conv.from')}
                data={options}
                value={fromCode}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={fieldError(convert.error, 'fromShareClassCode')}
              />
              <NativeSelect
                label={t('shares.conv.to')}
                data={options}
                value={toCode}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={fieldError(convert.error, 'toShareClassCode')}
              />
              <TextInput
                type="date"
                label={t('shares.transfers.effectiveOn')}
                value={effectiveOn}
                onChange={(e) => setEffectiveOn(e.currentTarget.value)}
                error={fieldError(convert.error, 'effectiveOn')}
              />
              <DecisionRefField value={decisionRef} onChange={setDecisionRef} error={convert.error} />
            </SimpleGrid>
            <FormError error={convert.error} fields={fields} />
            {convert.data && (
              <Text role="status" fw={600} mt="sm">
                {t('shares.conv.done', {
                  from: convert.data.fromQuantity,
                  fromCode: convert.data.fromShareClassCode,
                  to: convert.data.toQuantity,
                  toCode: convert.data.toShareClassCode,
                })}
              </Text>
            )}
            <Group mt="md">
              <ConfirmButton
                label={t('shares.conv.submit')}
                title={t('shares.conv.title')}
                confirmLabel={t('shares.conv.confirm')}
                onConfirm={() => convert.mutateAsync()}
                pending={convert.isPending}
                error={convert.error}
                errorFields={fields}
                variant="filled"
                size="sm"
                disabled={!memberId || fromCode === toCode}
              >
                <Text size="sm">
                  {t('shares.conv.what', {
                    quantity: Number(quantity),
                    from: fromCode,
                    to: toCode,
                    date: day(effectiveOn),
                  })}
                </Text>
              </ConfirmButton>
            </Group>
          </>
        )}
      </form>
    </Card>
  );
}
