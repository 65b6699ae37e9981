import { Alert, Button, Card, Checkbox, Code, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FormError } from './FormError';
import { moment } from '../format';
import { useT } from '../i18n';

/** What a ballot needs to show of a resolution (from the ballot box of a code or a member's list). */
export interface BallotResolution {
  id: string;
  number: number;
  title: string;
  text: string;
  kind: 'motion' | 'election';
  candidates: { key: string; label: string }[];
  seats: number | null;
  closesAt: string;
  voted: boolean;
}

/**
 * A resolution's text and its ballot: "Pour", "Contre", "Abstention" (or the candidates) and
 * "Voter"; once cast, the receipt to keep. `cast` sends the choice the way the voter is known
 * (a voting code, or a session).
 */
export function Ballot({
  resolution: r,
  cast: send,
  onCast,
  heading,
}: {
  resolution: BallotResolution;
  cast: (choice: string | string[]) => Promise<{ receipt: string }>;
  onCast?: () => void;
  /** who this ballot is for, when a proxy holder votes for someone else */
  heading?: ReactNode;
}) {
  const t = useT();
  const [choice, setChoice] = useState<string[]>([]);
  const cast = useMutation({
    mutationFn: () => send(r.kind === 'motion' ? choice[0] : choice),
    // the receipt shows at once; the list refreshes behind it
    onSuccess: () => void onCast?.(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cast.mutate();
  };
  const headingId = `resolution-${r.id}${heading ? '-proxy' : ''}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {r.number}. {r.title}
        </Title>
        {heading}
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
        <Text size="sm" c="dimmed">
          {t('vote.closesAt', { date: moment(r.closesAt) })}
        </Text>
        {cast.data ? (
          <Alert color="green" role="status">
            <Stack gap="xs">
              <Text>{t('vote.done')}</Text>
              <Text fw={600}>{t('vote.receipt')}</Text>
              <Code block data-testid="receipt">
                {cast.data.receipt}
              </Code>
              <Text size="sm">{t('vote.receiptHelp')}</Text>
            </Stack>
          </Alert>
        ) : r.voted ? (
          <Text>{t('vote.already')}</Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              {r.kind === 'motion' ? (
                <Radio.Group
                  label={t('vote.choice')}
                  value={choice[0] ?? null}
                  onChange={(v) => setChoice([v])}
                  required
                >
                  <Group mt="xs">
                    <Radio value="for" label={t('vote.for')} />
                    <Radio value="against" label={t('vote.against')} />
                    <Radio value="abstain" label={t('vote.abstain')} />
                  </Group>
                </Radio.Group>
              ) : (
                <Checkbox.Group
                  label={t('vote.choice')}
                  description={t('vote.seats', { seats: r.seats ?? 1 })}
                  value={choice}
                  onChange={setChoice}
                >
                  <Stack mt="xs" gap="xs">
                    {r.candidates.map((c) => (
                      <Checkbox key={c.key} value={c.key} label={c.label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              <FormError error={cast.error} />
              <Button type="submit" loading={cast.isPending} disabled={choice.length === 0} w="fit-content">
                {t('vote.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
