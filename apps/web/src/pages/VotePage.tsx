import { Alert, Button, Card, Checkbox, Code, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiProblem } from '../api/client';
import { FormError } from '../components/FormError';
import { i18n, useT } from '../i18n';

interface BallotBox {
  organization: { slug: string; name: string };
  assembly: { id: string; title: string; secret: boolean };
  resolutions: Resolution[];
}

interface Resolution {
  id: string;
  number: number;
  title: string;
  text: string;
  kind: 'motion' | 'election';
  candidates: { key: string; name: string }[];
  seats: number | null;
  closesAt: string;
  voted: boolean;
}

/** The code of the convocation's link, `/vote#code=…`: in the fragment, it never reaches a server log. */
function codeInLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('code') ?? '';
}

/** `/vote`: a voting code opens its assembly's open resolutions; each gets a ballot and a receipt. */
export function VotePage() {
  const t = useT();
  const [code, setCode] = useState(codeInLink);
  const [typed, setTyped] = useState('');
  // another link opened in the same tab
  useEffect(() => {
    const follow = () => setCode(codeInLink());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const box = useQuery({
    queryKey: ['ballot-box', code],
    queryFn: () => api<BallotBox>('GET', '/v1/ballot-box', { headers: { 'X-Voting-Code': code } }),
    enabled: code !== '',
  });
  const useTyped = (e: FormEvent) => {
    e.preventDefault();
    setCode(typed.trim());
  };
  const badCode = box.error instanceof ApiProblem && box.error.status === 401;
  return (
    <Stack>
      <Title order={1}>{t('vote.title')}</Title>
      {(code === '' || badCode) && (
        <form onSubmit={useTyped} noValidate>
          <Stack>
            {badCode && (
              <Alert color="red" role="alert">
                {t('vote.badCode')}
              </Alert>
            )}
            <TextInput
              label={t('vote.codeLabel')}
              description={t('vote.codeHelp')}
              autoComplete="off"
              required
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
            <Button type="submit" w="fit-content">
              {t('vote.useCode')}
            </Button>
          </Stack>
        </form>
      )}
      {box.isPending && code !== '' && <Text>{t('app.loading')}</Text>}
      {!badCode && <FormError error={box.error} />}
      {box.data && (
        <>
          <Text fw={600}>{box.data.organization.name}</Text>
          <Text>{t('vote.assembly', { title: box.data.assembly.title })}</Text>
          {box.data.assembly.secret && <Text size="sm">{t('vote.secret')}</Text>}
          {box.data.resolutions.length === 0 && <Text>{t('vote.none')}</Text>}
          {box.data.resolutions.map((r) => (
            <Ballot key={r.id} resolution={r} code={code} slug={box.data.organization.slug} />
          ))}
        </>
      )}
    </Stack>
  );
}

function Ballot({ resolution: r, code, slug }: { resolution: Resolution; code: string; slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<string[]>([]);
  const cast = useMutation({
    mutationFn: () =>
      api<{ receipt: string }>('POST', `/v1/orgs/${slug}/resolutions/${r.id}/ballots`, {
        headers: { 'X-Voting-Code': code },
        body: { choice: r.kind === 'motion' ? choice[0] : choice },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ballot-box', code] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cast.mutate();
  };
  const headingId = `resolution-${r.id}`;
  const closes = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(r.closesAt),
  );
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {r.number}. {r.title}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
        <Text size="sm" c="dimmed">
          {t('vote.closesAt', { date: closes })}
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
                      <Checkbox key={c.key} value={c.key} label={c.name} />
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
