import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

/** Mantine's anchor and button as router links: typed paths, params and search. */
export const AppLink = createLink(
  forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>(function AppAnchor(props, ref) {
    return <Anchor ref={ref} {...props} />;
  }),
);

export const ButtonLink = createLink(
  forwardRef<HTMLAnchorElement, ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>>(function AppButton(props, ref) {
    return <Button component="a" ref={ref} {...props} />;
  }),
);
