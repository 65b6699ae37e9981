import { Alert, Anchor, Button, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { memberLabel, personName } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { JobProgress } from './shared';

/** Active members by id, with a name to show (the first 200; a search narrows them). */
export function useMembers(slug: string, search = '') {
  return useQuery({
    queryKey: ['members', slug, 'active', search],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/members', {
          params: { path: { slug }, query: { status: 'active', limit: 200, ...(search ? { search } : {}) } },
        }),
      ),
  });
}

export const memberName = (m: Schemas['MemberDto']) => memberLabel(personName(m), m.membershipNumber);

/** Sending the convocations (a job, followed), the postal ones, and a member's new voting code. */
export function ConvocationsCard({ slug, assemblyId }: { slug: string; assemblyId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const reached = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['readiness', slug, assemblyId] }),
    [queryClient, slug, assemblyId],
  );
  const convene = useMutation({
    mutationFn: () =>
      call(client.POST('/v1/orgs/{slug}/assemblies/{id}/convocations', inOrg(slug, { id: assemblyId }))),
    onSuccess: () => setAsking(false),
  });
  const sent = convene.data;
  const base = `/v1/orgs/${slug}/assemblies/${assemblyId}/convocations`;
  return (
    <Card withBorder component="section" aria-labelledby="convocations-title">
      <Stack gap="sm">
        <Title order={3} id="convocations-title">
          {t('assemblies.convocations')}
        </Title>
        <Text size="sm">{t('assemblies.convocations.help')}</Text>
        <Group>
          <Button onClick={() => setAsking(true)}>{t('assemblies.convocations.send')}</Button>
        </Group>
        <ConfirmDialog
          opened={asking}
          title={t('assemblies.convocations.send')}
          confirmLabel={t('assemblies.convocations.sendConfirm')}
          onConfirm={() => convene.mutate()}
          onClose={() => setAsking(false)}
          pending={convene.isPending}
          error={convene.error}
          danger
        >
          <Text>{t('assemblies.convocations.what')}</Text>
        </ConfirmDialog>
        {sent && (
          <Stack gap="xs">
            <Text>
              {t('assemblies.convocations.counts', {
                email: sent.emailCount,
                postal: sent.postalCount,
                already: sent.alreadySent,
              })}
            </Text>
            {sent.warnings.map((w) => (
              <Alert key={w} color="yellow">
                {w}
              </Alert>
            ))}
            <JobProgress
              slug={slug}
              jobId={sent.jobId}
              label={t('assemblies.convocations.progress')}
              onDone={reached}
            />
          </Stack>
        )}
        <List>
          <List.Item>
            <Anchor href={`${base}/letters.pdf`} target="_blank">
              {t('assemblies.convocations.letters')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={`${base}/postal.csv`}>{t('assemblies.convocations.csv')}</Anchor>
          </List.Item>
        </List>
        <Reissue slug={slug} assemblyId={assemblyId} />
      </Stack>
    </Card>
  );
}

function Reissue({ slug, assemblyId }: { slug: string; assemblyId: string }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const members = useMembers(slug, search.length >= 2 ? search : '');
  const reissue = useMutation({
    mutationFn: () =>
      call(
        client.POST(
          '/v1/orgs/{slug}/assemblies/{id}/members/{memberId}/voting-code',
          inOrg(slug, { id: assemblyId, memberId: memberId! }),
        ),
      ),
    onSuccess: () => setAsking(false),
  });
  const done = reissue.data;
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4}>{t('assemblies.code.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('assemblies.code.member')}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          value={memberId}
          onChange={setMemberId}
          data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: memberName(m) }))}
          nothingFoundMessage={t('assemblies.code.nobody')}
          miw={260}
        />
        <Button variant="default" disabled={!memberId} onClick={() => setAsking(true)}>
          {t('assemblies.code.reissue')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking}
        title={t('assemblies.code.reissue')}
        confirmLabel={t('assemblies.code.reissueConfirm')}
        onConfirm={() => reissue.mutate()}
        onClose={() => setAsking(false)}
        pending={reissue.isPending}
        error={reissue.error}
        danger
      >
        <Text>{t('assemblies.code.what')}</Text>
      </ConfirmDialog>
      {done && (
        <Alert color="teal" role="status">
          {done.channel === 'email' ? t('assemblies.code.emailed') : t('assemblies.code.post')}{' '}
          {done.channel === 'post' && memberId && (
            <Anchor
              href={`/v1/orgs/${slug}/assemblies/${assemblyId}/convocations/letters.pdf?memberId=${memberId}`}
              target="_blank"
            >
              {t('assemblies.code.letter')}
            </Anchor>
          )}
        </Alert>
      )}
      {done?.jobId && <JobProgress slug={slug} jobId={done.jobId} label={t('assemblies.code.title')} />}
    </Stack>
  );
}
