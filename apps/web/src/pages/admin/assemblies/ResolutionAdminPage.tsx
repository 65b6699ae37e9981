import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { moment, pdfLink } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg } from '../../org/useOrg';
import { Checklist } from './Checklist';
import { ResolutionForm } from './forms';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { instant, JobProgress, localInput, percentText } from './shared';

/** `/o/{slug}/admin/assemblies/{id}/resolutions/{id}`: a draft to change and open, a vote to follow and close, its results. */
export function ResolutionAdminPage() {
  const t = useT();
  const { slug, assemblyId, resolutionId } = useParams({
    from: '/o/$slug/admin/assemblies/$assemblyId/resolutions/$resolutionId',
  });
  const queryClient = useQueryClient();
  const key = ['resolution', slug, resolutionId];
  const resolution = useQuery({
    queryKey: key,
    queryFn: () => call(client.GET('/v1/orgs/{slug}/resolutions/{id}', inOrg(slug, { id: resolutionId }))),
  });
  const r = resolution.data;
  const changed = (next: Schemas['ResolutionDto']) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['assembly-resolutions', slug, assemblyId] });
    void queryClient.invalidateQueries({ queryKey: ['readiness', slug, assemblyId] });
  };
  if (resolution.error) return <FormError error={resolution.error} />;
  if (!r) return <Text>{t('app.loading')}</Text>;
  return (
    <Stack>
      <AppLink to="/o/$slug/admin/assemblies/$assemblyId" params={{ slug, assemblyId }}>
        {t('assemblies.backToAssembly')}
      </AppLink>
      <Title order={2}>
        {r.number}. {r.title}
      </Title>
      <Text className="first-upper" fw={600}>
        {t(`resolution.status.${r.outcome ?? r.status}` as MessageId)}
      </Text>
      <Text size="sm">
        {r.closedAt
          ? t('assemblies.resolution.closedAt', { date: moment(r.closedAt) })
          : t('assemblies.resolution.schedule', { opens: moment(r.opensAt), closes: moment(r.closesAt) })}{' '}
        · {t(`assemblies.majority.${r.majority}`)} ·{' '}
        {t('assemblies.resolution.quorumIs', { percent: percentText(r.quorumPercent) })}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
      {r.status === 'draft' && <Draft slug={slug} assemblyId={assemblyId} resolution={r} onChange={changed} />}
      {r.status === 'open' && (
        <>
          <Participation slug={slug} resolution={r} />
          <CloseVote slug={slug} resolution={r} onChange={changed} />
        </>
      )}
      {r.status === 'closed' && <Closed slug={slug} assemblyId={assemblyId} resolution={r} />}
    </Stack>
  );
}

function Draft({
  slug,
  assemblyId,
  resolution: r,
  onChange,
}: {
  slug: string;
  assemblyId: string;
  resolution: Schemas['ResolutionDto'];
  onChange: (r: Schemas['ResolutionDto']) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const open = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/resolutions/{id}/open', inOrg(slug, { id: r.id }))),
    onSuccess: (next) => {
      setAsking(false);
      onChange(next);
    },
  });
  return (
    <>
      {editing ? (
        <Card withBorder component="section" aria-labelledby="edit-resolution">
          <Title order={3} id="edit-resolution" mb="sm">
            {t('assemblies.resolution.edit')}
          </Title>
          <ResolutionForm
            initial={r}
            submitLabel={t('assemblies.save')}
            save={(body) =>
              call(client.PATCH('/v1/orgs/{slug}/resolutions/{id}', { ...inOrg(slug, { id: r.id }), body }))
            }
            onSaved={(next) => {
              onChange(next);
              setEditing(false);
            }}
          />
        </Card>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('assemblies.resolution.edit')}
          </Button>
          <Button onClick={() => setAsking(true)}>{t('assemblies.resolution.open')}</Button>
        </Group>
      )}
      <Checklist slug={slug} assemblyId={assemblyId} />
      <ConfirmDialog
        opened={asking}
        title={t('assemblies.resolution.open')}
        confirmLabel={t('assemblies.resolution.openConfirm')}
        onConfirm={() => open.mutate()}
        onClose={() => setAsking(false)}
        pending={open.isPending}
        error={open.error}
        danger
      >
        <Text>{t('assemblies.resolution.openWhat', { closes: moment(r.closesAt) })}</Text>
      </ConfirmDialog>
    </>
  );
}

/** Voters shown at a time on the attendance sheet. */
const VOTERS_PAGE = 50;

/** Who has voted, refreshed every 5 seconds while the vote is open: counts and names, never a choice. */
function Participation({ slug, resolution: r }: { slug: string; resolution: Schemas['ResolutionDto'] }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const participation = useQuery({
    queryKey: ['participation', slug, r.id, offset],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/resolutions/{id}/participation', {
          params: { path: { slug, id: r.id }, query: { limit: VOTERS_PAGE, offset } },
        }),
      ),
    placeholderData: (previous) => previous,
    refetchInterval: r.status === 'open' ? 5000 : false,
  });
  const p = participation.data;
  const withColleges = !!p?.colleges.some((c) => c.code);
  const percent = (voted: number, eligible: number) => (eligible ? Math.round((voted / eligible) * 1000) / 10 : 0);
  return (
    <Card withBorder component="section" aria-labelledby="participation-title">
      <Title order={3} id="participation-title">
        {t('assemblies.participation')}
      </Title>
      <Text size="sm">
        {t(r.status === 'open' ? 'assemblies.participation.help' : 'assemblies.participation.helpClosed')}
      </Text>
      <FormError error={participation.error} />
      {p && (
        <Stack gap="xs" mt="xs">
          <Text fw={600} aria-live="polite" data-testid="participation-count">
            {t('assemblies.participation.count', {
              voters: p.votersCount,
              eligible: p.eligibleCount,
              percent: percentText(percent(p.votersCount, p.eligibleCount)),
              proxies: p.proxyVotes,
            })}
          </Text>
          {withColleges && (
            <ScrollRegion label={t('assemblies.participation.byCollege')}>
              <Table aria-label={t('assemblies.participation.byCollege')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assemblies.college')}</Table.Th>
                    <Table.Th ta="right">{t('assemblies.participation.voted')}</Table.Th>
                    <Table.Th ta="right">{t('assemblies.participation.eligible')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.colleges.map((c) => (
                    <Table.Tr key={c.code ?? '-'}>
                      <Table.Td>{c.code ?? t('assemblies.noCollege')}</Table.Td>
                      <Table.Td ta="right">{c.voted}</Table.Td>
                      <Table.Td ta="right">{c.eligible}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
          {p.voters.length > 0 && (
            <ScrollRegion label={t('assemblies.participation.voters')}>
              <Table aria-label={t('assemblies.participation.voters')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assemblies.participation.number')}</Table.Th>
                    <Table.Th>{t('assemblies.participation.name')}</Table.Th>
                    {withColleges && <Table.Th>{t('assemblies.college')}</Table.Th>}
                    <Table.Th>{t('assemblies.participation.how')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.voters.map((v) => (
                    <Table.Tr key={v.memberId}>
                      <Table.Td>{v.membershipNumber ?? '—'}</Table.Td>
                      <Table.Td>{v.name}</Table.Td>
                      {withColleges && <Table.Td>{v.college ?? '—'}</Table.Td>}
                      <Table.Td>
                        {v.byProxy
                          ? t('assemblies.participation.byProxy', { name: v.castByName ?? '' })
                          : t('assemblies.participation.inPerson')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
          {p.votersCount > VOTERS_PAGE && (
            <Group gap="sm">
              <Button variant="default" disabled={offset === 0} onClick={() => setOffset(offset - VOTERS_PAGE)}>
                {t('assemblies.participation.previous')}
              </Button>
              <Text size="sm">
                {t('assemblies.participation.page', {
                  from: offset + 1,
                  to: Math.min(offset + VOTERS_PAGE, p.votersCount),
                  total: p.votersCount,
                })}
              </Text>
              <Button
                variant="default"
                disabled={offset + VOTERS_PAGE >= p.votersCount}
                onClick={() => setOffset(offset + VOTERS_PAGE)}
              >
                {t('assemblies.participation.next')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}

function CloseVote({
  slug,
  resolution: r,
  onChange,
}: {
  slug: string;
  resolution: Schemas['ResolutionDto'];
  onChange: (r: Schemas['ResolutionDto']) => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const close = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/resolutions/{id}/close', inOrg(slug, { id: r.id }))),
    onSuccess: (next) => {
      setAsking(false);
      onChange(next);
    },
  });
  const remind = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/resolutions/{id}/reminders', inOrg(slug, { id: r.id }))),
  });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" onClick={() => remind.mutate()} loading={remind.isPending}>
          {t('assemblies.reminders')}
        </Button>
        <Button color="red" onClick={() => setAsking(true)}>
          {t('assemblies.close')}
        </Button>
      </Group>
      <FormError error={remind.error} />
      {remind.data && <JobProgress slug={slug} jobId={remind.data.jobId} label={t('assemblies.reminders')} />}
      <ConfirmDialog
        opened={asking}
        title={t('assemblies.close')}
        confirmLabel={t('assemblies.closeConfirm')}
        onConfirm={() => close.mutate()}
        onClose={() => setAsking(false)}
        pending={close.isPending}
        error={close.error}
        danger
      >
        <Text>{t('assemblies.closeWhat', { closes: moment(r.closesAt) })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}

function Closed({
  slug,
  assemblyId,
  resolution: r,
}: {
  slug: string;
  assemblyId: string;
  resolution: Schemas['ResolutionDto'];
}) {
  const t = useT();
  const notices = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/resolutions/{id}/result-notices', inOrg(slug, { id: r.id }))),
  });
  return (
    <>
      <Results slug={slug} id={r.id} />
      <Participation slug={slug} resolution={r} />
      <Card withBorder component="section" aria-labelledby="after-title">
        <Stack gap="sm">
          <Title order={3} id="after-title">
            {t('assemblies.after')}
          </Title>
          {r.sealHash && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('assemblies.seal', { hash: r.sealHash })}
            </Text>
          )}
          <Anchor href={pdfLink(`/v1/orgs/${slug}/resolutions/${r.id}/minutes.pdf`)} target="_blank">
            {t('assemblies.minutes.resolutionPdf')}
          </Anchor>
          <Group>
            <Button variant="default" onClick={() => notices.mutate()} loading={notices.isPending}>
              {t('assemblies.notices')}
            </Button>
          </Group>
          <Text size="sm">{t('assemblies.notices.help')}</Text>
          <FormError error={notices.error} />
          {notices.data && <JobProgress slug={slug} jobId={notices.data.jobId} label={t('assemblies.notices')} />}
        </Stack>
      </Card>
      {r.outcome === 'no_quorum' && <SecondConvocation slug={slug} assemblyId={assemblyId} resolution={r} />}
    </>
  );
}

const CHOICES = ['for', 'against', 'abstain'] as const;

/** The results, by college and weighted (`resolutions/{id}/results`). */
function Results({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const results = useQuery({
    queryKey: ['results', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/resolutions/{id}/results', inOrg(slug, { id }))),
  });
  const r = results.data;
  if (!r) return <FormError error={results.error} />;
  return (
    <Card withBorder component="section" aria-labelledby="results-title">
      <Title order={3} id="results-title">
        {t('assemblies.results')}
      </Title>
      <Stack gap="xs" mt="xs">
        {r.outcome && (
          <Text fw={700} className="first-upper">
            {t(`resolution.status.${r.outcome}` as MessageId)}
          </Text>
        )}
        <Text>
          {t('assemblies.results.turnout', {
            voters: r.votersCount,
            eligible: r.eligibleCount,
            proxies: r.proxyVotes,
          })}{' '}
          {r.quorumReached
            ? t('assemblies.results.quorumReached', { percent: percentText(r.quorumPercent) })
            : t('assemblies.results.quorumMissed', { percent: percentText(r.quorumPercent) })}
        </Text>
        {r.forPercent !== null && (
          <Text>{t('assemblies.results.forPercent', { percent: percentText(r.forPercent) })}</Text>
        )}
        {r.candidates ? (
          <ScrollRegion label={t('assemblies.results.table')}>
            <Table aria-label={t('assemblies.results.table')} miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('resolution.candidate')}</Table.Th>
                  <Table.Th ta="right">{t('resolution.votes')}</Table.Th>
                  <Table.Th ta="right">{t('assemblies.results.weighted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.candidates.map((c) => (
                  <Table.Tr key={c.key}>
                    <Table.Td>
                      {c.label} {r.elected?.includes(c.key) ? `(${t('resolution.elected')})` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{c.votes}</Table.Td>
                    <Table.Td ta="right">{percentText(c.weightedPercent)} %</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        ) : (
          <ScrollRegion label={t('assemblies.results.table')}>
            <Table aria-label={t('assemblies.results.table')} miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r.colleges.length ? t('assemblies.college') : t('assemblies.results.count')}</Table.Th>
                  {r.colleges.length > 0 && <Table.Th ta="right">{t('assemblies.results.weight')}</Table.Th>}
                  {CHOICES.map((k) => (
                    <Table.Th key={k} ta="right">
                      {t(`vote.${k}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('assemblies.results.forShare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.colleges.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>{c.code}</Table.Td>
                    <Table.Td ta="right">{percentText(c.weightPercent)} %</Table.Td>
                    {CHOICES.map((k) => (
                      <Table.Td key={k} ta="right">
                        {c.counts[k]}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{c.forPercent === null ? '—' : `${percentText(c.forPercent)} %`}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('assemblies.results.total')}</Table.Th>
                  {r.colleges.length > 0 && <Table.Td ta="right">100 %</Table.Td>}
                  {CHOICES.map((k) => (
                    <Table.Td key={k} ta="right">
                      {r.counts[k]}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{r.forPercent === null ? '—' : `${percentText(r.forPercent)} %`}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
    </Card>
  );
}

function SecondConvocation({
  slug,
  assemblyId,
  resolution: r,
}: {
  slug: string;
  assemblyId: string;
  resolution: Schemas['ResolutionDto'];
}) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const soon = (days: number) => localInput(new Date(Date.now() + days * 86_400_000).toISOString());
  const [opensAt, setOpensAt] = useState(soon(7));
  const [closesAt, setClosesAt] = useState(soon(8));
  const again = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/resolutions/{id}/second-convocation', {
          ...inOrg(slug, { id: r.id }),
          body: { opensAt: instant(opensAt) ?? '', closesAt: instant(closesAt) ?? '' },
        }),
      ),
    onSuccess: (next) => {
      void queryClient.invalidateQueries({ queryKey: ['assembly-resolutions', slug, assemblyId] });
      void navigate({
        to: '/o/$slug/admin/assemblies/$assemblyId/resolutions/$resolutionId',
        params: { slug, assemblyId, resolutionId: next.id },
      });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    again.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="second-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="second-title">
            {t('assemblies.second')}
          </Title>
          <Alert color="yellow">{t('assemblies.second.help')}</Alert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('assemblies.resolution.opensAt')}
              value={opensAt}
              onChange={(e) => setOpensAt(e.currentTarget.value)}
              error={fieldError(again.error, 'opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('assemblies.resolution.closesAt')}
              value={closesAt}
              onChange={(e) => setClosesAt(e.currentTarget.value)}
              error={fieldError(again.error, 'closesAt')}
            />
          </SimpleGrid>
          <FormError error={again.error} fields={['opensAt', 'closesAt']} />
          <Button type="submit" w="fit-content" loading={again.isPending}>
            {t('assemblies.second.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
