import { Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { i18n, useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';

/** An instant as the value of a `datetime-local` field, in the browser's time zone. */
export function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an instant (undefined while incomplete). */
export function instant(local: string): string | undefined {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

/** A percentage in the page's language: 66.67 → "66,67" in French. */
export const percentText = (n: number) => new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 }).format(n);

/** Lines of a text area, trimmed, without the empty ones. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A background job followed until it ends (`GET jobs/{id}` every second). */
export function JobProgress({
  slug,
  jobId,
  label,
  onDone,
}: {
  slug: string;
  jobId: string;
  label: string;
  onDone?: () => void;
}) {
  const t = useT();
  const job = useQuery({
    queryKey: ['job', slug, jobId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/jobs/{id}', inOrg(slug, { id: jobId }))),
    refetchInterval: (q) => (q.state.data && ['completed', 'failed'].includes(q.state.data.status) ? false : 1000),
  });
  const j = job.data;
  const done = j?.status === 'completed';
  useEffect(() => {
    if (done) onDone?.();
  }, [done, onDone]);
  if (job.error) return <FormError error={job.error} />;
  const percent = j?.status === 'completed' ? 100 : (j?.progress ?? 0);
  return (
    <Stack gap={4}>
      <Progress value={percent} aria-label={label} color={j?.status === 'failed' ? 'red' : 'teal'} />
      <Text size="sm" role="status">
        {j?.status === 'completed'
          ? t('assemblies.job.done')
          : j?.status === 'failed'
            ? t('assemblies.job.failed', { error: j.error ?? '' })
            : t('assemblies.job.running', { percent })}
      </Text>
    </Stack>
  );
}
