import { Anchor, Button, Card, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../api/client';
import { useSharesChanged } from '../../api/shares';
import { fieldError, FormError } from '../../components/FormError';
import { HoldingsTable, MovementsTable } from '../../components/SharesTables';
import { day, euros, pdfLink } from '../../format';
import { useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { ScrollRegion } from '../../components/ScrollRegion';
import { CheckoutLanding } from '../CardDonation';
import { inOrg, useOrg } from './useOrg';

/** `/o/{slug}/shares`: what I hold, how it moved, and my requests to subscribe more or take shares back. */
export function SharesPage() {
  const { slug, memberId } = useOrg();
  if (!memberId) return null;
  return (
    <Stack>
      <Holdings slug={slug} memberId={memberId} />
      <Subscriptions slug={slug} memberId={memberId} />
      <Redemptions slug={slug} memberId={memberId} />
      <Movements slug={slug} />
    </Stack>
  );
}

function useShareClasses(slug: string) {
  return useQuery({
    queryKey: ['share-classes', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/share-classes', inOrg(slug))),
  });
}

function Holdings({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useT();
  const holdings = useQuery({
    queryKey: ['holdings', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}/holdings', inOrg(slug, { id: memberId }))),
  });
  const h = holdings.data;
  return (
    <Card withBorder component="section" aria-labelledby="holdings-title">
      <Title order={2} size="h3" id="holdings-title">
        {t('org.shares')}
      </Title>
      {h && h.totalQuantity === 0 && <Text mt="xs">{t('org.noShares')}</Text>}
      {h && h.totalQuantity > 0 && <HoldingsTable holdings={h} labelledBy="holdings-title" />}
      {h && h.totalQuantity > 0 && (
        <Anchor mt="sm" display="block" href={pdfLink(`/v1/orgs/${slug}/members/${memberId}/certificate.pdf`)}>
          {t('member.docs.certificate')}
        </Anchor>
      )}
    </Card>
  );
}

function Status({ status }: { status: string }) {
  const t = useT();
  return (
    <Text size="sm" fw={600}>
      {t(`request.status.${status}` as MessageId)}
    </Text>
  );
}

function Subscriptions({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const classes = useShareClasses(slug);
  const list = useQuery({
    queryKey: ['subscriptions', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/subscriptions', inOrg(slug))),
  });
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const shareClass = classes.data?.items.find((c) => c.code === (code || classes.data?.items[0]?.code));
  const subscribe = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/subscriptions', {
          ...inOrg(slug),
          body: { memberId, shareClassCode: shareClass?.code ?? '', quantity: Number(quantity) },
        }),
      ),
    onSuccess: sharesChanged,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    subscribe.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="subscriptions-title">
      <Title order={2} size="h3" id="subscriptions-title">
        {t('shares.subscriptions')}
      </Title>
      <CheckoutLanding onPaid={sharesChanged} />
      <RequestTable
        rows={(list.data?.items ?? []).map((s: Schemas['SubscriptionDto']) => ({
          id: s.id,
          date: s.subscribedOn,
          what: t('shares.sharesOf', { count: s.quantity, code: s.shareClassCode, amount: euros(s.amountCents) }),
          status: s.status,
          note:
            s.status === 'approved' ? t('shares.paid', { paid: euros(s.paidCents), due: euros(s.calledCents) }) : '',
        }))}
        empty={t('shares.noSubscriptions')}
        label={t('shares.subscriptions')}
      />
      <PayByCard slug={slug} subscriptions={list.data?.items ?? []} />
      <form onSubmit={submit} noValidate aria-labelledby="subscribe-title">
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4" id="subscribe-title">
            {t('shares.subscribeMore')}
          </Title>
          {(classes.data?.items.length ?? 0) > 1 && (
            <NativeSelect
              label={t('shares.class')}
              data={classes.data!.items.map((c) => ({ value: c.code, label: `${c.name} (${euros(c.nominalCents)})` }))}
              value={shareClass?.code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError(subscribe.error, 'shareClassCode')}
            />
          )}
          <NumberInput
            label={t('shares.quantity')}
            description={
              shareClass &&
              t('shares.unit', { amount: euros(shareClass.nominalCents), max: shareClass.maxPerMember ?? '∞' })
            }
            min={1}
            max={shareClass?.maxPerMember ?? undefined}
            allowDecimal={false}
            value={quantity}
            onChange={setQuantity}
            error={fieldError(subscribe.error, 'quantity')}
            w={{ base: '100%', sm: 260 }}
          />
          {shareClass && Number(quantity) > 0 && (
            <Text size="sm">{t('shares.toPay', { amount: euros(Number(quantity) * shareClass.nominalCents) })}</Text>
          )}
          <FormError error={subscribe.error} fields={['quantity', 'shareClassCode']} />
          {subscribe.isSuccess && (
            <Text role="status" fw={600}>
              {t('shares.subscribed')}
            </Text>
          )}
          <Button type="submit" loading={subscribe.isPending} w="fit-content" disabled={!shareClass}>
            {t('shares.subscribe')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function Redemptions({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const classes = useShareClasses(slug);
  const list = useQuery({
    queryKey: ['redemptions', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/redemptions', inOrg(slug))),
  });
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const shareClass = classes.data?.items.find((c) => c.code === (code || classes.data?.items[0]?.code));
  const redeem = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/redemptions', {
          ...inOrg(slug),
          body: {
            memberId,
            shareClassCode: shareClass?.code ?? '',
            quantity: Number(quantity),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      ),
    onSuccess: sharesChanged,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    redeem.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="redemptions-title">
      <Title order={2} size="h3" id="redemptions-title">
        {t('shares.redemptions')}
      </Title>
      <RequestTable
        rows={(list.data?.items ?? []).map((r: Schemas['RedemptionDto']) => ({
          id: r.id,
          date: r.effectiveOn,
          what: t('shares.sharesOf', {
            count: r.quantity,
            code: r.shareClassCode,
            amount: euros(r.quantity * r.unitCents),
          }),
          status: r.status,
          note: [
            r.status === 'waiting' && r.queuePosition ? t('shares.queue', { position: r.queuePosition }) : '',
            r.statusReason ?? '',
            r.dueOn && r.status === 'approved' ? t('shares.dueOn', { date: day(r.dueOn) }) : '',
          ]
            .filter(Boolean)
            .join(' '),
        }))}
        empty={t('shares.noRedemptions')}
        label={t('shares.redemptions')}
      />
      <form onSubmit={submit} noValidate aria-labelledby="redeem-title">
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4" id="redeem-title">
            {t('shares.redeem')}
          </Title>
          <Text size="sm">{t('shares.redeemHelp')}</Text>
          {(classes.data?.items.length ?? 0) > 1 && (
            <NativeSelect
              label={t('shares.class')}
              data={classes.data!.items.map((c) => ({ value: c.code, label: c.name }))}
              value={shareClass?.code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError(redeem.error, 'shareClassCode')}
            />
          )}
          <NumberInput
            label={t('shares.quantity')}
            min={1}
            allowDecimal={false}
            value={quantity}
            onChange={setQuantity}
            error={fieldError(redeem.error, 'quantity')}
            w={{ base: '100%', sm: 260 }}
          />
          <TextInput
            label={t('shares.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(redeem.error, 'reason')}
            maxLength={500}
          />
          <FormError error={redeem.error} fields={['quantity', 'shareClassCode', 'reason']} />
          {redeem.isSuccess && (
            <Text role="status" fw={600}>
              {t('shares.redeemed')}
            </Text>
          )}
          <Button type="submit" variant="outline" loading={redeem.isPending} w="fit-content" disabled={!shareClass}>
            {t('shares.redeemSubmit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** Approved subscriptions with money due, paid by card when the co-op offers it. */
function PayByCard({ slug, subscriptions }: { slug: string; subscriptions: Schemas['SubscriptionDto'][] }) {
  const t = useT();
  const offered = useQuery({
    queryKey: ['public-payments', slug],
    queryFn: () => call(client.GET('/v1/public/orgs/{slug}/payments', { params: { path: { slug } } })),
  });
  const start = useMutation({
    mutationFn: (id: string) =>
      call(client.POST('/v1/orgs/{slug}/subscriptions/{id}/checkout', { ...inOrg(slug, { id }), body: {} })),
    onSuccess: (started) => window.location.assign(started.redirectUrl),
  });
  const due = subscriptions.filter((s) => s.status === 'approved' && s.calledCents > s.paidCents);
  if (!offered.data?.checkout || !due.length) return null;
  return (
    <Stack gap="xs" mt="sm">
      {due.map((s) => (
        <Button
          key={s.id}
          variant="default"
          w="fit-content"
          loading={start.isPending && start.variables === s.id}
          onClick={() => start.mutate(s.id)}
        >
          {t('shares.payByCard', { amount: euros(s.calledCents - s.paidCents), code: s.shareClassCode })}
        </Button>
      ))}
      <FormError error={start.error} />
    </Stack>
  );
}

function RequestTable({
  rows,
  empty,
  label,
}: {
  rows: { id: string; date: string; what: string; status: string; note: string }[];
  empty: string;
  label: string;
}) {
  const t = useT();
  if (!rows.length) return <Text mt="xs">{empty}</Text>;
  return (
    <ScrollRegion label={label}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shares.date')}</Table.Th>
            <Table.Th>{t('shares.what')}</Table.Th>
            <Table.Th>{t('shares.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{day(r.date)}</Table.Td>
              <Table.Td>{r.what}</Table.Td>
              <Table.Td>
                <Status status={r.status} />
                {r.note && (
                  <Text size="sm" mt={4}>
                    {r.note}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function Movements({ slug }: { slug: string }) {
  const t = useT();
  const ledger = useQuery({
    queryKey: ['my-ledger', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/ledger', inOrg(slug))),
  });
  return (
    <Card withBorder component="section" aria-labelledby="movements-title">
      <Title order={2} size="h3" id="movements-title">
        {t('shares.movements')}
      </Title>
      {ledger.data && <MovementsTable items={ledger.data.items} label={t('shares.movements')} />}
    </Card>
  );
}
