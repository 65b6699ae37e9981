import { Button, Card, FileInput, NativeSelect, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiProblem, call, client, type FieldProblem, type Schemas } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { frenchFieldMessage } from '../../../api/problem-text';
import { i18n, useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';
import { ALL_COLUMNS, guessColumn, preview, remap, REQUIRED_COLUMNS, type CsvPreview } from './csv';

type Report = Schemas['ImportResultDto'];

/** Sends the mapped file as CSV: a dry run answers in the request; the import runs as a job to follow. */
function postCsv(slug: string, csv: string, query: { dryRun?: 'true'; async?: 'true' }) {
  return call(
    client.POST('/v1/orgs/{slug}/members/import', {
      params: { path: { slug }, query },
      body: csv as never,
      bodySerializer: (b: unknown) => b as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  ) as Promise<Report | { jobId: string }>;
}

/**
 * `/o/{slug}/admin/import`: a members CSV in four steps — the file, its columns mapped to Socius'
 * (with its first rows shown), a dry run that lists every bad row and field, then the import, run
 * as a job whose progress is shown. Mapping rewrites the file's header line here, in the browser.
 */
export function ImportPage() {
  const t = useT();
  const { slug } = useOrg();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; size: number; preview: CsvPreview } | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [jobId, setJobId] = useState<string | null>(null);

  const pick = async (chosen: File | null) => {
    dryRun.reset();
    setJobId(null);
    if (!chosen) return setFile(null);
    const p = preview(await chosen.text());
    setFile({ name: chosen.name, size: chosen.size, preview: p });
    setMapping(p.headers.map(guessColumn));
  };
  const mapped = () => remap(file!.preview, mapping);
  const missing = REQUIRED_COLUMNS.filter((c) => !mapping.includes(c));
  const twice = ALL_COLUMNS.filter((c) => mapping.filter((m) => m === c).length > 1);

  const dryRun = useMutation({ mutationFn: () => postCsv(slug, mapped(), { dryRun: 'true' }) as Promise<Report> });
  const start = useMutation({
    mutationFn: () => postCsv(slug, mapped(), { async: 'true' }),
    onSuccess: (answer) => {
      if ('jobId' in answer) setJobId(answer.jobId);
    },
  });
  const job = useQuery({
    queryKey: ['job', slug, jobId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/jobs/{id}', inOrg(slug, { id: jobId! }))),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data && ['completed', 'failed'].includes(q.state.data.status) ? false : 700),
  });
  const finished = job.data?.status === 'completed';
  const result = job.data?.result as (Report & { problem?: { detail?: string; errors?: FieldProblem[] } }) | null;
  const imported = finished && !!result && !result.problem;
  // the register and the dashboard show the new members when next opened
  useEffect(() => {
    if (imported) void queryClient.invalidateQueries({ queryKey: ['members', slug] });
    if (imported) void queryClient.invalidateQueries({ queryKey: ['dashboard', slug] });
  }, [imported, queryClient, slug]);

  return (
    <Stack>
      <Title order={2}>{t('registry.import.title')}</Title>
      <Text>{t('registry.import.intro')}</Text>

      <Card withBorder component="section" aria-labelledby="import-file-title">
        <Title order={3} id="import-file-title">
          {t('registry.import.step1')}
        </Title>
        <FileInput
          label={t('registry.import.file')}
          placeholder={t('registry.import.choose')}
          accept=".csv,text/csv"
          onChange={pick}
          clearable={false}
          w={{ base: '100%', sm: 360 }}
          mt="xs"
        />
        {file && (
          <Text size="sm" mt="xs">
            {t('registry.import.fileInfo', {
              name: file.name,
              kb: Math.max(1, Math.round(file.size / 1024)),
              delimiter: file.preview.delimiter,
            })}
          </Text>
        )}
      </Card>

      {file && (
        <Card withBorder component="section" aria-labelledby="import-mapping-title">
          <Title order={3} id="import-mapping-title">
            {t('registry.import.step2')}
          </Title>
          <Text size="sm">{t('registry.import.mappingHelp')}</Text>
          <ScrollRegion label={t('registry.import.preview')}>
            <Table aria-label={t('registry.import.preview')} withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  {file.preview.headers.map((h, i) => (
                    <Table.Th key={i} miw={150}>
                      <NativeSelect
                        label={t('registry.import.columnFor', { header: h })}
                        size="xs"
                        value={mapping[i] ?? ''}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          dryRun.reset();
                          setMapping((m) => m.map((x, j) => (j === i ? v : x)));
                        }}
                        data={[
                          { value: '', label: t('registry.import.leaveOut') },
                          ...ALL_COLUMNS.map((c) => ({ value: c, label: c })),
                        ]}
                      />
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.preview.rows.map((r, i) => (
                  <Table.Tr key={i}>
                    {file.preview.headers.map((_, j) => (
                      <Table.Td key={j}>{r[j] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {missing.length > 0 && (
            <Text size="sm" c="red.9" mt="xs" role="status">
              {t('registry.import.missing', { columns: missing.join(', ') })}
            </Text>
          )}
          {twice.length > 0 && (
            <Text size="sm" c="red.9" mt="xs" role="status">
              {t('registry.import.twice', { columns: twice.join(', ') })}
            </Text>
          )}
        </Card>
      )}

      {file && (
        <Card withBorder component="section" aria-labelledby="import-check-title">
          <Title order={3} id="import-check-title">
            {t('registry.import.step3')}
          </Title>
          <Text size="sm">{t('registry.import.dryRunHelp')}</Text>
          <Button
            mt="sm"
            w="fit-content"
            onClick={() => dryRun.mutate()}
            loading={dryRun.isPending}
            disabled={missing.length > 0 || twice.length > 0}
          >
            {t('registry.import.dryRun')}
          </Button>
          {dryRun.error instanceof ApiProblem && dryRun.error.errors.length > 0 ? (
            <ErrorReport errors={dryRun.error.errors} />
          ) : (
            <FormError error={dryRun.error} />
          )}
          {dryRun.data && (
            <Text role="status" fw={600} mt="sm">
              {t('registry.import.dryRunOk', dryRun.data)}
            </Text>
          )}
        </Card>
      )}

      {dryRun.data && (
        <Card withBorder component="section" aria-labelledby="import-run-title">
          <Title order={3} id="import-run-title">
            {t('registry.import.step4')}
          </Title>
          <Button
            mt="sm"
            w="fit-content"
            onClick={() => start.mutate()}
            loading={start.isPending || (!!jobId && !job.data?.finishedAt && job.data?.status !== 'failed')}
            disabled={!!jobId}
          >
            {t('registry.import.run', { count: dryRun.data.total })}
          </Button>
          <FormError error={start.error ?? job.error} />
          {jobId && job.data && (
            <Stack gap={4} mt="sm">
              <Progress
                value={finished ? 100 : job.data.progress}
                aria-label={t('registry.import.progress')}
                size="lg"
                animated={!finished}
              />
              <Text size="sm">
                {t('registry.import.progressText', {
                  percent: finished ? 100 : job.data.progress,
                  rows: Number(job.data.progressDetail?.rowsDone ?? 0),
                })}
              </Text>
            </Stack>
          )}
          {/* a file with bad rows fails the job at once, its report in `result.problem` */}
          {job.data?.status === 'failed' &&
            (result?.problem?.errors?.length ? (
              <ErrorReport errors={result.problem.errors} />
            ) : (
              <Text c="red.9">{job.data.error}</Text>
            ))}
          {imported && (
            <Stack gap="xs" mt="sm">
              <Text role="status" fw={600}>
                {t('registry.import.done', result)}
              </Text>
              <AppLink to="/o/$slug/admin/members" params={{ slug }}>
                {t('registry.import.toRegistry')}
              </AppLink>
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}

/** The bad rows and fields, as the API listed them (`row` is the line of the file). */
function ErrorReport({ errors }: { errors: FieldProblem[] }) {
  const t = useT();
  const french = i18n.locale === 'fr';
  return (
    <Stack gap="xs" mt="sm" role="alert">
      <Text fw={600} c="red.9">
        {t('registry.import.errors', { count: errors.length })}
      </Text>
      <ScrollRegion label={t('registry.import.errorTable')}>
        <Table aria-label={t('registry.import.errorTable')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.import.line')}</Table.Th>
              <Table.Th>{t('registry.import.field')}</Table.Th>
              <Table.Th>{t('registry.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.row ?? ''}</Table.Td>
                <Table.Td>{e.field ?? ''}</Table.Td>
                <Table.Td>{french ? frenchFieldMessage(e.message) : e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
