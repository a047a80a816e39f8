import { lazy, Suspense, useContext, type ComponentType } from 'react';
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
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  options: { registry: boolean },
): ComponentType<Props> {
  const Page = lazy(async () => ({ default: await load() }));
  function SectionPage(props: Props) {
    const registrySource = useContext(RegistrySourceContext);
    // start both downloads now, side by side (each starts once)
    void load();
    if (options.registry) void registrySource.load();
    return (
      <Suspense fallback={<LoadingStatus />}>
        {options.registry ? (
          <RegistryGate>
            <Page {...props} />
          </RegistryGate>
        ) : (
          <Page {...props} />
        )}
      </Suspense>
    );
  }
  return SectionPage;
}
