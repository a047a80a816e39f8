import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { allMessages } from '../src/i18n';

// sections load their own texts with their chunk in the app; component tests get them all at once
await allMessages();

afterEach(() => {
  cleanup();
});
