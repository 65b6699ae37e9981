import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiProblem, call, client } from '../api/client';
import { Ballot } from '../components/Ballot';
import { FormError } from '../components/FormError';
import { useT } from '../i18n';

/** The code of the convocation's link, `/vote#code=…`: in the fragment, it never reaches a server log. */
function codeInLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('code') ?? '';
}

/** `/vote`: a voting code opens its assembly's open resolutions; each gets a ballot and a receipt. */
export function VotePage() {
  const t = useT();
  const [code, setCode] = useState(codeInLink);
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  // another link opened in the same tab
  useEffect(() => {
    const follow = () => setCode(codeInLink());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const box = useQuery({
    queryKey: ['ballot-box', code],
    queryFn: () => call(client.GET('/v1/ballot-box', { params: { header: { 'X-Voting-Code': code } } })),
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
            <Ballot
              key={r.id}
              resolution={{ ...r, candidates: r.candidates.map((c) => ({ key: c.key, label: c.name })) }}
              cast={(choice) =>
                call(
                  client.POST('/v1/orgs/{slug}/resolutions/{id}/ballots', {
                    params: {
                      path: { slug: box.data.organization.slug, id: r.id },
                      header: { 'X-Voting-Code': code },
                    },
                    body: { choice },
                  }),
                )
              }
              onCast={() => queryClient.invalidateQueries({ queryKey: ['ballot-box', code] })}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
