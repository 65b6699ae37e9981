import { Anchor, TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';

/*
 * Small pieces the accountant workspace and the console's settings pages share: a download link, a
 * date field.
 */

/** A file the API sends as an attachment, downloaded with the session cookie. */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} download>
      {children}
    </Anchor>
  );
}

/** `path?a=1&b=2`, leaving out the values not given. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A calendar date typed in the browser's date picker (`YYYY-MM-DD`, empty when not given). */
export function DateField(props: Omit<TextInputProps, 'type' | 'onChange'> & { onChange: (value: string) => void }) {
  const { onChange, ...rest } = props;
  return (
    <TextInput type="date" w={{ base: '100%', xs: 200 }} {...rest} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
