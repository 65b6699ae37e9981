import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { call, client, type Schemas } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, moment } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg, useOrg } from '../../org/useOrg';

type Dashboard = Schemas['DashboardDto'];

/** `/o/{slug}/admin`: capital and its floor, capital over a year, members, and what waits for an admin. */
export function DashboardPage() {
  const t = useT();
  const { slug } = useOrg();
  const dashboard = useQuery({
    queryKey: ['dashboard', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/dashboard', inOrg(slug))),
  });
  const d = dashboard.data;
  return (
    <Stack>
      <Title order={2}>{t('registry.dashboard.title')}</Title>
      <FormError error={dashboard.error} />
      {d && (
        <>
          <Todo slug={slug} todo={d.todo} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Capital capital={d.capital} />
            <CapitalHistory points={d.capitalHistory} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <MembersByStatus slug={slug} rows={d.membersByStatus} />
            <MembersByCollege rows={d.membersByCollege} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function Todo({ slug, todo }: { slug: string; todo: Dashboard['todo'] }) {
  const t = useT();
  const items = [
    todo.applications > 0 && (
      <List.Item key="applications">
        <AppLink to="/o/$slug/admin/members" params={{ slug }} search={{ status: 'applicant' }}>
          {t('registry.todo.applications', { count: todo.applications })}
        </AppLink>
      </List.Item>
    ),
    todo.subscriptionsToApprove > 0 && (
      <List.Item key="subscriptions">
        <AppLink to="/o/$slug/admin/shares" params={{ slug }}>
          {t('registry.todo.subscriptions', { count: todo.subscriptionsToApprove })}
        </AppLink>
      </List.Item>
    ),
    todo.paymentsToRecord > 0 && (
      <List.Item key="payments">
        <AppLink to="/o/$slug/admin/shares" params={{ slug }}>
          {t('registry.todo.payments', { count: todo.paymentsToRecord })}
        </AppLink>
      </List.Item>
    ),
    todo.redemptionsToDecide > 0 && (
      <List.Item key="redemptions">
        <AppLink to="/o/$slug/admin/shares" params={{ slug }}>
          {t('registry.todo.redemptions', { count: todo.redemptionsToDecide })}
        </AppLink>
      </List.Item>
    ),
    todo.redemptionsWaiting > 0 && (
      <List.Item key="waiting">
        <AppLink to="/o/$slug/admin/shares" params={{ slug }}>
          {t('registry.todo.waiting', { count: todo.redemptionsWaiting })}
        </AppLink>
        <List size="sm" withPadding>
          {todo.waitingReasons.map((w) => (
            <List.Item key={w.reason ?? ''}>
              {t('registry.todo.waitingReason', { count: w.count, reason: w.reason ?? t('registry.todo.noReason') })}
            </List.Item>
          ))}
        </List>
      </List.Item>
    ),
    // who is missing is listed by `GET charters/{id}/pending`, not a page of this area
    ...todo.charters.map((c) => (
      <List.Item key={c.charterId}>
        {t('registry.todo.charter', { count: c.missing, title: c.title, version: c.version })}
      </List.Item>
    )),
    ...todo.resolutionsClosingSoon.map((r) => (
      <List.Item key={r.id}>
        <AppLink to="/o/$slug/resolutions/$id" params={{ slug, id: r.id }}>
          {t('registry.todo.resolution', { title: r.title, at: moment(r.closesAt) })}
        </AppLink>
      </List.Item>
    )),
  ].filter(Boolean);
  return (
    <Card withBorder component="section" aria-labelledby="todo-title">
      <Title order={3} id="todo-title">
        {t('registry.todo.title')}
      </Title>
      {items.length ? (
        <List mt="xs" spacing="xs">
          {items}
        </List>
      ) : (
        <Text mt="xs">{t('registry.todo.none')}</Text>
      )}
    </Card>
  );
}

/** A bar: the capital against the scale, a mark at the floor; the same said in words. */
function Capital({ capital }: { capital: Dashboard['capital'] }) {
  const t = useT();
  const floor = Math.max(capital.floorCents, capital.legalMinimumCents);
  const scale = Math.max(capital.totalCents, floor, 1) * 1.15;
  const x = (cents: number) => (cents / scale) * 300;
  const margin = capital.totalCents - floor;
  const summary = t('registry.capital.summary', {
    total: euros(capital.totalCents),
    floor: euros(floor),
    margin: euros(margin),
  });
  return (
    <Card withBorder component="section" aria-labelledby="capital-title">
      <Title order={3} id="capital-title">
        {t('registry.capital.title')}
      </Title>
      <Text size="xl" fw={700} mt="xs">
        {euros(capital.totalCents)}
      </Text>
      <svg viewBox="0 0 300 36" width="100%" role="img" aria-label={summary} style={{ maxWidth: 420 }}>
        <rect x="0" y="8" width="300" height="16" rx="3" fill="#e9ecef" />
        <rect x="0" y="8" width={x(capital.totalCents)} height="16" rx="3" fill={margin < 0 ? '#c92a2a' : '#2f9e44'} />
        <line x1={x(floor)} x2={x(floor)} y1="2" y2="30" stroke="#212529" strokeWidth="2" />
      </svg>
      <List size="sm" mt="xs">
        <List.Item>{t('registry.capital.floor', { amount: euros(capital.floorCents) })}</List.Item>
        <List.Item>{t('registry.capital.statutory', { amount: euros(capital.minimumCapitalCents) })}</List.Item>
        <List.Item>{t('registry.capital.legal', { amount: euros(capital.legalMinimumCents) })}</List.Item>
        <List.Item>{t('registry.capital.paid', { amount: euros(capital.paidCents) })}</List.Item>
        <List.Item>{t('registry.capital.holders', { count: capital.holderCount })}</List.Item>
      </List>
      <Text size="sm" mt="xs" fw={600} c={margin < 0 ? 'red.9' : undefined}>
        {margin < 0
          ? t('registry.capital.below', { amount: euros(-margin) })
          : t('registry.capital.margin', { amount: euros(margin) })}
      </Text>
    </Card>
  );
}

/** A line over the month ends, and the figures in a table for those who do not see it. */
function CapitalHistory({ points }: { points: Dashboard['capitalHistory'] }) {
  const t = useT();
  const max = Math.max(...points.map((p) => p.totalCents), 1);
  const w = 300;
  const h = 120;
  const xy = points.map((p, i) => [
    (i / Math.max(points.length - 1, 1)) * (w - 10) + 5,
    h - 10 - (p.totalCents / max) * (h - 20),
  ]);
  const first = points[0];
  const last = points[points.length - 1];
  const label = t('registry.history.summary', {
    from: first ? day(first.on) : '',
    to: last ? day(last.on) : '',
    start: euros(first?.totalCents ?? 0),
    end: euros(last?.totalCents ?? 0),
  });
  return (
    <Card withBorder component="section" aria-labelledby="capital-history-title">
      <Title order={3} id="capital-history-title">
        {t('registry.history.title')}
      </Title>
      <svg viewBox={`0 0 ${w} ${h}`} width="100%" role="img" aria-label={label} style={{ maxWidth: 480 }}>
        <line x1="5" x2={w - 5} y1={h - 10} y2={h - 10} stroke="#868e96" />
        <polyline points={xy.map((p) => p.join(',')).join(' ')} fill="none" stroke="#1864ab" strokeWidth="2.5" />
        {xy.map(([x, y], i) => (
          <circle key={points[i].on} cx={x} cy={y} r="2.5" fill="#1864ab" />
        ))}
      </svg>
      <Text size="sm">{label}</Text>
      <details>
        <summary>{t('registry.history.table')}</summary>
        <ScrollRegion label={t('registry.history.title')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shares.date')}</Table.Th>
                <Table.Th ta="right">{t('registry.capital.title')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((p) => (
                <Table.Tr key={p.on}>
                  <Table.Td>{day(p.on)}</Table.Td>
                  <Table.Td ta="right">{euros(p.totalCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </details>
    </Card>
  );
}

function MembersByStatus({ slug, rows }: { slug: string; rows: Dashboard['membersByStatus'] }) {
  const t = useT();
  return (
    <Card withBorder component="section" aria-labelledby="by-status-title">
      <Title order={3} id="by-status-title">
        {t('registry.byStatus.title')}
      </Title>
      <Table mt="xs" aria-labelledby="by-status-title">
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.status}>
              <Table.Th scope="row" fw={400}>
                <AppLink to="/o/$slug/admin/members" params={{ slug }} search={{ status: r.status as 'active' }}>
                  {t(`registry.status.${r.status}` as MessageId)}
                </AppLink>
              </Table.Th>
              <Table.Td ta="right">{r.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function MembersByCollege({ rows }: { rows: Dashboard['membersByCollege'] }) {
  const t = useT();
  return (
    <Card withBorder component="section" aria-labelledby="by-college-title">
      <Title order={3} id="by-college-title">
        {t('registry.byCollege.title')}
      </Title>
      <Table mt="xs" aria-labelledby="by-college-title">
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.collegeCode ?? ''}>
              <Table.Th scope="row" fw={400}>
                {r.collegeCode ? `${r.name} (${r.collegeCode})` : t('registry.byCollege.none')}
              </Table.Th>
              <Table.Td ta="right">{r.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
