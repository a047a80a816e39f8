import { useContext, type ComponentType } from 'react';
import { loadTexts, type TextGroup } from '../i18n';
import { lazyComponent } from '../ui/lazy-component';
import { RegistryGate } from './RegistryGate';
import { RegistrySourceContext } from './registry-source';

/**
 * Loads a section's code (one chunk) together with its texts (section-texts.ts; none for a section
 * that shows only the texts of the first load), once.
 */
export function sectionLoader<Module>(input: {
  load: () => Promise<Module>;
  texts: readonly TextGroup[];
}): () => Promise<Module> {
  let pending: Promise<Module> | undefined;
  return () => {
    pending ??= Promise.all([input.load(), loadTexts(input.texts)]).then(([module]) => module);
    // a failed load (offline before the service worker had it) may be tried again later
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/**
 * One page of a lazily loaded section, with a visible loading state (see `lazyComponent`: no
 * Suspense, so no 300 ms hold-back). With `registry`, the page waits for the questionnaire registry
 * too; both load at the same time, not one after the other.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  options: { registry: boolean },
): ComponentType<Props> {
  if (!options.registry) return lazyComponent(load);
  const Page = lazyComponent(load, { frame: RegistryGate });
  function SectionPage(props: Props) {
    const registrySource = useContext(RegistrySourceContext);
    // start the registry's download beside the page's code, not after it (it starts once)
    void registrySource.load();
    return <Page {...props} />;
  }
  return SectionPage;
}
