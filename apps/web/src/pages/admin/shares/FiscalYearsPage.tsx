import {
  Alert,
  Card,
  Checkbox,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { useSharesChanged } from '../../../api/shares';
import { ConfirmButton } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, moment, parseEuros, today } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';

import { useVerification } from './LedgerPage';

type Year = Schemas['FiscalYearDto'];

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The last fiscal year that has ended by `now`, for a closing date `MM-DD`. */
function lastEndedYear(closing: string, now: string): { startOn: string; endOn: string } {
  let year = Number(now.slice(0, 4));
  if (`${year}-${closing}` >= now) year -= 1;
  return { startOn: dayAfter(`${year - 1}-${closing}`), endOn: `${year}-${closing}` };
}

/** `/o/{slug}/admin/shares/fiscal-years`: the years, what to settle before closing one, and the close that locks it. */
export function FiscalYearsPage() {
  const t = useT();
  const { slug, org } = useOrg();
  const years = useQuery({
    queryKey: ['fiscal-years', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/fiscal-years', inOrg(slug))),
  });
  const items: Year[] = [...(years.data?.items ?? [])];
  // a year in which nothing was recorded has no row yet, but it can (and must) be closed once ended
  if (years.data && org.data) {
    const ended = lastEndedYear(org.data.fiscalYearEnd, today());
    if (!items.some((y) => y.endOn === ended.endOn))
      items.push({ ...ended, status: 'open', closedAt: null, closingRef: null, lossPerShare: {} });
    items.sort((a, b) => b.endOn.localeCompare(a.endOn));
  }
  const now = today();
  const [closedNow, setClosedNow] = useState<string | null>(null);
  // years close in order: the earliest open one that has ended is the next to close
  const next = [...items].reverse().find((y) => y.status === 'open' && y.endOn < now);
  return (
    <Stack>
      <Title order={2}>{t('shares.years.title')}</Title>
      <Card withBorder component="section" aria-labelledby="years-list">
        <Title order={3} size="h4" id="years-list">
          {t('shares.years.list')}
        </Title>
        <FormError error={years.error} />
        {items.length > 0 && (
          <ScrollRegion label={t('shares.years.list')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shares.years.year')}</Table.Th>
                  <Table.Th>{t('shares.common.status')}</Table.Th>
                  <Table.Th>{t('shares.years.closing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((y) => (
                  <Table.Tr key={y.endOn}>
                    <Table.Td>{t('shares.years.span', { start: day(y.startOn), end: day(y.endOn) })}</Table.Td>
                    <Table.Td>
                      {y.status === 'closed'
                        ? t('shares.years.closed')
                        : y.endOn < now
                          ? t('shares.years.toClose')
                          : t('shares.years.open')}
                    </Table.Td>
                    <Table.Td>
                      {y.closedAt ? moment(y.closedAt) : '—'}
                      {y.closingRef ? ` · ${y.closingRef}` : ''}
                      {Object.entries(y.lossPerShare).map(([code, cents]) => (
                        <Text size="sm" key={code}>
                          {t('shares.years.lossLine', { code, amount: euros(cents) })}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Card>
      {closedNow && (
        <Text role="status" fw={600}>
          {t('shares.years.closedNow', { end: day(closedNow) })}
        </Text>
      )}
      {next ? (
        <Closing key={next.endOn} slug={slug} year={next} onClosed={setClosedNow} />
      ) : (
        years.data && <Text>{t('shares.years.nothingToClose')}</Text>
      )}
    </Stack>
  );
}

interface Check {
  id: string;
  ok: boolean;
  text: string;
}

/** What stands open in a year before it closes: each point from the API's lists, none hidden. */
function useChecklist(slug: string, year: Year): { checks: Check[]; loading: boolean; error: unknown } {
  const t = useT();
  const list = <
    P extends '/v1/orgs/{slug}/subscriptions' | '/v1/orgs/{slug}/redemptions' | '/v1/orgs/{slug}/transfers',
  >(
    path: P,
    status: string,
  ) => ({
    queryKey: ['checklist', slug, path, status],
    queryFn: () =>
      // every item at once: a year's open requests are few, and the list stops at 200
      call(client.GET(path, { params: { path: { slug }, query: { status, limit: 200 } } } as never)) as Promise<{
        items: Record<string, unknown>[];
      }>,
  });
  const pendingSubs = useQuery(list('/v1/orgs/{slug}/subscriptions', 'pending'));
  const approvedSubs = useQuery(list('/v1/orgs/{slug}/subscriptions', 'approved'));
  const pendingRd = useQuery(list('/v1/orgs/{slug}/redemptions', 'pending'));
  const waitingRd = useQuery(list('/v1/orgs/{slug}/redemptions', 'waiting'));
  const pendingTr = useQuery(list('/v1/orgs/{slug}/transfers', 'pending'));
  const verify = useVerification(slug);
  const inYear = (date: unknown) => typeof date === 'string' && date <= year.endOn;
  const within = (date: unknown) => typeof date === 'string' && date >= year.startOn && date <= year.endOn;
  const queries = [pendingSubs, approvedSubs, pendingRd, waitingRd, pendingTr, verify];
  const undecidedSubs = (pendingSubs.data?.items ?? []).filter((s) => inYear(s.subscribedOn)).length;
  const unpaid = (approvedSubs.data?.items ?? []).filter(
    (s) => inYear(s.subscribedOn) && Number(s.paidCents) < Number(s.calledCents),
  ).length;
  const redemptions = [...(pendingRd.data?.items ?? []), ...(waitingRd.data?.items ?? [])].filter((r) =>
    within(r.effectiveOn),
  ).length;
  const transfers = (pendingTr.data?.items ?? []).filter((x) => within(x.effectiveOn)).length;
  const v = verify.data;
  return {
    loading: queries.some((q) => q.isPending),
    error: queries.find((q) => q.error)?.error,
    checks: [
      {
        id: 'subscriptions',
        ok: !undecidedSubs,
        text: t('shares.years.check.subscriptions', { count: undecidedSubs }),
      },
      { id: 'payments', ok: !unpaid, text: t('shares.years.check.payments', { count: unpaid }) },
      { id: 'redemptions', ok: !redemptions, text: t('shares.years.check.redemptions', { count: redemptions }) },
      { id: 'transfers', ok: !transfers, text: t('shares.years.check.transfers', { count: transfers }) },
      {
        id: 'ledger',
        ok: !!v?.valid,
        text: v?.valid
          ? t('shares.years.check.ledgerOk', { sequence: v.lastSequence })
          : t('shares.years.check.ledgerBroken', { sequence: v?.firstBroken?.sequence ?? 0 }),
      },
    ],
  };
}

function Closing({ slug, year, onClosed }: { slug: string; year: Year; onClosed: (endOn: string) => void }) {
  const t = useT();
  const sharesChanged = useSharesChanged(slug);
  const { checks, loading, error } = useChecklist(slug, year);
  const classes = useQuery({
    queryKey: ['share-classes', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/share-classes', inOrg(slug))),
  });
  const [closingRef, setClosingRef] = useState('');
  const [atLoss, setAtLoss] = useState(false);
  const [losses, setLosses] = useState<Record<string, string>>({});
  const lossPerShare = atLoss
    ? Object.entries(losses)
        .filter(([, text]) => text.trim())
        .map(([shareClassCode, text]) => ({ shareClassCode, lossPerShareCents: parseEuros(text) ?? -1 }))
    : [];
  const badLoss = lossPerShare.some((l) => l.lossPerShareCents < 0);
  const close = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/fiscal-years/{endOn}/close', {
          ...inOrg(slug, { endOn: year.endOn }),
          body: {
            ...(closingRef.trim() ? { closingRef: closingRef.trim() } : {}),
            ...(atLoss ? { lossPerShare } : {}),
          },
        }),
      ),
    onSuccess: () => {
      onClosed(year.endOn);
      return sharesChanged();
    },
  });
  const open = checks.filter((c) => !c.ok).length;
  return (
    <Card withBorder component="section" aria-labelledby="close-title">
      <Title order={3} size="h4" id="close-title">
        {t('shares.years.closeTitle', { end: day(year.endOn) })}
      </Title>
      <Text size="sm" mt={4}>
        {t('shares.years.closeHelp')}
      </Text>
      <Title order={4} size="h5" mt="md" id="checklist-title">
        {t('shares.years.checklist')}
      </Title>
      <FormError error={error} />
      <List mt="xs" spacing="xs" aria-labelledby="checklist-title" listStyleType="none">
        {checks.map((c) => (
          <List.Item
            key={c.id}
            icon={
              <ThemeIcon color={c.ok ? 'teal.9' : 'orange.9'} size={22} radius="xl" aria-hidden>
                {c.ok ? '✓' : '!'}
              </ThemeIcon>
            }
          >
            <Text size="sm">
              <VisuallyHidden>{c.ok ? t('shares.years.done') : t('shares.years.todo')} </VisuallyHidden>
              {c.text}
            </Text>
          </List.Item>
        ))}
      </List>
      {!loading && open > 0 && (
        <Alert color="orange" mt="sm">
          {t('shares.years.openPoints', { count: open })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
        <TextInput
          label={t('shares.years.closingRef')}
          description={t('shares.years.closingRefHelp')}
          value={closingRef}
          onChange={(e) => setClosingRef(e.currentTarget.value)}
          error={fieldError(close.error, 'closingRef')}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label={t('shares.years.atLoss')}
        checked={atLoss}
        onChange={(e) => setAtLoss(e.currentTarget.checked)}
      />
      {atLoss && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {(classes.data?.items ?? []).map((c, i) => {
            const index = lossPerShare.findIndex((l) => l.shareClassCode === c.code);
            return (
              <TextInput
                key={c.code}
                label={t('shares.years.lossPerShare', { code: c.code })}
                inputMode="decimal"
                value={losses[c.code] ?? ''}
                onChange={(e) => setLosses({ ...losses, [c.code]: e.currentTarget.value })}
                error={
                  losses[c.code]?.trim() && parseEuros(losses[c.code]) === undefined
                    ? t('shares.common.notAmount')
                    : (fieldError(close.error, `lossPerShare[${index >= 0 ? index : i}].lossPerShareCents`) ??
                      fieldError(close.error, `lossPerShare[${index >= 0 ? index : i}].shareClassCode`))
                }
              />
            );
          })}
        </SimpleGrid>
      )}
      <FormError error={close.error} fields={['closingRef']} />
      <Group mt="md">
        <ConfirmButton
          label={t('shares.years.close')}
          title={t('shares.years.closeTitle', { end: day(year.endOn) })}
          confirmLabel={t('shares.years.closeConfirm')}
          onConfirm={() => close.mutateAsync()}
          pending={close.isPending}
          error={close.error}
          errorFields={['closingRef']}
          color="red.9"
          danger
          variant="filled"
          size="sm"
          disabled={badLoss || loading}
        >
          <Text size="sm" fw={600}>
            {t('shares.years.closeWhat', { start: day(year.startOn), end: day(year.endOn) })}
          </Text>
          {atLoss && lossPerShare.length > 0 && <Text size="sm">{t('shares.years.closeLoss')}</Text>}
          {open > 0 && <Text size="sm">{t('shares.years.closeOpenPoints', { count: open })}</Text>}
        </ConfirmButton>
      </Group>
    </Card>
  );
}
