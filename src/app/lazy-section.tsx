import { useContext, useEffect, useState, type ComponentType } from 'react';
import { loadAppMessages, loadSectionMessages, type MessageSection } from '../i18n';
import { LoadingStatus } from '../ui/LoadingStatus';
import { RegistryGate } from './RegistryGate';
import { RegistrySourceContext } from './registry-source';

/**
 * Loads a section's code (one chunk) together with its texts, once: `first-load` for a section
 * that shows only the texts of the first screen, `app` for the app's texts, or the section's own.
 */
export function sectionLoader<Module>(input: {
  load: () => Promise<Module>;
  texts: 'first-load' | 'app' | MessageSection;
}): () => Promise<Module> {
  let pending: Promise<Module> | undefined;
  return () => {
    pending ??= Promise.all([
      input.load(),
      input.texts === 'first-load'
        ? undefined
        : input.texts === 'app'
          ? loadAppMessages()
          : loadSectionMessages(input.texts),
    ]).then(([module]) => module);
    // a failed load (offline before the service worker had it) may be tried again later
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/**
 * One page of a lazily loaded section, with a visible loading state. With `registry`, the page
 * waits for the questionnaire registry too; both load at the same time, not one after the other.
 *
 * Not `React.lazy` with `Suspense`: React 19 holds content back for 300 ms after it has shown a
 * Suspense fallback, which every cold first render paid. Here the page shows as soon as its code
 * is there, and at once when it was loaded before.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  options: { registry: boolean },
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  const loadOnce = () => load().then((page) => (loaded = page));
  function SectionPage(props: Props) {
    const registrySource = useContext(RegistrySourceContext);
    const [state, setState] = useState<LoadState<Props>>(() =>
      loaded ? { state: 'ready', Page: loaded } : { state: 'loading' },
    );
    // start both downloads now, side by side, not after the first paint (each starts once)
    // (a failure is handled by the effect below)
    if (state.state === 'loading') load().catch(() => undefined);
    if (options.registry) void registrySource.load();
    useEffect(() => {
      if (state.state !== 'loading') return;
      let isCurrent = true;
      loadOnce().then(
        (Page) => isCurrent && setState({ state: 'ready', Page }),
        (error: unknown) => isCurrent && setState({ state: 'failed', error }),
      );
      return () => {
        isCurrent = false;
      };
    }, [state.state]);
    // the section boundary words the failure and offers a retry
    if (state.state === 'failed') throw state.error;
    if (state.state === 'loading') return <LoadingStatus />;
    const { Page } = state;
    return options.registry ? (
      <RegistryGate>
        <Page {...props} />
      </RegistryGate>
    ) : (
      <Page {...props} />
    );
  }
  return SectionPage;
}

type LoadState<Props> =
  | { state: 'loading' }
  | { state: 'ready'; Page: ComponentType<Props> }
  | { state: 'failed'; error: unknown };
