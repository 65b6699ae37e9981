import { Card, List, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { call, client, type Schemas } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { i18n, useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';

type Check = Schemas['ReadinessCheckDto'];

/** The colleges' problems as the API words them, in French when the page is. */
function collegeProblem(problem: string): string {
  if (i18n.locale !== 'fr') return problem;
  const weighs = /^college (.+) weighs ([\d.]+) %/.exec(problem);
  if (weighs) return `le collège ${weighs[1]} pèse ${weighs[2]} % : chaque collège doit peser entre 10 et 50 %`;
  const sum = /^the weights sum to ([\d.]+) %/.exec(problem);
  if (sum) return `les poids totalisent ${sum[1]} %, et non 100 %`;
  if (/none is defined|no voting college/.test(problem)) return 'aucun collège de vote n’est défini';
  return problem;
}

/** `GET assemblies/{id}/readiness`: what to check, and fix, before the votes open. */
export function Checklist({ slug, assemblyId }: { slug: string; assemblyId: string }) {
  const t = useT();
  const readiness = useQuery({
    queryKey: ['readiness', slug, assemblyId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}/readiness', inOrg(slug, { id: assemblyId }))),
  });
  const r = readiness.data;
  const say = (c: Check): string => {
    const values = { count: c.count ?? 0, days: c.days ?? 0, required: c.requiredDays ?? 0 };
    const state = c.ok ? 'ok' : 'ko';
    if (c.code === 'colleges' && !c.ok)
      return t('assemblies.check.colleges.ko', { problems: c.problems.map(collegeProblem).join(' ; ') });
    return t(`assemblies.check.${c.code}.${state}`, values);
  };
  return (
    <Card withBorder component="section" aria-labelledby="checklist-title">
      <Title order={3} id="checklist-title">
        {t('assemblies.checklist')}
      </Title>
      <FormError error={readiness.error} />
      {r && (
        <>
          <Text mt="xs" fw={600} role="status">
            {r.ready ? t('assemblies.checklist.ready') : t('assemblies.checklist.notReady')}
          </Text>
          <List mt="xs" spacing="xs" center>
            {r.checks.map((c) => (
              <List.Item
                key={c.code}
                icon={
                  <ThemeIcon color={c.ok ? 'teal.9' : c.blocking ? 'red.9' : 'yellow.9'} size={22} radius="xl">
                    <span aria-hidden="true">{c.ok ? '✓' : c.blocking ? '✗' : '!'}</span>
                  </ThemeIcon>
                }
              >
                <Text component="span" fw={600}>
                  {t(
                    c.ok
                      ? 'assemblies.check.okLabel'
                      : c.blocking
                        ? 'assemblies.check.blocking'
                        : 'assemblies.check.warning',
                  )}{' '}
                </Text>
                <Text component="span">{say(c)}</Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
