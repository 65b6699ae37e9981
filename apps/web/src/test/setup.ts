import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activate } from '../i18n';

// French, as a first visit; each test starts from an empty page
activate('fr');
afterEach(() => cleanup());

// what Mantine asks of the browser and happy-dom does not have
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
