import { Alert, Anchor, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/FormError';
import { useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';

interface Problem {
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A job's status, polled until it ends. */
function useJob(slug: string, jobId: string | null) {
  return useQuery({
    queryKey: ['job', slug, jobId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/jobs/{id}', inOrg(slug, { id: jobId! }))),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data && ['completed', 'failed'].includes(q.state.data.status) ? false : 700),
  });
}

/**
 * `/o/{slug}/admin/portability`: the organization's whole register as a zip to download
 * (docs/portability.md), and a zip imported into this organization when it holds no data yet.
 */
export function PortabilityPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t('settings.portability.title')}</Title>
      <Text size="sm">{t('settings.portability.help')}</Text>
      <ExportCard />
      <ImportCard />
    </Stack>
  );
}

function ExportCard() {
  const t = useT();
  const { slug } = useOrg();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/export', { params: { path: { slug } } })),
    onSuccess: (answer) => setJobId((answer as { jobId: string }).jobId),
  });
  const job = useJob(slug, jobId);
  const result = job.data?.result as { download?: string; bytes?: number; problem?: Problem } | null | undefined;
  const running = !!jobId && !['completed', 'failed'].includes(job.data?.status ?? '');
  return (
    <Card withBorder component="section" aria-labelledby="export-title">
      <Title order={3} id="export-title">
        {t('settings.portability.exportTitle')}
      </Title>
      <Text size="sm" mt="xs">
        {t('settings.portability.exportHelp')}
      </Text>
      <Group mt="sm">
        <Button onClick={() => start.mutate()} loading={start.isPending || running}>
          {t('settings.portability.start')}
        </Button>
      </Group>
      <FormError error={start.error} />
      {jobId && job.data && (
        <Stack gap="xs" mt="sm">
          <Progress value={job.data.progress} aria-label={t('settings.portability.progress')} />
          {job.data.status === 'completed' && result?.download && (
            <Text size="sm" role="status">
              {t('settings.portability.ready', { kb: Math.max(1, Math.round((result.bytes ?? 0) / 1024)) })}{' '}
              <Anchor href={result.download} download>
                {t('settings.portability.download')}
              </Anchor>
            </Text>
          )}
          {job.data.status === 'failed' && (
            <Alert color="red" title={t('settings.portability.failed')}>
              {result?.problem?.detail ?? job.data.error}
            </Alert>
          )}
        </Stack>
      )}
    </Card>
  );
}

function ImportCard() {
  const t = useT();
  const { slug } = useOrg();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (zip: File) =>
      call(
        client.POST('/v1/orgs/{slug}/import', {
          params: { path: { slug } },
          body: zip as never,
          bodySerializer: (b: unknown) => b as Blob,
          headers: { 'Content-Type': 'application/zip' },
        }),
      ),
    onSuccess: (answer) => setJobId((answer as { jobId: string }).jobId),
  });
  const job = useJob(slug, jobId);
  const result = job.data?.result as
    { problem?: Problem; ledger?: { length: number }; source?: { name: string } } | null | undefined;
  return (
    <Card withBorder component="section" aria-labelledby="import-title">
      <Title order={3} id="import-title">
        {t('settings.portability.importTitle')}
      </Title>
      <Text size="sm" mt="xs">
        {t('settings.portability.importHelp')}
      </Text>
      <FileInput
        label={t('settings.portability.file')}
        accept=".zip,application/zip"
        value={file}
        onChange={(f) => {
          setFile(f);
          setJobId(null);
          send.reset();
        }}
        w={{ base: '100%', sm: 360 }}
        mt="xs"
      />
      <Group mt="sm">
        <ConfirmButton
          size="sm"
          disabled={!file || send.isPending}
          label={t('settings.portability.import')}
          title={t('settings.portability.confirmTitle')}
          confirmLabel={t('settings.portability.confirm')}
          pending={send.isPending}
          error={send.error}
          onConfirm={() => send.mutateAsync(file!)}
        >
          {t('settings.portability.confirmMessage', { name: file?.name ?? '' })}
        </ConfirmButton>
      </Group>
      {jobId && job.data && (
        <Stack gap="xs" mt="sm">
          <Progress value={job.data.progress} aria-label={t('settings.portability.progress')} />
          {job.data.status === 'completed' && (
            <Text size="sm" role="status">
              {t('settings.portability.imported', {
                name: result?.source?.name ?? '',
                movements: result?.ledger?.length ?? 0,
              })}
            </Text>
          )}
          {job.data.status === 'failed' && (
            <Alert color="red" title={t('settings.portability.refused')}>
              {result?.problem?.detail ?? job.data.error}
            </Alert>
          )}
        </Stack>
      )}
    </Card>
  );
}
