import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiProblem, call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, parseEuros, pdfLink } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { CampaignFigures } from '../../org/CampaignsPage';
import { DateField } from '../../accounting/ui';
import { Pager, usePages } from '../../../components/Pager';
import { ConfirmButton } from '../../../components/ConfirmDialog';

type Contribution = Schemas['ContributionDto'];
type ContributionStatus = Contribution['status'];
const STATUSES: ContributionStatus[] = ['pledged', 'paid', 'refunded', 'cancelled'];
const METHODS: Schemas['CreatePaymentDto']['method'][] = ['transfer', 'check', 'card', 'cash', 'direct_debit', 'other'];

/** `/o/{slug}/admin/campaigns/{id}`: a campaign, opening and closing it, and its contributions. */
export function CampaignAdminPage() {
  const t = useT();
  const { slug } = useOrg();
  const { id } = useParams({ from: '/o/$slug/admin/campaigns/$id' });
  const queryClient = useQueryClient();
  const campaign = useQuery({
    queryKey: ['admin-campaign', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/campaigns/{id}', { params: { path: { slug, id } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin-campaign', slug, id] });
  const open = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/campaigns/{id}/open', { params: { path: { slug, id } } })),
    onSuccess: refresh,
  });
  const close = useMutation({
    mutationFn: () =>
      call(client.POST('/v1/orgs/{slug}/campaigns/{id}/close', { params: { path: { slug, id } }, body: {} })),
    onSuccess: refresh,
  });
  const c = campaign.data;
  return (
    <Stack>
      <AppLink to="/o/$slug/admin/campaigns" params={{ slug }} size="sm">
        {t('settings.campaigns.back')}
      </AppLink>
      <FormError error={campaign.error} />
      {c && (
        <>
          <Group gap="sm">
            <Title order={2}>{c.title}</Title>
            <Badge variant="filled" color="gray.8">
              {t('settings.campaigns.statusName', { status: c.status })}
            </Badge>
          </Group>
          {c.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>}
          <Text size="sm">
            {t('settings.campaigns.range', { start: day(c.startsOn), end: day(c.endsOn) })} ·{' '}
            {t('settings.campaigns.modeName', { mode: c.mode })}
            {c.beneficiary && ` · ${c.beneficiary}`}
          </Text>
          <CampaignFigures campaign={c} />
          <Group gap="xs">
            {c.status === 'draft' && (
              <ConfirmButton
                label={t('settings.campaigns.open')}
                title={t('settings.campaigns.openTitle', { title: c.title })}
                confirmLabel={t('settings.campaigns.open')}
                onConfirm={() => open.mutateAsync()}
                pending={open.isPending}
                error={open.error}
              >
                {t('settings.campaigns.openMessage', { public: String(c.public) })}
              </ConfirmButton>
            )}
            {c.status === 'open' && (
              <ConfirmButton
                label={t('settings.campaigns.close')}
                title={t('settings.campaigns.closeTitle', { title: c.title })}
                confirmLabel={t('settings.campaigns.close')}
                onConfirm={() => close.mutateAsync()}
                pending={close.isPending}
                error={close.error}
                danger
              >
                {t('settings.campaigns.closeMessage', {
                  mode: c.mode,
                  reached: String(c.raisedCents >= c.goalCents),
                })}
              </ConfirmButton>
            )}
          </Group>
          <Contributions slug={slug} campaignId={id} onChange={refresh} />
        </>
      )}
    </Stack>
  );
}

function Contributions({ slug, campaignId, onChange }: { slug: string; campaignId: string; onChange: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ContributionStatus | ''>('');
  const pages = usePages();
  const contributions = useQuery({
    queryKey: ['admin-contributions', slug, campaignId, status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/campaigns/{id}/contributions', {
          params: {
            path: { slug, id: campaignId },
            query: { limit: 50, cursor: pages.cursor, status: status || undefined },
          },
        }),
      ),
  });
  const changed = () => {
    onChange();
    return queryClient.invalidateQueries({ queryKey: ['admin-contributions', slug, campaignId] });
  };
  return (
    <section aria-labelledby="contributions-title">
      <Title order={3} id="contributions-title">
        {t('settings.contributions.title')}
      </Title>
      <NativeSelect
        label={t('settings.contributions.status')}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value as ContributionStatus | '');
          pages.reset();
        }}
        data={[
          { value: '', label: t('settings.campaigns.anyStatus') },
          ...STATUSES.map((s) => ({ value: s, label: t('settings.contributions.statusName', { status: s }) })),
        ]}
        w={{ base: '100%', xs: 240 }}
        mt="xs"
      />
      <FormError error={contributions.error} />
      {contributions.data?.items.length === 0 && <Text mt="xs">{t('settings.contributions.none')}</Text>}
      {!!contributions.data?.items.length && (
        <ScrollRegion label={t('settings.contributions.title')}>
          <Table striped aria-label={t('settings.contributions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.contributions.contributor')}</Table.Th>
                <Table.Th>{t('settings.contributions.kind')}</Table.Th>
                <Table.Th ta="right">{t('settings.contributions.amount')}</Table.Th>
                <Table.Th ta="right">{t('settings.contributions.paid')}</Table.Th>
                <Table.Th>{t('settings.contributions.status')}</Table.Th>
                <Table.Th>{t('settings.people.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contributions.data.items.map((k) => (
                <ContributionRow key={k.id} slug={slug} contribution={k} onChange={changed} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={contributions.data?.total}
        nextCursor={contributions.data?.nextCursor}
        label={t('settings.contributions.pages')}
      />
    </section>
  );
}

function ContributionRow({
  slug,
  contribution: k,
  onChange,
}: {
  slug: string;
  contribution: Contribution;
  onChange: () => Promise<unknown>;
}) {
  const t = useT();
  const id = k.id;
  const due = k.amountCents - k.paidCents;
  const [amount, setAmount] = useState(euros(due).replace(/[^\d,.]/g, ''));
  const [paidOn, setPaidOn] = useState(new Date().toISOString().slice(0, 10));
  const [method, setMethod] = useState<(typeof METHODS)[number]>('transfer');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const pay = useMutation({
    mutationFn: () => {
      const amountCents = parseEuros(amount.replace(/\s/g, ''));
      if (amountCents === undefined || amountCents < 1)
        throw new ApiProblem(400, '/problems/validation-error', t('settings.contributions.badAmount'), [
          { field: 'amountCents', message: t('settings.contributions.badAmount') },
        ]);
      return call(
        client.POST('/v1/orgs/{slug}/contributions/{id}/payments', {
          params: { path: { slug, id } },
          body: { amountCents, paidOn, method, reference: reference.trim() || undefined },
        }),
      );
    },
    onSuccess: onChange,
  });
  const refund = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/contributions/{id}/refund', {
          params: { path: { slug, id } },
          body: { reference: reference.trim() || undefined },
        }),
      ),
    onSuccess: onChange,
  });
  const refuse = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/contributions/{id}/refuse', {
          params: { path: { slug, id } },
          body: { reason: reason.trim(), decisionRef: decisionRef.trim() || undefined },
        }),
      ),
    onSuccess: onChange,
  });
  const who = k.contributorName;
  const standing = k.status === 'pledged' || k.status === 'paid';
  return (
    <Table.Tr>
      <Table.Td>{who}</Table.Td>
      <Table.Td>{t('settings.contributions.kindName', { kind: k.kind })}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {euros(k.amountCents)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {euros(k.paidCents)}
      </Table.Td>
      <Table.Td>
        {t('settings.contributions.statusName', { status: k.status })}
        {k.refundDue && (
          <Text size="xs" c="red.9">
            {t('settings.contributions.refundDue')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {k.status === 'pledged' && due > 0 && (
            <ConfirmButton
              label={t('settings.contributions.record')}
              title={t('settings.contributions.recordTitle', { who })}
              confirmLabel={t('settings.contributions.record')}
              onConfirm={() => pay.mutateAsync()}
              pending={pay.isPending}
              error={pay.error}
              errorFields={['amountCents']}
              aria-label={t('settings.contributions.recordFor', { who })}
            >
              <Text>{t('settings.contributions.recordMessage', { who, due: euros(due) })}</Text>
              <TextInput
                label={t('settings.contributions.amount')}
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={fieldError(pay.error, 'amountCents')}
              />
              <DateField label={t('settings.contributions.paidOn')} value={paidOn} onChange={setPaidOn} />
              <NativeSelect
                label={t('settings.contributions.method')}
                value={method}
                onChange={(e) => setMethod(e.currentTarget.value as typeof method)}
                data={METHODS.map((m) => ({ value: m, label: t('settings.contributions.methodName', { method: m }) }))}
              />
              <TextInput
                label={t('settings.contributions.reference')}
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
              />
            </ConfirmButton>
          )}
          {k.kind === 'share_subscription' && standing && (
            <ConfirmButton
              label={t('settings.contributions.refuse')}
              title={t('settings.contributions.refuseTitle', { who })}
              confirmLabel={t('settings.contributions.refuse')}
              onConfirm={() => refuse.mutateAsync()}
              pending={refuse.isPending}
              error={refuse.error}
              errorFields={['reason']}
              aria-label={t('settings.contributions.refuseFor', { who })}
              danger
            >
              <Text>{t('settings.contributions.refuseMessage', { who, paid: euros(k.paidCents) })}</Text>
              <TextInput
                label={t('settings.contributions.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(refuse.error, 'reason')}
              />
              <TextInput
                label={t('settings.contributions.decisionRef')}
                value={decisionRef}
                onChange={(e) => setDecisionRef(e.currentTarget.value)}
              />
            </ConfirmButton>
          )}
          {(k.status === 'paid' || k.refundDue) && k.paidCents > k.refundedCents && (
            <ConfirmButton
              label={t('settings.contributions.refund')}
              title={t('settings.contributions.refundTitle', { who })}
              confirmLabel={t('settings.contributions.refund')}
              onConfirm={() => refund.mutateAsync()}
              pending={refund.isPending}
              error={refund.error}
              aria-label={t('settings.contributions.refundFor', { who })}
              danger
            >
              <Text>
                {t('settings.contributions.refundMessage', { who, paid: euros(k.paidCents - k.refundedCents) })}
              </Text>
              <TextInput
                label={t('settings.contributions.reference')}
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
              />
            </ConfirmButton>
          )}
          {k.paidCents > 0 && (
            <ReceiptLink href={pdfLink(`/v1/orgs/${slug}/contributions/${id}/receipt.pdf`)} who={who} />
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function ReceiptLink({ href, who }: { href: string; who: string }) {
  const t = useT();
  return (
    <Anchor href={href} aria-label={t('settings.contributions.receiptFor', { who })} style={{ whiteSpace: 'nowrap' }}>
      {t('settings.contributions.receipt')}
    </Anchor>
  );
}
