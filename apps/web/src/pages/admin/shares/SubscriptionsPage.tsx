import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { useSharesChanged } from '../../../api/shares';
import { fieldError, FormError } from '../../../components/FormError';
import { Pager, usePages } from '../../../components/Pager';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, memberLabel, parseEuros, pdfLink, today } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg, useOrg } from '../../org/useOrg';
import { DecisionRefField, StatusFilter } from './common';

type Subscription = Schemas['SubscriptionDto'];
type Row = Schemas['SubscriptionRowDto'];
type Status = NonNullable<Schemas['SubscriptionDto']['status']>;
const STATUSES: Status[] = ['pending', 'approved', 'issued', 'rejected', 'cancelled', 'defaulted'];
const METHODS = ['transfer', 'check', 'card', 'cash', 'direct_debit', 'other'] as const;

/** `/o/{slug}/admin/shares/subscriptions`: the board's decisions, payments received and capital calls. */
export function SubscriptionsPage() {
  const t = useT();
  const { slug } = useOrg();
  const [status, setStatus] = useState<Status | ''>('pending');
  const pages = usePages();
  const list = useQuery({
    queryKey: ['subscriptions', slug, 'admin', status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/subscriptions', {
          ...inOrg(slug),
          params: { ...inOrg(slug).params, query: { status: status || undefined, cursor: pages.cursor, limit: 50 } },
        }),
      ),
  });
  const [opened, setOpened] = useState<Row | null>(null);
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Title order={2}>{t('shares.subs.title')}</Title>
      <Card withBorder component="section" aria-labelledby="subs-list">
        <Title order={3} size="h4" id="subs-list">
          {status ? t(`shares.subs.filter.${status}` as MessageId) : t('shares.subs.filter.all')}
        </Title>
        <StatusFilter
          value={status}
          onChange={setStatus}
          statuses={STATUSES}
          statusLabel={(s) => t(`shares.subs.filter.${s}` as MessageId)}
          pages={pages}
        />
        <FormError error={list.error} />
        {list.data && !items.length && <Text mt="sm">{t('shares.subs.none')}</Text>}
        {items.length > 0 && (
          <ScrollRegion label={t('shares.subs.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shares.common.date')}</Table.Th>
                  <Table.Th>{t('shares.common.member')}</Table.Th>
                  <Table.Th>{t('shares.common.shares')}</Table.Th>
                  <Table.Th>{t('shares.subs.payment')}</Table.Th>
                  <Table.Th>{t('shares.common.status')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('shares.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{day(s.subscribedOn)}</Table.Td>
                    <Table.Td>{memberLabel(s.memberName, s.memberNumber)}</Table.Td>
                    <Table.Td>
                      {t('shares.common.sharesOf', {
                        count: s.quantity,
                        code: s.shareClassCode,
                        amount: euros(s.amountCents),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <PaidBadge s={s} />
                    </Table.Td>
                    <Table.Td>{t(`request.status.${s.status}` as MessageId)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="default" onClick={() => setOpened(s)}>
                        {t('shares.subs.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
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
      <Modal
        opened={!!opened}
        onClose={() => setOpened(null)}
        title={t('shares.subs.one')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('shares.common.close') }}
      >
        {opened && (
          <SubscriptionDetail slug={slug} id={opened.id} member={memberLabel(opened.memberName, opened.memberNumber)} />
        )}
      </Modal>
    </Stack>
  );
}

/** Paid against what is due: called capital, or the whole amount before the board decides. */
function PaidBadge({ s }: { s: Subscription }) {
  const t = useT();
  const due = s.status === 'pending' ? s.amountCents : s.calledCents;
  if (s.status === 'rejected' || s.status === 'cancelled')
    return s.refundedCents ? (
      <Text size="sm">{t('shares.subs.refunded', { amount: euros(s.refundedCents) })}</Text>
    ) : null;
  return (
    <Text size="sm" fw={s.paidCents > 0 && s.paidCents < due ? 700 : undefined}>
      {t('shares.subs.paidOf', { paid: euros(s.paidCents), due: euros(due) })}
    </Text>
  );
}

type Act = 'approve' | 'reject' | 'cancel' | 'pay' | 'call' | null;

/** A subscription, its payments and calls, and what the board can do with it now. */
function SubscriptionDetail({ slug, id, member }: { slug: string; id: string; member: string }) {
  const t = useT();
  const one = useQuery({
    queryKey: ['subscription', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/subscriptions/{id}', inOrg(slug, { id }))),
  });
  const [act, setAct] = useState<Act>(null);
  const s = one.data;
  if (!s) return <FormError error={one.error} />;
  const open = s.status === 'pending' || s.status === 'approved';
  const remaining = s.status === 'pending' ? s.amountCents - s.paidCents : s.calledCents - s.paidCents;
  const uncalled = s.amountCents - s.calledCents;
  return (
    <Stack gap="sm">
      <Text>
        {member} —{' '}
        {t('shares.common.sharesOf', { count: s.quantity, code: s.shareClassCode, amount: euros(s.amountCents) })}
      </Text>
      <Text size="sm">
        {t('shares.subs.subscribedOn', { date: day(s.subscribedOn) })} · {t(`request.status.${s.status}` as MessageId)}
        {s.decisionRef ? ` · ${s.decisionRef}` : ''}
        {s.rejectionReason ? ` · ${s.rejectionReason}` : ''}
      </Text>
      {s.instalments && (
        <Text size="sm">
          {t('shares.subs.instalments', {
            called: euros(s.calledCents),
            uncalled: euros(uncalled),
            date: s.fullPaymentDueOn ? day(s.fullPaymentDueOn) : '—',
          })}
        </Text>
      )}
      <PaidBadge s={s} />
      <Title order={3} size="h5">
        {t('shares.subs.payments')}
      </Title>
      {!s.payments?.length ? (
        <Text size="sm">{t('shares.subs.noPayments')}</Text>
      ) : (
        <ScrollRegion label={t('shares.subs.payments')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.common.date')}</Table.Th>
                <Table.Th ta="right">{t('shares.common.amount')}</Table.Th>
                <Table.Th>{t('shares.subs.method')}</Table.Th>
                <Table.Th>{t('shares.subs.referenceColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{day(p.paidOn)}</Table.Td>
                  <Table.Td ta="right">{euros(p.amountCents)}</Table.Td>
                  <Table.Td>{t(`shares.subs.methods.${p.method}` as MessageId)}</Table.Td>
                  <Table.Td>{p.reference ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {!!s.calls?.length && (
        <>
          <Title order={3} size="h5">
            {t('shares.subs.calls')}
          </Title>
          {s.calls.map((c) => (
            <Text size="sm" key={c.id}>
              {t('shares.subs.callLine', { amount: euros(c.amountCents), called: day(c.calledOn), due: day(c.dueOn) })}
            </Text>
          ))}
        </>
      )}
      <Anchor href={pdfLink(`/v1/orgs/${slug}/subscriptions/${s.id}/receipt.pdf`)} size="sm">
        {t('shares.subs.receipt')}
      </Anchor>
      {act === null && (
        <Group gap="xs">
          {s.status === 'pending' && <Button onClick={() => setAct('approve')}>{t('shares.subs.approve')}</Button>}
          {open && remaining > 0 && (
            <Button variant="default" onClick={() => setAct('pay')}>
              {t('shares.subs.recordPayment')}
            </Button>
          )}
          {s.instalments && (s.status === 'approved' || s.status === 'issued') && uncalled > 0 && (
            <Button variant="default" onClick={() => setAct('call')}>
              {t('shares.subs.callCapital')}
            </Button>
          )}
          {s.status === 'pending' && (
            <Button variant="default" color="red" onClick={() => setAct('reject')}>
              {t('shares.subs.reject')}
            </Button>
          )}
          {s.status === 'approved' && (
            <Button variant="default" color="red" onClick={() => setAct('cancel')}>
              {t('shares.subs.cancel')}
            </Button>
          )}
        </Group>
      )}
      {act === 'approve' && <Decide slug={slug} s={s} kind="approve" onDone={() => setAct(null)} />}
      {act === 'reject' && <Decide slug={slug} s={s} kind="reject" onDone={() => setAct(null)} />}
      {act === 'cancel' && <Decide slug={slug} s={s} kind="cancel" onDone={() => setAct(null)} />}
      {act === 'pay' && <Pay slug={slug} s={s} remaining={remaining} onDone={() => setAct(null)} />}
      {act === 'call' && <Call slug={slug} s={s} uncalled={uncalled} onDone={() => setAct(null)} />}
    </Stack>
  );
}

/** The subscription as the act left it, shown at once; then everything the act changed is read again. */
function useRefresh(slug: string, id: string) {
  const queryClient = useQueryClient();
  const sharesChanged = useSharesChanged(slug);
  return (data: Subscription) => {
    queryClient.setQueryData(['subscription', slug, id], (old: Subscription | undefined) => ({ ...old, ...data }));
    void sharesChanged();
  };
}

/** Approve, reject or cancel: says what will happen, asks the date and the decision it comes from. */
function Decide({
  slug,
  s,
  kind,
  onDone,
}: {
  slug: string;
  s: Subscription;
  kind: 'approve' | 'reject' | 'cancel';
  onDone: () => void;
}) {
  const t = useT();
  const refresh = useRefresh(slug, s.id);
  const [decidedOn, setDecidedOn] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () => {
      const base = { decidedOn, ...(decisionRef.trim() ? { decisionRef: decisionRef.trim() } : {}) };
      const path = inOrg(slug, { id: s.id });
      if (kind === 'approve')
        return call(client.POST('/v1/orgs/{slug}/subscriptions/{id}/approve', { ...path, body: base }));
      if (kind === 'reject')
        return call(
          client.POST('/v1/orgs/{slug}/subscriptions/{id}/reject', {
            ...path,
            body: { ...base, reason: reason.trim() },
          }),
        );
      return call(client.POST('/v1/orgs/{slug}/subscriptions/{id}/cancel', { ...path, body: base }));
    },
    onSuccess: (data) => {
      refresh(data);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  const paidEnough = s.paidCents >= (s.instalments ? 0 : s.amountCents);
  const what =
    kind === 'approve'
      ? paidEnough && s.paidCents > 0
        ? t('shares.subs.approveIssues', { count: s.quantity })
        : t('shares.subs.approveWaits', { count: s.quantity })
      : kind === 'reject'
        ? t('shares.subs.rejectWhat', { paid: euros(s.paidCents) })
        : t('shares.subs.cancelWhat', { paid: euros(s.paidCents) });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="decide-title">
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5" id="decide-title">
            {t(`shares.subs.${kind}Title` as MessageId)}
          </Title>
          <Text size="sm">{what}</Text>
          <TextInput
            type="date"
            label={t('shares.common.decidedOn')}
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.currentTarget.value)}
            error={fieldError(decide.error, 'decidedOn')}
          />
          <DecisionRefField value={decisionRef} onChange={setDecisionRef} error={decide.error} />
          {kind === 'reject' && (
            <TextInput
              label={t('shares.common.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(decide.error, 'reason')}
              required
            />
          )}
          <FormError error={decide.error} fields={['decidedOn', 'decisionRef', 'reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('shares.common.back')}
            </Button>
            <Button type="submit" color={kind === 'approve' ? undefined : 'red.9'} loading={decide.isPending}>
              {t(`shares.subs.${kind}Confirm` as MessageId)}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}

/** A payment received (partial or whole), in euros as typed. */
function Pay({ slug, s, remaining, onDone }: { slug: string; s: Subscription; remaining: number; onDone: () => void }) {
  const t = useT();
  const refresh = useRefresh(slug, s.id);
  const [amount, setAmount] = useState((remaining / 100).toFixed(2).replace('.', ','));
  const [paidOn, setPaidOn] = useState(today());
  const [method, setMethod] = useState<(typeof METHODS)[number]>('transfer');
  const [reference, setReference] = useState('');
  const cents = parseEuros(amount);
  const pay = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/subscriptions/{id}/payments', {
          ...inOrg(slug, { id: s.id }),
          body: {
            amountCents: cents ?? 0,
            paidOn,
            method,
            ...(reference.trim() ? { reference: reference.trim() } : {}),
          },
        }),
      ),
    onSuccess: (data) => {
      refresh(data);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    pay.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="pay-title">
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5" id="pay-title">
            {t('shares.subs.recordPayment')}
          </Title>
          <Text size="sm">{t('shares.subs.payWhat', { remaining: euros(remaining) })}</Text>
          <TextInput
            label={t('shares.subs.amountEuros')}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={amount && cents === undefined ? t('shares.common.notAmount') : fieldError(pay.error, 'amountCents')}
            required
          />
          <TextInput
            type="date"
            label={t('shares.subs.paidOn')}
            value={paidOn}
            onChange={(e) => setPaidOn(e.currentTarget.value)}
            error={fieldError(pay.error, 'paidOn')}
            required
          />
          <NativeSelect
            label={t('shares.subs.method')}
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value as (typeof METHODS)[number])}
            data={METHODS.map((m) => ({ value: m, label: t(`shares.subs.methods.${m}` as MessageId) }))}
            error={fieldError(pay.error, 'method')}
          />
          <TextInput
            label={t('shares.subs.reference')}
            description={t('shares.subs.referenceHelp')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={fieldError(pay.error, 'reference')}
          />
          <FormError error={pay.error} fields={['amountCents', 'paidOn', 'method', 'reference']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('shares.common.back')}
            </Button>
            <Button type="submit" loading={pay.isPending} disabled={cents === undefined}>
              {t('shares.subs.paySubmit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}

/** Calls part of the unpaid capital of an instalment subscription. */
function Call({ slug, s, uncalled, onDone }: { slug: string; s: Subscription; uncalled: number; onDone: () => void }) {
  const t = useT();
  const refresh = useRefresh(slug, s.id);
  const [amount, setAmount] = useState((uncalled / 100).toFixed(2).replace('.', ','));
  const [dueOn, setDueOn] = useState('');
  const cents = parseEuros(amount);
  const callCapital = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/subscriptions/{id}/calls', {
          ...inOrg(slug, { id: s.id }),
          body: { amountCents: cents ?? 0, dueOn },
        }),
      ),
    onSuccess: (data) => {
      refresh(data);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    callCapital.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="call-title">
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5" id="call-title">
            {t('shares.subs.callCapital')}
          </Title>
          <Text size="sm">{t('shares.subs.callWhat', { uncalled: euros(uncalled) })}</Text>
          <TextInput
            label={t('shares.subs.amountEuros')}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={
              amount && cents === undefined
                ? t('shares.common.notAmount')
                : fieldError(callCapital.error, 'amountCents')
            }
            required
          />
          <TextInput
            type="date"
            label={t('shares.subs.callDueOn')}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={fieldError(callCapital.error, 'dueOn')}
            required
          />
          <FormError error={callCapital.error} fields={['amountCents', 'dueOn']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('shares.common.back')}
            </Button>
            <Button type="submit" loading={callCapital.isPending} disabled={cents === undefined}>
              {t('shares.subs.callSubmit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}
